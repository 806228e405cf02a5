"""People stage, English: shapes of the twentieth English set's errors (session 13), tested on invented
sentences (none is a sentence of the set):

- a picture agency or studio in a photo credit is no person, alone or run on into the next name
  ("Jane Doe/AFP/Getty Images Jane Doe/AFP/Getty Images", "(Photo: Jane Doe Photography)"; people.toml
  ``[organisations] words_en``).

Every case of the lists below gives the wrong answer at main dd63595 (the branch point); the guards pass on both.
"""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(paragraphs: list[str]) -> list[str]:
    """Every form of every person found, in lower case."""
    people = find_people(Article(paragraphs=paragraphs, lang="en")).people
    return [f.lower() for p in people for f in p.forms]


_CREDITS = [
    (
        "Enlarge this image toggle caption Dana Whitlock/AFP/Getty Images Dana Whitlock/AFP/Getty Images",
        "Dana Whitlock",
        ["getty images", "getty images dana whitlock"],
    ),
    (
        "Farmers queue at the depot on Friday. | Ruth Kessler/AFP/Getty Images Trump visits the port as the grain deal stalls",
        "Ruth Kessler",
        ["getty images trump"],
    ),
    (
        "The school will drop its entrance test next year. (Photo: Marcus Bellamy Photography)",
        None,
        ["marcus bellamy photography"],
    ),
]


@pytest.mark.parametrize(("paragraph", "wanted", "unwanted"), _CREDITS)
def test_credit_agency_is_no_person(paragraph: str, wanted: str | None, unwanted: list[str]) -> None:
    forms = _forms([paragraph])
    if wanted:
        assert wanted.lower() in forms, forms
    for form in unwanted:
        assert form not in forms, forms
