"""People stage, English: general fixes for modern news (issue 10, the second blind page set of
bench/people_pages.py). Hand-written texts in the shapes those pages showed; no name of those pages is used."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.en_crf import sentence_cuts, tokenize


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang="en")).people


def _forms(people: list[Person]) -> set[str]:
    return {f for p in people for f in p.forms}


def _sentences(text: str) -> list[list[str]]:
    toks = [text[s:e] for s, e in tokenize(text)]
    return [toks[a:b] for a, b in sentence_cuts(toks)]


def test_sentences_end_at_a_lone_stop_before_a_capital_or_a_quote() -> None:
    text = 'Ottawa beat Detroit. Mr. Smith of the U.S. team said: "Good." “Next one.” Then he left'
    assert [" ".join(s) for s in _sentences(text)] == [
        "Ottawa beat Detroit .",
        'Mr. Smith of the U.S. team said : " Good . "',
        "“ Next one . ”",
        "Then he left",
    ]
    assert _sentences("") == []


def test_a_name_opening_a_sentence_inside_a_paragraph_keeps_its_given_name() -> None:
    # the CRF learnt one sentence at a time: mid-paragraph, the given name lost its sentence start and
    # was cut off ("Eriksson" alone)
    people = _people(
        [
            "Tom Hale also scored for Boston. Lars Eriksson made 28 saves, including 12 in the third period.",
            "Kyle Novak also scored for Ottawa. Anders Nilsen made 35 saves, including 15 in the third period.",
        ]
    )
    assert {"Lars Eriksson", "Anders Nilsen"} <= {p.name for p in people}


def test_a_planet_alone_is_no_person() -> None:
    people = _people(
        [
            "The probe will fly past Jupiter and Saturn before it turns back towards Earth, said Maria "
            "Delgado, a planetary scientist.",
            "Mars and Mercury are harder to reach, Delgado added.",
        ]
    )
    assert _forms(people) <= {"Maria Delgado", "Delgado"}
    assert "Maria Delgado" in {p.name for p in people}


def test_a_product_or_team_named_like_a_person_is_no_person() -> None:
    people = _people(
        [
            "The car comes with Android Auto and Google Assistant, said Tom Kessler, a sales director.",
            "Weibo Gaming won the final, and The Hiking Podcast hosted the players on Ruby Drive.",
        ]
    )
    assert {p.name for p in people} == {"Tom Kessler"}


def test_an_underscore_joins_no_words_and_what_it_follows_is_a_label() -> None:
    # a staff list "Role_Name": the role was glued to the name as one token; now the name stands alone and the
    # label before the underscore is not a person
    people = _people(
        [
            "Cast and crew",
            "Choreographer_Maria Kowalski, Director_Tom Breyer, Composer_Ann Lindqvist, Stage Manager_Paul Dunne",
        ]
    )
    assert {p.name for p in people} == {"Maria Kowalski", "Tom Breyer", "Ann Lindqvist", "Paul Dunne"}
    assert _sentences("Director_Tom Breyer") == [["Director", "_", "Tom", "Breyer"]]
