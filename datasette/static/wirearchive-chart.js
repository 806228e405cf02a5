// Coverage charts, self-contained (no library): each <figure class="wa-chart"> holds its data as JSON in a
// <script type="application/json"> ({title, series, points: [{day, lang, n}], spans: [{start, end, label}]})
// and gets one SVG bar chart per year of coverage: articles per day, stacked by language, the conference's
// dates shaded. Each bar has a <title> (hover) with its numbers. Rendered figures get data-rendered="yes".
(() => {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";
  const COLORS = { zh: "#b03a2e", en: "#1f5f99", und: "#7f8c8d" };
  const EXTRA = ["#7d3c98", "#117864", "#b9770e", "#566573"];
  const NAMES = { zh: "Chinese", en: "English", und: "undetermined" };
  const W = 760, H = 240, LEFT = 38, RIGHT = 10, TOP = 34, BOTTOM = 42;

  function el(name, attrs, parent, text) {
    const node = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }
  const toDate = (iso) => new Date(iso + "T00:00:00Z");
  const toIso = (date) => date.toISOString().slice(0, 10);
  function dayRange(first, last) {
    const out = [];
    for (let d = toDate(first); d <= toDate(last); d.setUTCDate(d.getUTCDate() + 1)) out.push(toIso(d));
    return out;
  }
  const shift = (iso, n) => { const d = toDate(iso); d.setUTCDate(d.getUTCDate() + n); return toIso(d); };

  function panel(figure, year, points, spans, series) {
    const counts = {};
    for (const p of points) (counts[p.day] = counts[p.day] || {})[p.lang] = p.n;
    const ends = points.map((p) => p.day).concat(spans.flatMap((s) => [s.start, s.end])).sort();
    const days = dayRange(shift(ends[0], -1), shift(ends[ends.length - 1], 1));
    const totals = days.map((d) => series.reduce((sum, s) => sum + ((counts[d] || {})[s] || 0), 0));
    const tick = Math.max(1, Math.ceil(Math.max(1, ...totals) / 4));  // whole numbers, at most 5 lines
    const max = Math.ceil(Math.max(1, ...totals) / tick) * tick;
    const plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM, step = plotW / days.length;
    const x = (i) => LEFT + i * step, y = (n) => TOP + plotH - (n / max) * plotH;
    const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "wa-chart-svg", role: "img",
      "aria-label": `Articles per day in ${year}` });
    el("text", { x: LEFT, y: 14, class: "wa-chart-title" }, svg, `${year}: articles per day`);
    for (const s of spans) {  // the conference's own dates, behind the bars
      const i = days.indexOf(s.start), j = days.indexOf(s.end);
      if (i < 0 || j < 0) continue;
      el("rect", { x: x(i), y: TOP, width: (j - i + 1) * step, height: plotH, class: "wa-chart-span" }, svg);
      el("text", { x: x(i), y: TOP - 4, class: "wa-chart-span-label" }, svg, `${s.label} (the conference)`);
    }
    for (let n = 0; n <= max; n += tick) {
      el("line", { x1: LEFT, x2: W - RIGHT, y1: y(n), y2: y(n), class: "wa-chart-grid" }, svg);
      el("text", { x: LEFT - 6, y: y(n) + 4, class: "wa-chart-axis", "text-anchor": "end" }, svg, String(n));
    }
    const every = Math.max(1, Math.ceil(days.length / 12));
    days.forEach((day, i) => {
      let base = 0;
      const parts = [];
      series.forEach((s, k) => {
        const n = (counts[day] || {})[s] || 0;
        if (!n) return;
        const bar = el("rect", { x: x(i) + step * 0.12, width: Math.max(1, step * 0.76), y: y(base + n),
          height: y(base) - y(base + n), fill: COLORS[s] || EXTRA[k % EXTRA.length], class: "wa-chart-bar",
          "data-day": day, "data-lang": s, "data-n": n }, svg);
        el("title", {}, bar, `${day}: ${n} ${NAMES[s] || s}`);
        parts.push(`${n} ${NAMES[s] || s}`);
        base += n;
      });
      if (i % every === 0) {
        el("text", { x: x(i) + step / 2, y: H - BOTTOM + 14, class: "wa-chart-axis", "text-anchor": "middle" },
           svg, day.slice(5));
      }
    });
    el("line", { x1: LEFT, x2: W - RIGHT, y1: TOP + plotH, y2: TOP + plotH, class: "wa-chart-baseline" }, svg);
    series.forEach((s, k) => {  // the legend
      const lx = LEFT + k * 110;
      el("rect", { x: lx, y: H - 16, width: 10, height: 10, fill: COLORS[s] || EXTRA[k % EXTRA.length] }, svg);
      el("text", { x: lx + 14, y: H - 7, class: "wa-chart-axis" }, svg, NAMES[s] || s);
    });
    figure.appendChild(svg);
  }

  function draw(figure) {
    const source = figure.querySelector('script[type="application/json"]');
    if (!source) return;
    const data = JSON.parse(source.textContent);
    const years = [...new Set(data.points.map((p) => p.day.slice(0, 4)))].sort().reverse();
    if (!years.length) {
      const note = document.createElement("p");
      note.className = "wa-none";
      note.textContent = "No coverage archived yet.";
      figure.appendChild(note);
    }
    for (const year of years) {
      const spans = data.spans.filter((s) => s.start.slice(0, 4) === year);
      panel(figure, year, data.points.filter((p) => p.day.startsWith(year)), spans, data.series);
    }
    figure.setAttribute("data-rendered", "yes");
  }

  document.addEventListener("DOMContentLoaded", () => document.querySelectorAll("figure.wa-chart").forEach(draw));
})();
