"""Pages checked in a real browser: Debian's Chromium, headless, against the real Datasette server."""

from __future__ import annotations

import json
import subprocess
import urllib.parse

import pytest
from helpers import ROOT, chromium_command, require_chromium

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))


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


def test_search_box_results_render_in_chromium(datasette, tmp_path):
    term = "数字文化"
    dom = rendered_dom(
        f"{datasette}/wirearchive/articles?" + urllib.parse.urlencode({"_search": term}), tmp_path
    )
    # the search box still shows what the reader typed, not our internal query form
    assert f'value="{term}"' in dom
    titles = [
        e["title"]
        for e in EXPECTED
        if e["expect_error"] in (None, "mis-encoded") and term in e["title"] + "".join(e["paragraphs"])
    ]
    assert titles
    for title in titles:
        assert title in dom


def test_article_page_shows_original_and_english_side_by_side(datasette, tmp_path):
    import urllib.request

    entry = next(e for e in EXPECTED if e["lang"] == "zh" and e["expect_error"] is None)
    query = urllib.parse.urlencode({"url": entry["url"], "_shape": "array"})
    with urllib.request.urlopen(f"{datasette}/wirearchive/articles.json?{query}") as response:
        article_id = json.loads(response.read())[0]["id"]
    page = f"{datasette}/wirearchive/articles/{article_id}"
    dom = rendered_dom(page, tmp_path)
    assert 'class="wa-side-by-side"' in dom
    assert entry["paragraphs"][0] in dom
    shot = tmp_path / "article.png"
    result = chromium(f"--screenshot={shot}", page, tmp_path=tmp_path)
    assert result.returncode == 0 and shot.stat().st_size > 10_000  # a real rendered picture


def test_failed_pages_query_lists_the_bad_pages(datasette, tmp_path):
    dom = rendered_dom(f"{datasette}/wirearchive/failed_pages", tmp_path)
    for entry in EXPECTED:
        if entry["expect_error"] in ("404", "truncated", "not_html"):
            assert entry["url"] in dom


def test_person_page_lists_every_article_with_role(datasette, tmp_path):
    import urllib.request

    query = urllib.parse.urlencode({"name_en": "Li Minghua", "_shape": "array"})
    with urllib.request.urlopen(f"{datasette}/wirearchive/people.json?{query}") as response:
        person = json.loads(response.read())[0]
    with urllib.request.urlopen(
        f"{datasette}/wirearchive/mentions.json?person_id={person['id']}&_shape=array&_size=max"
    ) as response:
        mentions = json.loads(response.read())
    dom = rendered_dom(f"{datasette}/wirearchive/people/{person['id']}", tmp_path)
    assert "李明华" in dom and f"In {len(mentions)} article" in dom
    for role in {m["role"] for m in mentions if m["role"]}:
        assert role in dom
