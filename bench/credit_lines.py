"""Credit lines of one block of tests/fixtures/bylines/lines.toml (or of an external file of the same format),
scored strictly (issue 10): a Chinese line is right when ``read_credits_zh(line)`` gives exactly the expected
reporters, photographers and editors (also where none is expected; a line marked ``credit = false`` must give
no credit), an English one when ``english_byline(line)`` (``reporting_by(line)`` for ``reader = "reporting_by"``)
gives exactly the expected reporters; an English line with ``reader = "lead"`` / ``"closing"`` is the first / last
paragraph of a two-paragraph article read by ``apply_people``, ``"meta"`` a page's author metadata value
(``meta_authors``), ``"header"`` a header line, ``"caption"`` a photo credit read as a line. A Chinese line is read by
its ``reader`` too, through the extractor's own readers: ``"lead"`` is the opening of a lead paragraph (a dateline or
讯 and its credit, then the story), read as the extractor reads a page's first paragraph (``apply_people`` on a
one-paragraph article) and scored on its reporters only; ``"closing"`` is the last paragraph of an article (a closing
credit, a sign-off after the last sentence), read by ``apply_people`` after body paragraphs that name nobody and
scored on reporters and photographers; ``"caption"`` is a photo caption, read by ``photographers_from`` and scored on
photographers only; ``"line"`` (the default) is a credit line standing alone, read whole by ``read_credits_zh``.

``python -m bench.credit_lines [block] [--file PATH]``: the block starts at a comment line ``# ---… <block>`` of
the file (default: lines.toml and "round 3"; with ``--file`` and no block, the whole file). Besides the lines
read exactly, it prints each role's figure (lines that name the role read exactly, names given on lines that
name nobody in that role) and every miss.
"""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path
from typing import Any

from pipeline.record import Article
from pipeline.stages.extract.authors import apply_people, meta_authors
from pipeline.stages.extract.credits import TOP_PARAGRAPHS, photographers_from
from pipeline.text.bylines import EDITOR, PHOTOGRAPHER, REPORTER, read_credits_zh
from pipeline.text.bylines_en import english_byline, reporting_by
from pipeline.text.sentences import split_at_indents

LINES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "bylines" / "lines.toml"
ROLES = (REPORTER, PHOTOGRAPHER, EDITOR)
Got = dict[str, list[str]]


def load_block(name: str | None, path: Path = LINES) -> dict[str, list[dict[str, Any]]]:
    """The cases of block ``name`` of ``path``; the whole file when ``name`` is None."""
    text = path.read_text(encoding="utf-8")
    if name is None:
        return tomllib.loads(text)
    heads = list(re.finditer(r"^# -{8,}\s*(.+?)\s*$", text, re.M))
    for i, head in enumerate(heads):
        if head.group(1) == name:
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            return tomllib.loads(text[head.start() : end])
    raise SystemExit(f"no block {name!r} in {path}")


def lead_reporters(text: str) -> list[str]:
    """The reporters the extractor reads from ``text`` as the first paragraph of a Chinese page (the paragraphs it
    holds when it runs them together at their indents: the extractor splits there)."""
    record = Article(lang="zh")
    apply_people(record, split_at_indents(text), [], "zh")
    return record.authors


# body paragraphs that name nobody, before a Chinese line read as a closing paragraph: as many as keep the line out
# of the first paragraphs, where a byline line is looked for
FILLER_ZH = ["长河大桥周一恢复通行，此前桥面维修了一周。"] * TOP_PARAGRAPHS


def closing_people(text: str) -> tuple[list[str], list[str]]:
    """The reporters and photographers the extractor reads from a Chinese page whose last paragraph is ``text``."""
    record = Article(lang="zh")
    apply_people(record, [*FILLER_ZH, *split_at_indents(text)], [], "zh")
    return record.authors, record.photographers


def zh_roles(case: dict[str, Any]) -> tuple[Got, Got]:
    """What the line's reader gives and what the case expects, per role the reader scores (a lead: reporters; a
    closing paragraph: reporters and photographers; a caption: photographers; a line: every role)."""
    reader, text, photographers = case.get("reader", "line"), case["text"], case.get("photographers", [])
    if reader == "lead":
        return {REPORTER: lead_reporters(text)}, {REPORTER: case["reporters"]}
    if reader == "closing":
        authors, photos = closing_people(text)
        got = {REPORTER: authors, PHOTOGRAPHER: photos}
        return got, {REPORTER: case["reporters"], PHOTOGRAPHER: photographers}
    if reader == "caption":
        return {PHOTOGRAPHER: photographers_from([text])}, {PHOTOGRAPHER: photographers}
    if reader != "line":
        raise SystemExit(f"unknown reader {reader!r} of a Chinese line: {text}")
    run = read_credits_zh(text)
    got = {role: run.names(role) if run else [] for role in ROLES}
    want = {
        REPORTER: case["reporters"],
        PHOTOGRAPHER: photographers,
        EDITOR: case.get("editors", []),
    }
    return got, want


def zh_line_right(case: dict[str, Any]) -> tuple[bool, str]:
    got, want = zh_roles(case)
    if case.get("credit") is False:
        return not any(got.values()), str(got)
    return got == want, str(got)


# a body paragraph that names nobody, beside an English line read as a lead or a closing paragraph
FILLER_EN = "The harbour reopened on Monday after a week of repairs, officials said."


def page_reporters_en(paragraphs: list[str]) -> list[str]:
    """The reporters the extractor reads from an English article of ``paragraphs`` (no markup, no metadata)."""
    record = Article(lang="en")
    apply_people(record, list(paragraphs), [], "en")
    return record.authors


def en_reporters(case: dict[str, Any]) -> list[str]:
    """The reporters read from an English line as the extractor meets it (``reader``): a byline line (default),
    a ``header`` line, a ``lead`` or ``closing`` paragraph of an article, a ``meta`` author value, a ``caption``
    line, or the ``reporting_by`` credit."""
    text, reader = case["text"], case.get("reader", "line")
    if reader == "reporting_by":
        return reporting_by(text)
    if reader == "lead":
        return page_reporters_en([text, FILLER_EN])
    if reader == "closing":
        return page_reporters_en([FILLER_EN, text])
    if reader == "meta":
        return meta_authors({"author": text}, [])
    header = case.get("header", False) or reader == "header"
    return english_byline(text, header=header) or []


def en_line_right(case: dict[str, Any]) -> tuple[bool, str]:
    got = en_reporters(case)
    return got == case["reporters"], str(got)


def role_figures(cases: list[dict[str, Any]]) -> list[str]:
    """Per role: lines whose expectation names the role and how many give exactly those names; lines that name
    nobody in the role (and are read in it) and how many give a name there anyway."""
    out = []
    for role in ROLES:
        named = right = empty = wrong = 0
        for case in cases:
            got, want = zh_roles(case)
            if role not in want:
                continue
            if want[role]:
                named += 1
                right += got[role] == want[role]
            else:
                empty += 1
                wrong += bool(got[role])
        out.append(
            f"   {role}: {right}/{named} lines naming one read exactly; names given on {wrong}/{empty} naming none"
        )
    return out


def reader_figures(results: list[tuple[dict[str, Any], bool, str]]) -> list[str]:
    """English lines per reader: read exactly, of those naming a reporter and of those naming none."""
    out = []
    for reader in sorted({case.get("reader", "line") for case, _, _ in results}):
        mine = [(case, ok) for case, ok, _ in results if case.get("reader", "line") == reader]
        named = [ok for case, ok in mine if case["reporters"]]
        empty = [ok for case, ok in mine if not case["reporters"]]
        out.append(
            f"   {reader}: {sum(ok for _, ok in mine)}/{len(mine)} (naming a reporter {sum(named)}/{len(named)},"
            f" naming none {sum(empty)}/{len(empty)})"
        )
    return out


def zh_reader_figures(results: list[tuple[dict[str, Any], bool, str]]) -> list[str]:
    """Chinese lines per reader: read exactly, and the reporters figure of the readers that score reporters."""
    out = []
    for reader in sorted({case.get("reader", "line") for case, _, _ in results}):
        mine = [(case, ok) for case, ok, _ in results if case.get("reader", "line") == reader]
        line = f"   reader {reader}: {sum(ok for _, ok in mine)}/{len(mine)} read exactly"
        if reader != "caption":
            named = [zh_roles(case) for case, _ in mine if case["reporters"]]
            line += f"; reporters on lines naming one {sum(g[REPORTER] == w[REPORTER] for g, w in named)}/{len(named)}"
        out.append(line)
    return out


def main(name: str | None, path: Path = LINES) -> None:
    block = load_block(name, path)
    label = name or path.name
    for lang, judge in (("zh", zh_line_right), ("en", en_line_right)):
        cases = block.get(lang, [])
        if not cases:
            continue
        results = [(case, *judge(case)) for case in cases]
        right = sum(ok for _, ok, _ in results)
        print(f"{label} {lang}: {right}/{len(cases)} lines read exactly")
        if lang == "zh":
            print("\n".join(role_figures(cases)))
            if any("reader" in case for case in cases):
                print("\n".join(zh_reader_figures(results)))
        else:
            print("\n".join(reader_figures(results)))
        for case, ok, got in results:
            if not ok:
                print(f"   {case['text']}: got {got}")


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "block", nargs="?", help='a block of the file ("round 5"); default: "round 3" of lines.toml'
    )
    parser.add_argument(
        "--file", type=Path, help="an external file of lines.toml's format (read whole by default)"
    )
    args = parser.parse_args()
    if args.file:
        main(args.block, args.file)
    else:
        main(args.block or "round 3")


if __name__ == "__main__":
    cli()
