"""Build the bundled sample sites (samples/sites/), their misbehaviours (samples/behaviours.toml) and the
ground truth (samples/expected.json) from the data next to this script, so pages and truth never disagree.

    python -m samples.build_samples          # rewrite everything, then run the sanity checks
    python -m samples.build_samples --check  # only run the sanity checks on the files as they are

Data: articles/<spider>.toml (one site each: host, robots.txt, list pages, feed, articles, bad URLs),
people.toml (everyone named) and layouts.toml (the selectors of each layout). The backfill surfaces (date
archives, topic pages, sitemaps, search endpoints) are samples/build_surfaces.py's. Jinja templates:
templates/<layout>.html renders an article page; each site names its list and feed templates. The same
article record renders its page and its expected.json entry. See samples/README.md. The pages imitate
the real sites' markup, but every word on them is written for this project; nothing is copied from a page.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from lxml import html as lhtml

from samples import build_surfaces

HERE = Path(__file__).resolve().parent
SITES = HERE / "sites"
TEMPLATES = HERE / "templates"
SOURCES = HERE.parent / "pipeline" / "data" / "sources.toml"  # the crawler's article URL patterns

# A republished wire story takes these fields from the article it republishes (``republishes = "<key>"``).
STORY_FIELDS = ("title", "paragraphs", "dateline", "photos", "people", "dates")

# The fields of an expected.json entry, in file order (README, "Ground truth"); a bad URL has empty lists
# where an article has lists, and null elsewhere.
TRUTH_FIELDS = (
    "url", "source", "lang", "encoding", "title", "published", "authors", "photographers", "editor", "agency",
    "dateline", "paragraphs", "people", "dates", "conferences", "collected_for", "expect_error", "duplicate_of",
    "layout", "listed_on", "notes",
)  # fmt: skip
LIST_FIELDS = {"authors", "photographers", "paragraphs", "people", "dates", "conferences"}


# --------------------------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class Photo:
    after: int  # inserted after this many body paragraphs
    caption: str  # caption text (noise: never a body paragraph)
    credit: str = ""  # photographer line, e.g. "中新社记者 张亮 摄" (noise)


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


@dataclass(frozen=True)
class Article:
    key: str  # short id used in the data and in README
    url: str  # the live URL
    source: str  # chinanews | xinhua | xinhua_en (from the site)
    lang: str  # from the site
    layout: str  # chinanews | xh2023 | xh2019 | xhold | en: templates/<layout>.html
    title: str
    published: str  # ISO 8601 with +08:00
    paragraphs: list[str]
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    editor: str | None = None
    editor_line: str | None = None  # the editor line as printed (defaults per layout)
    agency: str = ""  # source line, e.g. 中国新闻网, 新华网, 新华社, Xinhua
    dateline: dict[str, str] | None = None
    people: list[dict[str, str | None]] = field(default_factory=list)  # as in expected.json
    dates: list[dict[str, str]] = field(default_factory=list)  # as in expected.json
    conferences: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    end_mark: str = ""  # "(完)" appended to the last paragraph on the page, not part of the truth
    byline: str = ""  # English feature byline printed above the body ("by Xinhua writer ..."), noise
    encoding: str = "utf-8"
    declared: str = "utf-8"  # charset in the page's <meta>
    expect_error: str | None = None
    duplicate_of: str | None = None
    behaviour: dict[str, Any] = field(default_factory=dict)
    cut_in_paragraph: int | None = None  # cut the file at the source inside this paragraph (0-based)
    notes: str = ""
    listed_on: str = ""  # list page that links it (a path on the site), or the URL of where it is found
    channel: str = ""  # the channel the list page files it under, if not the path's first folder
    collected_for: str | None = None  # backfill pages: the conference a crawl finds them for
    topic_page: str = ""  # the special-topic page (a path on the site) that lists it

    @property
    def host(self) -> str:
        return self.url.split("/")[2]

    @property
    def path(self) -> str:
        return path_of(self.url)

    @property
    def section(self) -> str:
        """The first folder of the path (the channel of a China News Service URL)."""
        return self.path.split("/")[1]

    @property
    def file_id(self) -> str:
        """The number in the file name: 10500001.shtml -> 10500001, c_1129000001.htm -> 1129000001."""
        return self.path.rsplit("/", 1)[1].split(".")[0].rsplit("_", 1)[-1]

    @property
    def is_whole(self) -> bool:
        """The page is served as written and whole: what feeds list."""
        return not self.expect_error and self.cut_in_paragraph is None


@dataclass(frozen=True)
class BadUrl:
    """A linked URL with no article behind it."""

    url: str
    source: str
    expect_error: str  # 404 | not_html
    title: str  # the link text on the list page
    listed_on: str
    list_time: str  # the time the list page shows
    notes: str
    file: str = ""  # what is served: nothing (404) or "pdf"
    behaviour: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Site:
    host: str
    robots: str
    sections: dict[str, str]  # channel folder -> name
    listing: dict[str, Any]  # the list pages: template, pages (empty: no list)
    feed: dict[str, Any]  # template, path, and what the feed template shows (empty: no feed)
    articles: list[Article]
    bad: list[BadUrl]
    disallowed: list[Article]  # article-shaped pages under a folder robots.txt disallows
    # the backfill surfaces (samples/build_surfaces.py)
    archive: dict[str, Any] = field(default_factory=dict)  # template, path with {day}, days
    fillers: list[dict[str, Any]] = field(default_factory=list)  # other news: title, url, published
    searches: list[dict[str, Any]] = field(default_factory=list)  # search endpoints
    topics: list[dict[str, Any]] = field(default_factory=list)  # special-topic pages
    sitemap: dict[str, Any] = field(default_factory=dict)  # sitemap index and monthly news sitemaps


def hex32(slug: str) -> str:
    """Stable 32-hex id (the real ids are opaque; ours are md5 of a fixed string)."""
    return hashlib.md5(slug.encode()).hexdigest()


# --------------------------------------------------------------------------------------------- loading


def read_toml(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def load_sites() -> list[Site]:
    """Every site of articles/*.toml, in file name order (the order of expected.json)."""
    people = read_toml(HERE / "people.toml")
    raw = [read_toml(f) for f in sorted((HERE / "articles").glob("*.toml"))]
    by_key = {a["key"]: a for data in raw for a in data.get("article", [])}
    return [site_from(data, people, by_key) for data in raw]


def site_from(data: dict[str, Any], people: dict[str, Any], by_key: dict[str, Any]) -> Site:
    site = data["site"]

    def article(d: dict[str, Any]) -> Article:
        return article_from(d, site["source"], site["lang"], people, by_key)

    return Site(
        host=site["host"],
        robots=site["robots"],
        sections=site.get("sections", {}),
        listing=data.get("list", {"pages": []}),
        feed=data.get("feed", {}),
        articles=[article(d) for d in data.get("article", [])],
        bad=[BadUrl(source=site["source"], **d) for d in data.get("bad", [])],
        disallowed=[article(d) for d in data.get("disallowed", [])],
        archive=data.get("archive", {}),
        fillers=data.get("filler", []),
        searches=data.get("search", []),
        topics=data.get("topic", []),
        sitemap=data.get("sitemap", {}),
    )


def article_from(
    data: dict[str, Any], source: str, lang: str, people: dict[str, Any], by_key: dict[str, Any]
) -> Article:
    d = dict(data)
    if "republishes" in d:  # the same wire story: the later copy is the duplicate
        story = by_key[d.pop("republishes")]
        for name in STORY_FIELDS:
            d.setdefault(name, story[name])
        d["duplicate_of"] = story["url"]
    d["people"] = [
        {**people[p["who"]], "role": p.get("role"), "kind": p["kind"]} for p in d.get("people", [])
    ]
    d["photos"] = [Photo(**ph) for ph in d.get("photos", [])]
    return Article(source=source, lang=lang, **d)


# --------------------------------------------------------------------------------------------- rendering


def esc(text: str | None) -> str:
    """Escape text as the real pages do (&, <, >; quotes stay). None (no editor) prints nothing."""
    return html.escape(text or "", quote=False)


def date(iso: str, fmt: str) -> str:
    """An ISO 8601 time as the page prints it (strftime format)."""
    return datetime.fromisoformat(iso).strftime(fmt)


def environment() -> jinja2.Environment:
    # No autoescape: the templates copy real markup byte for byte, and escape text with `esc` where the
    # real sites do (quotes stay), or with `esc_attr` where they escape quotes too.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(esc=esc, esc_attr=html.escape, date=date)
    return env


@dataclass(frozen=True)
class Shot:
    """A photo as placed on a page: the n-th photo of the page, with its file name and id."""

    caption: str
    credit: str
    n: int
    img: str  # image file name
    uid: str  # 32-hex id some layouts print


def body_blocks(a: Article) -> list[str | Shot]:
    """Body paragraphs and photos in page order; the end mark goes on the last paragraph."""
    last = len(a.paragraphs) - 1
    order: list[str | Photo] = []
    for i, text in enumerate(a.paragraphs):
        order += [ph for ph in a.photos if ph.after == i]
        order.append(text + (a.end_mark if i == last else ""))
    order += [ph for ph in a.photos if ph.after > last]
    blocks: list[str | Shot] = []
    for b in order:
        if isinstance(b, Photo):
            n = sum(isinstance(x, Shot) for x in blocks)
            img = hashlib.md5(f"{a.url}#{n}".encode()).hexdigest()[:16] + ".jpg"
            blocks.append(Shot(b.caption, b.credit, n, img, hex32(a.url + str(n))))
        else:
            blocks.append(b)
    return blocks


def render_article(env: jinja2.Environment, site: Site, a: Article) -> str:
    related = [
        o
        for o in site.articles
        if o.layout == a.layout and o is not a and not o.expect_error and o.collected_for == a.collected_for
    ]  # the backfill pages of 2022 and today's pages do not link each other
    return env.get_template(f"{a.layout}.html").render(
        a=a,
        blocks=body_blocks(a),
        related=related,
        sections=site.sections,
        docid=hex32(a.url),
        publish_id=int(hex32(a.url)[:6], 16) % 1000000 + 1129000000,  # a stable number of the real shape
    )


@dataclass(frozen=True)
class Link:
    """One entry of a list page."""

    path: str
    title: str
    time: str
    section: str  # the channel folder the list names


def link(a: Article) -> Link:
    return Link(a.path, a.title, a.published, a.channel or a.section)


def list_entries(site: Site, page: str) -> list[Link]:
    """Every article and bad URL linked from one list page, newest first."""
    rows = [link(a) for a in site.articles if a.listed_on == page]
    rows += [
        Link(path_of(b.url), b.title, b.list_time, path_of(b.url).split("/")[1])
        for b in site.bad
        if b.listed_on == page
    ]
    return sorted(rows, key=lambda r: r.time, reverse=True)


def render_list_page(env: jinja2.Environment, site: Site, n: int) -> str:
    """Page n (1-based) of the site's list."""
    pages = site.listing["pages"]
    page = pages[n - 1]
    return env.get_template(site.listing["template"]).render(
        n=n,
        pages=pages,
        prev_page=pages[n - 2] if n > 1 else None,
        next_page=pages[n] if n < len(pages) else None,
        entries=list_entries(site, page),
        disallowed=[link(d) for d in site.disallowed if d.listed_on == page],
        sections=site.sections,
    )


def render_feed(env: jinja2.Environment, site: Site) -> str:
    items = [a for a in site.articles if a.is_whole and not a.collected_for]  # a feed has the newest only
    return env.get_template(site.feed["template"]).render(
        feed=site.feed, items=items, host=site.host, pages=site.listing["pages"]
    )


def tiny_pdf() -> bytes:
    """A small, valid one-page PDF (xref offsets computed), written without any PDF library."""
    stream = b"BT /F1 12 Tf 20 100 Td (2026 Lakeside Digital Culture Forum - programme) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------------------------- build


def site_file(host: str, path: str) -> Path:
    return SITES / host / path.lstrip("/")


def write(host: str, path: str, data: bytes) -> None:
    f = site_file(host, path)
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(data)


def cut_text(p: str) -> str:
    """The part of a paragraph left in a file cut at the source (about half of it)."""
    return p[: len(p) // 2]


def article_file(page: str, a: Article) -> tuple[bytes, dict[str, Any]]:
    """The bytes of an article's file and its behaviours.toml entry (empty for a well-behaved page)."""
    data = page.encode(a.encoding)  # strict: a character the encoding lacks is a bug here
    if a.cut_in_paragraph is not None:  # cut the FILE mid-paragraph (at a character boundary)
        p = a.paragraphs[a.cut_in_paragraph]
        data = page[: page.index(esc(p)) + len(esc(cut_text(p)))].encode(a.encoding)
    behaviour = dict(a.behaviour)
    if a.expect_error == "truncated":  # cut the TRANSFER inside the second paragraph
        second = esc(a.paragraphs[1])
        mid = page.index(second) + len(second) // 2
        behaviour = {"truncate_at": round(len(page[:mid].encode(a.encoding)) / len(data), 3), **behaviour}
    return data, behaviour


def write_site(env: jinja2.Environment, site: Site, behaviours: dict[str, dict[str, Any]]) -> None:
    """All files of one site; collects the behaviours of its pages."""
    for host in {site.host, site.sitemap.get("host", site.host)}:
        shutil.rmtree(SITES / host, ignore_errors=True)
    for a in site.articles:
        data, behaviour = article_file(render_article(env, site, a), a)
        write(a.host, a.path, data)
        if behaviour:
            behaviours[f"{a.host}{a.path}"] = behaviour
    for b in site.bad:
        if b.file == "pdf":
            write(site.host, path_of(b.url), tiny_pdf())
        if b.behaviour:
            behaviours[f"{site.host}{path_of(b.url)}"] = dict(b.behaviour)
    for d in site.disallowed:
        write(d.host, d.path, render_article(env, site, d).encode(d.encoding))
    write(site.host, "/robots.txt", site.robots.encode())
    for n, page in enumerate(site.listing["pages"], start=1):
        write(site.host, page, render_list_page(env, site, n).encode())
    if site.feed:
        write(site.host, site.feed["path"], render_feed(env, site).encode())
    build_surfaces.write_archive(env, site, write)
    build_surfaces.write_topics(env, site, write)
    build_surfaces.write_sitemaps(env, site, write)


def behaviours_toml(behaviours: dict[str, dict[str, Any]]) -> str:
    lines = [
        "# Generated by samples/build_samples.py: do not edit by hand.",
        '# key: "<host>/<path>"; truncate_at = fraction of the file sent after a full Content-Length;',
        "# content_type overrides the Content-Type header; status overrides the HTTP status.",
        "",
    ]
    for key in sorted(behaviours):
        lines.append(f'["{key}"]')
        lines += [f"{k} = {json.dumps(v)}" for k, v in behaviours[key].items()]
        lines.append("")
    return "\n".join(lines)


def expected_entry(a: Article) -> dict[str, Any]:
    entry = {name: getattr(a, name) for name in TRUTH_FIELDS}
    if not a.listed_on.startswith(("http://", "https://")):
        entry["listed_on"] = f"{a.url.split('//')[0]}//{a.host}/{a.listed_on}"
    cut = a.cut_in_paragraph
    if cut is not None:  # the truth is what the file holds: the cut paragraph's first part, no editor
        entry["paragraphs"] = a.paragraphs[:cut] + [cut_text(a.paragraphs[cut])]
        entry["editor"] = None
        entry["people"] = [p for p in a.people if p["kind"] != "editor"]
    return entry


def bad_entry(b: BadUrl) -> dict[str, Any]:
    known = {"url": b.url, "source": b.source, "expect_error": b.expect_error, "notes": b.notes}
    known["listed_on"] = f"https://{b.url.split('/')[2]}/{b.listed_on}"
    return {name: known.get(name, [] if name in LIST_FIELDS else None) for name in TRUTH_FIELDS}


def build(sites: list[Site]) -> None:
    env = environment()
    behaviours: dict[str, dict[str, Any]] = {}
    for site in sites:
        write_site(env, site, behaviours)
    (HERE / "behaviours.toml").write_text(behaviours_toml(behaviours), encoding="utf-8")
    endpoints = [spec for site in sites for spec in build_surfaces.endpoint_specs(site)]
    text = json.dumps(endpoints, ensure_ascii=False, indent=1) + "\n"
    (HERE / "endpoints.json").write_text(text, encoding="utf-8")
    entries = [expected_entry(a) for s in sites for a in s.articles]
    entries += [bad_entry(b) for s in sites for b in s.bad]
    text = json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
    (HERE / "expected.json").write_text(text, encoding="utf-8")
    n_articles, n_bad = sum(len(s.articles) for s in sites), sum(len(s.bad) for s in sites)
    print(f"wrote {n_articles} article pages, {n_bad} bad URLs, {len(behaviours)} behaviours")


# --------------------------------------------------------------------------------------------- checks


def check(sites: list[Site]) -> int:
    """Sanity checks over the files on disk; returns the number of problems."""
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    behaviours = read_toml(HERE / "behaviours.toml")
    patterns = {name: v["article_patterns"] for name, v in read_toml(SOURCES).items()}
    layouts = read_toml(HERE / "layouts.toml")
    cut_urls = {a.url for s in sites for a in s.articles if a.cut_in_paragraph is not None}
    linked = linked_urls(sites)
    problems: list[str] = []
    for e in expected:
        url = e["url"]
        if not any(re.search(p, url) for p in patterns[e["source"]]):
            problems.append(f"{url}: does not match the {e['source']} article patterns")
        if url not in linked:
            problems.append(f"{url}: not linked from any list page, feed or backfill surface")
        host, path = url.split("/")[2], "/" + url.split("/", 3)[3]
        f, behaviour = site_file(host, path), behaviours.get(f"{host}{path}", {})
        if e["expect_error"] == "404":
            problems += [f"{url}: should be missing"] if f.exists() else []
        elif e["expect_error"] == "not_html":
            if not f.read_bytes().startswith(b"%PDF-") or behaviour.get("content_type") != "application/pdf":
                problems.append(f"{url}: not a PDF with a content_type override")
        else:
            selectors = layouts[e["layout"]]
            if url in cut_urls:  # the editor line was cut off with the end of the file
                selectors = {k: v for k, v in selectors.items() if k != "editor"}
            problems += [f"{url}: {p}" for p in page_problems(e, f.read_bytes(), behaviour, selectors)]
            if url in cut_urls and f.read_bytes().rstrip().endswith(b"</html>"):
                problems.append(f"{url}: cut-at-source page ends with </html>")
    problems += unparsable_pages(sites)
    for p in problems:
        print("PROBLEM:", p)
    print(f"checked {len(expected)} expected entries: {len(problems)} problem(s)")
    return len(problems)


def linked_urls(sites: list[Site]) -> set[str]:
    """Every URL linked from a list page, feed or backfill surface: each expected URL must be discoverable."""
    linked: set[str] = set()
    for site in sites:
        feeds = [site.feed["path"]] if site.feed else []
        for page in [*site.listing["pages"], *feeds]:
            text = site_file(site.host, page).read_text(encoding="utf-8")
            for m in re.finditer(r'(?:href="|<loc>|<link>)([^"<#]+)', text):
                u = m.group(1)
                linked.add(u if u.startswith("http") else f"https://{site.host}{u}")
        linked |= build_surfaces.surface_links(
            site, lambda host, path: site_file(host, path).read_text("utf-8")
        )
    return linked


def page_problems(
    e: dict[str, Any], data: bytes, behaviour: dict[str, Any], selectors: dict[str, str]
) -> list[str]:
    """What is wrong with one article page on disk, given its expected.json entry."""
    problems: list[str] = []
    if e["encoding"] == "gbk":  # gb2312 must fail too: the page needs a character outside GB2312
        problems += [f"GBK page decodes as {enc}" for enc in ("utf-8", "gb2312") if decodes(data, enc)]
    text = data.decode(e["encoding"])
    problems += [f"paragraph not on the page: {p[:30]}" for p in e["paragraphs"] if esc(p) not in text]
    if e["title"] and esc(e["title"]) not in text:
        problems.append("title not on the page")
    doc = lhtml.document_fromstring(text)
    if not doc.xpath("//title"):
        problems.append("no <title> after parsing")
    for name, xp in selectors.items():  # the selectors of ../shared/notes/sources.md find every part
        if not "".join(doc.xpath(f"string({xp})")).strip():
            problems.append(f"{e['layout']} selector {name} ({xp}) finds nothing")
    if e["expect_error"] == "truncated":
        frac = behaviour.get("truncate_at")
        if not frac:
            problems.append("truncated page without truncate_at")
        else:
            sent = data[: int(len(data) * frac)].decode(e["encoding"], errors="ignore")
            if e["paragraphs"][-1] in sent or e["paragraphs"][0] not in sent:
                problems.append("the truncation point is not inside the body")
    if e["expect_error"] == "mis-encoded" and "utf-8" not in behaviour.get("content_type", ""):
        problems.append("mis-encoded page needs a lying utf-8 content_type")
    return problems


def decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def unparsable_pages(sites: list[Site]) -> list[str]:
    """Every HTML file of the sites parses with lxml (in the encoding its bytes really have)."""
    encodings = {site_file(a.host, a.path): a.encoding for s in sites for a in s.articles}
    not_html = {site_file(s.host, path_of(b.url)) for s in sites for b in s.bad}
    problems = []
    for site in sites:
        for f in sorted((SITES / site.host).rglob("*")):
            if f.suffix in (".html", ".htm", ".shtml") and f not in not_html:
                try:
                    lhtml.document_fromstring(f.read_bytes().decode(encodings.get(f, "utf-8")))
                except (ValueError, lhtml.etree.ParserError) as err:
                    problems.append(f"{f.relative_to(SITES)}: does not parse ({err})")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only run the sanity checks")
    args = ap.parse_args()
    sites = load_sites()
    if not args.check:
        build(sites)
    sys.exit(1 if check(sites) else 0)


if __name__ == "__main__":
    main()
