"""People stage, English: general fixes from the twenty-second English set of bench/people_pages.py (wire copy
and world news bodies, session 13). Hand-written texts in the shapes that set showed; no name of it is used."""

from __future__ import annotations

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _forms(paragraphs: list[str]) -> set[str]:
    people: list[Person] = find_people(Article(paragraphs=paragraphs, lang="en")).people
    return {f for p in people for f in p.forms}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Korean family name the table lacked
        ("Finance Minister Choo Min-jae gave the lawmakers a lecture on the budget.", "Choo Min-jae"),
        # a Hong Kong name whose given syllables are Cantonese (Kwok, wah), which the Korean syllables miss
        ("Yip Kwok-wah, 61, worked at a printing house owned by a publisher.", "Yip Kwok-wah"),
        ("The court heard that Ho Fai-chiu had left the city in May.", "Ho Fai-chiu"),
    ],
)
def test_hyphenated_korean_and_hong_kong_names(text: str, name: str) -> None:
    assert name in _forms([text])


def test_a_hyphenated_place_word_is_no_hong_kong_name() -> None:
    forms = _forms(["Hong Kong-based lawyers said the Kong-style shops would close on Friday."])
    assert not {f for f in forms if "-" in f}


def test_a_name_after_a_portfolio_read_as_an_organisation() -> None:
    # "Minister of <portfolio> <name>": the CRF reads the portfolio and the name as one organisation
    text = (
        "Minister of Foreign Affairs Mevlan Odabaşıoğlu and Minister of Treasury and Finance Kerem Yazıcılar"
        " were also present at the video call."
    )
    forms = _forms([text])
    assert {"Mevlan Odabaşıoğlu", "Kerem Yazıcılar"} <= forms
    assert not {f for f in forms if "Finance" in f or "Affairs" in f}


@pytest.mark.parametrize(
    "text",
    [
        "Trade will recover, he tells Delacroix By ANNA WEI Beijing opened the fair on Monday.",
        "Experts hail the speech, Xi tells Delacroix By LI MING China will keep opening up.",
    ],
)
def test_a_byline_run_on_after_a_name_is_cut(text: str) -> None:
    # print-edition text that lost its line breaks: the headline's last name, then the byline
    forms = _forms([text])
    assert "Delacroix" in forms and not {f for f in forms if "By" in f.split()}


def test_print_edition_credits_in_capitals() -> None:
    # a page's text that lost its line breaks: a byline inside the headline's line, a photo credit with a
    # spaced slash before the agency
    forms = _forms(
        [
            "Experts hail the plan at the forum By MEI LANXIANG in London",
            "The premier visits a farm in Hunan province on Wednesday. QIAO DONGFENG / XINHUA",
        ]
    )
    assert {"MEI LANXIANG", "QIAO DONGFENG"} <= forms


def test_a_desk_credit_in_capitals_is_no_person() -> None:
    assert not _forms(["The fair opened on Monday, organisers said By CHINA DAILY STAFF in Beijing"])


def test_a_quoted_title_does_not_refuse_a_name_written_after_an_honorific() -> None:
    # his autobiography is titled with his name: the quoted title refused the name in the whole article
    text = [
        "Sir Alan Fergusson retired on Monday, the club said.",
        "In his autobiography ‘Alan Fergusson’, he detailed why he decided to quit.",
    ]
    assert "Alan Fergusson" in _forms(text)


def test_an_agency_named_like_a_person_is_none() -> None:
    forms = _forms(["Mossad chief Dana Orlev and Shin Bet head Yoav Karmi joined the delegation."])
    assert {"Dana Orlev", "Yoav Karmi"} <= forms and "Shin Bet" not in forms
