"""A source's discovery surfaces, read from its table in sources.toml (or a ``--sources-file``).

One table per source; its keys are documented in docs/crawling.md ("Sources are data"). Besides the
newest-first surfaces every crawl walks (``start_urls`` list pages, ``feeds``, ``sitemaps``), a source
declares what reaches back in time:

* ``[[<source>.date_archives]]``: a page per day, its URL a template of the day (``{day:%Y/%m%d}``);
* ``[[<source>.searches]]``: a search (or listing) endpoint: URL, method, parameters as templates, and
  how to read its answer (``json`` with field paths, ``html`` with selectors, ``inline_js`` for a JSON
  array assigned to a variable in a ``<script>``);
* ``[[<source>.topics]]``: special-topic pages (专题) a site built for one conference.

Templates are Python format strings over: ``keyword`` (``keyword_url``: URL-encoded), ``page``, ``page_size``, ``day`` (a date),
``start`` / ``end`` (the window's first and last moment, datetimes: ``{start:%Y-%m-%d}``), ``start_ms`` /
``end_ms`` (epoch milliseconds). A value that is one placeholder alone keeps its type, so a JSON body gets
``"startTime": 1661616000000`` as a number, as People's search wants it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timezone
from typing import Any
from urllib.parse import quote

from crawlers.discovery.window import Window, zone

SOURCE_KEYS = {
    "name", "lang", "timezone", "allowed_domains", "start_urls", "feeds", "sitemaps", "article_patterns",
    "list_patterns", "next_page", "url_dates", "date_archives", "searches", "topics", "note",
}  # fmt: skip
SEARCH_KEYS = {
    "url", "method", "body", "params", "headers", "format", "variable", "results", "fields", "entries",
    "link", "date", "pages", "total", "first_page", "page_size", "order", "max_pages", "lang", "note",
}  # fmt: skip
ARCHIVE_KEYS = {"url", "entries", "follow", "max_pages", "since", "note"}
TOPIC_KEYS = {"conference", "edition", "urls", "follow", "max_pages", "note"}
FORMATS = {"json", "html", "inline_js"}
MAX_SEARCH_PAGES = 20  # per keyword, when a search does not say
MAX_FOLLOW_PAGES = 30  # pages reached from one date-archive day or one topic page

_ALONE = re.compile(r"\{(\w+)\}")


def fill(template: Any, values: Mapping[str, Any]) -> Any:
    """Fill the placeholders of a template (a string, or lists and tables of them)."""
    if isinstance(template, str):
        alone = _ALONE.fullmatch(template)
        if alone and alone.group(1) in values and not isinstance(values[alone.group(1)], str):
            return values[alone.group(1)]
        return template.format_map(values)
    if isinstance(template, dict):
        return {key: fill(value, values) for key, value in template.items()}
    if isinstance(template, list):
        return [fill(value, values) for value in template]
    return template


def template_values(window: Window, **more: Any) -> dict[str, Any]:
    first, last = window.first_moment(), window.last_moment()
    return {
        "start": first,
        "end": last,
        "start_ms": int(first.timestamp() * 1000),
        "end_ms": int(last.timestamp() * 1000) + 999,
        **more,
    }


@dataclass(frozen=True)
class Search:
    """A search or listing endpoint. Without ``{keyword}`` anywhere it is a listing (CAC's JsonList)."""

    url: str
    method: str = "GET"
    body: str = "form"  # how a POST sends params: form | json
    params: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    format: str = "json"  # json | html | inline_js
    variable: str = ""  # inline_js: the variable holding the results
    results: str = ""  # json / inline_js: dotted path to the list of results ("" = the value itself)
    fields: dict[str, str] = field(default_factory=dict)  # url / date / title: dotted paths in a result
    entries: str = ""  # html: CSS of one result
    link: str = "a::attr(href)"  # html: CSS of the result's link, inside an entry
    date: str = ""  # html: CSS of the result's printed time, inside an entry
    pages: str = ""  # dotted path to the number of pages
    total: str = ""  # dotted path to the number of results
    first_page: int = 1
    page_size: int = 0  # results per page, when known: a shorter page is the last
    order: str = ""  # "newest": newest first and not filtered by date, so stop at the first older page
    max_pages: int = MAX_SEARCH_PAGES
    lang: str = ""  # language of the keywords to send (default: the source's)

    @property
    def uses_keyword(self) -> bool:
        return "{keyword}" in repr((self.url, self.params, self.headers))

    def values(self, window: Window, page: int, keyword: str = "") -> dict[str, Any]:
        return template_values(
            window, keyword=keyword, keyword_url=quote(keyword), page=page, page_size=self.page_size
        )


@dataclass(frozen=True)
class DateArchive:
    """A page per day (``{day:...}`` in ``url``), and the pages of the same day it links to (``follow``)."""

    url: str
    entries: str = ""  # CSS of one entry (its text decides whether its links are followed)
    follow: tuple[re.Pattern[str], ...] = ()  # more pages of the same day
    max_pages: int = MAX_FOLLOW_PAGES
    since: date | None = None  # the first day the site keeps

    def url_for(self, day: date) -> str:
        return str(fill(self.url, {"day": day}))


@dataclass(frozen=True)
class Topic:
    """Special-topic pages a site built for a conference (all of one edition, or of every edition)."""

    conference: str
    urls: tuple[str, ...]
    edition: int | None = None
    follow: tuple[re.Pattern[str], ...] = ()  # more pages of the topic (its sub-lists and their pages)
    max_pages: int = MAX_FOLLOW_PAGES


@dataclass(frozen=True)
class Source:
    """One source's table, checked and compiled."""

    name: str
    lang: str
    tz: timezone
    allowed_domains: tuple[str, ...]
    start_urls: tuple[str, ...]
    feeds: tuple[str, ...]
    sitemaps: tuple[str, ...]
    article_res: tuple[re.Pattern[str], ...]
    list_res: tuple[re.Pattern[str], ...]
    next_page: str  # CSS selecting the "next page" link of a list page
    url_date_res: tuple[re.Pattern[str], ...]
    date_archives: tuple[DateArchive, ...]
    searches: tuple[Search, ...]
    topics: tuple[Topic, ...]

    def topics_for(self, conference: str, edition: int | None) -> list[Topic]:
        return [t for t in self.topics if t.conference == conference and (t.edition in (None, edition))]


def source_from(name: str, table: Mapping[str, Any]) -> Source:
    """The checked source; ValueError listing every problem of the table."""
    problems = _unknown(name, table, SOURCE_KEYS)
    problems += [
        f"[{name}] {key} must be a list of strings" for key in _LIST_KEYS if not _strings(table.get(key, []))
    ]
    shapes = [
        f"[{name}] {key} must be a list of tables ([[{name}.{key}]])"
        for key in ("date_archives", "searches", "topics")
        if not _tables(table.get(key, []))
    ]
    if shapes:  # the surfaces cannot be read
        raise ValueError("; ".join(problems + shapes))
    for required in ("allowed_domains", "article_patterns"):
        if not table.get(required):
            problems.append(f"[{name}] needs {required}")
    try:
        tz = zone(table.get("timezone"))
    except ValueError as err:
        problems.append(f"[{name}] {err}")
        tz = zone(None)
    compiled = {key: _patterns(name, key, table.get(key, []), problems) for key in _PATTERN_KEYS}
    searches = tuple(_search(name, i, t, problems) for i, t in enumerate(table.get("searches", [])))
    archives = tuple(_archive(name, i, t, problems) for i, t in enumerate(table.get("date_archives", [])))
    topics = tuple(_topic(name, i, t, problems) for i, t in enumerate(table.get("topics", [])))
    for key in ("url_dates",):
        for pattern in compiled[key]:
            if not {"y", "m", "d"} <= set(pattern.groupindex):
                problems.append(
                    f"[{name}] url_dates {pattern.pattern!r} needs the groups (?P<y>) (?P<m>) (?P<d>)"
                )
    if problems:
        raise ValueError("; ".join(problems))
    return Source(
        name=name,
        lang=table.get("lang", "zh"),
        tz=tz,
        allowed_domains=tuple(table.get("allowed_domains", [])),
        start_urls=tuple(table.get("start_urls", [])),
        feeds=tuple(table.get("feeds", [])),
        sitemaps=tuple(table.get("sitemaps", [])),
        article_res=compiled["article_patterns"],
        list_res=compiled["list_patterns"],
        next_page=table.get("next_page", ""),
        url_date_res=compiled["url_dates"],
        date_archives=archives,
        searches=searches,
        topics=topics,
    )


_PATTERN_KEYS = ("article_patterns", "list_patterns", "url_dates")
_LIST_KEYS = ("allowed_domains", "start_urls", "feeds", "sitemaps", *_PATTERN_KEYS)


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _tables(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def _unknown(where: str, table: Mapping[str, Any], known: set[str]) -> list[str]:
    return [f"[{where}] unknown key {key!r}" for key in sorted(set(table) - known)]


def _patterns(where: str, key: str, patterns: Any, problems: list[str]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in patterns if isinstance(patterns, list) else [patterns]:
        try:
            compiled.append(re.compile(pattern))
        except (re.error, TypeError) as err:
            problems.append(f"[{where}] {key}: {pattern!r} is not a regular expression ({err})")
    return tuple(compiled)


def _search(name: str, i: int, table: Mapping[str, Any], problems: list[str]) -> Search:
    where = f"{name}.searches[{i}]"
    problems += _unknown(where, table, SEARCH_KEYS)
    if not table.get("url"):
        problems.append(f"[{where}] needs url")
    values = {k: v for k, v in table.items() if k in SEARCH_KEYS - {"note"}}
    search = Search(**{"url": "", **values})
    if search.method.upper() not in ("GET", "POST"):
        problems.append(f"[{where}] method must be GET or POST")
    if search.body not in ("form", "json"):
        problems.append(f"[{where}] body must be form or json")
    if search.format not in FORMATS:
        problems.append(f"[{where}] format must be one of {', '.join(sorted(FORMATS))}")
    if search.format == "inline_js" and not search.variable:
        problems.append(f"[{where}] inline_js needs the variable name")
    if search.format == "html" and not search.entries:
        problems.append(f"[{where}] html needs entries (a CSS selector)")
    if search.format != "html" and "url" not in search.fields:
        problems.append(f"[{where}] needs fields.url (the path of a result's URL)")
    if search.order not in ("", "newest"):
        problems.append(f"[{where}] order must be newest (or left out)")
    return Search(**{**values, "url": search.url, "method": search.method.upper()})


def _archive(name: str, i: int, table: Mapping[str, Any], problems: list[str]) -> DateArchive:
    where = f"{name}.date_archives[{i}]"
    problems += _unknown(where, table, ARCHIVE_KEYS)
    url = table.get("url", "")
    if "{day" not in url:
        problems.append(f"[{where}] url needs the day, e.g. {{day:%Y/%m%d}}")
    since = table.get("since")
    return DateArchive(
        url=url,
        entries=table.get("entries", ""),
        follow=_patterns(where, "follow", table.get("follow", []), problems),
        max_pages=int(table.get("max_pages", MAX_FOLLOW_PAGES)),
        since=date.fromisoformat(str(since)) if since else None,
    )


def _topic(name: str, i: int, table: Mapping[str, Any], problems: list[str]) -> Topic:
    where = f"{name}.topics[{i}]"
    problems += _unknown(where, table, TOPIC_KEYS)
    if not table.get("conference") or not table.get("urls"):
        problems.append(f"[{where}] needs conference and urls")
    return Topic(
        conference=table.get("conference", ""),
        urls=tuple(table.get("urls", [])),
        edition=table.get("edition"),
        follow=_patterns(where, "follow", table.get("follow", []), problems),
        max_pages=int(table.get("max_pages", MAX_FOLLOW_PAGES)),
    )


def check_sources(sources: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Every problem of every source table (empty when all are fine)."""
    problems = []
    for name, table in sources.items():
        try:
            source_from(name, table)
        except ValueError as err:
            problems.append(str(err))
    return problems
