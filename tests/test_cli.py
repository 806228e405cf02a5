"""The `wirearchive extract` contract other tools rely on, and the CLI's usage errors.

The tests that start the installed `wirearchive` command are e2e (each start costs seconds); the ones that
call the click command in this process (`--batch` parsing, `--stages extract`) are fast.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from helpers import ROOT, run_cli

from pipeline.cli.extract import extract as extract_command
from pipeline.runner import STAGE_NAMES

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
    assert isinstance(doc["body"], str)
    assert set(doc["translation"]) == {"status", "model", "quality", "flags"}
    assert isinstance(doc["translation"]["flags"], list)
    for flag in doc["translation"]["flags"]:
        assert set(flag) == {"sentence", "part", "paragraph", "source", "target", "kinds"}
    for person in doc["people"]:
        assert set(person) == {"name", "name_en", "name_zh", "role"}
    for date in doc["dates"]:
        assert set(date) == {"text", "value", "kind"}
    if doc["dateline"] is not None:
        assert set(doc["dateline"]) == {"place", "date"}


@pytest.mark.e2e
def test_extract_a_gbk_sample_page(data_dir):
    entry = next(e for e in EXPECTED if e["encoding"].lower() in ("gbk", "gb18030") and not e["expect_error"])
    page = ROOT / "samples" / "sites" / entry["url"].split("://", 1)[1]
    doc = extract(page, "--url", entry["url"], "--no-translate")
    check_shape(doc)
    assert doc["error"] is None
    assert doc["url"] == entry["url"] and doc["lang"] == "zh"
    assert doc["title"] == entry["title"]
    assert doc["body"].split("\n\n") == entry["paragraphs"]


@pytest.mark.e2e
@pytest.mark.corpus("seeds")
def test_extract_seed_text_file(shared_dir, data_dir):
    doc = extract(next((shared_dir / "seeds").glob("002_*.txt")), "--no-translate")
    check_shape(doc)
    assert doc["error"] is None and doc["lang"] == "en"
    assert doc["dateline"]["place"] == "Tianjin" and doc["dateline"]["date"] == "2022-08-30"
    assert doc["editor"] == "袁晴"
    assert "责编" not in doc["body"]


@pytest.mark.e2e
@pytest.mark.corpus("seeds")
def test_published_option_is_used_when_the_page_has_no_date(shared_dir, data_dir):
    doc = extract(
        next((shared_dir / "seeds").glob("000_*.txt")), "--published", "2021-11-16", "--no-translate"
    )
    assert doc["published"].startswith("2021-11-16")
    assert doc["dateline"] == {"place": "Beijing", "date": "2021-11-16"}


@pytest.mark.e2e
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


@pytest.mark.e2e
def test_bad_usage_exits_2(tmp_path, data_dir):
    assert run_cli("extract", str(tmp_path / "missing.html"), check=False).returncode == 2
    assert run_cli("extract", check=False).returncode == 2
    assert run_cli("no-such-command", check=False).returncode == 2


@pytest.mark.e2e
def test_every_command_has_help():
    result = run_cli("--help")
    for command in ["extract", "crawl", "process", "serve", "search", "schedule", "models"]:
        assert command in result.stdout
        assert run_cli(command, "--help").returncode == 0


@pytest.mark.e2e
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


# -- --batch and --stages ---------------------------------------------------------------------------------
def gbk_sample() -> tuple:
    entry = next(e for e in EXPECTED if e["encoding"].lower() in ("gbk", "gb18030") and not e["expect_error"])
    return entry, ROOT / "samples" / "sites" / entry["url"].split("://", 1)[1]


def invoke(*args: str):
    return CliRunner().invoke(extract_command, list(args), catch_exceptions=False)


def test_only_the_stages_named_run(data_dir):
    entry, page = gbk_sample()
    result = invoke(str(page), "--url", entry["url"], "--stages", "extract")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    check_shape(doc)
    assert doc["title"] == entry["title"] and doc["body"].split("\n\n") == entry["paragraphs"]
    assert doc["lang"] is None and doc["people"] == [] and doc["title_en"] is None  # not run
    assert doc["translation"]["status"] == "not translated: stage not run"


def test_batch_prints_one_object_per_line_in_order(tmp_path, data_dir):
    entry, page = gbk_sample()
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    batch = tmp_path / "pages.jsonl"
    lines = [
        {"path": str(page), "url": entry["url"]},
        {"path": str(bad)},
        {"path": str(page), "published": None},
    ]
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    result = invoke("--batch", str(batch), "--stages", "extract,language")
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.output.splitlines()]
    assert len(docs) == 3
    for doc in docs:
        check_shape(doc)
    assert docs[0]["url"] == entry["url"] and docs[0]["title"] == entry["title"] and docs[0]["lang"] == "zh"
    assert docs[1]["error"] and not docs[1]["body"]  # a bad page: its error, and the batch goes on
    assert docs[2]["url"] is None and docs[2]["body"] == docs[0]["body"]
    single = json.loads(invoke(str(page), "--url", entry["url"], "--stages", "extract,language").output)
    assert docs[0] == single  # the same object as for one page


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 2: not JSON"),
        ("[1, 2]", "line 2: not a JSON object"),
        ('{"url": "https://x"}', 'line 2: "path"'),
        ('{"path": "missing.html"}', "line 2: no such file"),
        ('{"path": "PAGE", "lang": "zh"}', "line 2: unknown key(s) lang"),
        ('{"path": "PAGE", "url": 3}', 'line 2: "url" must be a string'),
    ],
)
def test_a_bad_batch_line_is_bad_usage_before_any_output(tmp_path, data_dir, line, message):
    _, page = gbk_sample()
    batch = tmp_path / "pages.jsonl"
    first = json.dumps({"path": str(page)})
    batch.write_text(
        first + "\n" + line.replace("PAGE", str(page).replace("\\", "/")) + "\n", encoding="utf-8"
    )
    result = invoke("--batch", str(batch), "--stages", "extract")
    assert result.exit_code == 2 and message in result.output
    assert "{" not in result.output.split("Error")[0]  # nothing was printed before the error


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--stages", "extract,nosuch"], "unknown stage(s): nosuch"),
        (["--batch", "LIST"], "either PAGE or --batch"),
        ([], None),
    ],
)
def test_bad_stage_names_and_page_with_batch_are_bad_usage(tmp_path, data_dir, args, message):
    _, page = gbk_sample()
    batch = tmp_path / "pages.jsonl"
    batch.write_text(json.dumps({"path": str(page)}) + "\n", encoding="utf-8")
    if not args:  # neither PAGE nor --batch
        result = invoke()
        message = "either PAGE or --batch"
    else:
        result = invoke(str(page), *[str(batch) if a == "LIST" else a for a in args])
    assert result.exit_code == 2 and message in result.output


def test_help_names_every_stage():
    help_text = " ".join(invoke("--help").output.split())
    for name in STAGE_NAMES:
        assert name in help_text
