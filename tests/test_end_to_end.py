"""The whole path, for real: sample sites over HTTP → Scrapy crawl → pipeline → SQLite → Datasette's JSON API."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest
from helpers import ROOT

pytestmark = pytest.mark.e2e
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))


def get_json(base: str, path: str, **params: str):
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def good(expected) -> bool:
    return expected["expect_error"] in (None, "mis-encoded")


def containing(text: str) -> set[str]:
    """The sample articles whose title or body contain ``text`` (from the ground truth, not the archive)."""
    return {
        e["url"]
        for e in EXPECTED
        if good(e) and text.casefold() in ((e["title"] or "") + "\n".join(e["paragraphs"])).casefold()
    }


@pytest.mark.parametrize(
    "term, also",
    [("文化", None), ("湖畔数字文化论坛", None), ("镕", None), ("陈晓燕", "Chen Xiaoyan")],
)
def test_chinese_search_through_datasette_finds_the_right_articles(datasette, term, also):
    rows = get_json(datasette, "/wirearchive/articles.json", _search=term, _shape="array", _size="max")
    assert containing(term)  # the term does occur in the samples
    if also is None:
        assert {r["url"] for r in rows} == containing(term)
        return
    # a person's Chinese name also finds the articles that give it in pinyin (docs/search.md), originals
    # and the machine translations that write it so
    found = {r["url"]: r for r in rows}
    assert containing(term) | containing(also) <= set(found)
    for url in set(found) - containing(term) - containing(also):
        assert also in (found[url]["title_en"] or "") + (found[url]["body_en"] or ""), url


@pytest.mark.parametrize("term", ["Lakeside", "Hangzhou", "ceremony", "heritage"])
def test_english_search_through_datasette_finds_the_right_articles(datasette, term):
    rows = get_json(datasette, "/wirearchive/articles.json", _search=term, _shape="array", _size="max")
    english = {e["url"] for e in EXPECTED if e["lang"] == "en"} & containing(term)
    assert english
    assert english <= {r["url"] for r in rows}


def test_bad_pages_are_recorded_with_their_errors(datasette):
    rows = get_json(datasette, "/wirearchive/articles.json", error__notblank="1", _shape="array", _size="max")
    errors = {r["url"]: r["error"] for r in rows}
    bad = {e["url"]: e["expect_error"] for e in EXPECTED if not good(e)}
    assert set(errors) == set(bad)
    for url in bad:
        assert errors[url], url
        raw = get_json(datasette, "/wirearchive/raw_pages.json", url=url, _shape="array")
        assert raw, f"no raw page kept for {url}"
    assert "404" in errors[next(u for u, k in bad.items() if k == "404")]


def test_every_sample_article_is_stored_once(archive):
    import sqlite_utils

    data, _, first, second = archive
    db = sqlite_utils.Database(data / "wirearchive.db")
    urls = [r["url"] for r in db.query("select url from articles")]
    assert sorted(urls) == sorted(e["url"] for e in EXPECTED)
    # the second run changed nothing and said so
    assert "unchanged" in second and db["runs"].count == 2
    last = list(db.query("select stored, failed, skipped from runs order by id desc limit 1"))[0]
    assert last["stored"] == 0 and last["failed"] == 0 and last["skipped"] == len(EXPECTED)


def test_article_page_shows_original_beside_translation_status(datasette, archive):
    url = next(e["url"] for e in EXPECTED if e["lang"] == "zh" and good(e))
    row = get_json(datasette, "/wirearchive/articles.json", url=url, _shape="array")[0]
    with urllib.request.urlopen(f"{datasette}/wirearchive/articles/{row['id']}", timeout=30) as response:
        html = response.read().decode("utf-8")
    assert "wa-paragraphs" in html
    assert row["title"] in html
    assert (row["translation_status"] or "not translated") in html


def test_canned_search_query_finds_two_character_chinese(datasette):
    rows = get_json(datasette, "/wirearchive/search_articles.json", q="文化", _shape="array")
    assert {r["url"] for r in rows} == containing("文化")


@pytest.mark.corpus("models/translate-zh_en-fixture.argosmodel")
def test_english_search_finds_chinese_articles_through_their_translations(datasette):
    rows = get_json(
        datasette,
        "/wirearchive/articles.json",
        _search='"Lakeside Digital Culture Forum"',
        lang="zh",
        _shape="array",
        _size="max",
    )
    assert rows, "no Chinese article found by an English search"
    for row in rows:
        assert row["translation_status"] in ("translated", "partly translated") or row[
            "translation_status"
        ].startswith("partly translated")
        assert "fixture" in row["translation_model"]
        english = ((row["title_en"] or "") + (row["body_en"] or "")).lower()
        assert "lakeside digital culture forum" in english
        assert row["body"] and row["body_en"] != row["body"]  # the original is kept beside the translation


def test_without_a_model_the_archive_says_not_translated(tmp_path, sample_server):
    from helpers import run_cli

    env = {"WIREARCHIVE_DATA": str(tmp_path / "data"), "WIREARCHIVE_SAMPLE_BASE": sample_server.base_url}
    run_cli("crawl", "xinhua", env=env)
    run_cli("process", "--quiet", env=env)
    import sqlite_utils

    db = sqlite_utils.Database(tmp_path / "data" / "wirearchive.db")
    statuses = {
        r["translation_status"]
        for r in db.query("select translation_status from articles where lang = 'zh' and error is null")
    }
    assert statuses == {"not translated: no model installed"}
    assert not list(db.query("select 1 from articles where lang = 'zh' and body_en is not null"))


def test_articles_can_be_faceted_and_filtered_by_conference(datasette):
    forum = "lakeside-digital-culture-forum-2026"
    data = get_json(datasette, "/wirearchive/articles.json", _facet_array="conferences", error__isnull="1")
    facet = {v["value"]: v["count"] for v in data["facet_results"]["conferences"]["results"]}
    expected = [e for e in EXPECTED if good(e) and forum in e["conferences"]]
    assert facet[forum] == len(expected)
    rows = get_json(
        datasette, "/wirearchive/articles.json", conferences__arraycontains=forum, _shape="array", _size="max"
    )
    assert {r["url"] for r in rows} == {e["url"] for e in expected}
