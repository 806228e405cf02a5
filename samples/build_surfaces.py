"""The sample sites' backfill surfaces: date-archive pages, special-topic pages, sitemaps, and the data the
search endpoints answer from (samples/endpoints.json, served by samples/endpoints.py).

Called by samples/build_samples.py. A site file (articles/<spider>.toml) may declare:

* ``[archive]``: ``template``, ``path`` (with ``{day:...}``) and ``days`` (ranges of ISO dates): one page
  per day listing the site's articles and ``[[filler]]`` entries published that day, newest first;
* ``[[topic]]``: ``title``, ``template`` and ``pages`` (the index first): each page lists the articles
  whose ``topic_page`` it is;
* ``[sitemap]``: ``host``, ``index`` and ``index_template``, ``path`` (with ``{month}``), ``template``
  and ``months``: a sitemap index and one news sitemap per month (articles and fillers of that month);
* ``[[search]]``: an endpoint (``host``, ``path``, ``method``, ``request`` = query / form / json, the
  parameter names ``keyword``, ``page``, ``size``, ``start``, ``end``, ``dates`` = ymd / ms,
  ``first_page``, ``page_size``, ``template``, ``content_type``) answering from the site's whole
  articles and its extra ``hits``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import jinja2

Write = Callable[[str, str, bytes], None]  # (host, path, bytes)


@dataclass(frozen=True)
class Entry:
    """A link on a surface page: where it points, its title and time, its channel folder."""

    url: str
    title: str
    time: str  # ISO 8601
    path: str
    section: str


def entry_of(url: str, title: str, published: str) -> Entry:
    path = "/" + url.split("/", 3)[3]
    return Entry(url, title, published, path, path.split("/")[1])


def site_entries(site: Any) -> list[Entry]:
    """Every whole article and filler of the site, newest first."""
    rows = [entry_of(a.url, a.title, a.published) for a in site.articles if a.is_whole]
    rows += [entry_of(f["url"], f["title"], f["published"]) for f in site.fillers]
    return sorted(rows, key=lambda e: e.time, reverse=True)


def archive_days(archive: dict[str, Any]) -> list[date]:
    days = []
    for first, last in archive["days"]:
        day, end = date.fromisoformat(first), date.fromisoformat(last)
        while day <= end:
            days.append(day)
            day += timedelta(days=1)
    return days


def write_archive(env: jinja2.Environment, site: Any, write: Write) -> None:
    if not site.archive:
        return
    template = env.get_template(site.archive["template"])
    entries = site_entries(site)
    for day in archive_days(site.archive):
        path = site.archive["path"].format(day=day)
        listed = [e for e in entries if e.time[:10] == day.isoformat()]
        page = template.render(day=day.isoformat(), entries=listed, sections=site.sections)
        write(site.host, path, page.encode())


def write_topics(env: jinja2.Environment, site: Any, write: Write) -> None:
    for topic in site.topics:
        pages = topic["pages"]
        for n, page in enumerate(pages, start=1):
            listed = [entry_of(a.url, a.title, a.published) for a in site.articles if a.topic_page == page]
            html = env.get_template(topic["template"]).render(
                topic=topic,
                n=n,
                pages=pages,
                prev_page=pages[n - 2] if n > 1 else None,
                next_page=pages[n] if 1 < n < len(pages) else None,
                entries=sorted(listed, key=lambda e: e.time, reverse=True),
            )
            write(site.host, page, html.encode())


def write_sitemaps(env: jinja2.Environment, site: Any, write: Write) -> None:
    sitemap = site.sitemap
    if not sitemap:
        return
    entries = site_entries(site)
    parts = []
    for month in sitemap["months"]:
        path = sitemap["path"].format(month=month)
        listed = sorted((e for e in entries if e.time[:7] == month), key=lambda e: e.time)
        write(sitemap["host"], path, env.get_template(sitemap["template"]).render(entries=listed).encode())
        lastmod = max((e.time for e in listed), default=f"{month}-01T00:00:00+08:00")
        parts.append({"url": f"http://{sitemap['host']}/{path}", "lastmod": lastmod})
    index = env.get_template(sitemap["index_template"]).render(parts=parts)
    write(sitemap["host"], sitemap["index"], index.encode())


def endpoint_specs(site: Any) -> list[dict[str, Any]]:
    """The search endpoints of the site with the records they answer from (endpoints.json)."""
    records = [
        {
            "title": a.title,
            "url": a.url,
            "published": a.published,
            "text": a.title + "\n" + "\n".join(a.paragraphs),
            "summary": a.paragraphs[0][:60],
        }
        for a in site.articles
        if a.is_whole
    ]
    specs = []
    for search in site.searches:
        hits = [{**h, "text": h["title"] + "\n" + h.get("summary", "")} for h in search.get("hits", [])]
        spec = {k: v for k, v in search.items() if k != "hits"}
        specs.append({**spec, "records": records + hits})
    return specs


def surface_links(site: Any, read: Callable[[str, str], str]) -> set[str]:
    """Every article URL a crawl can reach through the site's backfill surfaces (for the check)."""
    linked: set[str] = set()
    if site.archive:
        for day in archive_days(site.archive):
            if day.isoformat() in {a.published[:10] for a in site.articles}:
                linked |= _hrefs(read(site.host, site.archive["path"].format(day=day)), site.host)
    for topic in site.topics:
        for page in topic["pages"]:
            linked |= _hrefs(read(site.host, page), site.host)
    if site.sitemap:
        for month in site.sitemap["months"]:
            linked |= _hrefs(read(site.sitemap["host"], site.sitemap["path"].format(month=month)), site.host)
    for spec in endpoint_specs(site):
        linked |= {r["url"] for r in spec["records"]}
    return linked


def _hrefs(text: str, host: str) -> set[str]:
    import re

    found = set()
    for m in re.finditer(r'(?:href="|<loc>)([^"<#]+)', text):
        u = m.group(1)
        found.add(u if u.startswith("http") else f"https://{host}{u}")
    return found


def epoch_ms(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp() * 1000)
