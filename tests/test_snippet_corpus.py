"""bench/snippet_corpus.py on a folder written here (a hand-written page, not taken from any site): snippets
scored as trafilatura's evaluation scores them, title/published/authors (and editor, where the truth gives one) per
page, a year-less date unscored, a row's own url used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.snippet_corpus import load, main, run_one, summary

STORY = [
    "城南图书馆昨日开放了新的自习室，可同时容纳一百二十名读者，座位均配有台灯和电源插座。",
    "馆方表示，自习室每天早八点至晚十点开放，读者可通过图书馆公众号提前一天预约座位。",
    "不少前来自习的学生说，新自习室环境安静，离地铁站也近，周末还会再来。",
]
PAGE = (
    "<html><head><title>城南图书馆新自习室开放-城南资讯网</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/n'>新闻</a></div><h1>城南图书馆新自习室开放</h1>"
    "<p>2024-05-13 09:30 来源：城南日报</p>"
    + "<div class='article'>"
    + "".join(f"<p>{s}</p>" for s in STORY)
    + "</div><div class='related'><a href='/x'>城南公园夜间开放时间延长至十点</a></div></body></html>"
)


def folder(tmp_path: Path, published: str = "2024-05-13 09:30") -> Path:
    (tmp_path / "pages").mkdir(parents=True)
    (tmp_path / "pages" / "a.html").write_text(PAGE, encoding="utf-8")
    row = {
        "file": "a.html",
        "site": "news.example.cn",
        "title": "城南图书馆新自习室开放",
        "published": published,
        "authors": [],
        "with": ["城南图书馆昨日开放了新的自习室", "离地铁站也近，周末还会再来。"],
        "without": ["城南公园夜间开放时间延长至十点", "首页"],
    }
    (tmp_path / "truth.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp_path


def test_ours_on_a_clean_page_scores_every_snippet_and_field(tmp_path: Path) -> None:
    result = run_one("ours", load(folder(tmp_path)))
    s = summary(result)
    assert (s["precision"], s["recall"], s["f1"], s["accuracy"]) == (1.0, 1.0, 1.0, 1.0)
    assert (s["title"], s["published"], s["authors"], s["crashes"]) == ("1/1", "1/1", "1/1", 0)


def test_a_date_without_a_year_is_not_scored(tmp_path: Path) -> None:
    result = run_one("ours", load(folder(tmp_path, published="05-13 09:30")))
    assert summary(result)["published"] == "0/0"


def test_the_command_prints_the_table_and_writes_the_predictions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    assert main(["--dir", str(folder(tmp_path)), "--peers", "", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| ours | " in printed and "| ours-generic | " in printed and "1.000" in printed
    assert {r["name"] for r in json.loads(out.read_text(encoding="utf-8"))} == {"ours", "ours-generic"}


def with_fields(tmp_path: Path, **fields: object) -> Path:
    """The folder above with extra truth fields (url, editor) on its one row."""
    folder(tmp_path)
    row = json.loads((tmp_path / "truth.jsonl").read_text(encoding="utf-8"))
    (tmp_path / "truth.jsonl").write_text(
        json.dumps({**row, **fields}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return tmp_path


def test_a_row_url_is_the_pages_url_and_the_host_is_the_fallback(tmp_path: Path) -> None:
    url = "http://news.example.cn/2024-05/13/c_1.htm"
    assert load(with_fields(tmp_path, url=url))[0].url == url
    assert load(folder(tmp_path / "b"))[0].url == "http://news.example.cn/"


def test_the_editor_is_scored_for_ours_only_where_the_truth_has_the_key(tmp_path: Path) -> None:
    # the page names no editor: a truth of null is a verified "none", so ours (no editor found) is right
    pages = load(with_fields(tmp_path, editor=None))
    assert summary(run_one("ours", pages))["editor"] == "1/1"
    pages_without_key = load(folder(tmp_path / "b"))
    assert summary(run_one("ours", pages_without_key))["editor"] == "-"


def test_a_wrong_editor_is_a_miss(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--dir", str(with_fields(tmp_path, editor="王五")), "--peers", "", "--no-generic"]) == 0
    printed = capsys.readouterr().out
    assert "| 0/1 |" in printed and "editor None (truth 王五)" in printed
