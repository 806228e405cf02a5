"""What a spider asks for, surface by surface, and what it follows on each page it gets.

A crawl is in one of two modes:

* **newest** (no conference): the list pages (``start_urls``, their pagination), the feeds, the sitemaps
  and keyword-less listing APIs (CAC's JsonList), the dated ones limited to the last days;
* **conference** (``--conference ID``): every surface that reaches the edition's window: one
  date-archive page per day, each site search for the conference's names (paged until the results run
  out or, for a search that cannot filter by date, until they are older than the window), the topic
  pages declared for it, the sitemaps filtered by date, and — when the window reaches the present — the
  list pages and feeds. An entry of a list, feed, sitemap, date archive or listing API is followed when
  its title names the conference (names and aliases of conferences.toml); search and topic results
  are followed as the site gives them; anything dated outside the window is left.

Kept apart from Scrapy's plumbing (crawlers/spiders/base.py turns ``Fetch``es into requests), so the
rules are tested on plain responses.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from scrapy.http import Response, TextResponse

from crawlers.discovery.results import Hit, hit_day, joined, more_pages, read_feed, read_results
from crawlers.discovery.state import SETTLE_HOURS, ArchiveState, url_day
from crawlers.discovery.surfaces import Search, Source
from crawlers.discovery.window import RECENT_DAYS, Window, recent_window, today
from crawlers.urls import canonical_url
from pipeline.catalog import conference_names, load_conferences

log = logging.getLogger(__name__)

# What a page of each kind is read for (Discovery.read dispatches on this table).
PAGE_KINDS = ("list", "feed", "sitemap", "archive", "search", "topic")


@dataclass(frozen=True)
class Fetch:
    """One thing to fetch: the URL, the kind of page, and for searches the method, body and headers."""

    url: str
    kind: str  # article | list | feed | sitemap | archive | search | topic
    method: str = "GET"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)  # surface, page, keyword, day, via


@dataclass
class Discovery:
    source: Source
    conference: str | None = None
    edition: dict[str, Any] | None = None
    window: Window | None = None  # the conference's window (None: newest mode)
    state: ArchiveState = field(default_factory=ArchiveState)
    refetch: bool = False
    settle_hours: float = SETTLE_HOURS
    max_list_pages: int = 20
    keywords: list[str] = field(default_factory=list)
    followed: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (surface, day) -> pages asked

    def __post_init__(self) -> None:
        if self.window is not None:
            self.window = self.window.in_zone(self.source.tz)
        if self.conference:
            names = conference_names(load_conferences()[self.conference])
            self.keywords = [n.casefold() for n in names]

    # -- what to ask for first -----------------------------------------------------------------------
    @property
    def dated(self) -> Window:
        """The days dated entries must fall in: the conference's window, else the last few days."""
        return self.window or recent_window(RECENT_DAYS, self.source.tz)

    @property
    def reaches_present(self) -> bool:
        """Current-only surfaces (list pages, feeds) serve a conference only while it is recent."""
        return self.window is None or self.window.end >= today(self.source.tz) - timedelta(days=RECENT_DAYS)

    def first_fetches(self) -> list[Fetch]:
        src, fetches = self.source, []
        if self.reaches_present:
            fetches += [Fetch(url, "list") for url in src.start_urls if self._may_follow(("list", ""), url)]
            fetches += [Fetch(url, "feed") for url in src.feeds]
        fetches += [Fetch(url, "sitemap") for url in src.sitemaps]
        for i, search in enumerate(src.searches):
            if search.uses_keyword and self.window is None:
                continue  # a keyword search serves a conference crawl only
            for keyword in self.search_terms(search) if search.uses_keyword else [""]:
                fetches.append(self.search_fetch(i, search.first_page, keyword))
        if self.window is not None:
            fetches += self.archive_fetches()
            for i, topic in enumerate(src.topics_for(self.conference or "", self.year)):
                for url in topic.urls:
                    self._may_follow((f"topic{i}", ""), url, topic.max_pages)
                    fetches.append(Fetch(url, "topic", meta={"surface": f"topic{i}"}))
        return fetches

    @property
    def year(self) -> int | None:
        return self.edition.get("year") if self.edition else None

    def search_terms(self, search: Search) -> list[str]:
        conference = load_conferences()[self.conference or ""]
        lang = search.lang or self.source.lang
        terms = conference.get(f"search_terms_{lang}") or [conference.get(f"name_{lang}")]
        return [t for t in terms if t]

    def archive_fetches(self) -> list[Fetch]:
        assert self.window is not None
        fetches = []
        for i, archive in enumerate(self.source.date_archives):
            for day in self.window.days():
                if archive.since and day < archive.since:
                    continue
                meta = {"surface": f"archive{i}", "day": day.isoformat()}
                url = archive.url_for(day)
                self._may_follow((meta["surface"], meta["day"]), url, archive.max_pages)
                fetches.append(Fetch(url, "archive", meta=meta))
        return fetches

    def archive_days(self) -> set[date]:
        return set(self.window.days()) if self.window is not None and self.source.date_archives else set()

    def search_fetch(self, index: int, page: int, keyword: str) -> Fetch:
        search = self.source.searches[index]
        from crawlers.discovery.surfaces import fill

        values = search.values(self.dated, page, keyword)
        url, params = str(fill(search.url, values)), fill(search.params, values)
        headers = {k: str(v) for k, v in fill(search.headers, values).items()}
        meta = {"surface": f"search{index}", "page": page, "keyword": keyword}
        if search.method == "GET":
            if params:
                url += ("&" if "?" in url else "?") + urlencode({k: _text(v) for k, v in params.items()})
            return Fetch(url, "search", headers=headers, meta=meta)
        if search.body == "json":
            import json

            body = json.dumps(params, ensure_ascii=False).encode("utf-8")
            headers = {"Content-Type": "application/json;charset=UTF-8", **headers}
        else:
            body = urlencode({k: _text(v) for k, v in params.items()}).encode("ascii")
            headers = {"Content-Type": "application/x-www-form-urlencoded", **headers}
        return Fetch(url, "search", "POST", body, headers, meta)

    # -- reading a page ------------------------------------------------------------------------------
    def read(self, kind: str, response: Any) -> list[Fetch]:
        """What to fetch next from a page of ``kind`` (already archived by the spider)."""
        reader = {
            "list": self._read_list,
            "feed": self._read_feed,
            "sitemap": self._read_feed,
            "archive": self._read_archive,
            "search": self._read_search,
            "topic": self._read_topic,
        }[kind]
        return reader(response)

    def names_conference(self, text: str) -> bool:
        """In conference mode: does an entry's text name it? (Always true in newest mode.)"""
        if not self.conference:
            return True
        folded = text.casefold()
        return any(k in folded for k in self.keywords)

    def _read_list(self, response: TextResponse) -> list[Fetch]:
        fetches = []
        for anchor in response.css("a[href]"):
            url = _absolute(response, anchor.attrib["href"])
            if url and self.is_article(url) and self.names_conference(anchor.xpath("string()").get("")):
                fetches.append(self.article(url, response.url))
        nexts = response.css(self.source.next_page + "::attr(href)").getall() if self.source.next_page else []
        more = [u for u in _links(response) if self.is_list(u)] + [_absolute(response, h) for h in nexts]
        for url in dict.fromkeys(u for u in more if u):
            if self._may_follow(("list", ""), url):
                fetches.append(Fetch(url, "list"))
        return fetches

    def _read_feed(self, response: Response) -> list[Fetch]:
        entries = read_feed(response.body, response.url)
        windowed = response.meta.get("kind") == "sitemap" or self.window is not None
        fetches = []
        for hit in entries.hits:
            day = hit_day(hit, self.source.tz)
            if windowed and day is not None and day not in self.dated:
                continue
            if self.is_article(hit.url):
                if not hit.title or self.names_conference(hit.title):  # untitled: the date decided
                    fetches.append(self.article(hit.url, response.url))
            elif self.is_list(hit.url) and self.reaches_present and self._may_follow(("list", ""), hit.url):
                fetches.append(Fetch(hit.url, "list"))
        for child in entries.sitemaps:  # a sitemap index: the children that may hold the window
            day = hit_day(child, self.source.tz)
            if day is None or day >= self.dated.start:
                fetches.append(Fetch(child.url, "sitemap"))
        return fetches

    def _read_archive(self, response: TextResponse) -> list[Fetch]:
        meta = response.meta
        index = int(meta["surface"].removeprefix("archive"))
        archive = self.source.date_archives[index]
        fetches = []
        for entry in response.css(archive.entries) if archive.entries else response.css("a[href]"):
            text = entry.xpath("string()").get("")
            if not self.names_conference(text):
                continue
            hrefs = [entry.attrib["href"]] if "href" in entry.attrib else entry.css("a::attr(href)").getall()
            for url in filter(None, (_absolute(response, h) for h in hrefs)):
                if self.is_article(url):
                    fetches.append(self.article(url, response.url))
        for url in _links(response):
            key = (meta["surface"], meta["day"])
            if any(p.search(url) for p in archive.follow) and self._may_follow(key, url, archive.max_pages):
                fetches.append(Fetch(url, "archive", meta={"surface": meta["surface"], "day": meta["day"]}))
        return fetches

    def _read_search(self, response: TextResponse) -> list[Fetch]:
        meta = response.meta
        index = int(meta["surface"].removeprefix("search"))
        search = self.source.searches[index]
        try:
            answer = read_results(search, response)
        except ValueError as err:
            log.warning("%s: search answer not readable (%s)", response.url, err)
            return []
        fetches = []
        for hit in answer.hits:
            if not self._in_window(hit):
                continue
            if self.is_article(hit.url) and (search.uses_keyword or self.names_conference(hit.title)):
                fetches.append(self.article(hit.url, response.url))
        if more_pages(search, meta["page"], answer, self.dated, self.source.tz):
            fetches.append(self.search_fetch(index, meta["page"] + 1, meta["keyword"]))
        return fetches

    def _read_topic(self, response: TextResponse) -> list[Fetch]:
        surface = response.meta["surface"]
        topic = self.source.topics_for(self.conference or "", self.year)[int(surface.removeprefix("topic"))]
        fetches = []
        for url in _links(response):
            if self.is_article(url):
                fetches.append(self.article(url, response.url, check_window=False))
            elif any(p.search(url) for p in topic.follow) and self._may_follow(
                (surface, ""), url, topic.max_pages
            ):
                fetches.append(Fetch(url, "topic", meta={"surface": surface}))
        return fetches

    # -- articles ------------------------------------------------------------------------------------
    def article(self, url: str, via: str, check_window: bool = True) -> Fetch:
        """An article to fetch; ``kind`` says ``skip`` (settled, or dated outside the window) or ``found``
        (settled, but not yet known to belong to this conference) instead, for the spider to act on.
        One URL per page: without tracking parameters or fragment (crawlers/urls.py)."""
        url = canonical_url(url)
        day = url_day(url, self.source.url_date_res)
        if check_window and self.window is not None and day is not None and day not in self.window:
            return Fetch(url, "skip", meta={"why": "outside"})
        if not self.refetch and self.state.settled(url, day, self.source.tz, self.settle_hours):
            if self.conference and not self.state.found_for(url, self.conference):
                self.state.note_found(url, self.conference)
                return Fetch(url, "found", meta={"via": via})
            return Fetch(url, "skip", meta={"why": "archived"})
        return Fetch(url, "article")

    def is_article(self, url: str) -> bool:
        return any(p.search(url) for p in self.source.article_res)

    def is_list(self, url: str) -> bool:
        return any(p.search(url) for p in self.source.list_res)

    def _in_window(self, hit: Hit) -> bool:
        day = hit_day(hit, self.source.tz)
        return day is None or day in self.dated

    def _may_follow(self, key: tuple[str, str], url: str, limit: int = 0) -> bool:
        """Ask for a further page of one surface (list pages; one day of a date archive; one topic) only
        once, and only while the surface has had fewer than ``limit`` pages (default: max list pages)."""
        asked = self.followed.setdefault(key, set())
        if url in asked or len(asked) >= (limit or self.max_list_pages):
            return False
        asked.add(url)
        return True


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _absolute(response: TextResponse, href: str) -> str:
    url = joined(response, href)
    try:
        url = canonical_url(url) if url else ""
    except ValueError:  # a link urljoin accepts but urlsplit refuses costs that link only
        return ""
    return url if url.startswith(("http://", "https://")) else ""


def _links(response: TextResponse) -> list[str]:
    """Every http(s) link of an HTML page, once, in page order, without fragments or tracking parameters."""
    return list(
        dict.fromkeys(filter(None, (_absolute(response, h) for h in response.css("a::attr(href)").getall())))
    )
