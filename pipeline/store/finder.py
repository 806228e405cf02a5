"""Searching and browsing the archive with bounded work, however many articles match (docs/search.md).

Everything reads the time-ordered ``search_key`` (pipeline/store/keys.py): the search index's rowid, and a
column of ``articles``, ``mentions`` and ``article_conferences``. What a page costs:

| step | how | bounded by |
|---|---|---|
| newest / oldest first | matches in key order, ``limit`` | the page |
| most relevant first | bm25 over the newest ``RANK_WINDOW`` matches | 5,000 (all matches when fewer) |
| total | ``count(*)`` of the index's matches (no row read), or ``facet_counts`` | ``COUNT_CAP`` (``count=all``: exact) |
| source, language, month | read off the keys of the newest ``FACET_WINDOW`` matches | 5,000 keys |
| conference, person | the newest ``PEOPLE_WINDOW`` matches joined to their links | 500 articles |
| the rows shown | primary-key lookups, snippets cut in Python | the page |

Facets are exact when the matches fit their window, else counted over the newest matches and labelled so;
without a query or filter they come exact from ``facet_counts``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.store import keys
from pipeline.store.schema import ARTICLES_SEARCH
from pipeline.store.search import fts_query, highlight_patterns, people_lookup, snippet, unflagged_query

RANK_WINDOW = 5000
FLAG_CHECK_CHUNK = 100  # ranked keys checked for doubtful-only hits at a time (at least twice the page's end)
COUNT_CAP = 10000  # counting every match of 'China' in a million articles costs ~40 ms; 10,000 cost 1 ms
FACET_WINDOW = 5000
PEOPLE_WINDOW = 500
FACET_SIZE = {"conference": 15, "source": 15, "lang": 15, "person": 15, "month": 24}
SORTS = ("relevance", "newest", "oldest")
FILTERS = ("conference", "source", "lang", "person", "month", "from", "to")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SEARCH = ARTICLES_SEARCH.name
BM25 = f"bm25({SEARCH}, {', '.join(str(w) for w in ARTICLES_SEARCH.weights)})"

ROWS_SQL = """
select a.search_key, a.id, a.title, a.title_en, a.published, a.source, coalesce(s.name, a.source) as source_name,
       a.lang, a.url, a.body, a.body_en, a.translation_status, a.translation_model, a.translation_quality,
       a.duplicate_of,
       (select json_group_array(json_array(c.id, coalesce(c.name_en, c.id)))
          from article_conferences ac join conferences c on c.id = ac.conference_id
         where ac.article_id = a.id) as conference_labels
from articles a left join sources s on s.id = a.source
where a.search_key in (select value from json_each(:keys))"""
PEOPLE_FACETS_SQL = {
    "conference": """
        select c.id as value, coalesce(c.name_en, c.id) as label, count(*) as n
        from articles a join article_conferences ac on ac.article_id = a.id join conferences c on c.id = ac.conference_id
        where a.search_key in (select value from json_each(:keys)) group by c.id order by n desc, label limit 15""",
    "person": """
        select p.id as value, p.name as label, p.name_zh as label_zh, count(distinct m.article_id) as n
        from articles a join mentions m on m.article_id = a.id join people p on p.id = m.person_id
        where a.search_key in (select value from json_each(:keys)) and m.kind in ('quoted', 'mentioned')
          and p.key not like '~%'
        group by p.id order by n desc, label limit 15""",
}
# source code, language code and month of each of the newest matches, grouped
OTHER_KEYS_SQL = """
select a.source, a.lang, count(*) from articles a
where a.search_key in (select k from ({window}) where ((k >> 18) & 15) = 15 or ((k >> 16) & 3) = 2)
group by 1, 2"""
ARCHIVE_FACETS_SQL = """
select f.value, coalesce(c.name_en, s.name, p.name, f.value) as label, p.name_zh as label_zh, f.n
from facet_counts f
left join conferences c on f.facet = 'conference' and c.id = f.value
left join sources s on f.facet = 'source' and s.id = f.value
left join people p on f.facet = 'person' and p.id = cast(f.value as integer)
where f.facet = :facet order by {order} limit :limit"""


@dataclass
class Request:
    q: str = ""
    sort: str = "newest"
    page: int = 1
    page_size: int = 20
    filters: dict[str, Any] = field(default_factory=dict)
    count_all: bool = False  # count every match, however many (else up to COUNT_CAP)

    @classmethod
    def from_args(cls, args: Any, page_size: int = 20) -> Request:
        """From a query string (anything with ``get``); malformed values are dropped, never an SQL error."""
        q = (args.get("q") or "").strip()
        sort = args.get("sort") or ("relevance" if q else "newest")
        if sort not in SORTS or (sort == "relevance" and not q):
            sort = "newest"
        page = args.get("page") or "1"
        number = max(int(page), 1) if page.isdigit() else 1
        return cls(q, sort, number, page_size, read_filters(args), args.get("count") == "all")


def read_filters(args: Any) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    for name in FILTERS:
        value = (args.get(name) or "").strip()
        if not value or (name == "month" and not _MONTH.match(value)):
            continue
        if name in ("from", "to") and not _DAY.match(value):
            continue
        if name == "person":
            if not value.lstrip("-").isdigit():
                continue
            filters[name] = int(value)
        else:
            filters[name] = value
    return filters


@dataclass
class Result:
    total: int
    total_exact: bool  # False: more than ``total`` (COUNT_CAP) matches, not counted further
    rows: list[dict[str, Any]]
    facets: dict[str, list[dict[str, Any]]]
    facet_scope: dict[str, int]  # facet -> number of newest matches it was counted over (absent: all)
    ranked_among: int | None  # relevance over the newest N matches (None: over all of them)
    fts: str | None
    patterns: list[re.Pattern[str]]


class Finder:
    """One search or browse page over a connection (Datasette's, the store's)."""

    def __init__(self, conn: sqlite3.Connection, request: Request):
        self.conn, self.request = conn, request
        self.params: dict[str, Any] = {}
        self.fts: str | None = None
        if request.q:
            self.fts = fts_query(request.q, people_lookup(conn))
            self.params.update(fts=self.fts, unflagged=unflagged_query(self.fts))
        self.conditions = self._conditions()
        self.newest_keys: list[int] | None = None  # the newest matches, once a step has read them

    # -- the stream of matching keys, newest first ------------------------------------------------------
    def _conditions(self) -> list[str]:
        """The filters as conditions on a key ``{k}`` (bits and ranges of the key, or an indexed link)."""
        f, out = self.request.filters, []
        on_articles = not self.fts and not self._driven_by("conference") and not self._driven_by("person")
        if on_articles:  # the articles' own (source, search_key) and (lang, search_key) indexes
            for name in ("source", "lang"):
                if name in f:
                    self.params[name] = f[name]
                    out.append(f"{name} = :{name}")
            f = {k: v for k, v in f.items() if k not in ("source", "lang")}
        if "source" in f:
            row = self.conn.execute(
                "select code from search_codes where kind = 'source' and value = ?", [f["source"]]
            ).fetchone()
            self.params.update(source=f["source"], source_code=row[0] if row else -1)
            out.append("(({k} >> 18) & 15) = :source_code")
            if row and row[0] == keys.OTHER_SOURCE:  # the code is shared: the row says which source
                out.append("{k} in (select search_key from articles where source = :source)")
        if "lang" in f:
            self.params.update(lang=f["lang"], lang_code=keys.lang_code(f["lang"]))
            out.append("(({k} >> 16) & 3) = :lang_code")
            if keys.lang_code(f["lang"]) == keys.OTHER_LANG:
                out.append("{k} in (select search_key from articles where lang = :lang)")
        if "month" in f:
            self.params["month_lo"], self.params["month_hi"] = keys.month_range(f["month"])
            out.append("{k} >= :month_lo and {k} < :month_hi")
        if "from" in f:
            self.params["from_lo"] = keys.day_start(f["from"])
            out.append("{k} >= :from_lo")
        if "to" in f:
            self.params["to_hi"] = keys.day_start(f["to"]) + (86400 << keys.TIME_SHIFT)
            out.append("{k} < :to_hi")
        if "conference" in f and not self._driven_by("conference"):
            self.params["conference"] = f["conference"]
            out.append(
                "{k} in (select search_key from article_conferences where conference_id = :conference)"
            )
        if "person" in f and not self._driven_by("person"):
            self.params["person"] = f["person"]
            out.append("{k} in (select search_key from mentions where person_id = :person)")
        return out

    def _driven_by(self, name: str) -> str | None:
        """Without a query, the conference's or person's own index gives the keys (conference first)."""
        if self.fts or name not in self.request.filters:
            return None
        if name == "person" and "conference" in self.request.filters:
            return None
        self.params[name] = self.request.filters[name]
        return name

    def where(self, k: str) -> str:
        return "".join(f" and {c.format(k=k)}" for c in self.conditions)

    def source_sql(self, select: str = "{k}") -> str:
        """The matching keys, in no particular order (``select`` names the key ``{k}``)."""
        if self.fts:
            k = "rowid"
            table = f"{SEARCH} where {SEARCH} match :fts"
        else:
            k = "search_key"
            if self._driven_by("conference"):
                table = "article_conferences where conference_id = :conference and search_key is not null"
            elif self._driven_by("person"):
                table = "mentions where person_id = :person and search_key is not null"
                select = "distinct " + select  # two mentions of the person in one article: one result
            else:
                table = "articles where search_key is not null"
        return f"select {select.format(k=k)} from {table}{self.where(k)}"

    def keys(self, limit: int, offset: int = 0, descending: bool = True) -> list[int]:
        """Keys of the matches newest (or oldest) first: FTS5 and the indexes walk them in key order, so
        this stops after ``limit + offset`` matches, however many there are."""
        order = "desc" if descending else "asc"
        k = "rowid" if self.fts else "search_key"
        sql = f"{self.source_sql()} order by {k} {order} limit :limit offset :offset"
        return [r[0] for r in self.conn.execute(sql, dict(self.params, limit=limit, offset=offset))]

    def total(self) -> tuple[int, bool]:
        """The number of matches and whether it is exact: past COUNT_CAP matches of a query or of several
        filters the count stops (unless the request asks for all), because counting reads every match."""
        single = [n for n in ("source", "lang", "month", "conference") if n in self.request.filters]
        if not self.fts and len(self.request.filters) <= 1 and (single or not self.request.filters):
            facet, value = (single[0], str(self.request.filters[single[0]])) if single else ("all", "")
            row = self.conn.execute(
                "select n from facet_counts where facet = ? and value = ?", [facet, value]
            ).fetchone()
            return (row[0] if row else 0), True
        cap = "" if self.request.count_all else f" limit {COUNT_CAP + 1}"
        n = self.conn.execute(f"select count(*) from ({self.source_sql()}{cap})", self.params).fetchone()[0]
        return (n, True) if n <= COUNT_CAP or self.request.count_all else (COUNT_CAP, False)

    def window(self, size: str) -> str:
        """The newest matches (``:size`` of them) as a subquery of keys ``k``."""
        column = "rowid" if self.fts else "search_key"
        return f"{self.source_sql('{k} as k')} order by {column} desc limit :{size}"

    # -- the page ------------------------------------------------------------------------------------------
    def ranked(self, limit: int, offset: int) -> tuple[list[int], set[int], int | None]:
        """The page's keys by relevance (bm25, hits only in doubtful translated sentences last) among the
        newest RANK_WINDOW matches; the keys found only in doubtful sentences; the window when it was full."""
        sql = (
            f"select k from (select rowid as k, {BM25} as score from {SEARCH} "
            f"where {SEARCH} match :fts{self.where('rowid')} order by rowid desc limit :window) "
            "order by score, k desc"
        )
        ranked = [r[0] for r in self.conn.execute(sql, dict(self.params, window=RANK_WINDOW))]
        self.newest_keys = sorted(ranked, reverse=True)  # the newest matches: the facets count them too
        # Doubtful-only hits go last. Only as many of the best keys are checked as it takes to fill the page
        # with clean ones (checking all 5,000 cost more than ranking them); when the clean ones run out,
        # every key has been checked and the doubtful ones follow in their order.
        want, start = offset + limit, 0
        clean: list[int] = []
        doubtful: list[int] = []
        flagged: set[int] = set()
        while start < len(ranked) and len(clean) < want:
            part = ranked[start : start + max(2 * want, FLAG_CHECK_CHUNK)]
            found = self._flagged_only(part)
            clean += [k for k in part if k not in found]
            doubtful += [k for k in part if k in found]
            flagged |= found
            start += len(part)
        window = len(ranked) if len(ranked) == RANK_WINDOW else None
        return (clean + doubtful)[offset : offset + limit], flagged, window

    def _flagged_only(self, found: list[int]) -> set[int]:
        """Which of ``found`` match only in doubtful translated sentences: only articles with translation flags
        can (``translation_flags.search_key``, an index), and only those are matched without ``flagged_en``."""
        if not found:
            return set()
        candidates = {
            r[0]
            for r in self.conn.execute(
                "select distinct search_key from translation_flags "
                "where search_key in (select value from json_each(?))",
                [json.dumps(found)],
            )
        }
        if not candidates:
            return set()
        sql = (
            f"select rowid from {SEARCH} where {SEARCH} match :unflagged "
            "and rowid in (select value from json_each(:keys))"
        )
        clean = {r[0] for r in self.conn.execute(sql, dict(self.params, keys=json.dumps(sorted(candidates))))}
        return candidates - clean

    def page(self) -> tuple[list[int], set[int], int | None]:
        request = self.request
        offset = (request.page - 1) * request.page_size
        if request.sort == "relevance" and self.fts:
            return self.ranked(request.page_size, offset)
        page = self.keys(request.page_size, offset, descending=request.sort != "oldest")
        flagged = self._flagged_only(page) if self.fts else set()
        return page, flagged, None

    def rows(
        self, page: list[int], flagged: set[int], patterns: list[re.Pattern[str]]
    ) -> list[dict[str, Any]]:
        found = {r["search_key"]: r for r in self._dicts(ROWS_SQL, {"keys": json.dumps(page)})}
        rows = []
        for key in page:
            row = found.get(key)
            if row is None:
                continue
            row = dict(row)
            del row["search_key"]
            row["flagged_only"] = int(key in flagged)
            row["snippet"] = snippet(row["body"], patterns)
            row["snippet_en"] = snippet(row["body_en"], patterns) if row["body_en"] != row["body"] else []
            row["conferences"] = json.loads(row.pop("conference_labels") or "[]")
            rows.append(row)
        return rows

    def _dicts(self, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    # -- facets --------------------------------------------------------------------------------------------
    def facets(self, total: int) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
        if not self.fts and not self.request.filters:
            return {name: self.archive_facet(name) for name in FACET_SIZE}, {}
        facets: dict[str, list[dict[str, Any]]] = {name: [] for name in FACET_SIZE}
        if not total:
            return facets, {}
        newest = self.newest_keys
        if newest is None or (len(newest) < FACET_WINDOW and len(newest) < total):
            newest = self.keys(FACET_WINDOW)
        newest = newest[:FACET_WINDOW]
        facets.update(self.key_facets(newest))
        people = {"keys": json.dumps(newest[:PEOPLE_WINDOW])}
        for name, sql in PEOPLE_FACETS_SQL.items():
            facets[name] = self._dicts(sql, people)
        scope = {}
        for name in facets:
            window = PEOPLE_WINDOW if name in PEOPLE_FACETS_SQL else FACET_WINDOW
            if total > window:
                scope[name] = window
        return facets, scope

    def archive_facet(self, name: str) -> list[dict[str, Any]]:
        order = "f.value desc" if name == "month" else "f.n desc, label"
        sql = ARCHIVE_FACETS_SQL.format(order=order)
        return self._dicts(sql, {"facet": name, "limit": FACET_SIZE[name]})

    def key_facets(self, newest: list[int]) -> dict[str, list[dict[str, Any]]]:
        """Source, language and month of the newest matches, read off their keys (grouped by SQLite); a source
        or language beyond the key's codes is read from the article."""
        params = {"keys": json.dumps(newest)}
        window = "select value as k from json_each(:keys)"
        codes = dict(
            self.conn.execute("select code, value from search_codes where kind = 'source' and code < 15")
        )
        names = dict(self.conn.execute("select id, coalesce(name, id) from sources").fetchall())
        sources: dict[str, int] = {}
        langs: dict[str, int] = {}
        months: dict[str, int] = {}
        shared = False
        groups = Counter(((k >> 18) & 15, (k >> 16) & 3, (k >> keys.TIME_SHIFT) // 86400) for k in newest)
        month_of_day = {day: keys.month_of(day * 86400 << keys.TIME_SHIFT) for _, _, day in groups if day}
        for (code, lang, day), n in groups.items():
            month = month_of_day.get(day)
            shared = shared or code == keys.OTHER_SOURCE or lang == keys.OTHER_LANG
            if code != keys.OTHER_SOURCE and lang != keys.OTHER_LANG:
                sources[codes.get(code, "?")] = sources.get(codes.get(code, "?"), 0) + n
                if lang in (0, 1):
                    langs[("zh", "en")[lang]] = langs.get(("zh", "en")[lang], 0) + n
            if month:
                months[month] = months.get(month, 0) + n
        others = self.conn.execute(OTHER_KEYS_SQL.format(window=window), params) if shared else []
        for source, lang, n in others:
            sources[source] = sources.get(source, 0) + n
            if lang:
                langs[lang] = langs.get(lang, 0) + n

        def listed(counts: dict[str, int], labels: dict[str, str]) -> list[dict[str, Any]]:
            items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            return [{"value": v, "label": labels.get(v, v), "n": n} for v, n in items if v]

        by_month = [{"value": m, "label": m, "n": n} for m, n in sorted(months.items(), reverse=True)]
        return {
            "source": listed(sources, names)[: FACET_SIZE["source"]],
            "lang": listed(langs, {})[: FACET_SIZE["lang"]],
            "month": by_month[: FACET_SIZE["month"]],
        }


def find(conn: sqlite3.Connection, request: Request) -> Result:
    """One page of results, its total and its facets."""
    finder = Finder(conn, request)
    patterns = highlight_patterns(request.q, people_lookup(conn)) if request.q else []
    total, exact = finder.total()
    page, flagged, ranked_among = finder.page() if total else ([], set(), None)
    facets, scope = finder.facets(total)
    rows = finder.rows(page, flagged, patterns)
    return Result(total, exact, rows, facets, scope, ranked_among, finder.fts, patterns)
