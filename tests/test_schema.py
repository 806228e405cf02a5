"""The public schema is its declaration (pipeline/store/schema.py): the database, the docs and metadata.json.

A new database must hold exactly the declared tables, columns, types, keys, indexes and search table, and
those must be the DDL of the current version's fixture (tests/fixtures/schema_v<N>.sql; version 1 is the
schema the store wrote before the declaration existed); a version 1 database is brought up to date.
"""

import json
import sqlite3

import pytest
from helpers import ROOT

from pipeline.record import Article
from pipeline.store import Store, article_row
from pipeline.store.schema import ARTICLES_FTS, CHANGELOG, SCHEMA_VERSION, TABLE, TABLES, migration

FIXTURE = ROOT / "tests" / "fixtures" / f"schema_v{SCHEMA_VERSION}.sql"


@pytest.fixture
def conn(tmp_path):
    Store(tmp_path / "w.db").close()
    connection = sqlite3.connect(tmp_path / "w.db")
    yield connection
    connection.close()


def declared_ddl() -> set[str]:
    statements = {table.create_sql() for table in TABLES} | {ARTICLES_FTS.create_sql()}
    return statements | {index.create_sql(table.name) for table in TABLES for index in table.indexes}


def stored_ddl(conn) -> set[str]:
    """The SQL of every table, index and search table in ``sqlite_master`` (not FTS5's own tables)."""
    rows = conn.execute("select name, sql from sqlite_master where sql is not null").fetchall()
    return {sql for name, sql in rows if not name.startswith(f"{ARTICLES_FTS.name}_")}


def fixture_statements(version: int) -> set[str]:
    lines = (ROOT / "tests" / "fixtures" / f"schema_v{version}.sql").read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.startswith("--"))
    return {statement.strip() for statement in text.split(";") if statement.strip()}


def test_the_declaration_is_the_schema_of_the_current_fixture():
    assert declared_ddl() == fixture_statements(SCHEMA_VERSION), (
        f"the DDL changed: is it an added column? then update {FIXTURE.name}"
    )


def test_every_schema_version_has_a_changelog_entry_and_a_fixture():
    assert [version for version, _ in CHANGELOG] == list(range(SCHEMA_VERSION, 0, -1))
    for version, change in CHANGELOG:
        assert change.strip() and fixture_statements(version), version
    markdown = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert all(f"- **{version}**: {change}" in markdown for version, change in CHANGELOG)


def test_a_version_1_database_gets_the_translation_flags(tmp_path):
    path = tmp_path / "v1.db"
    old = sqlite3.connect(path)
    statements = sorted(fixture_statements(1), key=lambda sql: not sql.startswith("CREATE TABLE"))
    old.executescript(";\n".join(statements) + ";")
    old.close()
    store = Store(path)
    Store(tmp_path / "new.db").close()
    assert store.existing_schema() == Store(tmp_path / "new.db").existing_schema()
    assert store.db.execute("select value from meta where key = 'schema_version'").fetchone() == ("2",)
    store.close()


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
    shadow = {n for n in names if n.startswith(f"{ARTICLES_FTS.name}_")}  # FTS5's own tables
    assert names - shadow == set(TABLE) | {ARTICLES_FTS.name}


def test_the_search_table_indexes_the_declared_columns_with_its_tokenizer(conn):
    columns = [row[1] for row in conn.execute(f"pragma table_info({ARTICLES_FTS.name})")]
    assert columns == list(ARTICLES_FTS.columns)
    sql = conn.execute("select sql from sqlite_master where name = ?", [ARTICLES_FTS.name]).fetchone()[0]
    assert "fts5(" in sql and f"tokenize='{ARTICLES_FTS.tokenize}'" in sql
    for column in ARTICLES_FTS.columns:  # filled from the record field of the same name
        assert hasattr(Article(), column)


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
    old.execute("alter table articles drop column translation_quality")  # as written by version 1
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
        assert docs["description"] == table.description
        assert docs["columns"] == {c.name: c.description for c in table.columns}, table.name


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
