"""English credit shapes found in real public lines (issue 10, docs/benchmarks.md "English credit lines found in
public code"): every line here is written anew, with invented names, places and outlets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.record import Article
from pipeline.stages.extract.authors import apply_people
from pipeline.text.bylines_en import english_byline, is_person_en, reporting_by, signoff_reporters

FILLER = "The ferry resumed its winter timetable on Monday, the operator said."


def _closing(paragraph: str) -> list[str]:
    """The reporters the extractor reads from an English article whose last paragraph is ``paragraph``."""
    record = Article(lang="en")
    apply_people(record, [FILLER, paragraph], [], "en")
    return record.authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a wire credit whose clauses lost their separators (scraped text): the next clause label ends the names
        ("Reporting by Tova Brennick Editing by Olin Marsh", ["Tova Brennick"]),
        (
            "Reporting by Tova Brennick and Ilse Varga Writing by Olin Marsh Editing by Rue Dalton",
            ["Tova Brennick", "Ilse Varga"],
        ),
        (
            "Reporting by Tova BrennickAdditional reporting by Ilse VargaEditing by Olin Marsh, Rue Dalton",
            ["Tova Brennick"],
        ),
    ],
)
def test_credit_clause_label_ends_the_reporters(line: str, names: list[str]) -> None:
    assert english_byline(line) == names
    assert reporting_by(line) == names
    assert _closing(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("TOVA BRENNICK, Associated Press writer", ["TOVA BRENNICK"]),
        ("Tova Brennick, AP Business Writer", ["Tova Brennick"]),
        ("Tova Brennick / Reuters", ["Tova Brennick"]),
    ],
)
def test_header_line_of_a_name_and_an_agency_role(line: str, names: list[str]) -> None:
    assert english_byline(line, header=True) == names
    assert english_byline(line) is None  # outside the header: a caption's credit shape


def test_a_title_before_a_name_is_not_part_of_it() -> None:
    line = "By Senior Harbour Correspondent Tova Brennick, Ilse Varga and Olin Marsh, KXN"
    assert english_byline(line) == ["Tova Brennick", "Ilse Varga", "Olin Marsh"]
    assert english_byline("By Staff Writer Tova Brennick") == ["Tova Brennick"]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (
            "KXN's Tova Brennick reported from Valmora. KXN's Ilse Varga wrote from Dunmere. KXN's Olin Marsh and "
            "Rue Dalton contributed to this report.",
            ["Tova Brennick", "Ilse Varga"],
        ),
        (
            "Tova Brennick reported from Valmora and Ilse Varga from Dunmere, while Olin Marsh wrote from Port Ashby.",
            ["Tova Brennick", "Ilse Varga", "Olin Marsh"],
        ),
        (
            "Tova Brennick reported from Valmora; Additional reporting by Ilse Varga in Dunmere; Editing by Olin Marsh",
            ["Tova Brennick"],
        ),
        # contributors are not reporters, even with their own places
        (
            "Tova Brennick reported from Valmora, and Ilse Varga from Dunmere. Olin Marsh contributed reporting from "
            "Valmora, and Rue Dalton and Pim Ostrow from Dunmere.",
            ["Tova Brennick", "Ilse Varga"],
        ),
        # a surname alone refers to the byline; names of contributors only
        ("Brennick reported from Valmora. KXN writer Ilse Varga in Dunmere contributed to this report.", []),
        ("Brennick and Varga reported from Valmora.", []),
        # prose is no sign-off: every clause must be a credit
        ("Tova Brennick reported from Valmora that the ferry was late. Ilse Varga said nothing.", []),
        ("The ministry reported from Valmora that the ferry was late.", []),
    ],
)
def test_signoff_reporters(paragraph: str, names: list[str]) -> None:
    assert signoff_reporters(paragraph) == names
    assert _closing(paragraph) == names


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


@pytest.mark.parametrize("name", ["A D", "J. K", "É. Q.", "F. Q."])
def test_initials_alone_are_no_person(name: str) -> None:
    # letters with or without a full stop sign for a desk or hide a name; a later pattern of dotted capitals only
    # (lead_byline_place's) once shadowed this one under the same module name and let "A D" through
    assert not is_person_en(name)


def test_an_initial_and_a_surname_are_a_person() -> None:
    assert is_person_en("A. Doe")
