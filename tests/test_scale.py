"""What keeps a large archive fast stays exact: the search keys, the contentless search index, facet_counts and
conference_people, kept by difference article by article, equal what a rebuild from the tables makes; the
search page's windows are said on the page when they are not the whole result."""

import random
import sqlite3

import pytest

from pipeline.record import Article, Person, TranslationFlag
from pipeline.store import Store, derived, finder, keys

CONFERENCES = [
    "lakeside-digital-culture-forum-2026",
    "world-internet-conference",
    "china-internet-civilization-conference",
]
PEOPLE = [
    ("王建国", "Wang Jianguo"),
    ("陈晓燕", "Chen Xiaoyan"),
    ("李明华", "Li Minghua"),
    ("张伟", "Zhang Wei"),
]


def record(i: int, rng: random.Random) -> Article:
    zh = rng.random() < 0.5
    day = rng.randint(1, 28)
    people = rng.sample(PEOPLE, rng.randint(0, 3))
    article = Article(
        url=f"https://www.news.cn/{i}.html",
        source=rng.choice(["xinhua", "chinanews", "xinhua_en"]),
        lang="zh" if zh else "en",
        title=f"论坛第{i}次开幕" if zh else f"Forum opens {i}",
        published=f"2026-{rng.randint(10, 11)}-{day:02d}T10:00:00+08:00" if rng.random() < 0.9 else None,
        paragraphs=[("网络文明大会在杭州开幕。" if zh else "The forum opened in Hangzhou.") + f" {i}"],
        conferences=rng.sample(CONFERENCES, rng.randint(0, 2)),
        translation_status="translated" if zh else "original",
    )
    article.people = [
        Person(name=en, name_en=en, name_zh=zh_name, role=rng.choice(["主任", "director", None]),
               kind=rng.choice(["quoted", "mentioned", "reporter"]), forms=[zh_name, en])
        for zh_name, en in people
    ]  # fmt: skip
    if zh:
        article.title_en, article.body_en = f"Forum opens {i}", f"The forum opened. Numbers were wrong {i}."
        if rng.random() < 0.3:
            article.translation_flags = [TranslationFlag(part="body", target=f"Numbers were wrong {i}.")]
            article.translation_quality = "doubtful"
    else:
        article.title_en, article.body_en = article.title, article.body
    if rng.random() < 0.05:
        article.error = "HTTP 404"
    return article


def snapshot(conn: sqlite3.Connection):
    return (
        sorted(conn.execute("select facet, value, n from facet_counts")),
        sorted(conn.execute("select * from conference_people"), key=repr),
        sorted(conn.execute("select id, search_key from articles")),
        sorted(conn.execute("select article_id, person_id, search_key from mentions")),
        sorted(conn.execute("select article_id, conference_id, search_key from article_conferences")),
    )


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "w.db")
    yield s
    s.close()


def test_counts_kept_by_difference_equal_a_rebuild(store):
    rng = random.Random(7)
    for i in range(60):
        store.save_article(record(i, rng), "test")
    for i in rng.sample(range(60), 30):  # re-processed: new people, conference, source, date, text or error
        store.save_article(record(i, rng), "test")
    for i in range(10):  # unchanged: nothing moves
        store.save_article(record(i, random.Random(i)), "test")
        store.save_article(record(i, random.Random(i)), "test")
    kept = snapshot(store.db.conn)
    assert kept[0] and kept[1]  # there is something to compare
    store.rebuild_derived()
    assert snapshot(store.db.conn) == kept
    store.db.conn.execute("insert into articles_search (articles_search, rank) values ('integrity-check', 0)")


def test_counts_within_a_source_or_language_are_made_when_an_older_database_opens(store, tmp_path):
    rng = random.Random(17)
    for i in range(30):
        store.save_article(record(i, rng), "test")
    conn = store.db.conn
    within = sorted(conn.execute("select facet, value, n from facet_counts where facet like '%|%'"))
    assert {f.split("|")[0] for f, _, _ in within} == {"source", "lang", "conference", "translation_status"}
    plain = dict(
        conn.execute(
            "select lang, count(*) from articles where source = 'xinhua' and error is null group by 1"
        )
    )
    assert {v: n for f, v, n in within if f == "lang|source=xinhua"} == plain
    with conn:  # a database counted before schema 6
        conn.execute("delete from facet_counts where facet like '%|%'")
        conn.execute("delete from meta where key = 'facet_counts'")
    store.close()
    reopened = Store(tmp_path / "w.db")
    assert (
        sorted(reopened.db.conn.execute("select facet, value, n from facet_counts where facet like '%|%'"))
        == within
    )
    assert not reopened.rebuilt  # the counts only, not the search index
    reopened.close()


def test_the_contentless_index_forgets_old_text(store):
    store.save_article(record(1, random.Random(1)), "test")
    changed = record(1, random.Random(1))
    changed.paragraphs = ["完全不同的内容。"]
    changed.error = None
    store.save_article(changed, "test")
    assert [r["id"] for r in store.search("不同")]
    assert not store.search("杭州")
    store.db.conn.execute("insert into articles_search (articles_search, rank) values ('integrity-check', 0)")


def test_the_key_orders_by_publication_time_and_carries_source_and_language(store):
    rng = random.Random(3)
    for i in range(30):
        store.save_article(record(i, rng), "test")
    rows = store.db.execute(
        "select search_key, published, source, lang from articles where search_key is not null order by search_key"
    ).fetchall()
    codes = dict(store.db.execute("select value, code from search_codes").fetchall())
    dated = [published for _, published, _, _ in rows if published]
    assert dated == sorted(dated)  # newest first is order by search_key desc
    for key, published, source, lang in rows:
        assert keys.source_code_of(key) == codes[source]
        assert keys.lang_code_of(key) == keys.lang_code(lang)
        assert (keys.month_of(key) or None) == (published[:7] if published else None)
    assert store.db.execute(
        "select count(*) from articles where error is not null and search_key is not null"
    ).fetchone() == (0,)


def test_large_results_say_what_they_were_counted_over(store, monkeypatch):
    rng = random.Random(5)
    for i in range(40):
        store.save_article(record(i, rng), "test")
    monkeypatch.setattr(finder, "RANK_WINDOW", 10)
    monkeypatch.setattr(finder, "FACET_WINDOW", 12)
    monkeypatch.setattr(finder, "PEOPLE_WINDOW", 8)
    found = finder.find(store.db.conn, finder.Request("forum OR 网络", "relevance", 1, 5))
    everything = finder.find(store.db.conn, finder.Request("forum OR 网络", "newest", 1, 100))
    assert found.total == everything.total > 12
    assert found.ranked_among == 10
    assert found.facet_scope == {"source": 12, "lang": 12, "month": 12, "conference": 8, "person": 8}
    assert sum(v["n"] for v in found.facets["source"]) == 12
    newest = [row["id"] for row in everything.rows]
    assert {row["id"] for row in found.rows} <= set(newest[:10])  # ranked among the newest matches
    exact = finder.find(store.db.conn, finder.Request("forum OR 网络", "newest", 1, 5, {"month": "2026-10"}))
    assert exact.total == sum(1 for r in everything.rows if (r["published"] or "").startswith("2026-10"))


def test_counting_stops_at_the_cap_unless_asked_for_all(store, monkeypatch):
    rng = random.Random(11)
    for i in range(40):
        store.save_article(record(i, rng), "test")
    everything = finder.find(store.db.conn, finder.Request("forum OR 网络", "newest", 1, 100))
    assert everything.total_exact and everything.total == len(everything.rows) > 12
    monkeypatch.setattr(finder, "COUNT_CAP", 12)
    capped = finder.find(store.db.conn, finder.Request("forum OR 网络", "newest", 1, 5))
    assert (capped.total, capped.total_exact) == (12, False)
    counted = finder.find(store.db.conn, finder.Request("forum OR 网络", "newest", 1, 5, count_all=True))
    assert (counted.total, counted.total_exact) == (everything.total, True)
    assert finder.Request.from_args({"q": "forum", "count": "all"}).count_all
    browsing = finder.find(store.db.conn, finder.Request())  # facet_counts: exact at any size
    assert browsing.total_exact and browsing.total > 12


def test_doubtful_only_hits_go_last_however_far_the_pages_go(store, monkeypatch):
    rng = random.Random(13)
    for i in range(60):
        store.save_article(record(i, rng), "test")
    # "wrong" is in every translation; in some articles only inside a flagged sentence
    whole = finder.find(store.db.conn, finder.Request("wrong", "relevance", 1, 1000)).rows
    flags = [r["flagged_only"] for r in whole]
    assert 0 < sum(flags) < len(flags) and flags == sorted(flags)  # the doubtful ones last
    monkeypatch.setattr(finder, "FLAG_CHECK_CHUNK", 2)  # keys checked a few at a time
    paged: list[dict] = []
    for page in range(1, len(whole) // 3 + 2):
        paged += finder.find(store.db.conn, finder.Request("wrong", "relevance", page, 3)).rows
    assert [(r["id"], r["flagged_only"]) for r in paged] == [(r["id"], r["flagged_only"]) for r in whole]


def test_browsing_without_a_query_counts_from_facet_counts(store):
    rng = random.Random(9)
    for i in range(30):
        store.save_article(record(i, rng), "test")
    found = finder.find(store.db.conn, finder.Request())
    stored = store.db.execute("select count(*) from articles where error is null").fetchone()[0]
    assert found.total == stored and found.facet_scope == {}
    by_source = dict(
        store.db.execute("select source, count(*) from articles where error is null group by 1").fetchall()
    )
    assert {v["value"]: v["n"] for v in found.facets["source"]} == by_source
    one = next(iter(by_source))
    assert finder.find(store.db.conn, finder.Request(filters={"source": one})).total == by_source[one]


def test_a_source_beyond_the_keys_codes_is_still_filtered_exactly(store):
    for i in range(derived.MAX_SOURCE_CODES + 3):
        store.db.conn.execute(
            "insert or ignore into search_codes (kind, value, code) values ('source', ?, ?)",
            [f"s{i}", min(i, 15)],
        )
    a, b = record(1, random.Random(1)), record(2, random.Random(1))
    a.source, b.source = "new-one", "new-two"
    a.error = b.error = None
    store.save_article(a, "test")
    store.save_article(b, "test")
    assert (
        keys.source_code_of(
            store.db.execute("select search_key from articles where source = 'new-one'").fetchone()[0]
        )
        == keys.OTHER_SOURCE
    )
    found = finder.find(store.db.conn, finder.Request(filters={"source": "new-one"}))
    assert [r["source"] for r in found.rows] == ["new-one"]
