"""Fixture articles through the contract other tools rely on: ``wirearchive extract --batch`` in one process, as a
user runs it (bench/dates_articles.py scores their dates, bench/credit_articles.py their credits)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

CLI = Path(sys.executable).with_name("wirearchive")


def load_articles(path: Path) -> list[dict[str, Any]]:
    """The ``[[article]]`` tables of a fixture file: ``file`` (beside it), and ``published`` where given."""
    return list(tomllib.loads(path.read_text(encoding="utf-8"))["article"])


def extract_batch(articles: list[dict[str, Any]], base: Path, stages: str) -> list[dict[str, Any]]:
    """The records ``wirearchive extract --batch`` prints for the articles (files under ``base``), in order."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        rows = [
            {"path": str(base / a["file"]), **({"published": a["published"]} if "published" in a else {})}
            for a in articles
        ]
        batch.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        env = {**os.environ, "WIREARCHIVE_DATA": os.environ.get("WIREARCHIVE_DATA", str(Path(tmp) / "data"))}
        cmd = [str(CLI), "extract", "--batch", str(batch), "--stages", stages, "--no-translate"]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]
