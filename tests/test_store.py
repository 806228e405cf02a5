"""The store: articles keyed by URL, re-runs update and never duplicate, one transaction per article."""

import ast
import json
import sqlite3

import pytest
from helpers import ROOT

from pipeline.record import Article, DateMention, Person
from pipeline.store import Store, stable_id


def article(url="https://www.news.cn/politics/20261119/abc/c.html", title="论坛开幕", **kw) -> Article:
    record = Article(
        url=url, source="xinhua", title=title, lang="zh", paragraphs=["网络文明大会开幕。", "第二段。"]
    )
    record.people = [
        Person(
            name="Li Minghua",
            name_en="Li Minghua",
            name_zh="李明华",
            role="杭州市副市长",
            kind="quoted",
            forms=["李明华"],
        )
    ]
    record.dates = [DateMention(text="19日", value="2026-11-19", kind="event", sentence="19日开幕。")]
    record.conferences = ["lakeside-digital-culture-forum-2026"]
    for key, value in kw.items():
        setattr(record, key, value)
    return record


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "w.db")
    yield s
    s.close()


def count(store, table):
    return store.db.execute(f"select count(*) from {table}").fetchone()[0]


def test_saving_twice_updates_the_same_rows(store):
    store.save_article(article(), "test")
    store.save_article(article(title="论坛开幕（更新）"), "test")
    assert count(store, "articles") == 1
    assert (
        count(store, "mentions") == 1
        and count(store, "dates") == 1
        and count(store, "article_conferences") == 1
    )
    assert count(store, "articles_search") == 1
    assert store.db.execute("select title from articles").fetchone()[0] == "论坛开幕（更新）"
    assert [r["title"] for r in store.search("更新")] == ["论坛开幕（更新）"]


def test_ids_are_stable_hashes_of_the_url(store):
    url = "https://example.org/a"
    assert store.save_article(article(url=url), "test") == stable_id(url) == stable_id(url)
    assert 0 < stable_id(url) < 2**63


def test_the_same_person_in_two_languages_and_articles_is_one_row(store):
    store.save_article(article(url="https://a/1"), "test")
    english = article(url="https://a/2", title="Forum opens", lang="en")
    english.people = [Person(name="Li Minghua", name_en="Li Minghua", kind="quoted", forms=["Li Minghua"])]
    store.save_article(english, "test")
    people = list(store.db.query("select * from people"))
    assert len(people) == 1
    assert people[0]["name_zh"] == "李明华"  # kept from the first article
    assert set(json.loads(people[0]["forms"])) == {"李明华", "Li Minghua"}
    assert count(store, "mentions") == 2


def test_failed_pages_are_stored_with_their_error(store):
    bad = Article(url="https://a/404", source="xinhua", error="HTTP 404", page_kind="not_found")
    store.save_article(bad, "test")
    row = next(store.db.query("select error, page_kind, body from articles"))
    assert row == {"error": "HTTP 404", "page_kind": "not_found", "body": None}


def test_an_article_without_url_is_refused(store):
    with pytest.raises(ValueError):
        store.save_article(Article(title="x"), "test")


def test_a_failure_inside_the_transaction_leaves_nothing_half_written(store, monkeypatch):
    store.save_article(article(), "test")
    broken = article(title="新标题")
    broken.dates = [DateMention(text="x", value="2026", kind="event", sentence=object())]  # not bindable
    with pytest.raises(sqlite3.Error):
        store.save_article(broken, "test")
    assert store.db.execute("select title from articles").fetchone()[0] == "论坛开幕"
    assert count(store, "dates") == 1 and count(store, "mentions") == 1


def test_schema_is_documented_in_docs_and_metadata(store):
    from tools.schema_docs import metadata_tables

    documented = metadata_tables()
    tables = {t for t in store.db.table_names() if not t.startswith(("articles_search", "people_fts"))}
    assert tables == set(documented)
    for table in tables:
        assert set(store.db[table].columns_dict) == set(documented[table]["columns"]), table


def test_opening_an_older_database_adds_the_new_columns(tmp_path):
    path = tmp_path / "old.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("alter table articles drop column conferences")  # as written by an older version
    conn.close()
    store = Store(path)
    assert "conferences" in store.db["articles"].columns_dict
    store.save_article(article(), "test")
    assert json.loads(store.db.execute("select conferences from articles").fetchone()[0]) == [
        "lakeside-digital-culture-forum-2026"
    ]
    store.close()


def test_the_store_imports_no_stage_runner_cli_or_crawler():
    upstream = ("pipeline.stages", "pipeline.runner", "pipeline.cli", "crawlers")
    for path in (ROOT / "pipeline" / "store").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                assert not module.startswith(upstream), f"{path.name} imports {module}"
