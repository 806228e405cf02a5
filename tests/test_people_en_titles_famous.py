"""People stage, English: three families of the eighth English set's errors (issue 10, round 9), tested on
invented sentences (none is a sentence of the set):

- a famous table's full name that holds a shorter name the CRF found ("Sheikh Hasina", where the CRF reads
  "Hasina" alone: the table knows the whole name; famous.py ``covered_by``);
- a one-word title of people.toml ``[roles] en`` that the CRF took into the name ("Sheriff Chad McBride",
  "Detective Annette Markowski": name_forms.py ``title_cut``), unless news prints it as part of a name
  (``name_titles_en``: "Sheikh Hasina") or it is a census first name ("Dean Smith");
- a surname the famous table ties to one person but does not let stand alone because it is also a common English
  word or a place word ("Trump", "Obama", "Mandela", "Musk"; the table's ``tied_surname`` column), taken alone
  where the article shows a person (a title before it, a speech verb after it, "the Trump administration") and
  not the word's or the place's sense.

Every case of the three lists below gives the wrong answer at main ddb761c (the branch point).
"""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people
from pipeline.stages.people.famous import tied_surname
from pipeline.stages.people.name_forms import title_cut


def _forms(paragraphs: list[str]) -> list[str]:
    people = find_people(Article(paragraphs=paragraphs, lang="en")).people
    return [form for person in people for form in person.forms]


# (paragraphs, the table's full name the stage must give)
_FULL_NAMES = [
    [
        "The meeting will be held at the official residence of Prime Minister Sheikh Hasina around 7pm on Monday."
    ],
    ["Awami League President Sheikh Hasina announced the new committee on Saturday."],
    ["Bangladesh's Prime Minister Sheikh Hasina will inaugurate the bridge on Wednesday."],
    ["Prime Minister Sheikh Hasina left Dhaka for New York to attend the UN General Assembly."],
    ["Opposition leaders accused Sheikh Hasina of rigging the vote."],
    ["Protesters demanded that Sheikh Hasina resign before the end of the month."],
    ["The ambassador handed Prime Minister Sheikh Hasina a letter from the president."],
    ["Dhaka, Oct 3 - Prime Minister Sheikh Hasina has called for calm in the capital."],
    ["Finance ministers praised the budget that Sheikh Hasina's government presented in June."],
    ["In a televised speech, Prime Minister Sheikh Hasina thanked the garment workers."],
    ["Voters re-elected Sheikh Hasina for a fourth term in January."],
]


@pytest.mark.parametrize("paragraphs", _FULL_NAMES)
def test_a_famous_full_name_wins_over_the_shorter_name_inside_it(paragraphs: list[str]) -> None:
    assert _forms(paragraphs) == ["Sheikh Hasina"]


# (paragraphs, the name without the title the CRF took in)
_TITLED = [
    (["According to Sheriff Chad McBride, the shooting happened around 10:30 p.m."], "Chad McBride"),
    (["The boy was found safe, said Sheriff Dana Whitfield of Polk County."], "Dana Whitfield"),
    (
        ["The suspect fled on foot, said Detective Annette Markowski, a police spokeswoman."],
        "Annette Markowski",
    ),
    (["Treasurer Sitali Simushi defected from the ruling party to the opposition."], "Sitali Simushi"),
    (["Sheriff Olu Adeyemi said deputies were searching the woods."], "Olu Adeyemi"),
    (["Sheriff Ramon Escobedo said the road would stay closed."], "Ramon Escobedo"),
    (['"We are still searching," said Sheriff Pat Kilbride.'], "Pat Kilbride"),
    (["The file was reopened, said Detective Maura Kensington."], "Maura Kensington"),
    (["Detective Imogen Saltash was given a medal."], "Imogen Saltash"),
    (["According to Detective Rhys Ormond, the gun was never found."], "Rhys Ormond"),
]


@pytest.mark.parametrize(("paragraphs", "name"), _TITLED)
def test_a_title_the_recogniser_took_into_a_name_is_cut(paragraphs: list[str], name: str) -> None:
    assert _forms(paragraphs) == [name]


def test_a_title_cut_keeps_titles_printed_as_names_and_first_names() -> None:
    assert title_cut("Rector Mustafa Babanli") == "Mustafa Babanli"
    assert title_cut("Supervisor Vallenilla") == "Vallenilla"
    assert title_cut("Sheikh Hasina") == "Sheikh Hasina"  # name_titles_en
    assert title_cut("Dean Smith") == "Dean Smith"  # a census first name
    assert title_cut("Chad McBride") == "Chad McBride"
    assert _forms(["Dean Smith coached North Carolina for decades."]) == ["Dean Smith"]


# (paragraphs, the tied surname the stage must give alone)
_TIED = [
    (
        ["Children were separated from their parents early in the Trump administration, the union said."],
        "Trump",
    ),
    (["Obama insisted, however, that the plan to extend the tax cuts was a bad idea."], "Obama"),
    (["Critics of the Trump administration rallied outside the court."], "Trump"),
    # the CRF tags these two ORG; since the eleventh session a tied surname tagged ORG alone is left to the
    # article's evidence (a speech verb here)
    (["Pence said the senate would vote on Friday."], "Pence"),
    (["Musk told investors that deliveries would rise."], "Musk"),
    (["Mandela urged his supporters to stay calm."], "Mandela"),
    (["Musk wrote on X that the factory would reopen."], "Musk"),
    (["Mandela recalled his years on Robben Island."], "Mandela"),
    (["Morsi's government collapsed after mass protests."], "Morsi"),
    (["Rowling wrote that she would not back down."], "Rowling"),
    (["Critics said the Obama administration had been too slow."], "Obama"),
    (["Gagarin said the Earth looked blue."], "Gagarin"),
]


@pytest.mark.parametrize(("paragraphs", "surname"), _TIED)
def test_a_tied_surname_alone_is_the_person_where_the_article_shows_one(
    paragraphs: list[str], surname: str
) -> None:
    assert _forms(paragraphs) == [surname]


# the word's or the place's sense shown: no person
_NOT_TIED = [
    ["He played his trump card at the last minute. Trump Tower was sold."],
    ["The ferry docked at Obama, a port town in Fukui. Obama said it would reopen the pier."],
    ["Jobs were lost across the sector, the report said."],
    ["The Houston Rockets beat Miami; Houston said it would appeal."],
]


@pytest.mark.parametrize("paragraphs", _NOT_TIED)
def test_a_tied_surname_in_its_word_or_place_sense_is_no_person(paragraphs: list[str]) -> None:
    assert _forms(paragraphs) == []


def test_the_tied_surnames_are_the_table_ones() -> None:
    assert tied_surname("Trump") and tied_surname("Obama") and tied_surname("Mandela")
    assert not tied_surname("Putin")  # usable alone: the table's surname column
    assert not tied_surname("Bush")  # two persons of the table, or none
    assert not tied_surname("Jinping")  # a pinyin name's given name


def test_a_tied_surname_is_written_for_a_common_word_or_place_only() -> None:
    from collections import Counter

    from tools.build_famous_people import Famous, with_surnames

    rows = [
        Famous("多伊", "多伊", "Jane Dorvik", "1950", ""),
        Famous("布朗", "布朗", "Ann Brown", "1950", ""),  # a common English word: tied
        Famous("约旦", "约旦", "Tom Jordan", "1950", ""),  # a place word: tied
        Famous("罗斯", "罗斯", "Tom Roth", "1950", ""),
        Famous("罗丝", "罗丝", "Ann Roth", "1950", ""),  # two persons share the surname: neither
    ]
    out = with_surnames(rows, Counter({"brown": 40}), {"JORDAN"}, set())
    assert [(f.surname, f.tied) for f in out] == [
        ("Dorvik", ""),
        ("", "Brown"),
        ("", "Jordan"),
        ("", ""),
        ("", ""),
    ]
