"""Descriptions of every table and column: the public schema, in one place.

``python -m tools.schema_docs`` writes the table descriptions into metadata.json (for Datasette) and
docs/schema.md (for people); tests/test_schema.py checks both match the database the store creates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.config import PROJECT_DIR

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "articles": (
        "One row per article URL: the cleaned original text, its English translation and what was "
        "extracted from it. Pages that failed (404, cut off, not HTML, mis-encoded) are rows too, with `error`.",
        {
            "id": "Stable id: a 63-bit hash of `url` (the same on every machine and every run).",
            "url": "Canonical URL on the live site (unique).",
            "source": "Crawler source that fetched it (see `sources`).",
            "site": "Site family the extraction rules matched, e.g. `chinanews.com`, `news.cn`.",
            "page_kind": "`article`, or why not: `list`, `not_found`, `not_html`, `empty`, `error` ...",
            "lang": "Language of the article (ISO 639-1, `und` when unsure).",
            "lang_confidence": "langdetect probability of `lang` (0-1).",
            "title": "Headline in the original language, without site suffixes.",
            "title_en": "English headline: the original for English articles, else the translation (or null).",
            "published": "Publication time, ISO 8601; `+08:00` for Chinese state media when the page gives a time.",
            "authors": "JSON list of reporters (bylines and dateline parentheses).",
            "photographers": "JSON list of photographers credited in captions.",
            "editor": "Responsible editor (责任编辑 / 责编 / Editor).",
            "agency": "Source agency line (新华社, 中国新闻网, Xinhua ...).",
            "dateline_place": "Place in the dateline (北京, Tianjin ...).",
            "dateline_date": "Date in the dateline, ISO 8601; the reference for relative dates.",
            "body": "Article text in the original language, paragraphs separated by blank lines.",
            "body_en": "English text: the original for English articles, else the translation (or null).",
            "paragraph_langs": "JSON list: language of each paragraph (mixed pages exist).",
            "translation_status": "`original`, `translated`, or `not translated: <why>` (e.g. no model installed).",
            "translation_model": "Translation model and version used for `title_en` / `body_en`.",
            "encoding": "Character encoding the raw bytes were decoded with.",
            "encoding_confidence": "How the encoding was chosen: declared, detected, agreed, fallback.",
            "warnings": "JSON list of warnings (unsure encoding, transfer cut short ...).",
            "rule": "Name of the site rule (site and layout era) used for extraction.",
            "duplicate_of": "URL of an earlier near-identical copy of the same wire story, if any.",
            "simhash": "64-bit SimHash of the body (signed), used to find duplicate copies.",
            "error": "Why the page could not be processed (null when it could).",
            "raw_page_id": "The raw fetch this row was made from (`raw_pages.id`).",
            "fetched_at": "When the page was fetched (UTC).",
            "processed_at": "When the pipeline last processed it (UTC).",
            "pipeline_version": "wirearchive version that processed it.",
            "conferences": "JSON list of the conferences the article covers (ids in `conferences`); facet with `_facet_array=conferences`.",
        },
    ),
    "raw_pages": (
        "Every fetch the crawlers archived (articles, list pages, feeds, failures), with the raw bytes. "
        "The WARC files under `raw/` hold the same records.",
        {
            "id": "WARC-Record-ID of the record in the WARC archive.",
            "url": "Live URL fetched.",
            "source": "Crawler source.",
            "kind": "`article`, `list` or `feed`.",
            "status": "HTTP status (null when the fetch failed without a response).",
            "fetched_at": "Fetch time (UTC).",
            "fetch_url": "URL actually requested when it differs (the local sample-site server).",
            "content_type": "Content-Type header as received.",
            "headers": "JSON list of [name, value] response headers.",
            "length": "Body length in bytes.",
            "sha256": "SHA-256 of the body.",
            "body": "The raw bytes, as received (de-chunked, decompressed).",
            "error": "Transfer error (cut short, timeout ...), null when the transfer was whole.",
            "warc_file": "WARC file holding the record.",
        },
    ),
    "people": (
        "One row per person across all articles and languages (盛荣华 and Sheng Ronghua are one row).",
        {
            "id": "Stable id: a hash of `key`.",
            "key": "Cross-language key (pinyin, lower case), e.g. `sheng ronghua`.",
            "name": "Display name (English form when known).",
            "name_en": "English / pinyin form.",
            "name_zh": "Chinese form.",
            "forms": "JSON list of every surface form seen.",
        },
    ),
    "mentions": (
        "A person in an article: role as the article gives it and kind of mention.",
        {
            "id": "Row id.",
            "person_id": "The person (`people.id`).",
            "article_id": "The article (`articles.id`).",
            "name": "Name as displayed for this article.",
            "forms": "JSON list of the surface forms in this article.",
            "role": "Title or office as the text gives it, e.g. 中央网信办副主任.",
            "kind": "`quoted`, `reporter`, `photographer`, `editor` or `mentioned`.",
            "surname_only": '1 when the article only gives a surname ("Xu said") that could not be linked.',
            "sentence": "First sentence mentioning the person.",
        },
    ),
    "dates": (
        "Dates found in an article, resolved against the dateline (or publication date).",
        {
            "id": "Row id.",
            "article_id": "The article (`articles.id`).",
            "text": 'The source text, e.g. 16日, "on the 29th".',
            "value": "ISO 8601 value (a date, or `YYYY-MM` / `YYYY` for partial dates).",
            "end": "End of a range (ISO 8601), else null.",
            "kind": "`published`, `dateline`, `event` or `range`.",
            "sentence": "The sentence the date was found in.",
        },
    ),
    "conferences": (
        "The conferences the archive follows (pipeline/data/conferences.toml).",
        {
            "id": "Conference id.",
            "name_en": "English name.",
            "name_zh": "Chinese name.",
            "aliases": "JSON list of other names matched in articles.",
            "editions": "JSON list of editions: year, place, start, end.",
            "note": "Remarks.",
        },
    ),
    "article_conferences": (
        "Which articles cover which conference.",
        {"article_id": "The article (`articles.id`).", "conference_id": "The conference (`conferences.id`)."},
    ),
    "sources": (
        "The crawler sources (pipeline/data/sources.toml).",
        {
            "id": "Source id, also the spider name (`scrapy crawl <id>`).",
            "name": "Name of the news organisation.",
            "lang": "Main language.",
            "allowed_domains": "JSON list of domains the spider may fetch from.",
            "start_urls": "JSON list of list pages the spider starts from.",
        },
    ),
    "runs": (
        "One row per pipeline run: what was fetched, stored and failed, by source.",
        {
            "id": "Row id.",
            "command": "The command run.",
            "started_at": "Start (UTC).",
            "finished_at": "End (UTC).",
            "fetched": "Raw pages in the archive.",
            "stored": "Articles stored without error in this run.",
            "failed": "Articles stored with an error in this run.",
            "skipped": "Articles unchanged since the last run (not processed again).",
            "by_source": "JSON object: counts per source.",
        },
    ),
    "translation_cache": (
        "Translations already made, keyed by model and source sentence: re-processing costs nothing.",
        {
            "model": "Translation model and version.",
            "source_sha1": "SHA-1 of the source sentence.",
            "source": "Source sentence.",
            "target": "Its translation.",
            "created": "When it was translated (UTC).",
        },
    ),
    "meta": ("Key-value facts about the database (schema_version).", {"key": "Key.", "value": "Value."}),
}


def metadata_tables() -> dict[str, dict]:
    return {
        table: {"description": description, "columns": columns}
        for table, (description, columns) in TABLES.items()
    }


def schema_markdown() -> str:
    lines = [
        "# Database schema",
        "",
        "The SQLite schema is public API: researchers write SQL against it. Columns are only ever added;",
        "`meta.schema_version` changes when anything else does. Generated from `tools/schema_docs.py`",
        "(`python -m tools.schema_docs`); `tests/test_schema.py` checks it against the real database.",
        "",
        "JSON columns hold JSON text: use SQLite's `json_each()` to query them, e.g.",
        "`select a.title, j.value from articles a, json_each(a.authors) j`.",
        "",
        "Full-text search: `articles_fts` (FTS5) indexes title, body, title_en and body_en in a Chinese-aware",
        "form (see docs/search.md); search it with the `search_articles` canned query, the table page's search",
        "box, or `select * from articles where id in (select rowid from articles_fts where articles_fts match",
        "escape_fts('文明'))` in Datasette, where `escape_fts` is our Chinese-aware query builder.",
        "",
    ]
    for table, (description, columns) in TABLES.items():
        lines += [f"## {table}", "", description, "", "| column | meaning |", "|---|---|"]
        lines += [f"| `{col}` | {text} |" for col, text in columns.items()]
        lines.append("")
    return "\n".join(lines)


def write(project: Path = PROJECT_DIR) -> None:
    meta_path = project / "metadata.json"
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    tables = metadata.setdefault("databases", {}).setdefault("wirearchive", {}).setdefault("tables", {})
    for table, docs in metadata_tables().items():
        tables.setdefault(table, {}).update(docs)
    meta_path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (project / "docs" / "schema.md").write_text(schema_markdown(), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_DIR)
