"""The `wirearchive extract` contract other tools rely on, and the CLI's usage errors."""

from __future__ import annotations

import json

import pytest
from helpers import ROOT, run_cli

CONTRACT_KEYS = {
    "url",
    "site",
    "lang",
    "title",
    "published",
    "authors",
    "editor",
    "dateline",
    "body",
    "people",
    "dates",
    "title_en",
    "body_en",
    "translation",
    "error",
    "warnings",
}
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))


def extract(path, *args: str) -> dict:
    result = run_cli("extract", str(path), *args)
    assert result.returncode == 0
    return json.loads(result.stdout)


def check_shape(doc: dict) -> None:
    assert set(doc) == CONTRACT_KEYS
    assert (
        isinstance(doc["authors"], list)
        and isinstance(doc["people"], list)
        and isinstance(doc["dates"], list)
    )
    assert isinstance(doc["body"], str) and isinstance(doc["warnings"], list)
    assert set(doc["translation"]) == {"status", "model"}
    for person in doc["people"]:
        assert set(person) == {"name", "name_en", "name_zh", "role"}
    for date in doc["dates"]:
        assert set(date) == {"text", "value", "kind"}
    if doc["dateline"] is not None:
        assert set(doc["dateline"]) == {"place", "date"}


def test_extract_a_gbk_sample_page(data_dir):
    entry = next(e for e in EXPECTED if e["encoding"].lower() in ("gbk", "gb18030") and not e["expect_error"])
    page = ROOT / "samples" / "sites" / entry["url"].split("://", 1)[1]
    doc = extract(page, "--url", entry["url"], "--no-translate")
    check_shape(doc)
    assert doc["error"] is None
    assert doc["url"] == entry["url"] and doc["lang"] == "zh"
    assert doc["title"] == entry["title"]
    assert doc["body"].split("\n\n") == entry["paragraphs"]


def test_extract_seed_text_file(shared_dir, data_dir):
    doc = extract(next((shared_dir / "seeds").glob("002_*.txt")), "--no-translate")
    check_shape(doc)
    assert doc["error"] is None and doc["lang"] == "en"
    assert doc["dateline"]["place"] == "Tianjin" and doc["dateline"]["date"] == "2022-08-30"
    assert doc["editor"] == "袁晴"
    assert "责编" not in doc["body"]


def test_published_option_is_used_when_the_page_has_no_date(shared_dir, data_dir):
    doc = extract(
        next((shared_dir / "seeds").glob("000_*.txt")), "--published", "2021-11-16", "--no-translate"
    )
    assert doc["published"].startswith("2021-11-16")
    assert doc["dateline"] == {"place": "Beijing", "date": "2021-11-16"}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"<html><body><div>",
        "<html><body><p>中新网北京11月16日电 只有半句".encode("gbk")[:-1],
    ],
    ids=["empty", "binary", "no-text", "cut-gbk"],
)
def test_a_bad_page_exits_0_with_an_error(tmp_path, data_dir, content):
    page = tmp_path / "bad.html"
    page.write_bytes(content)
    doc = extract(page, "--no-translate")
    check_shape(doc)
    if not doc["body"]:
        assert doc["error"]


def test_bad_usage_exits_2(tmp_path, data_dir):
    assert run_cli("extract", str(tmp_path / "missing.html"), check=False).returncode == 2
    assert run_cli("extract", check=False).returncode == 2
    assert run_cli("no-such-command", check=False).returncode == 2


def test_every_command_has_help():
    result = run_cli("--help")
    for command in ["extract", "crawl", "process", "serve", "search", "samples", "demo", "schedule"]:
        assert command in result.stdout
        assert run_cli(command, "--help").returncode == 0


def test_nothing_is_written_outside_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>t</title></head><body><p>" + "新闻正文。" * 50 + "</p></body></html>")
    before = set(tmp_path.rglob("*"))
    run_cli(
        "extract", str(page), env={"WIREARCHIVE_DATA": str(tmp_path / "d"), "HOME": str(tmp_path / "home")}
    )
    created = {p for p in set(tmp_path.rglob("*")) - before if not p.is_relative_to(tmp_path / "d")}
    assert created <= {tmp_path / "home"} | set((tmp_path / "home").rglob("*"))
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*.*"))
