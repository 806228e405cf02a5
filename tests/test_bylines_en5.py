"""Credit shapes the fifth English blind set showed missed (issue 10; docs/benchmarks.md "Eleventh Chinese and fifth
English credit sets"), each family with lines written anew (invented names, places and mail addresses) and the guards
that keep its neighbours out: a wire's closing contact block ("To contact the reporter on this story: X in CITY at
MAIL", several reporters, glued to the editors' line after it); a correspondent's credit opening with "from our …"
(dal nostro inviato, de nuestro enviado especial, de notre envoyée spéciale, von unserem Korrespondenten); an archive's
author field of a date, "By X" and the writer's title set apart by bars."""

from __future__ import annotations

import pytest

from bench.credit_lines import page_reporters_en
from pipeline.stages.extract.authors import meta_authors
from pipeline.text.bylines_en import english_byline

FILLER = "The harbour reopened on Monday after a week of repairs, officials said."


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        (
            "To contact the reporter on this story: Mirela Dobson in Lisbon at mdobson3@example.net",
            ["Mirela Dobson"],
        ),
        (
            "To contact the reporters on this story: Tomas Ekwall in Oslo at  tekwall@example.net; Priya Venn in"
            " Mumbai at  pvenn2@example.net",
            ["Tomas Ekwall", "Priya Venn"],
        ),
        (
            "To contact the reporters on this story: Hal Brandt and Ines Okafor.",
            ["Hal Brandt", "Ines Okafor"],
        ),
        (
            "--With assistance from Rui Sato.To contact the reporter on this story: Dana Whitlock in Cape Town at"
            " dwhitlock@example.netTo contact the editors responsible for this story: Olga Frey at ofrey@example.net,"
            " Ben ColeFor more articles like this, please visit us at example.net",
            ["Dana Whitlock"],
        ),
        (
            "To contact the reporter on this story: Keiko Marsh in  New Delhi  at  kmarsh@example.net   To contact"
            " the editor responsible for this story: Ivo Lang at  ilang@example.net",
            ["Keiko Marsh"],
        ),
        (
            "To contact the reporter on this story: Lena van Dijk in Brussels at lvandijk@example.net .",
            ["Lena van Dijk"],
        ),
        (
            "The plant will reopen in May, the company said. To contact the reporter on this story: Ravi Colton in"
            " Houston at rcolton@example.net",
            ["Ravi Colton"],
        ),
        # guards: the editors' line alone; contributors only; no colon after the opener
        ("To contact the editors responsible for this story: Olga Frey at ofrey@example.net, Ben Cole", []),
        ("--With assistance from Rui Sato and Mia Holt.", []),
        ("To contact the reporter on this story, call the newsroom.", []),
    ],
)
def test_contact_block_closing_a_story(closing: str, reporters: list[str]) -> None:
    assert page_reporters_en([FILLER, closing]) == reporters


def test_contact_block_reader_alone() -> None:
    from pipeline.text.credit_contact import (
        contact_reporters,
    )  # (here: the module is new, the others run before it)

    assert contact_reporters(
        "To contact the writer of this article: Ada Quist in Leeds at aquist@example.org"
    ) == ["Ada Quist"]
    assert contact_reporters("Please contact the reporter for details.") == []


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("dal nostro inviato Marco Bellini", ["Marco Bellini"]),
        ("dal nostro inviato G. Ferraro", ["G. Ferraro"]),
        ("dal nostro corrispondente Elena Gatti", ["Elena Gatti"]),
        ("dalla nostra inviata Sara Conti a Kiev", ["Sara Conti"]),
        ("DAL NOSTRO CORRISPONDENTE Luca Ferri", ["Luca Ferri"]),
        ("De nuestro enviado especial Pablo Ruiz en Doha", ["Pablo Ruiz"]),
        ("de nuestra corresponsal Lucía Serrano", ["Lucía Serrano"]),
        ("de notre envoyée spéciale Claire Dubois à Kiev", ["Claire Dubois"]),
        ("From our correspondent Jane Holloway", ["Jane Holloway"]),
        # a neighbour read before too: "Von" opens a byline on its own
        ("Von unserem Korrespondenten Max Roe", ["Max Roe"]),
        # guards: no name after the role; a sentence; "dal" with no correspondent's role
        ("dal nostro inviato", []),
        ("dal nostro inviato speciale a Kiev", []),
        ("Dal 2019 la città ha cambiato volto", []),
        ("dal Governo Italiano", []),
    ],
)
def test_from_our_correspondent(line: str, reporters: list[str]) -> None:
    assert (english_byline(line) or []) == reporters


@pytest.mark.parametrize(
    ("value", "reporters"),
    [
        ("November 25, 2011|By Nora Whitfield | Tribune reporter", ["Nora Whitfield"]),
        ("March 3, 2014|By Colin Ashby and Mae Dunbar | Tribune reporters", ["Colin Ashby", "Mae Dunbar"]),
        ("2012-06-01 | By Ruth Calder | Staff writer", ["Ruth Calder"]),
        ("June 9, 2010|By Omar Haddad, Special to the Tribune", ["Omar Haddad"]),
        ("April 14, 2013 | By Greta Lind", ["Greta Lind"]),
        # guards: a date and a desk; a date and a title only
        ("November 25, 2011|By Tribune staff | Tribune", []),
        ("November 25, 2011|Business | Tribune", []),
    ],
)
def test_dated_author_field(value: str, reporters: list[str]) -> None:
    assert meta_authors({"author": value}, []) == reporters
