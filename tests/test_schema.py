"""The public schema is its declaration (pipeline/store/schema.py): the database, the docs and metadata.json.

A new database must hold exactly the declared tables, columns, types, keys, indexes and search tables, and
those must be the DDL of the current version's fixture (tests/fixtures/schema_v<N>.sql); a database of an
older version (tests/fixtures/schema_v1.sql) is brought up to date when the store opens it.
"""

import json
import sqlite3

import pytest
from helpers import ROOT

from pipeline.record import Article
from pipeline.store import Store, article_row, search
from pipeline.store.schema import (
    ARTICLES_FTS,
    CHANGELOG,
    SCHEMA_VERSION,
    SEARCH_TABLES,
    TABLE,
    TABLES,
    migration,
)
from tools.schema_docs import markdown_html, plain_text

FIXTURE = ROOT / "tests" / "fixtures" / f"schema_v{SCHEMA_VERSION}.sql"


@pytest.fixture
def conn(tmp_path):
    Store(tmp_path / "w.db").close()
    connection = sqlite3.connect(tmp_path / "w.db")
    yield connection
    connection.close()


SHADOW_PREFIXES = tuple(f"{t.name}_" for t in SEARCH_TABLES)  # FTS5's own tables


def declared_ddl() -> set[str]:
    statements = {table.create_sql() for table in TABLES} | {t.create_sql() for t in SEARCH_TABLES}
    return statements | {index.create_sql(table.name) for table in TABLES for index in table.indexes}


def stored_ddl(conn) -> set[str]:
    """The SQL of every table, index and search table in ``sqlite_master`` (not FTS5's own tables)."""
    rows = conn.execute("select name, sql from sqlite_master where sql is not null").fetchall()
    return {sql for name, sql in rows if not name.startswith(SHADOW_PREFIXES)}


def fixture_statements(version: int) -> set[str]:
    lines = (ROOT / "tests" / "fixtures" / f"schema_v{version}.sql").read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.startswith("--"))
    return {statement.strip() for statement in text.split(";") if statement.strip()}


def test_every_schema_version_has_a_changelog_entry_and_a_fixture():
    assert [version for version, _ in CHANGELOG] == list(range(SCHEMA_VERSION, 0, -1))
    for version, change in CHANGELOG:
        assert change.strip() and fixture_statements(version), version
    markdown = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert all(f"- **{version}**: {change}" in markdown for version, change in CHANGELOG)


def test_the_declaration_is_the_schema_of_the_current_fixture():
    assert declared_ddl() == fixture_statements(SCHEMA_VERSION), (
        f"the DDL changed: is it an added column? then update {FIXTURE.name}"
    )


def test_a_new_database_holds_exactly_the_declared_ddl(conn):
    assert stored_ddl(conn) == declared_ddl()


def test_columns_types_and_keys_are_the_declared_ones(conn):
    for table in TABLES:
        info = conn.execute(f'pragma table_info("{table.name}")').fetchall()
        # (name, type, notnull, pk position) of each column, in order
        assert [(row[1], row[2], row[3], row[5]) for row in info] == [
            (
                c.name,
                c.type,
                int(c.not_null),
                table.primary_key.index(c.name) + 1 if c.name in table.primary_key else 0,
            )
            for c in table.columns
        ], table.name
        foreign_keys = conn.execute(f'pragma foreign_key_list("{table.name}")').fetchall()
        assert {(row[3], row[2], row[4]) for row in foreign_keys} == {
            (fk.column, fk.other_table, fk.other_column) for fk in table.foreign_keys
        }, table.name


def test_indexes_are_the_declared_ones(conn):
    for table in TABLES:
        found = {}
        for _, name, unique, origin, _ in conn.execute(f'pragma index_list("{table.name}")'):
            if origin == "c":  # made by CREATE INDEX, not by a primary key
                columns = tuple(row[2] for row in conn.execute(f'pragma index_info("{name}")'))
                found[name] = (columns, bool(unique))
        assert found == {index.name(table.name): (index.columns, index.unique) for index in table.indexes}, (
            table.name
        )


def test_nothing_undeclared_is_in_a_new_database(conn):
    names = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    shadow = {n for n in names if n.startswith(SHADOW_PREFIXES)}
    assert names - shadow == set(TABLE) | {t.name for t in SEARCH_TABLES}


def test_the_search_tables_index_the_declared_columns_with_their_tokenizer(conn):
    for table in SEARCH_TABLES:
        columns = [row[1] for row in conn.execute(f"pragma table_info({table.name})")]
        assert columns == list(table.columns)
        sql = conn.execute("select sql from sqlite_master where name = ?", [table.name]).fetchone()[0]
        assert "fts5(" in sql and f"tokenize='{table.tokenize}'" in sql
    # the store fills every column of the articles' search table
    assert list(search.article_search_columns("t", "b", "te", "be")) == list(ARTICLES_FTS.columns)
    rank = conn.execute(f"select v from {ARTICLES_FTS.name}_config where k = 'rank'").fetchone()
    assert rank == (f"bm25({', '.join(str(w) for w in ARTICLES_FTS.weights)})",)


def test_a_version_1_database_is_brought_up_to_date_and_its_search_rebuilt(tmp_path):
    path = tmp_path / "v1.db"
    old = sqlite3.connect(path)
    # tables before their indexes (the fixture's statements come as a set)
    statements = sorted(fixture_statements(1), key=lambda sql: not sql.startswith("CREATE TABLE"))
    old.executescript(";\n".join(statements) + ";")
    old.execute(
        "insert into articles (id, url, lang, title, body, title_en, body_en) values "
        "(7, 'https://a/7', 'zh', '论坛开幕', '王建国致辞。', 'Forum opens', 'Wang Jianguo spoke.')"
    )
    old.execute("insert into articles_fts (rowid, title) values (7, 'stale')")
    old.commit()
    old.close()
    store = Store(path)
    Store(tmp_path / "new.db").close()
    assert store.existing_schema() == Store(tmp_path / "new.db").existing_schema()  # tables, columns, indexes
    assert [row["id"] for row in store.search("建国")] == [7]
    assert [row["id"] for row in store.search("spoke")] == [7]
    assert store.db.execute("select value from meta where key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    store.close()


def test_a_version_3_database_is_brought_up_to_date(tmp_path):
    """A database of version 3 (collected_for) gains what came after: `crawl_runs` (version 4) ..."""
    path = tmp_path / "v3.db"
    old = sqlite3.connect(path)
    statements = sorted(fixture_statements(3), key=lambda sql: not sql.startswith("CREATE TABLE"))
    old.executescript(";\n".join(statements) + ";")
    old.execute("insert into meta (key, value) values ('schema_version', '3')")
    old.commit()
    old.close()
    Store(path).close()
    conn = sqlite3.connect(path)
    assert stored_ddl(conn) == declared_ddl()
    assert conn.execute("select 1 from sqlite_master where name = 'crawl_runs'").fetchone()
    assert conn.execute("select value from meta where key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    conn.close()


def test_reopening_a_current_database_changes_nothing(tmp_path):
    Store(tmp_path / "w.db").close()
    store = Store(tmp_path / "w.db")
    assert migration(store.existing_schema()) == []
    assert store.db.execute("select value from meta where key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    store.close()


def test_an_older_database_gets_the_missing_columns_and_indexes(tmp_path):
    path = tmp_path / "old.db"
    Store(path).close()
    old = sqlite3.connect(path)
    old.execute('drop index "idx_articles_lang"')
    old.execute("alter table articles drop column collected_for")  # as written by version 2
    old.close()
    Store(path).close()
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("pragma table_info(articles)")]
    assert columns == [c.name for c in TABLE["articles"].columns]
    assert conn.execute("select 1 from sqlite_master where name = 'idx_articles_lang'").fetchone()
    conn.close()


def test_the_articles_row_has_the_declared_columns():
    row = article_row(Article(url="https://a/1"), 1, "test", None)
    assert list(row) == [c.name for c in TABLE["articles"].columns]


def test_metadata_json_describes_the_declared_tables_and_columns():
    tables = json.loads((ROOT / "metadata.json").read_text(encoding="utf-8"))["databases"]["wirearchive"]
    for table in TABLES:
        docs = tables["tables"][table.name]
        assert docs["description_html"] == markdown_html(table.description)
        assert docs["columns"] == {c.name: plain_text(c.description) for c in table.columns}, table.name
        # Datasette shows column descriptions as text: Markdown's backticks would show as they are
        assert not any("`" in text for text in docs["columns"].values()), table.name


def test_table_descriptions_are_markdown_rendered_and_escaped():
    assert (
        markdown_html("Rows with `error`, <b>x</b>") == "Rows with <code>error</code>, &lt;b&gt;x&lt;/b&gt;"
    )
    assert plain_text("`article`, or why not: `list`") == "article, or why not: list"


def test_docs_describe_the_declared_tables_and_columns_in_order():
    markdown = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    position = 0
    for table in TABLES:
        for line in [f"## {table.name}", table.description] + [
            f"| `{c.name}` | {c.description} |" for c in table.columns
        ]:
            found = markdown.find(f"\n{line}\n", position)
            assert found >= 0, f"docs/schema.md lacks (or misplaces) {line!r}: run `make docs`"
            position = found
