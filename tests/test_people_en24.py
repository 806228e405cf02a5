"""People stage, English: general shapes from the twenty-fourth English page set of bench/people_pages.py
(summit, state-visit and ministers' news of Asian, Gulf, Central Asian and African wire copy; issue 10). Every
name and sentence here is invented in the shapes that set showed; none of its text is used."""

from __future__ import annotations

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.en_names import EnglishUnit, _recognised_persons
from pipeline.stages.people.en_org_names import portfolio_persons
from pipeline.stages.people.name_forms import clean_en_name


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(lang="en", is_text=True, paragraphs=paragraphs)).people


def _names(paragraphs: list[str]) -> set[str]:
    return {p.name for p in _people(paragraphs)}


# ------------------------------------------------------------------ Arabic names: nasab chains and short forms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The governor received on Monday Omar bin Khalid bin Nasser Al Rashdi, Ambassador of Bahrain, at the "
            "palace.",
            "Omar bin Khalid bin Nasser Al Rashdi",
        ),
        (
            "The event was attended by Sheikh Khalid bin Saif bin Hamdan Al Nahyan, Advisor at the court.",
            "Khalid bin Saif bin Hamdan Al Nahyan",
        ),
        ("The message came from Sheikh Rashid bin Saeed al-Falasi, the envoy.", "Rashid bin Saeed al-Falasi"),
    ],
)
def test_an_arabic_name_of_several_bin_links_is_one_name(text: str, name: str) -> None:
    names = _names([text])
    assert name in names, names
    assert not any(n != name and n in name for n in names), names


def test_a_family_name_that_is_also_a_verb_after_al_is_kept() -> None:
    text = "He received a message from H.H. Sayyid Badr bin Hamad Al Said, Deputy Prime Minister, on Monday."
    assert "Badr bin Hamad Al Said" in _names([text])


def test_particles_do_not_count_towards_the_length_of_a_name() -> None:
    assert clean_en_name("Omar bin Khalid bin Nasser Al Rashdi") == "Omar bin Khalid bin Nasser Al Rashdi"
    assert clean_en_name("Jane Anne Mary Rose Lee Doe") is None  # six name words: no name


def test_an_arabic_given_name_alone_links_to_the_name_it_opens() -> None:
    people = _people(
        [
            "The governor received Omar bin Khalid bin Nasser Al Rashdi at the palace.",
            "The event was attended by Sheikh Khalid bin Saif bin Hamdan Al Nahyan, Advisor at the court.",
            "Sheikh Khalid thanked Sheikh Omar for the visit.",
        ]
    )
    assert {p.name for p in people} == {
        "Omar bin Khalid bin Nasser Al Rashdi",
        "Khalid bin Saif bin Hamdan Al Nahyan",
    }
    khalid = next(p for p in people if p.name.startswith("Khalid"))
    assert "Khalid" in khalid.forms


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held under the leadership of His Highness the ruler of the emirate.",
        "He prayed to God Almighty to bless the two countries and their peoples.",
        "The envoy met the Chief of the Amiri Diwan at the palace on Monday.",
    ],
)
def test_styles_and_a_rulers_court_are_no_persons(text: str) -> None:
    names = {n.lower() for n in _names([text])}
    assert not names & {"his highness", "god almighty", "almighty", "amiri diwan"}, names


# ------------------------------------------------------------------ Korean given names


def test_a_korean_given_name_ending_in_wha_is_read() -> None:
    text = "The minister met his counterpart Kang Min-wha on the sidelines of the forum on Friday."
    assert "Kang Min-wha" in _names([text])


def test_in_closes_a_spaced_korean_given_name() -> None:
    text = "The overtures were the first since President Moon Jae In took office in May."
    names = _names([text])
    assert "Moon Jae In" in names and "Moon Jae" not in names


# ------------------------------------------------------------------ a given name the CRF runs into the portfolio


def test_a_given_name_run_into_the_portfolio_before_a_surname_tagged_alone() -> None:
    text = (
        "The president held a meeting with Minister of Foreign Affairs of Russia Sergey Volkov, who arrived "
        "for a working visit."
    )
    assert "Sergey Volkov" in _names([text])
    text = (
        "Washington has announced that Deputy Secretary of State for Management and Resources Richard R. Gupta "
        "will visit Kathmandu in mid-August."
    )
    assert "Richard R. Gupta" in _names([text])


def test_a_hyphenated_given_name_in_a_place_span_before_a_surname_span() -> None:
    text = "President of Kyrgyzstan Aigul-Bek Sarsenov held talks."
    start = text.index("Kyrgyzstan")
    given_end = text.index(" Sarsenov")
    entities = {"LOC": [(start, given_end)], "PER": [(given_end + 1, text.index(" held"))]}
    found = portfolio_persons(text, entities, [(given_end + 1, text.index(" held"))])
    assert [f[2] for f in found] == ["Aigul-Bek Sarsenov"]


def test_a_portfolio_word_that_is_an_organisation_word_run_into_a_name() -> None:
    text = "Minister of Science and Technology Pham Van Loc receives the delegation."
    s = text.index("Technology")
    e = text.index(" receives")
    unit = EnglishUnit(
        text=text, entities={"PER": [(s, e)], "ORG": [(text.index("Science"), s - 5)]}, places=set()
    )
    _recognised_persons(unit)
    assert [x.name for x in unit.spans] == ["Pham Van Loc"]


def test_a_whole_name_the_crf_calls_misc_after_a_title_and_honorific() -> None:
    text = (
        "The delegation to the Meeting was led by Foreign Secretary Mr. Bharat Raj Joshi. While addressing "
        "the Meeting, Foreign Secretary Joshi called for cooperation."
    )
    people = _people([text])
    assert [p.name for p in people] == ["Bharat Raj Joshi"], people


def test_an_indian_honorific_and_a_politburo_title_are_no_part_of_a_name() -> None:
    assert "Anil Verma" in _names(["Foreign Secretary Shri Anil Verma met his counterpart on Monday."])
    assert clean_en_name("Shri Anil Verma") == "Anil Verma"
    assert clean_en_name("Politburo Tran Van Hoa") == "Tran Van Hoa"  # as the CRF tags it PER


# ------------------------------------------------------------------ credits


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (["BY: Kofi Mensah | RegionOnline", "The minister opened the forum in Ho on Monday."], "Kofi Mensah"),
        (["The minister (right) meets the envoy on Saturday. — VNA/VNS Photo Văn Điệp"], "Văn Điệp"),
        (["The party chief meets the envoy on Saturday. — VNA/VNS Trọng Đức"], "Trọng Đức"),
    ],
)
def test_a_byline_with_a_colon_and_an_agency_caption_credit(paragraphs: list[str], name: str) -> None:
    assert name in _names(paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet backed the Paris Agreement on Tuesday, the Chief Executive Officer of the firm said.",
        "Former Finance Ministers and bank governors will attend the forum.",
        "The two leaders held the Japan-U.S. Consultation on Tariff Measures on Friday.",
    ],
)
def test_pacts_talks_plural_portfolios_and_a_job_title_are_no_persons(text: str) -> None:
    names = {n.lower() for n in _names([text])}
    assert not names & {
        "paris agreement",
        "officer",
        "finance ministers",
        "s. consultation",
        "u.s. consultation",
    }


def test_a_traditional_rulers_number_closes_the_name_in_capitals() -> None:
    text = "Nana Kwame Boateng XII commended the government's commitment to education."
    assert "Nana Kwame Boateng XII" in _names([text])


def test_an_arabic_name_opening_with_al() -> None:
    text = "The envoy met Crown Prince Al Hassan bin Fahad in Amman on Monday."
    assert "Al Hassan bin Fahad" in _names([text])


def test_vietnam_as_vietnamese_outlets_spell_it_is_no_person() -> None:
    text = "Việt Nam attaches importance to ties with the region, Prime Minister Tran Van Hoa said."
    names = _names([text])
    assert "Tran Van Hoa" in names and not {n for n in names if "Nam" in n}


def test_two_forms_differing_only_in_a_hyphen_are_one_person() -> None:
    people = _people(
        [
            "Foreign Minister Choe Min-ho (front) walks to the hall in Manila on Monday.",
            "Foreign Minister Choe Min Ho said on Sunday that the offer lacked sincerity, the source said.",
            "Mr Choe made that comment after the dinner.",
        ]
    )
    assert len(people) == 1, people
    assert {"Choe Min-ho", "Choe Min Ho", "Choe"} <= set(people[0].forms)
