"""People stage, English: shapes of the twenty-first English set (blind set people_unseen_en21, session 13),
tested on invented sentences (none is a sentence of the set):

- a name right after a role phrase, joined by "and" to an organisation that opens the next person's role
  ("Deputy mayor Dara Ostrowska and Green Party spokesman Olek Brant"): the role says the first is a person, so
  the paired-organisation rule ("the Jane R. and Tom L. Doe Foundation", en_contexts.py) does not apply;
- a capitalised qualifier and a title of people.toml ``[roles] en`` that the recogniser took into the name
  ("Veteran Bollywood Actor Anil Mehrotra"): name_forms.py ``title_cut`` cuts the run through its last title;
- initials between an abbreviated title with its dot and a surname ("Prof. R Subrahmanyam"): en_crf.py
  ``with_initials`` read the dotted title as no title and left the initials out;
- a place to eat or drink named like a person ("Kellerstone Inn"): pub, inn, tavern … are organisation words of
  people.toml ``[organisations] words_en``; so are a company's departments ("Head of Business Development").

Every case below gives the wrong answer at main f739dca (the branch point).
"""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(paragraphs: list[str]) -> list[str]:
    people = find_people(Article(paragraphs=paragraphs, lang="en")).people
    return [form for person in people for form in person.forms]


_ROLE_THEN_ORGANISATION = [
    (
        "Deputy mayor Dara Ostrowska and Green Party spokesman Olek Brant on Monday asked the council for more "
        "buses.",
        "Dara Ostrowska",
    ),
    (
        "Provincial health minister Kemal Oduya and Liberal Party whip Anna Petrenko visited the clinic.",
        "Kemal Oduya",
    ),
]


@pytest.mark.parametrize(("text", "name"), _ROLE_THEN_ORGANISATION)
def test_a_role_before_the_name_beats_the_paired_organisation(text: str, name: str) -> None:
    assert name in _forms([text])


def test_the_paired_foundation_stays_an_organisation() -> None:
    forms = _forms(["The Jane R. and Tom L. Doe Foundation gave the school a grant on Tuesday."])
    assert "Jane R." not in forms and "Jane" not in forms


_QUALIFIED_TITLES = [
    ("Veteran Bollywood Actor Anil Mehrotra recently shared a video on Twitter.", "Anil Mehrotra"),
]


@pytest.mark.parametrize(("text", "name"), _QUALIFIED_TITLES)
def test_a_qualifier_and_title_are_cut_from_the_name(text: str, name: str) -> None:
    forms = _forms([text])
    assert name in forms
    assert not any(form.endswith(name) and form != name for form in forms)


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Bollywood Actor Anil Mehrotra", "Anil Mehrotra"),
        ("Deputy Chief Executive Jane Doe", "Jane Doe"),
        ("Sheriff Chad McBride", "Chad McBride"),  # the one-word title, as before
        ("Dean Smith", "Dean Smith"),  # a census first name stays
        ("Martin Luther King Jr.", "Martin Luther King Jr."),  # a title word with one word after it stays
    ],
)
def test_title_cut(name: str, cut: str) -> None:
    from pipeline.stages.people.name_forms import title_cut

    assert title_cut(name) == cut


_INITIALS_AFTER_A_DOTTED_TITLE = [
    ("Speaking to reporters, Prof. R Subrahmanyam said the model had been revised.", "R Subrahmanyam"),
    ("The panel was chaired by Prof. S. N. Raghunathan of the institute.", "S. N. Raghunathan"),
]


@pytest.mark.parametrize(("text", "name"), _INITIALS_AFTER_A_DOTTED_TITLE)
def test_initials_after_a_dotted_title(text: str, name: str) -> None:
    assert name in _forms([text])


def test_an_inn_is_no_person() -> None:
    forms = _forms(
        [
            '"We love the river," said Tom Baxley, the owner of Marty’s Irish Pub and Kellerstone Inn, located '
            "by the bridge."
        ]
    )
    assert "Tom Baxley" in forms
    assert not any("Kellerstone" in form for form in forms)


def test_a_department_is_no_person() -> None:
    forms = _forms(
        [
            "She joined the role at Norcliff after months as a freelancer as the Head of Business Development, "
            "according to her profile."
        ]
    )
    assert not any("Development" in form for form in forms)


def test_the_sentence_opening_article_is_no_title_before_a_lone_name() -> None:
    # "the" is stripped from a name's front (strip_prefix_en) but is no rank before one ("The Kerala government")
    from pipeline.stages.people.en_mentions import _after_capitalised_title

    assert not _after_capitalised_title("The Ruritania government has issued an order.", "Ruritania")
    assert _after_capitalised_title("Prime Minister Okonkwo has issued an order.", "Okonkwo")
