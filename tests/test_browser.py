"""The archive's pages in a real browser: Debian's Chromium, headless, against the real Datasette server
serving an archive crawled from the sample sites. What the pages must show comes from the samples' ground
truth (samples/expected.json), not from the archive. Most page checks run in-process
(tests/test_archive_pages.py); these check that the pages work as a reader gets them, JavaScript included."""

from __future__ import annotations

import json
import re
import subprocess
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from helpers import ROOT, chromium_command, require_chromium

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))
FORUM = "lakeside-digital-culture-forum-2026"
ATOM = "{http://www.w3.org/2005/Atom}"


def good(entry) -> bool:
    return entry["expect_error"] in (None, "mis-encoded")


def chromium(*args: str, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run(
        chromium_command(require_chromium(), tmp_path / "chromium-profile", *args),
        capture_output=True,
        text=True,
        timeout=120,
    )


def rendered_dom(url: str, tmp_path) -> str:
    result = chromium("--dump-dom", url, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def search_url(base: str, **params: str) -> str:
    return f"{base}/search?" + urllib.parse.urlencode(params)


def mentioning(name_en: str, lang: str) -> list[dict]:
    return [
        e
        for e in EXPECTED
        if good(e) and e["lang"] == lang and any(p["name_en"] == name_en for p in e["people"])
    ]


def test_search_in_chinese_and_in_english(datasette, tmp_path):
    term = "数字文化"
    dom = rendered_dom(search_url(datasette, q=term), tmp_path)
    assert f'value="{term}"' in dom  # the search box shows what the reader typed
    titles = [e["title"] for e in EXPECTED if good(e) and term in e["title"] + "".join(e["paragraphs"])]
    assert titles and all(title in dom for title in titles)
    assert f"<mark>{term}</mark>" in dom
    dom = rendered_dom(search_url(datasette, q="ceremony"), tmp_path)
    english = [
        e["title"]
        for e in EXPECTED
        if good(e) and e["lang"] == "en" and "ceremony" in " ".join(e["paragraphs"])
    ]
    assert english and all(title in dom for title in english)


def test_a_persons_name_finds_their_coverage_in_the_other_language(datasette, tmp_path):
    # 王建国 in Chinese finds the English articles about Wang Jianguo, and the pinyin the Chinese ones
    dom = rendered_dom(search_url(datasette, q="王建国"), tmp_path)
    english = mentioning("Wang Jianguo", "en")
    assert english and all(e["title"] in dom for e in english)
    dom = rendered_dom(search_url(datasette, q="Wang Jianguo"), tmp_path)
    chinese = [e for e in mentioning("Wang Jianguo", "zh") if "王建国" in "".join(e["paragraphs"])]
    assert chinese and all(e["title"] in dom for e in chinese)


def article_id(base: str, url: str) -> int:
    query = urllib.parse.urlencode({"url": url, "_shape": "array"})
    return get_json(f"{base}/wirearchive/articles.json?{query}")[0]["id"]


def test_article_page_with_people_roles_and_dates(datasette, tmp_path):
    entry = next(
        e
        for e in EXPECTED
        if good(e) and e["lang"] == "zh" and any(p["role"] for p in e["people"]) and e["dates"]
    )
    page = f"{datasette}/wirearchive/articles/{article_id(datasette, entry['url'])}"
    dom = rendered_dom(page, tmp_path)
    assert 'class="wa-paragraphs wa-two"' in dom or "not translated" in dom
    assert entry["paragraphs"][0] in dom
    facts = dom.split('class="wa-article-facts"')[1]
    for person in entry["people"]:
        if person["kind"] in ("quoted", "mentioned"):
            assert re.search(r'<a href="/wirearchive/people/-?\d+">' + re.escape(person["name_en"]), facts)
            if person["role"]:
                assert person["role"] in facts
    events = [d["value"] for d in entry["dates"] if d.get("kind") in ("event", "range")]
    assert events and any(value in facts.split("Event dates")[1] for value in events)
    assert f'href="/wirearchive/conferences/{FORUM}"' in dom
    shot = tmp_path / "article.png"
    result = chromium(f"--screenshot={shot}", page, tmp_path=tmp_path)
    assert result.returncode == 0 and shot.stat().st_size > 10_000  # a real rendered picture


def test_failed_pages_query_lists_the_bad_pages(datasette, tmp_path):
    dom = rendered_dom(f"{datasette}/wirearchive/failed_pages", tmp_path)
    for entry in EXPECTED:
        if entry["expect_error"] in ("404", "truncated", "not_html"):
            assert entry["url"] in dom


def test_person_page_lists_every_article_with_role(datasette, tmp_path):
    query = urllib.parse.urlencode({"name_en": "Li Minghua", "_shape": "array"})
    person = get_json(f"{datasette}/wirearchive/people.json?{query}")[0]
    mentions = get_json(
        f"{datasette}/wirearchive/mentions.json?person_id={person['id']}&_shape=array&_size=max"
    )
    dom = rendered_dom(f"{datasette}/wirearchive/people/{person['id']}", tmp_path)
    assert "李明华" in dom and f"In {len(mentions)} article" in dom
    for role in {m["role"] for m in mentions if m["role"]}:
        assert role in dom


def test_conference_page_draws_its_coverage_chart(datasette, tmp_path):
    dom = rendered_dom(f"{datasette}/wirearchive/conferences/{FORUM}", tmp_path)
    assert 'data-rendered="yes"' in dom  # the script ran
    bars = re.findall(r'<rect[^>]*class="wa-chart-bar"[^>]*>', dom)
    counted = sum(int(re.search(r'data-n="(\d+)"', bar).group(1)) for bar in bars)
    expected = [e for e in EXPECTED if good(e) and FORUM in e["conferences"]]
    assert bars and counted == len(expected)
    days = {re.search(r'data-day="([\d-]+)"', bar).group(1) for bar in bars}
    assert days == {e["published"][:10] for e in expected}
    shot = tmp_path / "conference.png"
    assert (
        chromium(
            f"--screenshot={shot}", f"{datasette}/wirearchive/conferences/{FORUM}", tmp_path=tmp_path
        ).returncode
        == 0
    )


def test_the_feed_a_search_page_links_to_parses(datasette, tmp_path):
    dom = rendered_dom(search_url(datasette, q="王建国"), tmp_path)
    href = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', dom).group(1)
    with urllib.request.urlopen(datasette + href.replace("&amp;", "&"), timeout=30) as response:
        root = ET.fromstring(response.read())
    titles = " ".join(e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry"))
    for entry in mentioning("Wang Jianguo", "en"):
        assert entry["title"] in titles


def facet_counts(dom: str, facet: str) -> dict[str, int]:
    """The values and counts of one of Datasette's facets on a table page."""
    block = dom.split(f'data-column="{facet}"')[1].split("</ul>")[0]
    return {
        value: int(n.replace(",", ""))
        for value, n in re.findall(r'<a href="[^"]*"[^>]*>([^<]+)</a>\s*([\d,]+)', block)
    }


def test_the_articles_table_counts_its_facets_from_the_facet_tables(datasette, tmp_path):
    # unfiltered, the counts come from facet_counts (docs/search.md, "At scale"): they must be the archive's
    dom = rendered_dom(f"{datasette}/wirearchive/articles", tmp_path)
    sources: dict[str, int] = {}
    for entry in EXPECTED:
        sources[entry["source"]] = sources.get(entry["source"], 0) + 1
    shown = facet_counts(dom, "source")  # labelled with the sources' names
    assert sorted(shown.values()) == sorted(sources.values())
    forum = [e for e in EXPECTED if good(e) and FORUM in e["conferences"]]
    assert facet_counts(dom, "conferences")[FORUM] == len(forum)
    # filtered, Datasette counts them itself (the selected value: "label · count")
    dom = rendered_dom(f"{datasette}/wirearchive/articles?source=xinhua", tmp_path)
    selected = dom.split('data-column="source"')[1].split("</ul>")[0]
    assert re.search(r"·\s*" + str(sources["xinhua"]) + r"\b", selected)


def test_browsing_without_a_query_and_the_canned_queries(datasette, tmp_path):
    dom = rendered_dom(f"{datasette}/search", tmp_path)
    stored = [e for e in EXPECTED if good(e)]
    assert f"<b>{len(stored)}</b> articles" in dom
    forum = [e for e in stored if FORUM in e["conferences"]]
    conference = dom.split('data-facet="conference"')[1].split("</section>")[0]
    assert re.search(r'<span class="wa-count">' + str(len(forum)) + "</span>", conference)
    dom = rendered_dom(f"{datasette}/wirearchive/people_by_conference?conference=", tmp_path)
    assert "Wang Jianguo" in dom and "2026 Lakeside Digital Culture Forum" in dom
    dom = rendered_dom(f"{datasette}/wirearchive/coverage_per_day?conference={FORUM}", tmp_path)
    days = {e["published"][:10] for e in forum}
    assert days and all(day in dom for day in days)
    dom = rendered_dom(f"{datasette}/wirearchive/translation_status", tmp_path)
    assert "original" in dom
