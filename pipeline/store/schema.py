"""The public schema, declared once: every table, column, key, index and the search table.

Researchers write SQL against this schema, so it is public API. From this declaration come the DDL the
store runs (:func:`migration`: create what is missing, add the columns a newer version declares), and the
documentation: ``python -m tools.schema_docs`` (``make docs``) writes docs/schema.md and the descriptions in
metadata.json. tests/test_schema.py checks that a new database is exactly this declaration.

Columns are only ever added, never renamed or removed; ``SCHEMA_VERSION`` (``meta.schema_version``) changes
when anything else does. The DDL text is the one sqlite-utils 4 writes (double-quoted names, three-space
indents), which is what databases made before this declaration existed hold in ``sqlite_master``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pipeline.store.changelog import CHANGELOG, SCHEMA_VERSION

__all__ = ["CHANGELOG", "SCHEMA_VERSION", "TABLES", "SEARCH_TABLES", "migration"]

TEXT = "TEXT"
INTEGER = "INTEGER"
REAL = "REAL"
BLOB = "BLOB"


def quote(identifier: str) -> str:
    return '"{}"'.format(identifier.replace('"', '""'))


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # TEXT, INTEGER, REAL or BLOB
    description: str
    # No column of the public schema is NOT NULL today: adding it would change the DDL (a schema version).
    not_null: bool = False


@dataclass(frozen=True)
class ForeignKey:
    column: str
    other_table: str
    other_column: str


@dataclass(frozen=True)
class Index:
    columns: tuple[str, ...]
    unique: bool = False

    def name(self, table: str) -> str:
        return f"idx_{table}_{'_'.join(self.columns)}"

    def create_sql(self, table: str) -> str:
        unique = "UNIQUE " if self.unique else ""
        columns = ", ".join(quote(c) for c in self.columns)
        return f"CREATE {unique}INDEX {quote(self.name(table))}\n    ON {quote(table)} ({columns})"


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[Index, ...] = ()

    def column_sql(self, column: Column, *, added: bool = False) -> str:
        """``"name" TYPE`` and its constraints; a column ``added`` to an existing table cannot be its
        primary key or NOT NULL without a default (SQLite's ALTER TABLE rules), so it gets neither."""
        parts = [quote(column.name), column.type]
        if self.primary_key == (column.name,) and not added:
            parts.append("PRIMARY KEY")
        if column.not_null and not added:
            parts.append("NOT NULL")
        for fk in self.foreign_keys:
            if fk.column == column.name:
                parts.append(f"REFERENCES {quote(fk.other_table)}({quote(fk.other_column)})")
        return " ".join(parts)

    def create_sql(self) -> str:
        lines = [f"   {self.column_sql(c)}" for c in self.columns]
        if len(self.primary_key) > 1:
            lines.append(f"   PRIMARY KEY ({', '.join(quote(c) for c in self.primary_key)})")
        return f"CREATE TABLE {quote(self.name)} (\n" + ",\n".join(lines) + "\n)"

    def add_column_sql(self, column: Column) -> str:
        return f"ALTER TABLE {quote(self.name)} ADD COLUMN {self.column_sql(column, added=True)}"


@dataclass(frozen=True)
class SearchTable:
    """An FTS5 table holding our own search forms of the text (pipeline/store/search.py), keyed by rowid.

    Not an external-content table: the forms differ from the stored text. ``contentless`` keeps no copy of
    the text at all (``content=''``: the index alone; a row is removed with FTS5's ``delete`` command and the
    forms that were indexed). Search tables are derived data: when the declared columns change, the store drops
    the table and fills it again from the tables. ``weights`` are bm25's column weights, stored as the table's
    ``rank`` so that ``order by rank`` uses them.
    """

    name: str
    columns: tuple[str, ...]
    tokenize: str
    weights: tuple[float, ...] = ()
    contentless: bool = False

    def create_sql(self) -> str:
        columns = ", ".join(self.columns)
        content = ", content=''" if self.contentless else ""
        return f"CREATE VIRTUAL TABLE {self.name} USING fts5({columns}, tokenize='{self.tokenize}'{content})"

    def rank_sql(self) -> str | None:
        if not self.weights:
            return None
        weights = ", ".join(str(w) for w in self.weights)
        return f"INSERT INTO {self.name}({self.name}, rank) VALUES ('rank', 'bm25({weights})')"


def _columns(*rows: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(name, kind, description) for name, kind, description in rows)


# The tables in the order the documentation presents them (and the store creates them).
TABLES: tuple[Table, ...] = (
    Table(
        "articles",
        "One row per article URL: the cleaned original text, its English translation and what was "
        "extracted from it. Pages that failed (404, cut off, not HTML, mis-encoded) are rows too, with `error`.",
        _columns(
            ("id", INTEGER, "Stable id: a 63-bit hash of `url` (the same on every machine and every run)."),
            ("url", TEXT, "Canonical URL on the live site (unique)."),
            ("source", TEXT, "Crawler source that fetched it (see `sources`)."),
            ("site", TEXT, "Site family the extraction rules matched, e.g. `chinanews.com`, `news.cn`."),
            (
                "page_kind",
                TEXT,
                "`article`, or why not: `list`, `not_found`, `not_html`, `empty`, `error` ...",
            ),
            ("lang", TEXT, "Language of the article (ISO 639-1, `und` when unsure)."),
            ("lang_confidence", REAL, "langdetect probability of `lang` (0-1)."),
            ("title", TEXT, "Headline in the original language, without site suffixes."),
            (
                "title_en",
                TEXT,
                "English headline: the original for English articles, else the translation (or null).",
            ),
            (
                "published",
                TEXT,
                "Publication time, ISO 8601; `+08:00` for Chinese state media when the page gives a time.",
            ),
            ("authors", TEXT, "JSON list of reporters (bylines and dateline parentheses)."),
            ("photographers", TEXT, "JSON list of photographers credited in captions."),
            ("editor", TEXT, "Responsible editor (责任编辑 / 责编 / Editor)."),
            ("agency", TEXT, "Source agency line (新华社, 中国新闻网, Xinhua ...)."),
            ("dateline_place", TEXT, "Place in the dateline (北京, Tianjin ...)."),
            ("dateline_date", TEXT, "Date in the dateline, ISO 8601; the reference for relative dates."),
            ("body", TEXT, "Article text in the original language, paragraphs separated by blank lines."),
            (
                "body_en",
                TEXT,
                "English text: the original for English articles, else the translation (or null).",
            ),
            ("paragraph_langs", TEXT, "JSON list: language of each paragraph (mixed pages exist)."),
            (
                "translation_status",
                TEXT,
                "`original`, `translated`, or `not translated: <why>` (e.g. no model installed).",
            ),
            ("translation_model", TEXT, "Translation model and version used for `title_en` / `body_en`."),
            ("encoding", TEXT, "Character encoding the raw bytes were decoded with."),
            (
                "encoding_confidence",
                TEXT,
                "How the encoding was chosen: declared, detected, agreed, fallback.",
            ),
            ("warnings", TEXT, "JSON list of warnings (unsure encoding, transfer cut short ...)."),
            ("rule", TEXT, "Name of the site rule (site and layout era) used for extraction."),
            ("duplicate_of", TEXT, "URL of an earlier near-identical copy of the same wire story, if any."),
            ("simhash", INTEGER, "64-bit SimHash of the body (signed), used to find duplicate copies."),
            ("error", TEXT, "Why the page could not be processed (null when it could)."),
            ("raw_page_id", TEXT, "The raw fetch this row was made from (`raw_pages.id`)."),
            ("fetched_at", TEXT, "When the page was fetched (UTC)."),
            ("processed_at", TEXT, "When the pipeline last processed it (UTC)."),
            ("pipeline_version", TEXT, "wirearchive version that processed it."),
            (
                "conferences",
                TEXT,
                "JSON list of the conferences the article covers (ids in `conferences`); "
                "facet with `_facet_array=conferences`.",
            ),
            (
                "translation_quality",
                TEXT,
                "How far the machine translation can be trusted: `ok`, `doubtful` or `unusable`; null for "
                "English originals and untranslated articles. The sentences behind it: `translation_flags`.",
            ),
            (
                "collected_for",
                TEXT,
                "JSON list of the conferences a crawl collected this article for (`wirearchive crawl "
                "--conference`); `conferences` holds them too, besides those the text names.",
            ),
            (
                "search_key",
                INTEGER,
                "Time-ordered key, unique: the article's row in the search index `articles_search`. Publication "
                "time as written (seconds, the offset ignored; 0 when undated), source code (`search_codes`), "
                "language and id packed in 63 bits, so `order by search_key desc` is newest first. Null for "
                "pages stored with an error (they are not searched).",
            ),
        ),
        primary_key=("id",),
        foreign_keys=(ForeignKey("raw_page_id", "raw_pages", "id"), ForeignKey("source", "sources", "id")),
        indexes=(
            Index(("url",), unique=True),
            # a filter (source, language, translation status) newest first from one index range
            Index(("source", "search_key")),
            Index(("published",)),
            Index(("lang", "search_key")),
            Index(("translation_status", "search_key")),
            Index(("duplicate_of",)),
            Index(("error",)),
            Index(("search_key",), unique=True),
            # the translation counts (canned query translation_status) read this index, not the long rows
            Index(("lang", "translation_status", "translation_model", "translation_quality", "error")),
        ),
    ),
    Table(
        "raw_pages",
        "Every fetch the crawlers archived (articles, list pages, feeds, failures), with the raw bytes. "
        "The WARC files under `raw/` hold the same records.",
        _columns(
            ("id", TEXT, "WARC-Record-ID of the record in the WARC archive."),
            ("url", TEXT, "Live URL fetched."),
            ("source", TEXT, "Crawler source."),
            (
                "kind",
                TEXT,
                "`article`, or the discovery page it was: `list`, `feed`, `sitemap`, `archive` (a date "
                "archive), `search`, `topic`; `found`: no fetch, an archived article found again for a conference.",
            ),
            ("status", INTEGER, "HTTP status (null when the fetch failed without a response)."),
            ("fetched_at", TEXT, "Fetch time (UTC)."),
            ("fetch_url", TEXT, "URL actually requested when it differs (the local sample-site server)."),
            ("content_type", TEXT, "Content-Type header as received."),
            ("headers", TEXT, "JSON list of [name, value] response headers."),
            ("length", INTEGER, "Body length in bytes."),
            ("sha256", TEXT, "SHA-256 of the body."),
            ("body", BLOB, "The raw bytes, as received (de-chunked, decompressed)."),
            ("error", TEXT, "Transfer error (cut short, timeout ...), null when the transfer was whole."),
            ("warc_file", TEXT, "WARC file holding the record."),
            (
                "collected_for",
                TEXT,
                "The conference (`conferences.id`) the crawl that fetched or found this page was collecting "
                "for; null for a crawl of the newest pages.",
            ),
        ),
        primary_key=("id",),
        indexes=(Index(("url",)),),
    ),
    Table(
        "people",
        "One row per person across all articles and languages (盛荣华 and Sheng Ronghua are one row).",
        _columns(
            ("id", INTEGER, "Stable id: a hash of `key`."),
            ("key", TEXT, "Cross-language key (pinyin, lower case), e.g. `sheng ronghua`."),
            ("name", TEXT, "Display name (English form when known)."),
            ("name_en", TEXT, "English / pinyin form."),
            ("name_zh", TEXT, "Chinese form."),
            ("forms", TEXT, "JSON list of every surface form seen."),
        ),
        primary_key=("id",),
        indexes=(Index(("key",), unique=True),),
    ),
    Table(
        "mentions",
        "A person in an article: role as the article gives it and kind of mention.",
        _columns(
            ("id", INTEGER, "Row id."),
            ("person_id", INTEGER, "The person (`people.id`)."),
            ("article_id", INTEGER, "The article (`articles.id`)."),
            ("name", TEXT, "Name as displayed for this article."),
            ("forms", TEXT, "JSON list of the surface forms in this article."),
            ("role", TEXT, "Title or office as the text gives it, e.g. 中央网信办副主任."),
            ("kind", TEXT, "`quoted`, `reporter`, `photographer`, `editor` or `mentioned`."),
            (
                "surname_only",
                INTEGER,
                '1 when the article only gives a surname ("Xu said") that could not be linked.',
            ),
            ("sentence", TEXT, "First sentence mentioning the person."),
            (
                "search_key",
                INTEGER,
                "The article's `search_key`: a person's articles newest first from one index.",
            ),
        ),
        primary_key=("id",),
        foreign_keys=(ForeignKey("person_id", "people", "id"), ForeignKey("article_id", "articles", "id")),
        indexes=(Index(("person_id", "search_key")), Index(("article_id",))),
    ),
    Table(
        "dates",
        "Dates found in an article, resolved against the dateline (or publication date).",
        _columns(
            ("id", INTEGER, "Row id."),
            ("article_id", INTEGER, "The article (`articles.id`)."),
            ("text", TEXT, 'The source text, e.g. 16日, "on the 29th".'),
            ("value", TEXT, "ISO 8601 value (a date, or `YYYY-MM` / `YYYY` for partial dates)."),
            ("end", TEXT, "End of a range (ISO 8601), else null."),
            ("kind", TEXT, "`published`, `dateline`, `event` or `range`."),
            ("sentence", TEXT, "The sentence the date was found in."),
        ),
        primary_key=("id",),
        foreign_keys=(ForeignKey("article_id", "articles", "id"),),
        indexes=(Index(("article_id",)), Index(("value",))),
    ),
    Table(
        "conferences",
        "The conferences the archive follows (pipeline/data/conferences.toml).",
        _columns(
            ("id", TEXT, "Conference id."),
            ("name_en", TEXT, "English name."),
            ("name_zh", TEXT, "Chinese name."),
            ("aliases", TEXT, "JSON list of other names matched in articles."),
            ("editions", TEXT, "JSON list of editions: year, place, start, end."),
            ("note", TEXT, "Remarks."),
        ),
        primary_key=("id",),
    ),
    Table(
        "article_conferences",
        "Which articles cover which conference.",
        _columns(
            ("article_id", INTEGER, "The article (`articles.id`)."),
            ("conference_id", TEXT, "The conference (`conferences.id`)."),
            (
                "search_key",
                INTEGER,
                "The article's `search_key`: a conference's articles newest first, and its coverage per day, "
                "language and source, from one index.",
            ),
        ),
        primary_key=("article_id", "conference_id"),
        foreign_keys=(
            ForeignKey("article_id", "articles", "id"),
            ForeignKey("conference_id", "conferences", "id"),
        ),
        indexes=(Index(("conference_id", "search_key")),),
    ),
    Table(
        "translation_flags",
        "Sentences of a machine translation that the translate stage doubts, with why: the article page marks "
        "them and search ranks hits that come only from them lower.",
        _columns(
            ("id", INTEGER, "Row id."),
            ("article_id", INTEGER, "The article (`articles.id`)."),
            ("part", TEXT, "`title` or `body`."),
            ("paragraph", INTEGER, "0-based paragraph of the body (null for the title)."),
            (
                "sentence",
                INTEGER,
                "Index of the sentence among the article's translated sentences, title first.",
            ),
            ("source", TEXT, "The original sentence."),
            ("target", TEXT, "The English sentence as it appears in `title_en` / `body_en`."),
            (
                "kinds",
                TEXT,
                'JSON list of why it is doubtful, e.g. `["numbers", "names", "length"]`.',
            ),
            (
                "search_key",
                INTEGER,
                "The article's `search_key`: which of a search's results have doubtful sentences, from one index.",
            ),
        ),
        primary_key=("id",),
        foreign_keys=(ForeignKey("article_id", "articles", "id"),),
        indexes=(Index(("article_id",)), Index(("search_key",))),
    ),
    Table(
        "sources",
        "The crawler sources (pipeline/data/sources.toml).",
        _columns(
            ("id", TEXT, "Source id, also the spider name (`scrapy crawl <id>`)."),
            ("name", TEXT, "Name of the news organisation."),
            ("lang", TEXT, "Main language."),
            ("allowed_domains", TEXT, "JSON list of domains the spider may fetch from."),
            ("start_urls", TEXT, "JSON list of list pages the spider starts from."),
        ),
        primary_key=("id",),
    ),
    Table(
        "runs",
        "One row per pipeline run: what was fetched, stored and failed, by source.",
        _columns(
            ("id", INTEGER, "Row id."),
            ("command", TEXT, "The command run."),
            ("started_at", TEXT, "Start (UTC)."),
            ("finished_at", TEXT, "End (UTC)."),
            ("fetched", INTEGER, "Raw pages in the archive."),
            ("stored", INTEGER, "Articles stored without error in this run."),
            ("failed", INTEGER, "Articles stored with an error in this run."),
            ("skipped", INTEGER, "Articles unchanged since the last run (not processed again)."),
            ("by_source", TEXT, "JSON object: counts per source."),
        ),
        primary_key=("id",),
    ),
    Table(
        "crawl_runs",
        "One row per spider run of `wirearchive crawl` (a crawl of several sources is several rows with one "
        "`crawl`): what it tried, fetched and archived, and why the rest failed. Written by the crawl into its "
        "WARC file as it starts and ends, loaded by `wirearchive process` (docs/crawling.md); a run with no "
        "`finished_at` was killed.",
        _columns(
            ("id", TEXT, "Run id (the spider run: one source, one process)."),
            ("crawl", TEXT, "Id of the `wirearchive crawl` this run was part of (shared by its sources)."),
            ("source", TEXT, "The source crawled (`sources.id`)."),
            ("conference", TEXT, "The conference the crawl collected for (`--conference`), else null."),
            ("edition", INTEGER, "The conference edition (year) collected for, else null."),
            (
                "mode",
                TEXT,
                "`live`, `sample sites` (the bundled local copies) or `distributed (redis://...)`.",
            ),
            ("host", TEXT, "Machine that ran it."),
            ("pid", INTEGER, "Process id on that machine."),
            ("user_agent", TEXT, "User agent sent (names the project and the contact)."),
            ("started_at", TEXT, "Start (UTC)."),
            ("finished_at", TEXT, "End (UTC); null when the run never ended (killed)."),
            ("finish_reason", TEXT, "Why it ended, as Scrapy says: `finished`, `shutdown` (Ctrl-C) ..."),
            (
                "outcome",
                TEXT,
                "`ok`, `nothing to fetch`, or why nothing was fetched, e.g. "
                "`no network: DNS lookup failed for every host (www.news.cn)`.",
            ),
            ("urls_seen", INTEGER, "Distinct URLs the run asked for or skipped as already archived."),
            ("fetched", INTEGER, "Pages that came back whole with a status below 400."),
            ("archived", INTEGER, "Records written to the WARC archive (pages and failures)."),
            ("unchanged", INTEGER, "Articles not fetched because they were archived whole already."),
            ("failed", INTEGER, "Requests that ended in a failure (archived with their reason)."),
            (
                "failed_by_reason",
                TEXT,
                'JSON object: failures per reason, e.g. {"HTTP 404": 2, "timeout": 1} (docs/crawling.md).',
            ),
            ("robots_denied", INTEGER, "URLs not requested because robots.txt forbids them."),
            ("offsite", INTEGER, "Links not followed because they lead off the source's sites."),
            ("retries", INTEGER, "Requests tried again (timeouts, 5xx, 429 with Retry-After ...)."),
            ("warc_file", TEXT, "WARC file holding the run record and the run's pages."),
        ),
        primary_key=("id",),
        foreign_keys=(ForeignKey("source", "sources", "id"), ForeignKey("conference", "conferences", "id")),
        indexes=(Index(("started_at",)),),
    ),
    Table(
        "translation_cache",
        "Translations already made, keyed by model and source sentence: re-processing costs nothing.",
        _columns(
            ("model", TEXT, "Translation model and version."),
            ("source_sha1", TEXT, "SHA-1 of the source sentence."),
            ("source", TEXT, "Source sentence."),
            ("target", TEXT, "Its translation."),
            ("created", TEXT, "When it was translated (UTC)."),
        ),
        primary_key=("model", "source_sha1"),
    ),
    Table(
        "search_codes",
        "The codes `articles.search_key` packs in for each source (15: any source beyond the first 15).",
        _columns(
            ("kind", TEXT, "`source`."),
            ("value", TEXT, "The source id."),
            ("code", INTEGER, "Its code: `(search_key >> 18) & 15`."),
        ),
        primary_key=("kind", "value"),
    ),
    Table(
        "facet_counts",
        "Counts of the whole archive (articles stored without error) by source, language, month, conference, "
        "person, translation status and quality: what the search page and the articles table show before any "
        "filter. Kept exact by `wirearchive process` for the values each batch of articles touched.",
        _columns(
            (
                "facet",
                TEXT,
                "`all`, `source`, `lang`, `month`, `conference`, `person` (quoted or mentioned), "
                "`translation_status`, `translation_quality`; and within one source or one language, "
                "`<facet>|source=<id>` or `<facet>|lang=<code>` for the facets `source`, `lang`, `conference`, "
                "`translation_status` (`lang|source=xinhua`: xinhua's articles by language).",
            ),
            ("value", TEXT, "The value (a source id, `2025-11`, a conference id, a person id ...)."),
            ("n", INTEGER, "Number of articles."),
        ),
        primary_key=("facet", "value"),
    ),
    Table(
        "conference_people",
        "Who appears in a conference's coverage: one row per conference, person, kind of mention and role "
        "(reporters, editors and photographers without role), and a row of kind `*` per conference and person "
        "counting the articles that quote or mention them. Kept up to date by `wirearchive process`.",
        _columns(
            ("conference_id", TEXT, "The conference (`conferences.id`)."),
            ("person_id", INTEGER, "The person (`people.id`)."),
            (
                "kind",
                TEXT,
                "`quoted`, `mentioned`, `reporter`, `editor`, `photographer`, or `*` (quoted or mentioned).",
            ),
            ("role", TEXT, "Role as the articles give it (null for `*` and the journalists)."),
            ("articles", INTEGER, "Number of the conference's articles."),
            ("first", TEXT, "Publication time of the first of them."),
            ("last", TEXT, "Publication time of the last of them."),
        ),
        primary_key=("conference_id", "person_id", "kind", "role"),
        foreign_keys=(
            ForeignKey("conference_id", "conferences", "id"),
            ForeignKey("person_id", "people", "id"),
        ),
        # a conference's people by number of articles, from the index; a person's conferences
        indexes=(Index(("conference_id", "kind", "articles")), Index(("person_id",))),
    ),
    Table(
        "meta",
        "Key-value facts about the database: `schema_version`, `search_forms` and `facet_counts` (the versions of the derived search forms and counts), `published` (in a copy made by `wirearchive publish`).",
        _columns(("key", TEXT, "Key."), ("value", TEXT, "Value.")),
        primary_key=("key",),
    ),
)

TABLE: Mapping[str, Table] = {table.name: table for table in TABLES}

# Search finds usable articles in the forms pipeline/store/search.py makes (Chinese as character bigrams).
# ``flagged_en`` holds the English sentences the translation stage doubts (``translation_flags``), taken out
# of ``title_en`` / ``body_en``: a hit there alone weighs little and the search pages rank it last.
# Its rowid is ``articles.search_key`` (time-ordered): FTS5 hands matches back newest first.
ARTICLES_SEARCH = SearchTable(
    "articles_search",
    columns=("title", "body", "title_en", "body_en", "flagged_en"),
    tokenize="porter unicode61 remove_diacritics 2",
    weights=(5.0, 1.0, 5.0, 1.0, 0.2),
    contentless=True,
)
# Every form of every person's name (name_en, name_zh, key, forms), for the people table's search box.
PEOPLE_FTS = SearchTable("people_fts", columns=("names",), tokenize="porter unicode61 remove_diacritics 2")
SEARCH_TABLES: tuple[SearchTable, ...] = (ARTICLES_SEARCH, PEOPLE_FTS)
# Search tables of older versions, dropped on upgrade (articles_fts: schemas 1 to 3).
RETIRED_SEARCH_TABLES = ("articles_fts",)


def stale_search_tables(existing: Mapping[str, Iterable[str]]) -> list[SearchTable]:
    """The search tables :func:`migration` (re)creates: missing, or with other columns than declared."""
    return [t for t in SEARCH_TABLES if t.name not in existing or tuple(existing[t.name]) != t.columns]


def migration(existing: Mapping[str, Iterable[str]]) -> list[str]:
    """The statements that bring a database up to this declaration, in order.

    ``existing`` maps every table and index in ``sqlite_master`` to its columns (empty for an index).
    Missing tables, indexes and search tables are created; an existing table gets the columns a newer
    version declares (columns are only ever added, so nothing else ever needs to change). A search table
    whose columns changed is dropped and created again: the store fills it again (derived data). Indexes
    of ours (``idx_``) that are no longer declared, and retired search tables, are dropped.
    """
    statements = [f"DROP TABLE {name}" for name in RETIRED_SEARCH_TABLES if name in existing]
    declared = {index.name(t.name) for t in TABLES for index in t.indexes}
    statements += [
        f"DROP INDEX {quote(name)}"
        for name, columns in existing.items()
        if name.startswith("idx_") and not columns and name not in declared
    ]
    for table in TABLES:
        if table.name not in existing:
            statements.append(table.create_sql())
        else:
            present = set(existing[table.name])
            statements += [table.add_column_sql(c) for c in table.columns if c.name not in present]
        statements += [
            index.create_sql(table.name) for index in table.indexes if index.name(table.name) not in existing
        ]
    for search_table in stale_search_tables(existing):
        if search_table.name in existing:
            statements.append(f"DROP TABLE {search_table.name}")
        statements.append(search_table.create_sql())
        rank = search_table.rank_sql()
        if rank:
            statements.append(rank)
    return statements
