"""People stage, English: the edges of a name (issue 10, the sixteenth English set's misses, docs/people.md "The
edges of an English name"): a title that is also a surname goes only before two more name words ("Pastor Tokunbo
Talabi", not "Pastor Maldonado"); an abbreviation listed only with its dot is a name alone without one ("Sen
quipped"); Dutch and Portuguese particles stay inside a name ("ter Stegen"); a full name before a bare possessive
apostrophe is a person's, not a company's ("Wout Faes' dismissal"); Türkiye is a country.

Invented names; the end-to-end cases fail on main 3c56027."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people
from pipeline.stages.people.name_forms import clean_en_name


def _forms(text: str) -> set[str]:
    people = find_people(Article(paragraphs=[text], lang="en")).people
    return {form for person in people for form in person.forms}


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Pastor Tokunbo Adeyemi", "Tokunbo Adeyemi"),
        ("Oba Rashidi Adewale Ogunleye", "Rashidi Adewale Ogunleye"),
        ("Skipper Rohan Varma", "Rohan Varma"),
        ("Pastor Maldonado", "Pastor Maldonado"),  # a first name: one name word follows
        ("Major Garrett", "Major Garrett"),
        ("Sen", "Sen"),  # without its dot, "Sen" is a name (Amartya Sen)
        ("Sen. Alma Ruiz", "Alma Ruiz"),
        ("Sen Alma Ruiz", "Alma Ruiz"),
        ("Marc-Andre ter Stegen", "Marc-Andre ter Stegen"),
        ("Paulo dos Anjos", "Paulo dos Anjos"),
        ("Türkiye", None),
    ],
)
def test_name_edges(raw: str, name: str | None) -> None:
    assert clean_en_name(raw) == name


def test_a_title_that_is_also_a_surname_goes_before_a_full_name_in_a_list() -> None:
    text = (
        "The guests included Alhaja Salmot Badru, former Deputy Governor; Pastor Tokunbo Adeyemi, Secretary to "
        "the State Government; and the speaker of the assembly."
    )
    assert "Tokunbo Adeyemi" in _forms(text)


def test_a_full_name_before_a_bare_possessive_apostrophe_is_a_person() -> None:
    text = (
        "The sliding Foxes, who ended with 10 men following Wout Claes' late dismissal for a second booking, "
        "now sit one point above the drop."
    )
    assert "Wout Claes" in _forms(text)


def test_a_one_word_company_before_a_bare_possessive_apostrophe_stays_no_person() -> None:
    text = "Shoppers crowded Walgreens' stores on Monday as the chain cut prices, the company said."
    assert "Walgreens" not in _forms(text)
