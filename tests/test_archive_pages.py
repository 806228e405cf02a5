"""The archive's pages, in-process (Datasette's test client, no server): search, article, person, conference,
feeds, canned queries, what the server reveals and refuses. A small archive written through the store."""

from __future__ import annotations

import asyncio
import csv
import importlib.util
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from datasette.app import Datasette
from helpers import FORUM, ROOT, XSS, build_small_archive
from markupsafe import escape

from pipeline.serve import datasette_options
from pipeline.store import finder

ATOM = "{http://www.w3.org/2005/Atom}"
MODEL = "translate-zh_en 0.1 (fixture)"


def make_datasette(path, immutable=False) -> Datasette:
    options = datasette_options()
    return Datasette(
        [] if immutable else [str(path)],
        immutables=[str(path)] if immutable else [],
        metadata=json.loads(options["metadata"].read_text(encoding="utf-8")),
        template_dir=str(options["template_dir"]),
        plugins_dir=str(options["plugins_dir"]),
        static_mounts=[(mount, str(folder)) for mount, folder in options["static_mounts"]],
        settings=options["settings"],
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "wirearchive.db"
    ids = build_small_archive(path)
    return path, ids


@pytest.fixture(scope="module")
def site(archive):
    ds = make_datasette(archive[0])

    def get(path: str, status: int = 200):
        response = asyncio.run(ds.client.get(path))
        assert response.status_code == status, (path, response.status_code, response.text[:500])
        return response

    return get


@pytest.fixture
def ids(archive):
    return archive[1]


def cards(page: str) -> list[str]:
    return re.findall(r'<article class="wa-card[^"]*">.*?</article>', page, re.S)


def article_ids(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<h2 lang="[^"]*"><a href="/wirearchive/articles/(-?\d+)"', page)]


# -- search -----------------------------------------------------------------------------------------------
def test_a_chinese_name_finds_the_english_coverage_and_the_reverse(site, ids):
    for query in ("王建国", "Wang Jianguo", "wang jianguo"):
        found = site(f"/search.json?q={query}").json()
        assert {r["id"] for r in found["rows"]} == {ids["zh"], ids["en"]}, query


def test_search_pages_rank_highlight_and_label_machine_translation(site, ids):
    page = site("/search?q=王建国").text
    assert 'value="王建国"' in page  # the box keeps what the reader typed
    zh_card = next(c for c in cards(page) if f"/articles/{ids['zh']}" in c)
    assert "<mark>王建国</mark>" in zh_card and "<mark>Wang Jianguo</mark>" in zh_card
    assert "machine translation" in zh_card and MODEL in zh_card
    en_card = next(c for c in cards(page) if f"/articles/{ids['en']}" in c)
    assert "machine translation" not in en_card  # an English original is not labelled as a translation


def test_an_uncounted_total_says_more_than_and_offers_the_exact_count(site, monkeypatch):
    exact = site("/search.json?q=forum OR 论坛&sort=newest").json()
    assert exact["total_exact"] and exact["total"] > 2
    monkeypatch.setattr(finder, "COUNT_CAP", 2)
    capped = site("/search.json?q=forum OR 论坛&sort=newest").json()
    assert (capped["total"], capped["total_exact"]) == (2, False)
    page = site("/search?q=forum OR 论坛&sort=newest").text
    assert "more than <b>2</b> articles" in page and "count=all" in page
    counted = site("/search.json?q=forum OR 论坛&sort=newest&count=all").json()
    assert (counted["total"], counted["total_exact"]) == (exact["total"], True)


def test_a_hit_only_in_a_doubtful_translated_sentence_ranks_last_and_is_marked(site, ids):
    rows = site("/search.json?q=projects").json()["rows"]
    assert [r["id"] for r in rows] == [ids["projects"], ids["zh"]]
    assert [r["flagged_only"] for r in rows] == [0, 1]
    page = site("/search?q=projects").text
    flagged = next(c for c in cards(page) if f"/articles/{ids['zh']}" in c)
    assert "wa-card-flagged" in flagged and "doubtful" in flagged
    # the same ranking in the canned query (CSV / JSON export of a search)
    exported = site("/wirearchive/search_articles.json?q=projects&_shape=array").json()
    assert [(r["id"], r["only_in_doubtful_translation"]) for r in exported] == [
        (ids["projects"], 0),
        (ids["zh"], 1),
    ]


def test_or_not_and_sorting_by_date(site, ids):
    assert article_ids(site("/search?q=ceremony+OR+projects&sort=oldest").text) == [
        ids["zh"],
        ids["en"],
        ids["projects"],
    ]
    assert article_ids(site("/search?q=ceremony+OR+projects&sort=newest").text) == [
        ids["projects"],
        ids["en"],
        ids["zh"],
    ]
    assert ids["en"] not in article_ids(site("/search?q=forum+-ceremony").text)


def test_facets_have_readable_labels_and_filter(site, ids):
    data = site("/search.json").json()
    labels = {name: {str(v["value"]): v["label"] for v in values} for name, values in data["facets"].items()}
    assert labels["conference"][FORUM] == "2026 Lakeside Digital Culture Forum"
    assert labels["source"]["xinhua"].startswith("Xinhua")
    assert "Wang Jianguo" in labels["person"].values() and "Chen Xiaoyan" not in labels["person"].values()
    page = site("/search").text
    for text in (
        "Chinese",
        "English",
        "November 2026",
        "2026 Lakeside Digital Culture Forum",
        "Wang Jianguo",
    ):
        assert text in page
    person = next(v["value"] for v in data["facets"]["person"] if v["label"] == "Wang Jianguo")
    assert {r["id"] for r in site(f"/search.json?person={person}").json()["rows"]} == {ids["zh"], ids["en"]}
    assert {r["id"] for r in site("/search.json?lang=en").json()["rows"]} == {ids["en"], ids["projects"]}
    assert {r["id"] for r in site("/search.json?source=chinanews").json()["rows"]} == {
        ids["copy"],
        ids["xss"],
    }


def test_the_date_range_control(site, ids):
    assert {r["id"] for r in site("/search.json?from=2026-11-20").json()["rows"]} == {
        ids["projects"],
        ids["xss"],
    }
    assert {r["id"] for r in site("/search.json?to=2026-11-19").json()["rows"]} == {
        ids["zh"],
        ids["en"],
        ids["copy"],
    }
    assert site("/search.json?month=2026-11").json()["total"] == 5
    assert site("/search.json?from=not-a-date&month=13&person=x").json()["total"] == 5  # ignored, no error
    page = site("/search?from=2026-11-20").text
    assert 'type="date" name="from" value="2026-11-20"' in page


def test_failed_pages_are_not_in_the_article_list_but_one_click_away(site, ids):
    page = site("/search").text
    assert ids["failed"] not in article_ids(page)
    assert 'href="/wirearchive/failed_pages">1 page stored with an error</a>' in page
    assert "404.shtml" in site("/wirearchive/failed_pages").text


# -- the article page --------------------------------------------------------------------------------------
def test_the_article_page_shows_what_the_pipeline_found(site, ids):
    page = site(f"/wirearchive/articles/{ids['zh']}").text
    facts = page.split('class="wa-article-facts"')[1]
    assert (
        'href="/wirearchive/people/' in facts
        and "Wang Jianguo" in facts
        and "浙江省文化和旅游厅厅长" in facts
    )
    assert "Chen Xiaoyan" in facts.split("Credited")[1]  # the reporter is credited, not an attendee
    assert "2026-11-19" in facts.split("Event dates")[1]
    assert f"/wirearchive/articles/{ids['copy']}" in facts.split("Other copies")[1]
    assert f'href="/wirearchive/conferences/{FORUM}"' in page
    assert re.search(
        r'reporter\s*<a href="/wirearchive/people/', page
    )  # the byline links to the reporter's page
    # original beside English, paragraph by paragraph
    pairs = re.findall(r'<p class="wa-original"[^>]*>(.*?)</p>\s*<p class="wa-english"', page, re.S)
    assert len(pairs) == 2 and "王建国在开幕式上致辞" in pairs[1]
    # machine translation labelled with its model; the doubtful sentence marked with why
    assert "machine translation</b> by <b>" + MODEL in page
    assert re.search(
        r'<mark class="wa-flag" title="doubtful: numbers, length">The forum signed 45 projects', page
    )
    assert '<span class="wa-flag-why">numbers · length</span>' in page
    # the raw row is one click away, not spread below the article
    assert re.search(r'<details class="wa-rawrow".*?<table class="rows-and-columns">', page, re.S)
    assert f'href="/wirearchive/articles/{ids["zh"]}.json"' in page


def test_an_english_original_is_one_column_and_a_copy_points_to_the_original(site, ids):
    page = site(f"/wirearchive/articles/{ids['en']}").text
    assert "wa-two" not in page and "Original English" in page
    page = site(f"/wirearchive/articles/{ids['copy']}").text
    assert f"/wirearchive/articles/{ids['zh']}" in page.split("Other copies")[1]


def test_crawled_html_stays_escaped_everywhere(site, ids):
    for path in (
        f"/wirearchive/articles/{ids['xss']}",
        "/search?q=论坛",
        "/search",
        "/wirearchive/conferences/" + FORUM,
    ):
        text = site(path).text
        assert "<script>alert" not in text and "<img src=x" not in text, path
        assert 'href="javascript:' not in text, path
    assert str(escape(XSS)) in site(f"/wirearchive/articles/{ids['xss']}").text
    # a feed carries the text as text: readers get no markup from crawled pages
    entry = next(
        e
        for e in feed(site, "/wirearchive/search_feed.atom?q=论坛").iter(f"{ATOM}entry")
        if e.find(f"{ATOM}id").text.endswith(str(ids["xss"]))
    )
    assert entry.find(f"{ATOM}content").get("type") == "text" and XSS in entry.find(f"{ATOM}content").text
    assert not list(entry.iter("script"))


# -- person and conference pages ---------------------------------------------------------------------------
def person_id(site, name):
    return site(f"/wirearchive/people.json?name={name}&_shape=array").json()[0]["id"]


def test_the_person_page_lists_every_mention_with_role_and_date(site, ids):
    page = site(f"/wirearchive/people/{person_id(site, 'Wang Jianguo')}").text
    rows = re.findall(r"<tr>\s*<td>(2026-\d\d-\d\d)</td>.*?</tr>", page, re.S)
    assert rows == ["2026-11-19", "2026-11-19"]
    assert "浙江省文化和旅游厅厅长" in page and "director of the provincial department" in page
    assert (
        '<span class="wa-chip" lang="und">王建国</span>' in page and "[&#34;" not in page
    )  # forms, not JSON
    assert "/search?person=" in page


def test_people_are_found_by_any_form_of_the_name_and_link_to_their_page(site):
    pid = person_id(site, "Wang Jianguo")
    for query in ("王建国", "建国", "Jianguo", "wang jianguo"):
        page = site(f"/wirearchive/people?_search={query}").text
        assert f'<a href="/wirearchive/people/{pid}">Wang Jianguo</a>' in page, query


def test_conference_names_link_to_their_page(site):
    page = site("/wirearchive/conferences").text
    assert f'<a href="/wirearchive/conferences/{FORUM}">2026 Lakeside Digital Culture Forum</a>' in page


def test_the_conference_page_has_its_editions_chart_people_and_sources(site):
    page = site(f"/wirearchive/conferences/{FORUM}").text
    chart = json.loads(re.search(r'<script type="application/json">(.*?)</script>', page, re.S).group(1))
    per_day = {(p["day"], p["lang"]): p["n"] for p in chart["points"]}
    assert per_day == {
        ("2026-11-19", "zh"): 2,
        ("2026-11-19", "en"): 1,
        ("2026-11-20", "en"): 1,
        ("2026-11-21", "zh"): 1,
    }
    assert chart["spans"] == [{"start": "2026-11-19", "end": "2026-11-20", "label": "2026 Hangzhou"}]
    assert "/static/wirearchive-chart.js" in page
    people = page.split("People, by number of articles")[1].split("Reporters, editors")[0]
    assert "Wang Jianguo" in people and "Chen Xiaoyan" not in people  # reporters are not attendees
    assert re.search(r"Wang Jianguo</a>.*?>2</a>", people, re.S)  # one row, two articles
    sources = page.split("Sources compared")[1]
    assert "Xinhua English" in sources and "China News Service" in sources
    assert f"conference_feed.atom?conference={FORUM}" in page


# -- feeds -------------------------------------------------------------------------------------------------
def feed(site, path):
    response = site(path)
    assert response.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(response.text)


def test_feeds_of_a_search_and_a_conference_parse(site, ids):
    root = feed(site, "/wirearchive/search_feed.atom?q=王建国")
    entries = root.findall(f"{ATOM}entry")
    assert {e.find(f"{ATOM}id").text for e in entries} == {
        f"tag:wirearchive,2026:article:{ids[k]}" for k in ("zh", "en")
    }
    zh = next(e for e in entries if e.find(f"{ATOM}id").text.endswith(str(ids["zh"])))
    assert "[machine translation]" in zh.find(f"{ATOM}title").text
    assert zh.find(f"{ATOM}link").get("href") == f"http://localhost/wirearchive/articles/{ids['zh']}"
    assert MODEL in zh.find(f"{ATOM}content").text
    root = feed(site, f"/wirearchive/conference_feed.atom?conference={FORUM}")
    assert len(root.findall(f"{ATOM}entry")) == 5
    assert root.find(f"{ATOM}updated").text == "2026-11-21T09:00:00+08:00"


def test_a_feed_with_no_entry_yet_is_a_valid_feed(site):
    root = feed(site, "/wirearchive/search_feed.atom?q=nothingmatchesthis")
    assert root.tag == f"{ATOM}feed" and root.findall(f"{ATOM}entry") == []


def test_pages_link_their_feeds(site):
    feed_link = r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"'
    href = re.search(feed_link, site("/search?q=forum").text).group(1)
    assert href.startswith("/wirearchive/search_feed.atom?q=forum")
    assert feed(site, href.replace("&amp;", "&")).find(f"{ATOM}title").text == "wirearchive: forum"
    href = re.search(feed_link, site(f"/wirearchive/conferences/{FORUM}").text).group(1)
    title = feed(site, href.replace("&amp;", "&")).find(f"{ATOM}title").text
    assert title == "2026 Lakeside Digital Culture Forum: new coverage (wirearchive)"


# -- researchers: canned queries, exports, documentation -------------------------------------------------
def test_canned_queries_for_researchers(site, ids):
    rows = site(f"/wirearchive/coverage_per_day.json?conference={FORUM}&_shape=array").json()
    assert {(r["day"], r["lang"]): r["articles"] for r in rows}[("2026-11-19", "zh")] == 2
    people = site("/wirearchive/people_by_conference.json?_shape=array").json()
    assert [p["person"] for p in people] == ["Wang Jianguo"]  # one row per person; no reporters
    assert set(json.loads(people[0]["roles"])) == {
        "director of the provincial department",
        "浙江省文化和旅游厅厅长",
    }
    spoke = site("/wirearchive/who_spoke_where.json?_shape=array").json()
    assert {r["role"] for r in spoke} == {"director of the provincial department", "浙江省文化和旅游厅厅长"}
    both = site(
        "/wirearchive/articles_mentioning_two_people.json?person_a=王建国&person_b=陈晓燕&_shape=array"
    ).json()
    assert [r["id"] for r in both] == [ids["zh"]]
    sources = site(f"/wirearchive/sources_compared.json?conference={FORUM}&_shape=array").json()
    assert {r["source"]: r["articles"] for r in sources}["Xinhua English (english.news.cn)"] == 2
    exported = site(f"/wirearchive/sources_compared.csv?conference={FORUM}").text
    assert (
        list(csv.DictReader(io.StringIO(exported)))[0]["conference"] == "2026 Lakeside Digital Culture Forum"
    )


def test_table_descriptions_are_rendered_markdown(site):
    page = site("/wirearchive/articles").text
    assert "<code>error</code>" in page and "`error`" not in page


# -- what the server reveals and refuses ------------------------------------------------------------------
def test_databases_json_does_not_reveal_file_paths(site, archive):
    text = site("/-/databases.json").text
    assert json.loads(text)[0]["name"] == "wirearchive" and str(archive[0].parent) not in text
    assert '"path"' not in text
    site("/_internal", status=403)


def test_writes_are_refused(site):
    response = site("/wirearchive.json?sql=delete+from+articles", status=400)
    assert "select" in response.text.lower()


def test_the_database_is_downloadable_only_when_served_immutable(archive):
    immutable = make_datasette(archive[0], immutable=True)
    response = asyncio.run(immutable.client.get("/wirearchive.db"))
    assert response.status_code == 200 and response.content.startswith(b"SQLite format 3\x00")
    mutable = make_datasette(archive[0])
    assert asyncio.run(mutable.client.get("/wirearchive.db")).status_code in (403, 404)


# -- the pages' queries use indexes ------------------------------------------------------------------------
def plugin(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "datasette" / "plugins" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SMALL_TABLES = ("sources", "conferences", "search_codes")  # a row per source or conference: read whole


def full_scans(conn, sql: str, params: dict) -> list[str]:
    """The tables a query reads whole (a SCAN that is not the FTS index's MATCH, a JSON list or a small table)."""
    plan = [row[3] for row in conn.execute("explain query plan " + sql, params)]
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    # "from articles a": the plan says SCAN a
    alias_of = {
        alias: table for table, alias in re.findall(r"\b(\w+)\s+(?:as\s+)?(\w+)\b", sql) if table in tables
    }
    scans = []
    for step in plan:
        name = step.split()[1] if step.startswith("SCAN ") and "VIRTUAL TABLE" not in step else ""
        table = name if name in tables else alias_of.get(name)
        if table and table not in SMALL_TABLES:
            scans.append(step)
    return scans


def test_the_pages_queries_use_indexes(archive):
    conn = sqlite3.connect(archive[0])
    pages = plugin("wirearchive_pages")
    params = {"id": 1, "url": "u", "duplicate_of": "d", "source": "xinhua", "limit": 20, "recent": 100}
    for queries in (pages.ARTICLE_SQL, pages.PERSON_SQL, pages.CONFERENCE_SQL):
        for name, sql in queries.items():
            assert full_scans(conn, sql, params) == [], name
    # every statement the search page runs (pipeline/store/finder.py), with and without a query and filters
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    person = conn.execute("select id from people where key = 'wang jianguo'").fetchone()[0]
    every = {
        "conference": FORUM,
        "person": person,
        "source": "xinhua",
        "from": "2026-11-01",
        "to": "2026-11-30",
    }
    for query in ("forum", "王建国", ""):
        for sort in finder.SORTS:
            for filters in ({}, {"person": person}, {"conference": FORUM}, {"month": "2026-11"}, every):
                finder.find(conn, finder.Request(query, sort, 1, 20, dict(filters)))
    conn.set_trace_callback(None)
    selects = {sql for sql in statements if sql.lstrip().lower().startswith(("select", "with"))}
    assert len(selects) > 20
    for sql in selects:
        assert full_scans(conn, sql, {}) == [], sql
    search = plugin("wirearchive_search")
    assert full_scans(conn, search.FAILED_SQL, {}) == []


def test_serve_immutable_passes_the_database_as_immutable(tmp_path):
    from pipeline.serve import datasette_args

    path = tmp_path / "w.db"
    immutable = datasette_args(path, "127.0.0.1", 8001, immutable=True)
    assert immutable[immutable.index("-i") + 1] == str(path)
    mutable = datasette_args(path, "127.0.0.1", 8001)
    assert "-i" not in mutable and str(path) in mutable
    assert path.exists()  # an empty archive with the schema, so the server starts


@pytest.mark.parametrize(
    "query",
    [
        "",
        "source=xinhua",
        "lang=en",
        "_search=王建国",
        "_search=forum&lang=en",
        "_search=forum&source=xinhua_en",
    ],
)
def test_the_articles_tables_facets_are_the_rows_counts(site, archive, query):
    """Counted from facet_counts and the search keys (wirearchive_facets.py), they equal a plain count."""
    data = site(f"/wirearchive/articles.json?{query}&_size=max").json()
    conn = sqlite3.connect(archive[0])
    rows = [dict(zip(data["columns"], row, strict=True)) for row in data["rows"]]
    assert rows and len(rows) == data["filtered_table_rows_count"]
    for column in ("source", "lang", "translation_status", "conferences"):
        expected: dict[str, int] = {}
        for row in rows:
            values = json.loads(row[column] or "[]") if column == "conferences" else [row[column]]
            for value in values:
                if value is not None:
                    expected[str(value)] = expected.get(str(value), 0) + 1
        shown = {str(v["value"]): v["count"] for v in data["facet_results"][column]["results"]}
        assert shown == expected, (query, column)
    conn.close()


def test_the_articles_tables_search_box_leads_to_the_search_page(archive):
    ds = make_datasette(archive[0])
    response = asyncio.run(ds.client.get("/wirearchive/articles?_search=王建国&lang=zh"))
    assert response.status_code == 302
    assert response.headers["location"] == "/search?q=%E7%8E%8B%E5%BB%BA%E5%9B%BD&lang=zh"
    # the JSON API stays Datasette's own (researchers' scripts)
    rows = asyncio.run(ds.client.get("/wirearchive/articles.json?_search=王建国&_shape=array")).json()
    assert rows and all("id" in row for row in rows)
