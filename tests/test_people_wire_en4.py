"""People stage, English: general fixes from the fourth English page set of bench/people_pages.py (modern wire
and news bodies; issue 10). Hand-written texts in the shapes that set showed; no name of it is used."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang="en")).people


def _forms(people: list[Person]) -> set[str]:
    return {f for p in people for f in p.forms}


def test_a_lone_name_after_a_role_apposition_stays() -> None:
    # a mononym or a lone surname after "<country / team> <role noun>", which the CRF is unsure of alone
    text = "Norland forward Zarvinho is headed abroad after the club agreed a two-year deal."
    assert "Zarvinho" in _forms(_people([text]))
    text = "Eastport City winger Rodrigao and defender Marek Tovalski joined the injury list on Wednesday."
    assert "Rodrigao" in _forms(_people([text]))
    # only title words between: a company described by other words is still dropped
    text = "Romanian listed state engineer Zentrova almost doubled its output in six months."
    assert "Zentrova" not in _forms(_people([text]))


def test_a_lone_name_that_is_the_subject_of_a_verb_whose_object_is_a_person_stays() -> None:
    # the CRF doubts "Dorran" alone (0.49); it is the subject of "called" whose object is a person it is sure of
    text = (
        "On Feb. 25, Marla Quenby, a senior health official, sounded the alarm. Dorran called Kessler on his way"
        " back and complained that Quenby was scaring the markets."
    )
    forms = _forms(_people([text]))
    assert {"Dorran", "Kessler"} <= forms, forms
    # a company as subject, its object no person: still dropped
    text = "Zentrova acquired Brightwave Labs on Tuesday, valuing the startup at $7.2 billion."
    assert "Zentrova" not in _forms(_people([text]))
