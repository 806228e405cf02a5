"""The schema's documentation, generated from its declaration in pipeline/store/schema.py.

``python -m tools.schema_docs`` (``make docs``) writes the table and column descriptions into metadata.json
(for Datasette) and docs/schema.md with the schema's changelog (for people). tests/test_docs.py checks both
are up to date, and tests/test_schema.py that the declaration is the database the store creates.

The descriptions are Markdown. Datasette shows a table's ``description_html`` as HTML, so tables get their
Markdown rendered (markdown-it-py, raw HTML escaped); it shows column descriptions as plain text (in a list
and in tooltips), so columns get the text without Markdown's backticks, never literal backticks.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from pipeline.config import PROJECT_DIR
from pipeline.store.schema import ARTICLES_SEARCH, CHANGELOG, PEOPLE_FTS, SCHEMA_VERSION, TABLES

_CODE = re.compile(r"`([^`]*)`")


def markdown_html(text: str) -> str:
    """Inline Markdown as HTML (code, emphasis, links); HTML in the text is escaped, not passed through."""
    return str(MarkdownIt("commonmark", {"html": False}).renderInline(text))


def plain_text(text: str) -> str:
    """Markdown's inline code as plain text: `error` -> error."""
    return _CODE.sub(r"\1", text)


def metadata_tables() -> dict[str, dict[str, Any]]:
    """Datasette's table metadata: each table's description (HTML) and its columns' (plain text)."""
    return {
        table.name: {
            "description_html": markdown_html(table.description),
            "columns": {column.name: plain_text(column.description) for column in table.columns},
        }
        for table in TABLES
    }


def schema_markdown() -> str:
    *first, last = ARTICLES_SEARCH.columns
    searched = f"{', '.join(first)} and {last}"
    lines = [
        "# Database schema",
        "",
        "The SQLite schema is public API: researchers write SQL against it. Columns are only ever added;",
        "`meta.schema_version` changes when anything else does. Generated from the declaration in",
        "`pipeline/store/schema.py` by `tools/schema_docs.py` (`make docs`); `tests/test_schema.py` checks",
        "that the declaration is the database the store creates, `tests/test_docs.py` that this page is current.",
        "",
        "JSON columns hold JSON text: use SQLite's `json_each()` to query them, e.g.",
        "`select a.title, j.value from articles a, json_each(a.authors) j`.",
        "",
        f"Full-text search: `{ARTICLES_SEARCH.name}` (FTS5, contentless) indexes {searched} in a",
        "Chinese-aware form (see docs/search.md); its rowid is `articles.search_key`, a time-ordered key. Search",
        "it with the `/search` page, the `search_articles` canned query, the table page's search box, or",
        "`select * from articles where search_key in (select rowid from articles_search where articles_search",
        "match escape_fts('文明'))` in Datasette, where `escape_fts` is our Chinese-aware query builder.",
        f"`{PEOPLE_FTS.name}` indexes every form of every person's name (the people table's search box).",
        "Search tables are derived data, rebuilt when their columns change; they are not part of the API.",
        "",
        f"Schema version: **{SCHEMA_VERSION}** (`select value from meta where key = 'schema_version'`).",
        "",
    ]
    for table in TABLES:
        lines += [f"## {table.name}", "", table.description, "", "| column | meaning |", "|---|---|"]
        lines += [f"| `{column.name}` | {column.description} |" for column in table.columns]
        lines.append("")
    lines += ["## Changelog", ""]
    lines += [f"- **{version}**: {change}" for version, change in CHANGELOG]
    lines.append("")
    return "\n".join(lines)


def write(project: Path = PROJECT_DIR) -> None:
    meta_path = project / "metadata.json"
    metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    tables = metadata.setdefault("databases", {}).setdefault("wirearchive", {}).setdefault("tables", {})
    for table, docs in metadata_tables().items():
        tables.setdefault(table, {}).pop("description", None)  # description_html replaces it
        tables[table].update(docs)
    meta_path.write_text(json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (project / "docs" / "schema.md").write_text(schema_markdown(), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_DIR)
