"""People stage, English: general fixes from the seventh English page set of bench/people_pages.py (modern wire
and news bodies; issue 10). Invented names in the shapes that set showed; no name of them is used."""

from __future__ import annotations

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _forms(paragraphs: list[str]) -> set[str]:
    people: list[Person] = find_people(Article(paragraphs=paragraphs, lang="en")).people
    return {f for p in people for f in p.forms}


_LEAD = "The talks ended on Monday without a deal, officials said."

# --------------------------------------------------------- a clerical title or a military rank before a name

_TITLED = [
    ("Its supreme leader, Ayatollah Hassan Mirbagheri, has been killed.", "Hassan Mirbagheri"),
    ("The cleric Ayatollah Kazem Roshanfekr issued a ruling on Monday.", "Kazem Roshanfekr"),
    ("Ayatollah Javad Sohrabi led the Friday prayers in the capital.", "Javad Sohrabi"),
    ("Imam Yusuf Okonkwo spoke to the worshippers after prayers.", "Yusuf Okonkwo"),
    ("The mosque's leader, Imam Tariq Benhaddou, condemned the attack.", "Tariq Benhaddou"),
    ("Rabbi David Feinstock led the prayers at the synagogue.", "David Feinstock"),
    ("Cardinal Matteo Brunelli celebrated mass in the cathedral.", "Matteo Brunelli"),
    ("The Rev. Samuel Oduya said the service would go on.", "Samuel Oduya"),
    (
        "said a spokesman for the coup leaders, Col. Maj. Idrissa Kabore, on state television.",
        "Idrissa Kabore",
    ),
    ("Lt. Col. Bernard Okafor said the troops had withdrawn.", "Bernard Okafor"),
    ("Sgt. Dwayne Hollister was wounded in the attack.", "Dwayne Hollister"),
    ("Grand Ayatollah Ali Sistani's office said the vote must go ahead.", "Ali Sistani"),
    ("Ayatollah Mehdi Karimzadeh, a senior cleric, criticised the ruling.", "Mehdi Karimzadeh"),
    ("Iran's top cleric, Ayatollah Reza Sadeghi, has died aged 85.", "Reza Sadeghi"),
    ("Imam Abdullahi Garba said the mosque would reopen on Friday.", "Abdullahi Garba"),
    ("The prayers were led by Imam Omar Haddad in the main square.", "Omar Haddad"),
    ("Mullah Abdul Rahim Zadran was named governor of the province.", "Abdul Rahim Zadran"),
    ("Supporters of Ayatollah Hossein Nouri gathered outside his house.", "Hossein Nouri"),
    ("Imam Salif Traore, the head of the council, urged calm.", "Salif Traore"),
    ("Rabbi Moshe Adler and Imam Ahmed Sow signed the letter.", "Ahmed Sow"),
    ("Adm. Carl Rasmussen told reporters the fleet was ready.", "Carl Rasmussen"),
]


@pytest.mark.parametrize(("sentence", "name"), _TITLED)
def test_a_title_before_a_name_is_not_part_of_it(sentence: str, name: str) -> None:
    forms = _forms([sentence])
    assert name in forms
    assert not any(f != name and f.endswith(name) for f in forms)


# ----------------------------------------------------------------- an all-capital byline line (AP pages)

_CAPITAL_BYLINES = [
    ("BY SAM TELLER AND CHINEDU OKORO", {"Sam Teller", "Chinedu Okoro"}),
    ("BY SAM TELLER", {"Sam Teller"}),
    (
        "BY MARY CLARE JALONICK, ERIC TUCKER AND LISA MASCARO",
        {"Mary Clare Jalonick", "Eric Tucker", "Lisa Mascaro"},
    ),
    ("BY JANE DOE AND TOM REED", {"Jane Doe", "Tom Reed"}),
    ("BY AMINA BELLO", {"Amina Bello"}),
    ("BY PETER OKONJO, GRACE NWOSU AND TUNDE ADEYEMI", {"Peter Okonjo", "Grace Nwosu", "Tunde Adeyemi"}),
    ("BY KWAME ASANTE AND JOSEPH MBUGUA", {"Kwame Asante", "Joseph Mbugua"}),
    ("BY ELENA VOSKRESENSKAYA", {"Elena Voskresenskaya"}),
    ("BY MARK O'CONNELL AND RITA SUAREZ-LOPEZ", {"Mark O'Connell", "Rita Suarez-Lopez"}),
    ("BY HIEN NGUYEN, ANNA WEISS AND DAVID KIM", {"Hien Nguyen", "Anna Weiss", "David Kim"}),
]


@pytest.mark.parametrize(("line", "names"), _CAPITAL_BYLINES)
def test_an_all_capital_byline_line_names_its_reporters(line: str, names: set[str]) -> None:
    assert names <= _forms([line, _LEAD])


@pytest.mark.parametrize("line", ["BY THE NUMBERS", "BY LAND AND SEA", "BY STAFF WRITERS", "BY AP STAFF"])
def test_a_capital_line_of_no_names_names_nobody(line: str) -> None:
    assert _forms([line, _LEAD]) == set()


# ------------------------------------------------------------------------------ a firm named by its trade

_FIRMS = [
    "TAIPEI (Reuters) -Chipmaker Veltronix said on Tuesday that all its sites were operating.",
    "Dutch chipmaker Halvers Semi said its orders had doubled.",
    "Drugmaker Marlow Benning said the trial had met its goals.",
    "Swiss drugmaker Rolf Anders reported higher sales on Thursday.",
    "European planemaker Corvin said deliveries rose in March.",
    "Shipbuilder Hanlon Keel said it had won an order for four tankers.",
    "Utility Taivolt said electricity had been restored by mid-morning.",
    "Norwegian shipbuilder Halvor Dahl said it had won the ferry order.",
    "Indian drugmaker Suresh Kapadia said its cough syrup was safe.",
    "Shares of chipmaker Rikard Voss rose 4% in Frankfurt.",
    "Utility Benedek Aram said about 30,000 homes were without power.",
]


@pytest.mark.parametrize("sentence", _FIRMS)
def test_a_firm_named_by_its_trade_is_nobody(sentence: str) -> None:
    assert _forms([sentence]) == set()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The chipmaker's chief executive, Jane Roe, said orders had doubled.", "Jane Roe"),
        ("Utility chief executive Tom Reed said power was back.", "Tom Reed"),
        ("Marlow Benning (pictured) said the trial had met its goals.", "Marlow Benning"),
        ("Army Sgt. Dwayne Hollister was wounded in the attack.", "Dwayne Hollister"),
        ("Group chairman Tom Reed said the merger would go ahead.", "Tom Reed"),
    ],
)
def test_persons_near_those_shapes_stay(sentence: str, name: str) -> None:
    assert name in _forms([sentence])
