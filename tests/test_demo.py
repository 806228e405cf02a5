"""`make demo` (python -m samples.demo): the sample sites crawled, processed, and a short summary on the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import sqlite_utils
from helpers import ROOT

pytestmark = pytest.mark.e2e
EXPECTED = json.loads((ROOT / "samples" / "expected.json").read_text(encoding="utf-8"))


def test_the_demo_builds_the_archive_and_keeps_scrapy_in_the_log_file(tmp_path):
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "samples.demo", "--no-serve"],
        cwd=ROOT,
        env=dict(os.environ, WIREARCHIVE_DATA=str(data)),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert sqlite_utils.Database(data / "wirearchive.db")["articles"].count == len(EXPECTED)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1/3 sample sites served at http://127.0.0.1:")
    assert any(line.startswith("3/3 processing") for line in lines)
    assert len(lines) < 40  # a summary: the steps, one line per source, the table, the pages with errors
    terminal = result.stdout + result.stderr
    log = (data / "logs" / "demo.log").read_text(encoding="utf-8")
    for scrapy_dump in ("Overridden settings", "Dumping Scrapy stats"):
        assert scrapy_dump not in terminal and scrapy_dump in log
