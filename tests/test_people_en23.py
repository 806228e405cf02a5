"""People stage, English: general shapes from the twenty-third English page set of bench/people_pages.py
(conference, summit and diplomacy news of Asian, African, European and Gulf outlets; issue 10). Every name and
sentence here is invented in the shapes that set showed; none of its text is used."""

from __future__ import annotations

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.recognisers import english_word_flags


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(lang="en", is_text=True, paragraphs=paragraphs)).people


def _names(paragraphs: list[str]) -> set[str]:
    return {p.name for p in _people(paragraphs)}


def _forms(paragraphs: list[str]) -> set[str]:
    return {f for p in _people(paragraphs) for f in p.forms}


# ------------------------------------------------------------------ honorifics before and after a name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Trade Minister Datuk Seri Amir Halim said the talks went smoothly.",
            "Amir Halim",
            "Trade Minister",
        ),
        ("Deputy Minister Tan Sri Rosli Kamal opened the fair on Monday.", "Rosli Kamal", "Deputy Minister"),
        ("Hotel association president Datin Mei Ling Koh said rooms were booked.", "Mei Ling Koh", None),
        ("The agency's Director-General, Malam Sani Bello, said this on Tuesday.", "Sani Bello", None),
        ("President Adewale Okon GCFR will open the summit on Monday.", "Adewale Okon", "President"),
    ],
)
def test_malaysian_and_nigerian_honorifics_are_no_part_of_a_name(
    text: str, name: str, role: str | None
) -> None:
    people = {p.name: p for p in _people([text])}
    assert name in people, people
    if role:
        assert people[name].role == role
    assert not any(n.startswith(("Datuk", "Tan Sri", "Datin", "Malam")) or "GCFR" in n for n in people)


def test_a_title_in_commas_before_the_honorific_is_the_role() -> None:
    people = {p.name: p for p in _people(["The Foreign Minister, Datuk Seri Hafiz Omar, will meet envoys."])}
    assert people["Hafiz Omar"].role == "The Foreign Minister"


def test_sultan_is_a_title_before_a_full_name_not_before_a_particle() -> None:
    assert "Omar Rashid Bolkar" in _names(["Sultan Omar Rashid Bolkar received the envoys."])
    assert "Sultan Al Mansoori" in _names(["Sultan Al Mansoori, the energy minister, spoke at the forum."])


def test_royal_titles_of_brunei_alone_are_no_person() -> None:
    names = _names(["He paid a courtesy call on Pengiran Muda Hakim Bolkar at the palace."])
    assert not any(n.startswith("Pengiran") for n in names)


# --------------------------------------------------------------------------------------- Korean names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("South Korean Foreign Minister Park Jun met the envoy on Thursday.", "Park Jun"),
        ("North Korean negotiator Ri Chol-su arrived in the capital.", "Ri Chol-su"),
        ("Envoy Rim Su-ok and her aides left Pyongyang.", "Rim Su-ok"),
    ],
)
def test_korean_names_with_a_family_name_that_is_a_word(text: str, name: str) -> None:
    assert name in _names([text])


def test_park_before_an_english_word_is_still_a_place() -> None:
    assert not any("Park" in n for n in _names(["Crowds gathered near Park Lane on Sunday."]))


# -------------------------------------------------------------------------------- accents and places


def test_census_words_are_read_without_accents() -> None:
    assert "F" in english_word_flags("José")
    assert "F" in english_word_flags("Andrés")


def test_a_full_name_with_an_accent_keeps_its_surname_that_is_a_place() -> None:
    text = [
        "Former mayor Andrés Mendoza was chosen as the next chairman of the council.",
        "Two members voted against the plan, in favour of Mendoza.",
    ]
    assert "Andrés Mendoza" in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The festival was held in Ly Thai To ward, Hoan Kiem district, on Sunday.",
        "Residents of Tran Quang Khai street joined the event.",
    ],
)
def test_a_name_before_a_lower_case_unit_of_a_town_is_a_place(text: str) -> None:
    assert _names([text]) == set()


def test_two_words_before_a_comma_and_a_country_after_in_are_a_place() -> None:
    text = "At the regional summit in Bako Tinggi, Indonesia today, President Jane Doe held talks."
    assert "Bako Tinggi" not in _names([text])


@pytest.mark.parametrize(
    "text", ["The trade fair opened at Sundar Maidan on Sunday.", "Officials of Himachal Pradesh attended."]
)
def test_indian_place_heads_are_no_names(text: str) -> None:
    assert not any(n.endswith(("Maidan", "Pradesh")) for n in _names([text]))


# ------------------------------------------------------------------------ names run into other words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She met Swedish Minister for International Development Cooperation and Foreign Trade Lena Holmqvist;"
            " and others.",
            "Lena Holmqvist",
        ),
        (
            "She met the State Secretary to Minister for Foreign Affairs of Norway Kari Lundvik; and others.",
            "Kari Lundvik",
        ),
        ("She met the Secretary of State for Migration and Asylum Anna de Vriesma.", "Anna de Vriesma"),
        ("Chinese ambassador to Zambia Liu Hanbo on Monday urged closer ties.", "Liu Hanbo"),
    ],
)
def test_a_name_after_a_portfolio_or_a_country_the_crf_ran_into_it(text: str, name: str) -> None:
    assert name in _names([text])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Accordingly, Tran Van Hung will be ambassador to Peru; Do Thi Lan Ambassador to Chile and Mexico.",
            "Do Thi Lan",
        ),
        ("According to Presidential Aide Ivan Petrovsky, 30 countries will attend.", "Ivan Petrovsky"),
        ("Spokesperson Ali Razaq File photo Spokesperson Ali Razaq", "Ali Razaq"),
    ],
)
def test_a_title_or_caption_mark_after_or_before_a_name_is_cut(text: str, name: str) -> None:
    names = _names([text])
    assert name in names
    assert not any(n.endswith(("Ambassador", "File")) or n.startswith("Aide") for n in names)


def test_a_title_case_subhead_between_two_names_is_no_name() -> None:
    names = _names(
        ["President Kamau Otieno will join the summit.", "Otieno Joins Wanjiru", "The summit opens."]
    )
    assert "Otieno Joins Wanjiru" not in names


def test_an_arabic_name_with_bint_is_one_name() -> None:
    text = "The deal was signed by Mariam bint Saeed Al Falasi, Minister of State for Trade."
    assert "Mariam bint Saeed Al Falasi" in _names([text])


# --------------------------------------------------------------------------------- lists and credits


def test_a_name_the_crf_calls_an_organisation_in_a_list_of_persons() -> None:
    text = "Three candidates – Pierre Durandet, Jordan Marchelli and Luc Bernadot – debated on television."
    assert {"Pierre Durandet", "Jordan Marchelli", "Luc Bernadot"} <= _names([text])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders during a walkabout at the summit. Picture: Thabo Nkosana/GCIS", "Thabo Nkosana"),
        (
            "Leaders at the summit. Copyright Jan Peeterman/Copyright 2024 The AP. All rights reserved.",
            "Jan Peeterman",
        ),
    ],
)
def test_a_caption_credit_after_a_label_names_its_photographer(text: str, name: str) -> None:
    assert name in _names([text])


def test_a_surname_with_a_capitalised_particle_is_linked_to_the_full_name() -> None:
    people = _people(
        [
            "Belgian Prime Minister Bart De Smedt listed three demands.",
            '"If they are met, we can go forward," De Smedt said.',
        ]
    )
    assert [p.name for p in people] == ["Bart De Smedt"]
    assert "De Smedt" in people[0].forms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Minister of State for Trade Affairs, Sadia Rehmat Khaled, has concluded a visit to Oslo.",
            "Sadia Rehmat Khaled",
        ),
        (
            "The envoy paid a courtesy call on Ramon B Castelar, Secretary of Agriculture of the Philippines.",
            "Ramon B Castelar",
        ),
    ],
)
def test_a_name_with_a_title_in_commas_before_or_after_it(text: str, name: str) -> None:
    assert name in _names([text])
