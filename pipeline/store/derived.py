"""What the store derives from the articles, kept exact in each article's own transaction.

* the **search key** (pipeline/store/keys.py) of every article stored without error, copied into its mentions
  and conference links, and its entry in the contentless search index ``articles_search``;
* **facet_counts**: articles by source, language, month, conference, person, translation status and quality;
  and by source, language, conference and translation status within one source and within one language;
* **conference_people**: per conference, person, kind of mention and role, the number of articles.

Counts are kept by difference: before an article is written the store notes what it counted for (its facet
values, its (conference, person, kind, role) tuples), after it is written what it counts for now, and adds
the difference. Re-saving an unchanged article changes nothing; a new crawl costs a few row updates per
article, however large the archive. :func:`rebuild` makes everything again from the tables (a schema
upgrade, a change of search forms, or a check: tests compare the two).
"""

from __future__ import annotations

import sqlite3
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.store import keys, search
from pipeline.store.schema import ARTICLES_SEARCH

STAFF_KINDS = ("reporter", "editor", "photographer")
ATTENDING_KINDS = ("quoted", "mentioned")
MAX_SOURCE_CODES = keys.OTHER_SOURCE  # codes 0..14 name one source each; 15 is shared by the rest
# What facet_counts holds besides the archive's own counts: the facets of the articles table filtered by one
# source or one language ("lang|source=xinhua": the languages of xinhua's articles), which Datasette would
# otherwise count over every article of that source. A new version is counted again when the store opens.
COUNTS_VERSION = "2"
WITHIN = ("source", "lang")  # the filters
WITHIN_FACETS = ("source", "lang", "translation_status", "conference")  # the facets counted within them

FacetKey = tuple[str, str]  # (facet, value)
PeopleKey = tuple[str, int, str, str | None]  # (conference_id, person_id, kind, role)


# -- source codes and keys ---------------------------------------------------------------------------------
def source_code(conn: sqlite3.Connection, source: str | None) -> int:
    """The code of ``source`` in ``search_codes`` (a new source gets the next free one, 15 when none is)."""
    value = source or ""
    row = conn.execute(
        "select code from search_codes where kind = 'source' and value = ?", [value]
    ).fetchone()
    if row:
        return int(row[0])
    used = conn.execute("select count(*) from search_codes where kind = 'source'").fetchone()[0]
    code = min(used, MAX_SOURCE_CODES)
    conn.execute("insert into search_codes (kind, value, code) values ('source', ?, ?)", [value, code])
    return code


def free_key(conn: sqlite3.Connection, key: int, article_id: int) -> int:
    while True:
        row = conn.execute("select id from articles where search_key = ?", [key]).fetchone()
        if row is None or row[0] == article_id:
            return key
        key = keys.bump(key)


def article_key(conn: sqlite3.Connection, row: dict[str, Any]) -> int | None:
    """The search key of an ``articles`` row about to be written (None for a page stored with an error)."""
    if row.get("error") is not None:
        return None
    key = keys.make_key(
        row.get("published"), source_code(conn, row.get("source")), row.get("lang"), row["id"]
    )
    return free_key(conn, key, row["id"])


# -- the search index -------------------------------------------------------------------------------------
def search_forms(conn: sqlite3.Connection, article_id: int) -> list[str] | None:
    """The indexed forms of the stored article (with its translation flags), in the search table's order."""
    row = conn.execute(
        "select title, body, title_en, body_en from articles where id = ?", [article_id]
    ).fetchone()
    if row is None:
        return None
    flags = conn.execute(
        "select part, target from translation_flags where article_id = ?", [article_id]
    ).fetchall()
    title, body, title_en, body_en = row
    forms = search.article_search_columns(title, body, title_en, body_en, flags=flags)
    return [forms[c] for c in ARTICLES_SEARCH.columns]


def _columns_sql() -> tuple[str, str]:
    return ", ".join(ARTICLES_SEARCH.columns), ", ".join("?" for _ in ARTICLES_SEARCH.columns)


def index_article(conn: sqlite3.Connection, article_id: int, key: int) -> None:
    forms = search_forms(conn, article_id)
    if forms is None:
        return
    columns, marks = _columns_sql()
    conn.execute(f"insert into {ARTICLES_SEARCH.name} (rowid, {columns}) values (?, {marks})", [key, *forms])


def unindex_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Remove the stored article from the index: a contentless FTS5 table forgets a row when given the
    forms that were indexed (FTS5's ``delete`` command), made again from the row still in ``articles``."""
    row = conn.execute("select search_key from articles where id = ?", [article_id]).fetchone()
    if row is None or row[0] is None:
        return
    forms = search_forms(conn, article_id)
    columns, marks = _columns_sql()
    name = ARTICLES_SEARCH.name
    conn.execute(
        f"insert into {name} ({name}, rowid, {columns}) values ('delete', ?, {marks})",
        [row[0], *(forms or [])],
    )


# -- counts by difference ---------------------------------------------------------------------------------
def counted(conn: sqlite3.Connection, article_id: int) -> tuple[set[FacetKey], dict[PeopleKey, str | None]]:
    """What the stored article counts for: its facet values, and its conference_people tuples (with its
    publication time). Nothing for a page stored with an error."""
    row = conn.execute(
        "select source, lang, published, translation_status, translation_quality, search_key "
        "from articles where id = ?",
        [article_id],
    ).fetchone()
    if row is None or row[5] is None:
        return set(), {}
    source, lang, published, status, quality, _ = row
    facets = {("all", ""), ("source", source), ("lang", lang), ("month", (published or "")[:7])}
    facets |= {("translation_status", status), ("translation_quality", quality)}
    conferences = [r[0] for r in conn.execute(
        "select conference_id from article_conferences where article_id = ?", [article_id]
    )]  # fmt: skip
    facets |= {("conference", c) for c in conferences}
    mentions = conn.execute(
        "select m.person_id, m.kind, m.role from mentions m join people p on p.id = m.person_id "
        "where m.article_id = ? and p.key not like '~%'",
        [article_id],
    ).fetchall()
    facets |= {("person", str(p)) for p, kind, _ in mentions if kind in ATTENDING_KINDS}
    people: dict[PeopleKey, str | None] = {}
    for conference in conferences:
        for person, kind, role in mentions:
            people[(conference, person, kind, None if kind in STAFF_KINDS else role)] = published
            if kind in ATTENDING_KINDS:
                people[(conference, person, "*", None)] = published
    facets = {(f, str(v)) for f, v in facets if v not in (None, "") or f == "all"}
    return facets | within(facets, {"source": source, "lang": lang}), people


def within(facets: set[FacetKey], filters: dict[str, str | None]) -> set[FacetKey]:
    """The article's facet values again, counted within its source and within its language."""
    return {
        (f"{facet}|{name}={value}", v)
        for name, value in filters.items()
        if value
        for facet, v in facets
        if facet in WITHIN_FACETS and facet != name
    }


def apply_difference(
    conn: sqlite3.Connection,
    before: tuple[set[FacetKey], dict[PeopleKey, str | None]],
    after: tuple[set[FacetKey], dict[PeopleKey, str | None]],
) -> None:
    for facet_key, step in [(k, -1) for k in before[0] - after[0]] + [(k, 1) for k in after[0] - before[0]]:
        conn.execute(
            "insert into facet_counts (facet, value, n) values (?, ?, ?) "
            "on conflict (facet, value) do update set n = n + excluded.n",
            [*facet_key, step],
        )
    conn.execute("delete from facet_counts where n <= 0")
    old, new = before[1], after[1]
    for people_key in old.keys() - new.keys() | {k for k in old.keys() & new.keys() if old[k] != new[k]}:
        _recount_people_row(conn, people_key)  # first / last may change: count that row again
    for people_key in new.keys() - old.keys():
        params = dict(zip(("c", "person", "kind", "role"), people_key, strict=True), p=new[people_key])
        updated = conn.execute(
            "update conference_people set articles = articles + 1, first = min(coalesce(first, :p), :p), "
            f"last = max(coalesce(last, :p), :p) where {_PEOPLE_ROW}",
            params,
        ).rowcount
        if not updated:  # (role is null in many rows: a primary key does not make them unique, so no upsert)
            conn.execute(
                "insert into conference_people (conference_id, person_id, kind, role, articles, first, last) "
                "values (:c, :person, :kind, :role, 1, :p, :p)",
                params,
            )


_PEOPLE_ROW = "conference_id = :c and person_id = :person and kind = :kind and role is :role"
_PEOPLE_COUNT = """
select count(distinct m.article_id), min(a.published), max(a.published)
from mentions m join article_conferences ac on ac.article_id = m.article_id and ac.conference_id = :c
join articles a on a.id = m.article_id
where m.person_id = :person and m.search_key is not null and {kind}"""
_KIND_CONDITION = {
    "*": "m.kind in ('quoted', 'mentioned')",
    "staff": "m.kind = :kind",
    "other": "m.kind = :kind and m.role is :role",
}


def _recount_people_row(conn: sqlite3.Connection, people_key: PeopleKey) -> None:
    params = dict(zip(("c", "person", "kind", "role"), people_key, strict=True))
    kind = "*" if params["kind"] == "*" else "staff" if params["kind"] in STAFF_KINDS else "other"
    n, first, last = conn.execute(_PEOPLE_COUNT.format(kind=_KIND_CONDITION[kind]), params).fetchone()
    conn.execute(f"delete from conference_people where {_PEOPLE_ROW}", params)
    if n:
        conn.execute(
            "insert into conference_people (conference_id, person_id, kind, role, articles, first, last) "
            "values (:c, :person, :kind, :role, :n, :first, :last)",
            dict(params, n=n, first=first, last=last),
        )


# -- everything again, from the tables --------------------------------------------------------------------
def rebuild(conn: sqlite3.Connection, progress: bool = False) -> None:
    """Keys, search index, facet_counts and conference_people made again from the tables.

    Work is committed in chunks so that the write-ahead log stays small however large the archive (a schema
    upgrade of a million articles rewrites every article row once); an interrupted rebuild is started again
    the next time the store opens the database (``meta.search_forms`` is written after it)."""
    say = _say if progress else (lambda _message: None)
    conn.execute("PRAGMA journal_size_limit = 67108864")  # the log shrinks back to 64 MB after each chunk
    key_of = assign_keys(conn)
    say(f"keys: {len(key_of)} articles")
    copy_keys(conn, key_of)
    say("keys copied into mentions, article_conferences and translation_flags")
    del key_of
    with conn:
        rebuild_counts(conn)
    say("facet_counts and conference_people rebuilt")
    if conn.execute("select count(*) > 10000 from articles").fetchone()[0]:
        # statistics for the query planner (sampled: fast); a small archive is planned well without
        conn.execute("PRAGMA analysis_limit = 1000")
        conn.execute("ANALYZE")
    fill_index(conn, say)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _in_chunks(conn: sqlite3.Connection, sql: str, rows: Iterable[Any], size: int = 20_000) -> None:
    for batch in _chunks(rows, size):
        with conn:
            conn.executemany(sql, batch)


def assign_keys(conn: sqlite3.Connection) -> dict[int, int]:
    """A key for every article stored without error (the columns before the long text only: fast)."""
    failed = {r[0] for r in conn.execute("select id from articles where error is not null")}
    key_of: dict[int, int] = {}
    used: set[int] = set()
    rows = conn.execute("select id, published, source, lang from articles").fetchall()
    with conn:
        codes = {source: source_code(conn, source) for source in {row[2] for row in rows}}
    for article_id, published, source, lang in rows:
        if article_id in failed:
            continue
        key = keys.make_key(published, codes[source], lang, article_id)
        while key in used:
            key = keys.bump(key)
        used.add(key)
        key_of[article_id] = key
    # only the keys that change are written (a rebuild that was interrupted goes on quickly); the old keys
    # that change are cleared first, so that no new key clashes with an old one (the index is unique)
    old = dict(
        conn.execute(
            "select id, search_key from articles indexed by idx_articles_search_key where search_key is not null"
        )
    )
    _in_chunks(
        conn,
        "update articles set search_key = null where id = ?",
        [(i,) for i, k in old.items() if key_of.get(i) != k],
    )
    new = ((k, i) for i, k in key_of.items() if old.get(i) != k)
    _in_chunks(conn, "update articles set search_key = ? where id = ?", new)
    return key_of


def copy_keys(conn: sqlite3.Connection, key_of: dict[int, int]) -> None:
    for table in ("mentions", "article_conferences", "translation_flags"):
        with conn:  # the rows of articles that have no key (any more)
            conn.execute(
                f"update {table} set search_key = null where search_key is not null and article_id not in "
                "(select id from articles indexed by idx_articles_search_key where search_key is not null)"
            )
        _in_chunks(
            conn,
            f"update {table} set search_key = ? where article_id = ? and search_key is not ?",
            ((k, i, k) for i, k in key_of.items()),
        )


def fill_index(conn: sqlite3.Connection, say: Any = _say, chunk: int = 5000) -> None:
    """Index every keyed article in key order (FTS5's bulk settings), then merge the index into one b-tree
    step by step (``merge`` with a negative size: an optimize in bounded transactions)."""
    name = ARTICLES_SEARCH.name
    columns, marks = _columns_sql()
    with conn:
        conn.execute(f"insert into {name} ({name}) values ('delete-all')")
        for setting, value in (("automerge", 0), ("crisismerge", 64), ("hashsize", 64 * 1024 * 1024)):
            conn.execute(f"insert into {name} ({name}, rank) values (?, ?)", [setting, value])
    flags: dict[int, list[tuple[str, str]]] = {}
    for article_id, part, target in conn.execute("select article_id, part, target from translation_flags"):
        flags.setdefault(article_id, []).append((part, target))
    done = 0
    insert = f"insert into {name} (rowid, {columns}) values (?, {marks})"
    large = conn.execute("select count(*) > 20000 from articles").fetchone()[0]  # worth worker processes
    for batch in _forms_of(_chunks(_keyed_rows(conn), chunk), flags, workers=2 if large else 0):
        with conn:
            conn.executemany(insert, batch)
        done += len(batch)
        say(f"indexed {done}")
    while True:
        before = conn.total_changes
        with conn:
            conn.execute(f"insert into {name} ({name}, rank) values ('merge', -16000)")
        if conn.total_changes - before < 2:
            break
        say("merging the index")
    with conn:
        for setting, value in (("automerge", 4), ("crisismerge", 16), ("hashsize", 1024 * 1024)):
            conn.execute(f"insert into {name} ({name}, rank) values (?, ?)", [setting, value])
    say("index merged")


def _forms(rows: list[tuple[Any, ...]], flags: dict[int, list[tuple[str, str]]]) -> list[list[Any]]:
    batch = []
    for key, article_id, title, body, title_en, body_en in rows:
        forms = search.article_search_columns(title, body, title_en, body_en, flags=flags.get(article_id, ()))
        batch.append([key, *(forms[c] for c in ARTICLES_SEARCH.columns)])
    return batch


def _forms_of(
    chunks: Iterable[list[tuple[Any, ...]]], flags: dict[int, list[tuple[str, str]]], workers: int = 2
) -> Iterator[list[list[Any]]]:
    """The search forms of each chunk of articles, made by ``workers`` processes while this one writes the
    index (a few chunks ahead, so that memory stays bounded)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    if not workers:
        yield from (_forms(rows, flags) for rows in chunks)
        return
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        pending: deque[Any] = deque()
        for rows in chunks:
            chunk_flags = {r[1]: flags[r[1]] for r in rows if r[1] in flags}
            pending.append(pool.submit(_forms, rows, chunk_flags))
            if len(pending) > workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _keyed_rows(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """The keyed articles' texts in key order, read in slices (a cursor left open across commits would see
    the index grow under it)."""
    last = -1
    while True:
        rows = conn.execute(
            "select search_key, id, title, body, title_en, body_en from articles indexed by idx_articles_search_key "
            "where search_key > ? order by search_key limit 5000",
            [last],
        ).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _chunks(cursor: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in cursor:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


FACETS_FROM_KEYS = """
select {column} as value, count(*) from articles indexed by idx_articles_search_key
where search_key is not null group by 1"""
REBUILD_FACETS = {
    "all": FACETS_FROM_KEYS.format(column="''"),
    "source": FACETS_FROM_KEYS.format(column="source"),  # the row's first columns: no long text read
    "lang": FACETS_FROM_KEYS.format(column="lang"),
    "month": FACETS_FROM_KEYS.format(column="substr(published, 1, 7)"),
    "translation_status": "select translation_status, count(*) from articles where error is null group by 1",
    "translation_quality": "select translation_quality, count(*) from articles where error is null group by 1",
    "conference": "select conference_id, count(*) from article_conferences where search_key is not null "
    "group by 1",
    "person": "select m.person_id, count(distinct m.article_id) from mentions m join people p on p.id = m.person_id "
    "where m.kind in ('quoted', 'mentioned') and p.key not like '~%' and m.search_key is not null group by 1",
}
REBUILD_PEOPLE = """
insert into conference_people (conference_id, person_id, kind, role, articles, first, last)
select ac.conference_id, m.person_id, {kind}, {role}, count(distinct m.article_id), min(a.published), max(a.published)
from article_conferences ac join mentions m on m.article_id = ac.article_id join articles a on a.id = ac.article_id
join people p on p.id = m.person_id
where ac.search_key is not null and p.key not like '~%' {where}
group by 1, 2, 3, 4"""


# facet -> (its column of articles a, or of article_conferences c, and the rows it counts)
WITHIN_SQL = """
select '{facet}|{name}=' || a.{name}, {column}, count(*) from {rows} and a.{name} is not null and a.{name} != ''
group by 1, 2"""
WITHIN_ROWS = {
    "source": ("a.source", "articles a where a.search_key is not null"),
    "lang": ("a.lang", "articles a where a.search_key is not null"),
    "translation_status": ("a.translation_status", "articles a where a.error is null"),
    "conference": (
        "c.conference_id",
        "article_conferences c join articles a on a.id = c.article_id where c.search_key is not null",
    ),
}


def rebuild_counts(conn: sqlite3.Connection) -> None:
    conn.execute("delete from facet_counts")
    for facet, sql in REBUILD_FACETS.items():
        rows = [(facet, str(v), n) for v, n in conn.execute(sql) if v not in (None, "") or facet == "all"]
        conn.executemany("insert into facet_counts (facet, value, n) values (?, ?, ?)", rows)
    for name in WITHIN:
        for facet in WITHIN_FACETS:
            if facet != name:
                column, counted_rows = WITHIN_ROWS[facet]
                sql = WITHIN_SQL.format(facet=facet, name=name, column=column, rows=counted_rows)
                found = [(f, str(v), n) for f, v, n in conn.execute(sql) if v not in (None, "")]
                conn.executemany("insert into facet_counts (facet, value, n) values (?, ?, ?)", found)
    conn.execute("delete from conference_people")
    staff = ", ".join(f"'{k}'" for k in STAFF_KINDS)
    conn.execute(
        REBUILD_PEOPLE.format(
            kind="m.kind", role=f"case when m.kind in ({staff}) then null else m.role end", where=""
        )
    )
    conn.execute(
        REBUILD_PEOPLE.format(kind="'*'", role="null", where="and m.kind in ('quoted', 'mentioned')")
    )
