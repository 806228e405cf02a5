"""An initial before a given name opens the name when the CRF leaves it out (en_crf.with_first_name). Invented
names."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(text: str) -> list[list[str]]:
    return [p.forms for p in find_people(Article(lang="en", is_text=True, paragraphs=[text])).people]


def test_a_leading_initial_is_part_of_the_name() -> None:
    # the CRF reads "Andrew Keal" alone here
    assert _forms("Texas banker D. Andrew Keal said the fund lost money.") == [["D. Andrew Keal"]]
    assert ["J. Robert Oakes"] in _forms("The warden and J. Robert Oakes spoke on Monday.")


def test_an_initial_after_a_capitalised_word_is_not_taken() -> None:
    assert ["B. Andrew"] not in _forms("They chose Plan B. Andrew said no.")
