"""The public schema is its declaration (pipeline/store/schema.py): the database, the docs and metadata.json.

A new database must hold exactly the declared tables, columns, types, keys, indexes and search tables, and
those must be the DDL of the current version's fixture (tests/fixtures/schema_v<N>.sql, or the newest before it
when a version changed no DDL); a database of an
older version (tests/fixtures/schema_v1.sql) is brought up to date when the store opens it.
"""

import json
import sqlite3

import pytest
from helpers import ROOT

from pipeline.record import Article
from pipeline.store import Store, article_row, search
from pipeline.store.schema import (
    ARTICLES_SEARCH,
    CHANGELOG,
    SCHEMA_VERSION,
    SEARCH_TABLES,
    TABLE,
    TABLES,
    migration,
)
from tools.schema_docs import markdown_html, plain_text


def fixture_path(version: int):
    """The DDL fixture of ``version``: its own, or for a version that changed no DDL (6 changed only what
    ``facet_counts`` holds) the newest one before it."""
    for number in range(version, 0, -1):
        path = ROOT / "tests" / "fixtures" / f"schema_v{number}.sql"
        if path.exists():
            return path
    raise FileNotFoundError(f"no DDL fixture for schema version {version}")


FIXTURE = fixture_path(SCHEMA_VERSION)


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
    lines = fixture_path(version).read_text(encoding="utf-8").splitlines()
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
    assert list(search.article_search_columns("t", "b", "te", "be")) == list(ARTICLES_SEARCH.columns)
    rank = conn.execute(f"select v from {ARTICLES_SEARCH.name}_config where k = 'rank'").fetchone()
    assert rank == (f"bm25({', '.join(str(w) for w in ARTICLES_SEARCH.weights)})",)


def old_database(path, version):
    """A database made from the DDL fixture of an older ``version``, with one article (and its search row)."""
    old = sqlite3.connect(path)
    # tables before their indexes (the fixture's statements come as a set)
    statements = sorted(fixture_statements(version), key=lambda sql: not sql.startswith("CREATE TABLE"))
    old.executescript(";\n".join(statements) + ";")
    old.execute(
        "insert into articles (id, url, source, lang, title, body, title_en, body_en, published) values "
        "(7, 'https://a/7', 'xinhua', 'zh', '论坛开幕', '王建国致辞。', 'Forum opens', 'Wang Jianguo spoke.', "
        "'2026-11-19T10:00:00+08:00')"
    )
    old.execute("insert into articles_fts (rowid, title) values (7, 'stale')")
    return old


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_database_is_brought_up_to_date_and_its_search_rebuilt(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    old = old_database(path, version)
    old.execute("insert into conferences (id) values ('forum')")
    old.execute("insert into article_conferences (article_id, conference_id) values (7, 'forum')")
    old.execute(
        "insert into people (id, key, name, name_en, name_zh) values (3, 'wang jianguo', 'Wang Jianguo', 'Wang Jianguo', '王建国')"
    )
    old.execute("insert into mentions (person_id, article_id, kind, role) values (3, 7, 'quoted', '主任')")
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
    # the derived data of version 4: keys copied into the links, counts made from the tables
    key = store.db.execute("select search_key from articles where id = 7").fetchone()[0]
    assert key and store.db.execute("select search_key from mentions").fetchone() == (key,)
    assert store.db.execute("select search_key from article_conferences").fetchone() == (key,)
    counts = dict(store.db.execute("select facet || ':' || value, n from facet_counts").fetchall())
    assert counts["all:"] == 1 and counts["conference:forum"] == 1 and counts["person:3"] == 1
    assert list(store.db.execute("select kind, role, articles from conference_people order by kind")) == [
        ("*", None, 1),
        ("quoted", "主任", 1),
    ]
    store.close()


@pytest.mark.parametrize("version", [2, 3])
def test_an_older_databases_doubtful_sentences_are_searched_apart_after_the_upgrade(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    old = old_database(path, version)
    old.execute(
        "insert into articles (id, url, source, lang, title, body, title_en, body_en, published, "
        "translation_status, translation_quality) values (8, 'https://a/8', 'xinhua', 'zh', '签约', "
        "'论坛签约项目45个。', 'Signing', 'The forum signed 45 projects.', '2026-11-20T10:00:00+08:00', "
        "'translated', 'doubtful')"
    )
    old.execute(
        "insert into articles (id, url, source, lang, title, body, published) values "
        "(9, 'https://a/9', 'xinhua', 'en', 'Projects signed', 'Forty projects.', '2026-11-18T10:00:00+08:00')"
    )
    old.execute(
        "insert into translation_flags (article_id, part, paragraph, sentence, source, target, kinds) values "
        """(8, 'body', 0, 0, '论坛签约项目45个。', 'The forum signed 45 projects.', '["numbers"]')"""
    )
    if version >= 3:  # main's version 3: what a crawl for a conference collected is kept
        old.execute("""update articles set collected_for = '["forum"]' where id = 8""")
    old.commit()
    old.close()
    store = Store(path)
    # a hit only in the doubtful sentence comes after the clean hit, however new it is
    assert [row["id"] for row in store.search("projects")] == [9, 8]
    key = store.db.execute("select search_key from articles where id = 8").fetchone()[0]
    assert store.db.execute("select search_key from translation_flags").fetchone() == (key,)
    flagged = store.db.execute(
        "select rowid from articles_search where articles_search match 'flagged_en : projects'"
    ).fetchall()
    assert flagged == [(key,)]
    counts = dict(store.db.execute("select facet || ':' || value, n from facet_counts").fetchall())
    assert counts["translation_quality:doubtful"] == 1
    if version >= 3:
        collected = store.db.execute("select collected_for from articles where id = 8").fetchone()
        assert collected == ('["forum"]',)
    store.close()


@pytest.mark.parametrize("version", [3, 4])
def test_an_empty_database_of_version_3_or_4_is_brought_up_to_date(tmp_path, version):
    """A database of version 3 (collected_for) or 4 (search_key) gains what came after: `crawl_runs` (5)."""
    path = tmp_path / f"v{version}.db"
    old = sqlite3.connect(path)
    statements = sorted(fixture_statements(version), key=lambda sql: not sql.startswith("CREATE TABLE"))
    old.executescript(";\n".join(statements) + ";")
    old.execute("insert into meta (key, value) values ('schema_version', ?)", (str(version),))
    old.commit()
    old.close()
    store = Store(path)
    Store(tmp_path / "new.db").close()
    # tables, columns and indexes as a new database has them (added columns keep ALTER TABLE's DDL text)
    assert store.existing_schema() == Store(tmp_path / "new.db").existing_schema()
    store.close()
    conn = sqlite3.connect(path)
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
    for name, sql in old.execute("select name, sql from sqlite_master where type = 'index'").fetchall():
        if (
            sql
            and name.startswith("idx_articles_")
            and ("search_key" in name or "translation_quality" in name)
        ):
            old.execute(f'drop index "{name}"')  # version 1 had none of these columns, nor their indexes
    old.execute('drop index "idx_articles_published"')
    old.execute("alter table articles drop column search_key")
    old.execute("alter table articles drop column collected_for")
    old.execute("alter table articles drop column translation_quality")
    old.close()
    Store(path).close()
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("pragma table_info(articles)")]
    assert columns == [c.name for c in TABLE["articles"].columns]
    for name in ("idx_articles_published", "idx_articles_lang_search_key", "idx_articles_search_key"):
        assert conn.execute("select 1 from sqlite_master where name = ?", [name]).fetchone(), name
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
