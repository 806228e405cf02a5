"""A wire credit line's names come before the English CRF's spans (en_names ``_credit_line_persons``): the line's
grammar knows where a name ends, where the CRF may take a part of one. Invented names."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.people import find_people


def _people(paragraphs: list[str]) -> list[tuple[list[str], str]]:
    record = find_people(Article(lang="en", is_text=True, paragraphs=paragraphs))
    return [(p.forms, p.kind) for p in record.people]


def test_a_reporter_whose_name_ends_in_initials_is_the_whole_name() -> None:
    people = _people(["Shares rose on Monday.", "(Reporting by Anvar KT; Editing by Maria Solis)"])
    assert (["Anvar KT"], "reporter") in people
    assert (["Maria Solis"], "editor") in people
    assert not any(forms == ["Anvar"] for forms, _kind in people)


def test_credit_lines_still_give_every_reporter() -> None:
    people = _people(
        ["Prices fell.", "Reporting by Tomasz Janowski and Rajesh Kumar Singh; editing by Kim Coghill"]
    )
    assert [forms for forms, kind in people if kind == "reporter"] == [
        ["Tomasz Janowski"],
        ["Rajesh Kumar Singh"],
    ]
