"""Credit shapes the seventh English blind set (credits_en7) showed missed, each family with lines written anew
(invented names and outlets) and the guards that keep its neighbours out: a role in lower case between "By" and the
name ("By political reporter X"); a dateline's place in capitals glued after the name ("By X LAGOS, March 3 (… )
—"), and a lead's agency behind a pool's prefix ("(KNN-BERNAMA)"); the place a wire's writer files from after the
agency in a header line ("X, Agence France-Presse, Port Dunmore"); a signature opened by a dash after the last
sentence ("… reopen.” — X"); a piece's genre before "by" ("Article By X", "A Special Report by X"); a page's own
sentence crediting its writer ("This article was written by X and first published in …")."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.extract.authors import apply_people
from pipeline.text.bylines_en import (
    author_note_reporters,
    closing_signature,
    english_byline,
    lead_byline_en,
)

FILLER = "The harbour reopened on Monday after a week of repairs, officials said."


def closing(paragraph: str) -> list[str]:
    record = Article(lang="en")
    apply_people(record, [FILLER, paragraph], [], "en")
    return record.authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By political reporter Ivo Brandt", ["Ivo Brandt"]),
        ("By Dunmore reporter Mara Quell", ["Mara Quell"]),
        ("By senior business correspondent Lena Voss", ["Lena Voss"]),
        ("By Senior Writer Ivo Brandt", ["Ivo Brandt"]),  # as before
    ],
)
def test_a_role_in_lower_case_before_the_name_is_no_part_of_it(line: str, names: list[str]) -> None:
    assert english_byline(line) == names


@pytest.mark.parametrize("line", ["By a staff reporter", "By our political reporter", "By reporter"])
def test_a_role_without_a_name_names_nobody(line: str) -> None:
    assert english_byline(line) is None


def test_a_dateline_in_capitals_after_the_name_ends_it() -> None:
    assert english_byline("By Mara Quell LAGOS, March 3") == ["Mara Quell"]
    assert english_byline("By Mara Quell and Ivo Brandt PORT DUNMORE, Sept. 14") == [
        "Mara Quell",
        "Ivo Brandt",
    ]
    assert english_byline("By Mara Quell, March 3") == ["Mara Quell"]  # as before


def test_a_lead_byline_with_the_agency_behind_a_pool_prefix() -> None:
    lead = (
        "By Mara Quell LAGOS, March 3 (KNN-BERNAMA) — The harbour authority said on Tuesday it would reopen the "
        "eastern terminal next month after repairs to the quay walls and the cranes were finished ahead of time."
    )
    assert lead_byline_en(lead) == ["Mara Quell"]
    assert lead_byline_en("By Mara Quell (AAP) — The harbour reopened on Monday.") == ["Mara Quell"]
    # an unknown agency in the bracket stays no lead byline
    assert lead_byline_en("By Mara Quell (KNN-Harbour Courier) — The harbour reopened on Monday.") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ivo Brandt, Agence France-Presse, Port Dunmore", ["Ivo Brandt"]),
        ("Mara Quell, Reuters, Lagos", ["Mara Quell"]),
        ("Ivo Brandt, Associated Press writer", ["Ivo Brandt"]),  # as before
    ],
)
def test_a_header_line_may_end_with_the_place_the_agency_files_from(line: str, names: list[str]) -> None:
    assert english_byline(line, header=True) == names
    assert english_byline(line) is None  # only above the body: in a caption it credits a photographer


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("He said the quay walls would be “ready before the rains.”  — Mara T. Quell", ["Mara T. Quell"]),
        (
            "The terminal reopens in May, the authority said. – Ivo Brandt and Lena Voss",
            ["Ivo Brandt", "Lena Voss"],
        ),
        ("The terminal reopens in May, the authority said. — Reuters", []),
        ("The terminal reopens in May, the authority said. — KXN", []),
        ("The terminal reopens in May, the authority said. — with reports from the wires", []),
    ],
)
def test_a_signature_opened_by_a_dash(paragraph: str, names: list[str]) -> None:
    assert closing_signature(paragraph) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Article By Ivo Brandt and Mara Quell, Reuters", ["Ivo Brandt", "Mara Quell"]),
        ("A Special Report by Ivo Brandt (English Translation by Lena Voss)", ["Ivo Brandt"]),
        ("Feature by Mara Quell", ["Mara Quell"]),
        ("Column by Lena Voss | Harbour Courier", ["Lena Voss"]),
    ],
)
def test_a_genre_before_by(line: str, names: list[str]) -> None:
    assert english_byline(line) == names


@pytest.mark.parametrize(
    "line",
    ["Article by article, the harbour code was rewritten", "Feature by feature, it is the better phone"],
)
def test_a_genre_word_in_a_sentence_names_nobody(line: str) -> None:
    assert english_byline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (
            "This article was written by Ivo Brandt and first published in the Harbour Courier.",
            ["Ivo Brandt"],
        ),
        ("This story was authored by Mara T. Quell and Lena Voss.", ["Mara T. Quell", "Lena Voss"]),
        (
            "This article was authored by Ivo Brandt and published in print on the Courier. Click here to read it.",
            ["Ivo Brandt"],
        ),
        ("This article was edited by Ivo Brandt.", []),
        ("This article was updated by the Harbour Courier on Monday.", []),
        ("The story was written by hand in 1921, the museum said.", []),
    ],
)
def test_a_sentence_crediting_the_writer(paragraph: str, names: list[str]) -> None:
    assert author_note_reporters(paragraph) == names
    assert closing(paragraph) == names
