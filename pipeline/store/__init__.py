"""The store: the only module that writes SQLite. The schema is public API (docs/schema.md).

Articles are keyed by canonical URL (``id`` is a stable 63-bit hash of it), so re-running the pipeline
updates rows instead of duplicating them. Each article is written in one transaction together with its
mentions, dates, conference links and search entry, so an interrupted run leaves a consistent database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from pipeline.archive import RawPage
from pipeline.catalog import load_conferences, load_sources
from pipeline.clock import utc_now
from pipeline.record import Article, Person
from pipeline.store import derived, finder, schema, search
from pipeline.store.ids import signed64, stable_id
from pipeline.store.schema import ARTICLES_SEARCH, PEOPLE_FTS, SCHEMA_VERSION, SearchTable
from pipeline.text.names import person_key

__all__ = ["SCHEMA_VERSION", "Store", "article_row", "stable_id"]

log = logging.getLogger(__name__)


class Store:
    """A wirearchive database, opened with the declared schema (created, or brought up to date)."""

    def __init__(self, path: Path | str, progress: bool = False):
        self.path = Path(path)
        self.progress = progress  # report the steps of a long rebuild (a schema upgrade of a large archive)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.ensure_schema()

    # -- schema -------------------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Bring the database up to the declared schema (pipeline/store/schema.py), refill the catalog, and
        build the derived tables again when they are new or the search forms changed (pipeline/store/derived.py)."""
        existing = self.existing_schema()
        stale = schema.stale_search_tables(existing)
        with self.db.conn:
            for statement in schema.migration(existing):
                self.db.conn.execute(statement)
            self.fill_search_tables(stale)
        self.sync_reference_tables()
        self.rebuilt = ARTICLES_SEARCH in stale or self.meta("search_forms") != search.SEARCH_FORMS_VERSION
        if self.rebuilt:
            self.rebuild_derived()
        elif self.meta("facet_counts") != derived.COUNTS_VERSION:  # new kinds of counts: minutes, not an hour
            with self.db.conn:
                derived.rebuild_counts(self.db.conn)
            self.set_meta("facet_counts", derived.COUNTS_VERSION)
        self.set_meta("schema_version", str(SCHEMA_VERSION))

    def meta(self, key: str) -> str | None:
        row = self.db.conn.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.conn:
            self.db.conn.execute("insert or replace into meta (key, value) values (?, ?)", [key, value])

    def rebuild_derived(self) -> None:
        """Search keys, the search index, facet_counts and conference_people, made again from the tables."""
        derived.rebuild(self.db.conn, progress=self.progress)
        with (
            self.db.conn
        ):  # the people's search table is derived too (the bench generator writes people in bulk)
            self.db.conn.execute(f"delete from {PEOPLE_FTS.name}")
            self.fill_search_tables([PEOPLE_FTS])
        self.set_meta("search_forms", search.SEARCH_FORMS_VERSION)
        self.set_meta("facet_counts", derived.COUNTS_VERSION)

    def existing_schema(self) -> dict[str, list[str]]:
        """Every table and index in the database, with the columns of each table."""
        existing: dict[str, list[str]] = {}
        for kind, name in self.db.execute("select type, name from sqlite_master").fetchall():
            columns = self.db.execute(f"pragma table_info({schema.quote(name)})") if kind == "table" else []
            existing[name] = [row[1] for row in columns]
        return existing

    def fill_search_tables(self, tables: list[SearchTable]) -> None:
        """Index again every row of the (new, empty) people search table (the articles': rebuild_derived)."""
        if PEOPLE_FTS in tables:
            for (person_id,) in self.db.conn.execute("select id from people").fetchall():
                self._index_person(person_id)

    def sync_reference_tables(self) -> None:
        """Write the sources and conferences of pipeline/data/*.toml (the catalog) into their tables."""
        self.db.table("sources").upsert_all(
            [
                {
                    "id": key,
                    "name": s.get("name"),
                    "lang": s.get("lang"),
                    "allowed_domains": json.dumps(s.get("allowed_domains", [])),
                    "start_urls": json.dumps(s.get("start_urls", [])),
                }
                for key, s in load_sources().items()
            ],
            pk="id",
        )
        self.db.table("conferences").upsert_all(
            [
                {
                    "id": key,
                    "name_en": c.get("name_en"),
                    "name_zh": c.get("name_zh"),
                    "aliases": json.dumps(
                        c.get("aliases_en", []) + c.get("aliases_zh", []), ensure_ascii=False
                    ),
                    "editions": json.dumps(c.get("editions", [])),
                    "note": c.get("note"),
                }
                for key, c in load_conferences().items()
            ],
            pk="id",
        )
        with self.db.conn:  # the catalog's sources get the first codes of the search key, in a stable order
            for source in sorted(load_sources()):
                derived.source_code(self.db.conn, source)

    # -- raw pages ----------------------------------------------------------------------------------
    def save_raw_page(self, page: RawPage) -> None:
        self.db.table("raw_pages").upsert(
            {
                "id": page.record_id,
                "url": page.url,
                "source": page.source,
                "kind": page.kind,
                "status": page.status,
                "fetched_at": page.fetched_at,
                "fetch_url": page.fetch_url,
                "content_type": page.content_type,
                "headers": json.dumps(page.headers),
                "length": len(page.body),
                "sha256": hashlib.sha256(page.body).hexdigest(),
                "body": page.body,
                "error": page.error,
                "warc_file": page.warc_file,
                "collected_for": page.collected_for,
            },
            pk="id",
        )
        if page.source:  # a source added by a sources file has no row in the catalog: give it one
            self.db.execute("insert or ignore into sources(id) values (?)", [page.source])

    def raw_page(self, record_id: str) -> RawPage:
        row = next(self.db.query("select * from raw_pages where id = ?", [record_id]))
        return RawPage(
            record_id=row["id"],
            url=row["url"],
            source=row["source"],
            kind=row["kind"],
            status=row["status"],
            headers=[tuple(h) for h in json.loads(row["headers"] or "[]")],
            body=row["body"] or b"",
            fetched_at=row["fetched_at"],
            fetch_url=row["fetch_url"],
            error=row["error"],
            warc_file=row["warc_file"],
            collected_for=row["collected_for"],
        )

    def known_raw_page_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("select id from raw_pages")}

    def processed(self) -> dict[str, tuple[str | None, str | None, list[str]]]:
        """url -> (raw_page_id, pipeline_version, collected_for) of every stored article."""
        return {
            row[0]: (row[1], row[2], json.loads(row[3] or "[]"))
            for row in self.db.execute(
                "select url, raw_page_id, pipeline_version, collected_for from articles"
            )
        }

    def fingerprints(self) -> list[tuple[str, int, str | None, str | None]]:
        """(url, unsigned 64-bit simhash, published, fetched_at) of every article with a fingerprint."""
        return [
            (row[0], row[1] % (1 << 64), row[2], row[3])
            for row in self.db.execute(
                "select url, simhash, published, fetched_at from articles where simhash is not null"
            )
        ]

    def set_duplicates(self, originals: dict[str, str]) -> int:
        """Write ``duplicate_of`` for every article (null for originals); returns how many rows changed."""
        with self.db.conn:
            before = self.db.conn.total_changes
            self.db.conn.execute(
                "update articles set duplicate_of = null where duplicate_of is not null and url not in "
                "(select value from json_each(?))",
                [json.dumps(list(originals))],
            )
            self.db.conn.executemany(
                "update articles set duplicate_of = ? where url = ? and duplicate_of is not ?",
                [(original, url, original) for url, original in originals.items()],
            )
            return self.db.conn.total_changes - before

    # -- articles -----------------------------------------------------------------------------------
    def save_article(self, record: Article, pipeline_version: str, simhash: int | None = None) -> int:
        """Insert or update one article with everything that hangs off it, in one transaction."""
        if not record.url:
            raise ValueError("an article needs a URL to be stored")
        article_id = stable_id(record.url)
        row = article_row(record, article_id, pipeline_version, simhash)
        conn = self.db.conn
        # One transaction, all or nothing. Plain SQL on the connection on purpose: sqlite-utils' methods
        # (execute included) commit on their own, which would end our transaction halfway.
        with conn:
            before = derived.counted(conn, article_id)  # what the stored version counts for
            derived.unindex_article(conn, article_id)  # the index forgets it with the forms it indexed
            # search finds usable articles (failures are listed, not searched), by their time-ordered key
            row["search_key"] = key = derived.article_key(conn, row)
            self._insert("articles", row, replace=True)
            self._forget_article_parts(article_id)
            for person in record.people:
                self._save_mention(article_id, person, key)
            self._save_dates(article_id, record)
            self._save_conference_links(article_id, record, key)
            self._save_translation_flags(article_id, record, key)
            if key is not None:  # after the translation flags: doubtful sentences go to ``flagged_en``
                derived.index_article(conn, article_id, key)
            derived.apply_difference(conn, before, derived.counted(conn, article_id))
        return article_id

    def _forget_article_parts(self, article_id: int) -> None:
        """Remove what the previous version of the article left: its rows are written afresh."""
        for table in ("mentions", "dates", "article_conferences", "translation_flags"):
            self.db.conn.execute(f"delete from {table} where article_id = ?", [article_id])

    def _index_person(self, person_id: int) -> None:
        row = self.db.conn.execute(
            "select name, name_en, name_zh, key, forms from people where id = ?", [person_id]
        ).fetchone()
        names = [*row[:4], *json.loads(row[4] or "[]")]
        self.db.conn.execute(f"delete from {PEOPLE_FTS.name} where rowid = ?", [person_id])
        self.db.conn.execute(
            f"insert into {PEOPLE_FTS.name}(rowid, names) values (?, ?)",
            [person_id, search.search_text(" ; ".join(n for n in names if n))],
        )

    def _save_translation_flags(self, article_id: int, record: Article, key: int | None) -> None:
        for flag in record.translation_flags:
            self._insert(
                "translation_flags",
                {
                    "article_id": article_id,
                    "part": flag.part,
                    "paragraph": flag.paragraph,
                    "sentence": flag.sentence,
                    "source": flag.source,
                    "target": flag.target,
                    "kinds": json.dumps(flag.kinds),
                    "search_key": key,
                },
            )

    def _save_dates(self, article_id: int, record: Article) -> None:
        for d in record.dates:
            self._insert(
                "dates",
                {
                    "article_id": article_id,
                    "text": d.text,
                    "value": d.value,
                    "end": d.end,
                    "kind": d.kind,
                    "sentence": d.sentence,
                },
            )

    def _save_conference_links(self, article_id: int, record: Article, key: int | None) -> None:
        for conference_id in record.conferences:
            self._insert(
                "article_conferences",
                {"article_id": article_id, "conference_id": conference_id, "search_key": key},
                replace=True,
            )

    def _insert(self, table: str, row: dict[str, Any], replace: bool = False) -> None:
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" for _ in row)
        verb = "insert or replace" if replace else "insert"
        self.db.conn.execute(f"{verb} into [{table}] ({columns}) values ({marks})", list(row.values()))

    def _save_mention(self, article_id: int, person: Person, search_key: int | None) -> None:
        key = person_key(person)
        if not key:
            return
        if key.startswith("~"):  # a bare surname ("Xu said") is only the same person within one article
            key = f"{key}@{article_id}"
        person_id = stable_id("person:" + key)
        existing = self.db.conn.execute(
            "select name_en, name_zh, forms from people where id = ?", [person_id]
        ).fetchone()
        forms = sorted(set(json.loads(existing[2]) if existing else []) | set(person.forms or [person.name]))
        self._insert(
            "people",
            {
                "id": person_id,
                "key": key,
                "name": person.name_en or person.name,
                "name_en": person.name_en or (existing[0] if existing else None),
                "name_zh": person.name_zh or (existing[1] if existing else None),
                "forms": json.dumps(forms, ensure_ascii=False),
            },
            replace=True,
        )
        self._insert(
            "mentions",
            {
                "person_id": person_id,
                "article_id": article_id,
                "name": person.name,
                "forms": json.dumps(person.forms, ensure_ascii=False),
                "role": person.role,
                "kind": person.kind,
                "surname_only": int(person.surname_only),
                "sentence": person.sentences[0] if person.sentences else None,
                "search_key": search_key,
            },
        )
        self._index_person(person_id)

    # -- runs ---------------------------------------------------------------------------------------
    def save_run(self, run: dict[str, Any]) -> None:
        run = dict(run)
        run["by_source"] = json.dumps(run.get("by_source", {}))
        self.db.table("runs").insert(run)

    def save_crawl_run(self, run: dict[str, Any], warc_file: str | None = None) -> None:
        """A crawl's run record (crawlers/runrecord.py, read from the archive): the latest of an id wins."""
        columns = {c.name for c in schema.TABLE["crawl_runs"].columns}
        row = {k: v for k, v in run.items() if k in columns}
        row["failed_by_reason"] = json.dumps(run.get("failed_by_reason") or {}, ensure_ascii=False)
        row["warc_file"] = warc_file
        self.db.table("crawl_runs").upsert(row, pk="id")

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching a search (docs/search.md), most relevant first; a person's name in Chinese or
        pinyin finds them in every language; hits only in doubtful translated sentences come last."""
        request = finder.Request(query, "relevance" if query.strip() else "newest", 1, limit)
        try:
            found = finder.find(self.db.conn, request)
        except sqlite3.OperationalError as exc:
            raise ValueError(f"cannot search for {query!r}: {exc}") from exc
        return [{k: row[k] for k in ("id", "url", "title", "title_en", "lang")} for row in found.rows]

    def _rows(self, sql: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        cols = [c[0] for c in cursor.description]
        return (dict(zip(cols, row, strict=True)) for row in cursor)

    def close(self) -> None:
        self.db.close()


def article_row(
    record: Article, article_id: int, pipeline_version: str, simhash: int | None
) -> dict[str, Any]:
    """The ``articles`` row of a record: lists as JSON text, the SimHash as a signed 64-bit integer."""
    return {
        "id": article_id,
        "url": record.url,
        "source": record.source,
        "site": record.site,
        "page_kind": record.page_kind,
        "lang": record.lang,
        "lang_confidence": record.lang_confidence,
        "title": record.title,
        "title_en": record.title_en,
        "published": record.published,
        "authors": json.dumps(record.authors, ensure_ascii=False),
        "photographers": json.dumps(record.photographers, ensure_ascii=False),
        "editor": record.editor,
        "agency": record.agency,
        "dateline_place": (record.dateline or {}).get("place"),
        "dateline_date": (record.dateline or {}).get("date"),
        "body": record.body or None,
        "body_en": record.body_en,
        "paragraph_langs": json.dumps(record.paragraph_langs),
        "translation_status": record.translation_status,
        "translation_model": record.translation_model,
        "encoding": record.encoding,
        "encoding_confidence": record.encoding_confidence,
        "warnings": json.dumps(record.warnings, ensure_ascii=False),
        "rule": record.rule,
        "duplicate_of": record.duplicate_of,
        "simhash": signed64(simhash),
        "error": record.error,
        "raw_page_id": record.raw_page_id,
        "fetched_at": record.fetched_at,
        "processed_at": utc_now(),
        "pipeline_version": pipeline_version,
        "conferences": json.dumps(record.conferences),
        "translation_quality": record.translation_quality,
        "collected_for": json.dumps(record.collected_for),
        "search_key": None,  # the store's: derived.article_key
    }
