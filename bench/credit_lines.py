"""Credit lines of one block of tests/fixtures/bylines/lines.toml, scored strictly (issue 10): a Chinese line is
right when ``read_credits_zh(line)`` gives exactly the expected reporters, photographers and editors (also
where none is expected; a line marked ``credit = false`` must give no credit), an English one when
``english_byline(line)`` (``reporting_by(line)`` for ``reader = "reporting_by"``) gives exactly the expected
reporters. ``python -m bench.credit_lines [block]``: the block starts at a comment line ``# ---… <block>`` of
the file (default "round 3") and runs to the next such line or the end.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from pipeline.text.bylines import EDITOR, PHOTOGRAPHER, REPORTER, read_credits_zh
from pipeline.text.bylines_en import english_byline, reporting_by

LINES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "bylines" / "lines.toml"


def load_block(name: str, path: Path = LINES) -> dict[str, list[dict[str, Any]]]:
    text = path.read_text(encoding="utf-8")
    heads = list(re.finditer(r"^# -{8,}\s*(.+?)\s*$", text, re.M))
    for i, head in enumerate(heads):
        if head.group(1) == name:
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            return tomllib.loads(text[head.start() : end])
    raise SystemExit(f"no block {name!r} in {path}")


def zh_line_right(case: dict[str, Any]) -> tuple[bool, str]:
    run = read_credits_zh(case["text"])
    got = {role: run.names(role) if run else [] for role in (REPORTER, PHOTOGRAPHER, EDITOR)}
    if case.get("credit") is False:
        return not any(got.values()), str(got)
    want = {
        REPORTER: case["reporters"],
        PHOTOGRAPHER: case.get("photographers", []),
        EDITOR: case.get("editors", []),
    }
    return got == want, str(got)


def en_line_right(case: dict[str, Any]) -> tuple[bool, str]:
    if case.get("reader") == "reporting_by":
        got = reporting_by(case["text"])
    else:
        got = english_byline(case["text"], header=case.get("header", False)) or []
    return got == case["reporters"], str(got)


def main(name: str) -> None:
    block = load_block(name)
    for lang, judge in (("zh", zh_line_right), ("en", en_line_right)):
        cases = block.get(lang, [])
        results = [(case, *judge(case)) for case in cases]
        right = sum(ok for _, ok, _ in results)
        print(f"{name} {lang}: {right}/{len(cases)} lines read exactly")
        for case, ok, got in results:
            if not ok:
                print(f"   {case['text']}: got {got}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "round 3")
