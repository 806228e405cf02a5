"""Credit shapes the sixth English blind set (credits_en6) showed missed, each family with lines written anew
(invented names and outlets) and the guards that keep its neighbours out: a writer's outlet after "for" between two
names of a list ("A for the Harbour Courier and B"); markup left in a news API's author field; a desk named by its
beat or section ("KXN Astrology", "RPN Social", "Lee Digital Content Center") and papers named by a masthead word
("Dunmore Star", "METRO TODAY"); a name and its title without a comma in an author field ("Ivo Brandt Harbour
editor")."""

from __future__ import annotations

import pytest

from pipeline.stages.extract.authors import meta_authors
from pipeline.text.bylines_en import english_byline, split_names_en


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "By Ivo Brandt and Mara Quell and Tobin Reyes for the Harbour Courier and Lena Voss",
            ["Ivo Brandt", "Mara Quell", "Tobin Reyes", "Lena Voss"],
        ),
        ("By Ivo Brandt for Bloomberg, Mara Quell and Lena Voss", ["Ivo Brandt", "Mara Quell", "Lena Voss"]),
        # the outlet ends a run where no name follows it
        ("By Ivo Brandt for the Harbour Courier", ["Ivo Brandt"]),
        ("By Ivo Brandt for the Harbour Courier on Tuesday", ["Ivo Brandt"]),
    ],
)
def test_an_outlet_after_for_between_names_continues_the_list(line: str, names: list[str]) -> None:
    assert english_byline(line) == names


def test_an_outlet_after_for_in_an_author_field_of_semicolons() -> None:
    assert meta_authors({"author": "Ivo Brandt;Mara Quell for the Harbour Courier;Lena Voss"}, []) == [
        "Ivo Brandt",
        "Mara Quell",
        "Lena Voss",
    ]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ('By <a href="/profiles/ivo-brandt">Ivo Brandt</a>, KXN', ["Ivo Brandt"]),
        (
            '<a href="/by/mara-quell">Mara Quell</a> and <a href="/by/lena-voss">Lena Voss</a>',
            ["Mara Quell", "Lena Voss"],
        ),
        ("<span>Harbour Courier staff</span>", []),
    ],
)
def test_markup_in_an_author_field_is_no_part_of_the_names(value: str, names: list[str]) -> None:
    assert meta_authors({"author": value}, []) == names


@pytest.mark.parametrize(
    "value",
    [
        "KXN Astrology",
        "RPN Social",
        "Lee Digital Content Center",
        "Dunmore Star",
        "METRO TODAY",
        "Harbour Sports",
    ],
)
def test_a_desk_named_by_its_beat_and_a_paper_by_its_masthead_word_are_no_person(value: str) -> None:
    assert meta_authors({"author": value}, []) == []


def test_a_paper_by_its_masthead_word_around_a_name() -> None:
    assert meta_authors({"author": "METRO TODAY, Ivo Brandt, METRO TODAY"}, []) == ["Ivo Brandt"]
    assert split_names_en("Ivo Brandt, Dunmore Star") == ["Ivo Brandt"]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Ivo Brandt Harbour editor", ["Ivo Brandt"]),
        ("Mara Quell Senior political correspondent", ["Mara Quell"]),
        ("Lena Voss economics correspondent", ["Lena Voss"]),
        ("Ivo Brandt editor", ["Ivo Brandt"]),
        # a desk's title names nobody; a name and its title after a comma read as before
        ("Harbour Courier staff writer", []),
        ("Ivo Brandt, Harbour editor", ["Ivo Brandt"]),
        ("IVO BRANDT AP film writer", ["IVO BRANDT"]),
    ],
)
def test_a_name_and_its_title_without_a_comma_in_an_author_field(value: str, names: list[str]) -> None:
    assert meta_authors({"author": value}, []) == names
