"""``wirearchive publish``: a lean copy without the raw bytes of good fetches or the translation cache, in
which search, the pages' tables and the failed pages (with their raw bytes) are all still there."""

import sqlite3

from pipeline.archive import RawPage
from pipeline.record import Article
from pipeline.store import Store
from pipeline.store.publish import publish
from pipeline.store.translation_cache import SQLiteTranslationCache


def raw(record_id: str, url: str, status: int, body: bytes) -> RawPage:
    return RawPage(record_id, url, "xinhua", "article", status, [], body, "2026-11-19T00:00:00Z")


def test_the_published_copy_drops_good_raw_bytes_and_the_cache_and_keeps_the_rest(tmp_path):
    store = Store(tmp_path / "work.db")
    store.save_raw_page(raw("good", "https://a/1", 200, b"<html>" + b"x" * 50_000))
    store.save_raw_page(raw("bad", "https://a/2", 404, b"<html>not found</html>"))
    store.save_raw_page(raw("cut", "https://a/3", 200, b"<html><p>half"))
    good = Article(
        url="https://a/1", source="xinhua", lang="zh", title="论坛开幕", paragraphs=["网络文明大会开幕。"]
    )
    good.raw_page_id = "good"
    broken = Article(
        url="https://a/3", source="xinhua", raw_page_id="cut", error="extract: no article body found"
    )
    store.save_article(good, "test")
    store.save_article(broken, "test")
    SQLiteTranslationCache(store.db).put_many("model", [("你好", "hello")])
    store.close()

    sizes = publish(tmp_path / "work.db", tmp_path / "out" / "wirearchive.db")
    assert sizes["published_bytes"] < sizes["source_bytes"]
    conn = sqlite3.connect(tmp_path / "out" / "wirearchive.db")
    bodies = dict(conn.execute("select id, body from raw_pages"))
    assert bodies["good"] is None  # in the WARC files
    assert (
        bodies["bad"] == b"<html>not found</html>" and bodies["cut"] == b"<html><p>half"
    )  # failures keep theirs
    assert conn.execute("select count(*) from translation_cache").fetchone() == (0,)
    assert conn.execute("select count(*), count(search_key) from articles").fetchone() == (2, 1)
    published = Store(tmp_path / "out" / "wirearchive.db")
    assert [r["url"] for r in published.search("文明")] == ["https://a/1"]
    published.close()
