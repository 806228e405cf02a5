"""English credit lines: the bench reader of real lines (issue 10, docs/benchmarks.md "English credit lines found in
public code"); every line here is written anew, with invented names, places and outlets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def test_credit_lines_bench_reads_english_lines_as_the_extractor_meets_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m bench.credit_lines --file PATH`: an English line is read by its ``reader`` (a lead or closing
    paragraph of an article, an author metadata value, a header line, a caption) and scored per reader."""
    from bench.credit_lines import main

    lines = tmp_path / "lines.toml"
    cases = [
        (
            "VALMORA (Reuters) - Tova Brennick, the ferry operator, said on Monday the route would reopen.",
            [],
            "lead",
        ),
        ("(Reporting by Tova Brennick; Editing by Olin Marsh)", ["Tova Brennick"], "closing"),
        ("TOVA BRENNICK AP technology writer", ["TOVA BRENNICK"], "meta"),
        ("Tova Brennick / Reuters", ["Tova Brennick"], "header"),
        ("A ferry leaves Valmora on Monday. (KXN Photo/Tova Brennick)", [], "caption"),
        (
            "Olin Marsh contributed to this report.",
            ["Olin Marsh"],
            "closing",
        ),  # a wrong expectation: one miss
    ]
    lines.write_text(
        "".join(
            f"[[en]]\ntext = {json.dumps(t)}\nreporters = {json.dumps(r)}\nreader = {json.dumps(k)}\n\n"
            for t, r, k in cases
        ),
        encoding="utf-8",
    )
    main(None, lines)
    out = capsys.readouterr().out
    assert "lines.toml en: 5/6 lines read exactly" in out
    assert "closing: 1/2 (naming a reporter 1/2, naming none 0/0)" in out
    assert "meta: 1/1 (naming a reporter 1/1, naming none 0/0)" in out
    assert "Olin Marsh contributed to this report.: got []" in out
