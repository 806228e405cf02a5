"""People stage, English: general shapes from the twenty-fifth English page set of bench/people_pages.py
(regional summits and ministers' meetings: SCO, SADC, BIMSTEC, Pacific, Arab League, Mekong-Lancang, FOCAC wire
copy and communiques; issue 10). Every name and sentence here is invented in the shapes that set showed; none of
its text is used."""

from __future__ import annotations

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.en_crf import with_first_name


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(lang="en", is_text=True, paragraphs=paragraphs)).people


def _names(paragraphs: list[str]) -> set[str]:
    return {p.name for p in _people(paragraphs)}


# ------------------------------------------------------------------ diplomatic styles before a name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The summit will be chaired by H.E. Daniel Obuya Kamau the President of the Republic.",
            "Daniel Obuya Kamau",
        ),
        (
            "The Summit observed a minute of silence for His Excellency Peter Kamau Ndege.",
            "Peter Kamau Ndege",
        ),
        ("Hon’ble Lyonchhen Dr. Karma Wangdi will attend the meeting virtually.", "Karma Wangdi"),
        ("Hon'ble Lyonpo Sonam Tenzin will lead the delegation.", "Sonam Tenzin"),
    ],
)
def test_diplomatic_styles_are_no_part_of_the_name(text: str, name: str) -> None:
    names = _names([text])
    assert name in names
    assert not any(n.lower().startswith(("h.e", "excellency", "hon", "lyon")) for n in names)


# ------------------------------------------------------------------ run-together initials; a Bantu particle


def test_run_together_dotted_initials_stay_with_the_surname() -> None:
    names = _names(["The delegation included Foreign Secretary Prof. K.T.R. Jayasuriya of the ministry."])
    assert "K.T.R. Jayasuriya" in names


def test_dotted_country_abbreviation_is_no_initial() -> None:
    names = _names(["The U.S. Senator Jane Doe arrived in Colombo on Monday."])
    assert "Jane Doe" in names
    assert not any(n.startswith("U.S.") for n in names)


def test_bantu_particle_wa_inside_a_name() -> None:
    assert "Tawonga wa Chirwa" in _names(["The leaders included President Tawonga wa Chirwa of Malawi."])


def test_name_cut_before_its_middle_initial_is_one_name() -> None:
    names = _names(
        ["The Summit elected President of the Republic Namibia Dr Kapena M. Shilongo, as Chairperson."]
    )
    assert "Kapena M. Shilongo" in names
    assert "Kapena" not in names


# ------------------------------------------------------------------ a title of a place, then the name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials and Deputy High Commissioner of Sri Lanka Nilanthi Perera attended the meeting.",
            "Nilanthi Perera",
        ),
        (
            "The talks were co-chaired by South African Ambassador to China Dolana Mbeki, the statement said.",
            "Dolana Mbeki",
        ),
        (
            "The advance party comprise Minister of Sports, Youth and Child Development Moses Phiri and Transport "
            "Minister Brian Tembo.",
            "Moses Phiri",
        ),
    ],
)
def test_name_after_a_title_of_a_place_or_portfolio(text: str, name: str) -> None:
    assert name in _names([text])


# ------------------------------------------------------------------ no persons


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("The Secretary General expressed thanks to Prince Jamal bin Hamid, Crown Prince.", "Crown Prince"),
        ("The talks included Ms. Dana Firth, Minister of Home Security and Technology.", "Home Security"),
        ("A state banquet was held at the Lagoon Resort, hosted by President Kofi Ansah.", "Lagoon Resort"),
    ],
)
def test_titles_and_venues_are_no_persons(text: str, not_name: str) -> None:
    assert not_name not in _names([text])


def test_accented_first_name_the_crf_left_out_is_put_back() -> None:
    toks = ["President", "Émile", "Kabasele", "Mutombo", "spoke"]
    tags = ["O", "O", "B-PER", "I-PER", "O"]
    words = {
        "EMILE": "F",
        "ÉMILE": "G",
    }  # the census lists the name bare; written with its accent it reads as a place
    assert with_first_name(toks, tags, [(2, 4)], words) == [(1, 4)]
    assert with_first_name(
        ["President", "Émile", "Kabasele"], ["O", "O", "B-PER"], [(2, 3)], {"ÉMILE": "G"}
    ) == [(2, 3)]


def test_capitalised_plural_leaders_is_no_person() -> None:
    names = _names(["In the lead up to meeting fellow Pacific Leaders, PM Jane Doe spoke of unity."])
    assert "Jane Doe" in names
    assert not any("Leaders" in n for n in names)


def test_photo_label_agency_slash_photographer() -> None:
    names = _names(
        ["Leaders gathered in Apia on Monday.", "Photo: RNZI/ Tavita Lemalu Fonoti", "Photo: AFP/ File Photo"]
    )
    assert "Tavita Lemalu Fonoti" in names
    assert "File Photo" not in names
