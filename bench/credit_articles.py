"""Credits in whole short articles (issue 10, round 5): tests/fixtures/bylines/round5_articles.toml lists .txt and
.html articles with a credit line at the top or the bottom. They are run through the contract, ``wirearchive
extract --batch FILE --stages extract`` (one process, as a user runs it), and an article is right on `authors` when
the record's authors are exactly the expected ones, on `editor` when its editor is the expected one (``""``: null).
``python -m bench.credit_articles [file.toml ...]`` (default: the round-5 set).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

BYLINES_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "bylines"
ROUND5_ARTICLES = BYLINES_DIR / "round5_articles.toml"
CLI = Path(sys.executable).with_name("wirearchive")


def load_articles(path: Path = ROUND5_ARTICLES) -> list[dict[str, Any]]:
    return list(tomllib.loads(path.read_text(encoding="utf-8"))["article"])


def extract_records(articles: list[dict[str, Any]], base: Path) -> list[dict[str, Any]]:
    """The records `wirearchive extract --batch` prints for the articles, in order."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text(
            "".join(json.dumps({"path": str(base / a["file"])}) + "\n" for a in articles), "utf-8"
        )
        env = {**os.environ, "WIREARCHIVE_DATA": os.environ.get("WIREARCHIVE_DATA", str(Path(tmp) / "data"))}
        cmd = [str(CLI), "extract", "--batch", str(batch), "--stages", "extract", "--no-translate"]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def score(path: Path = ROUND5_ARTICLES) -> tuple[int, int, int, list[str]]:
    """(articles, authors right, editor right, misses)."""
    articles = load_articles(path)
    records = extract_records(articles, path.parent)
    authors_right = editor_right = 0
    misses = []
    for article, record in zip(articles, records, strict=True):
        name = Path(article["file"]).name
        if record.get("authors", []) == article["authors"]:
            authors_right += 1
        else:
            misses.append(f"{name}: authors {record.get('authors')} (want {article['authors']})")
        if (record.get("editor") or "") == article["editor"]:
            editor_right += 1
        else:
            misses.append(f"{name}: editor {record.get('editor')!r} (want {article['editor']!r})")
    return len(articles), authors_right, editor_right, misses


def main(paths: tuple[Path, ...]) -> None:
    for path in paths:
        total, authors_right, editor_right, misses = score(path)
        print(f"{path.name} (through `wirearchive extract --batch`): {total} articles")
        print(f"   authors exactly right {authors_right}/{total}, editor right {editor_right}/{total}")
        for miss in misses:
            print(f"   {miss}")


if __name__ == "__main__":
    main(tuple(Path(a) for a in sys.argv[1:]) or (ROUND5_ARTICLES,))
