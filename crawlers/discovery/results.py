"""Reading what discovery surfaces answer: search results (JSON, HTML, a JSON array inside a script),
feeds and sitemaps. Each gives ``Hit``s: a URL, the time printed beside it (if any) and its title.

The formats are the ones the sites use (docs/crawling.md says where each was learned): Xinhua's getNews
and People's search answer JSON, China News Service's search an HTML page whose script holds
``var docArr = [...]``, CAC's list API JSON; RSS 2.0, Atom, sitemaps and Google News sitemaps
(``news:publication_date``, ``news:title``).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import date, timezone
from typing import Any

from lxml import etree
from scrapy.http import TextResponse

from crawlers.discovery.surfaces import Search
from crawlers.discovery.window import Window, day_of

_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Hit:
    url: str
    when: Any = None  # the time as printed (a string or epoch number); None when not given
    title: str = ""


@dataclass(frozen=True)
class Page:
    """One page of results, with what it says about the pages after it."""

    hits: list[Hit]
    page_count: int | None = None
    total: int | None = None


def plain(text: Any) -> str:
    """A title without highlight markup (``<font color=red>``, ``<em>``) and entities."""
    return html.unescape(_TAGS.sub("", str(text or ""))).replace("\xa0", " ").strip()


def path_get(data: Any, dotted: str) -> Any:
    """``content.results`` in nested JSON; a list on the way (China News gives ``["title"]``) -> its first."""
    for part in [p for p in dotted.split(".") if p]:
        if isinstance(data, list):
            data = data[0] if data else None
        if isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def _leaf(value: Any) -> Any:
    return (value[0] if value else None) if isinstance(value, list) else value


def read_results(search: Search, response: TextResponse) -> Page:
    """The results of one answer of ``search``; ValueError when the answer is not in its format."""
    if search.format == "html":
        return Page(_html_hits(search, response))
    data = _json_of(search, response)
    items = path_get(data, search.results) if search.results else data
    if not isinstance(items, list):
        items = []
    hits = []
    for item in items:
        url = _leaf(path_get(item, search.fields["url"]))
        if not url:
            continue
        when = _leaf(path_get(item, search.fields["date"])) if "date" in search.fields else None
        title = _leaf(path_get(item, search.fields["title"])) if "title" in search.fields else ""
        hits.append(Hit(response.urljoin(str(url).strip()), when, plain(title)))
    return Page(hits, _number(path_get(data, search.pages)), _number(path_get(data, search.total)))


def _json_of(search: Search, response: TextResponse) -> Any:
    text = response.text
    if search.format == "inline_js":
        m = re.search(rf"(?:var|let|const)\s+{re.escape(search.variable)}\s*=\s*", text)
        if not m:
            raise ValueError(f"no `var {search.variable} = ...` in the answer")
        return json.JSONDecoder().raw_decode(text, m.end())[0]
    return json.loads(text)


def _html_hits(search: Search, response: TextResponse) -> list[Hit]:
    hits = []
    for entry in response.css(search.entries):
        href = entry.css(search.link).get()
        if not href:
            continue
        when = entry.css(search.date).xpath("string()").get() if search.date else None
        hits.append(Hit(response.urljoin(href.strip()), when, plain(entry.xpath("string()").get())))
    return hits


def _number(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def more_pages(search: Search, page: int, answer: Page, window: Window, tz: timezone) -> bool:
    """Whether to ask for the page after ``page``."""
    if not answer.hits:
        return False
    read = page - search.first_page + 1
    if read >= search.max_pages:
        return False
    if answer.page_count is not None and read >= answer.page_count:
        return False
    if answer.total is not None and search.page_size and read * search.page_size >= answer.total:
        return False
    if search.page_size and len(answer.hits) < search.page_size:
        return False
    if search.order == "newest":  # not filtered by the endpoint: stop once a page is all older
        days = [d for d in (day_of(h.when, tz) for h in answer.hits) if d]
        if days and max(days) < window.start:
            return False
    return True


# -- feeds and sitemaps -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedEntries:
    hits: list[Hit]
    sitemaps: list[Hit]  # child sitemaps of a sitemap index, with their lastmod


def read_feed(body: bytes, base_url: str) -> FeedEntries:
    """The entries of an RSS 2.0 / Atom feed, a sitemap or a sitemap index (any namespace)."""
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz, served as a file rather than gzip-encoded
        body = _gunzip(body)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body.lstrip(), parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        return FeedEntries([], [])
    hits: list[Hit] = []
    sitemaps: list[Hit] = []
    for node in root.iter("{*}item", "{*}entry", "{*}url", "{*}sitemap"):
        url = _child_text(node, "loc") or _child_text(node, "link") or _atom_link(node)
        if not url:
            continue
        when = (
            _child_text(node, "publication_date")
            or _child_text(node, "lastmod")
            or _child_text(node, "pubDate")
            or _child_text(node, "published")
            or _child_text(node, "updated")
            or _child_text(node, "date")
        )
        hit = Hit(_join(base_url, url), when, plain(_child_text(node, "title")))
        (sitemaps if etree.QName(node).localname == "sitemap" else hits).append(hit)
    return FeedEntries(hits, sitemaps)


MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps protocol's own limit for one file, uncompressed


def _gunzip(body: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(wbits=31).decompress(body, MAX_SITEMAP_BYTES)
    except zlib.error:
        return b""


def _child_text(node: Any, localname: str) -> str:
    for child in node.iter(f"{{*}}{localname}"):
        if child is not node and child.text and child.text.strip():
            return child.text.strip()
    return ""


def _atom_link(node: Any) -> str:
    for link in node.iter("{*}link"):
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link.get("href")
    return ""


def _join(base: str, url: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base, url)


def hit_day(hit: Hit, tz: timezone) -> date | None:
    return day_of(hit.when, tz)
