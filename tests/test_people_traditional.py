"""The people stage on traditional-script Chinese (big5 pages, Hong Kong / Taiwan editions): the text read
through the one fold (pipeline/text/traditional.py), names, roles and sentences given back as printed, at the
offsets of the printed text; simplified text unchanged. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.mentions import Mention
from pipeline.stages.people.original_script import folded_units, restore_script
from pipeline.stages.people.zh_mentions import zh_mentions
from pipeline.text.traditional import fold_traditional_text

# (traditional paragraph, {name as printed: (kind, role or None)})
CASES = [
    (
        "香港特區政府衛生署署長林文健昨日表示，流感季節將於下月開始。",
        {"林文健": ("quoted", "香港特區政府衛生署署長")},
    ),
    (
        "臺北市政府副市長陳淑華說：「這項計劃必須重新檢討。」",
        {"陳淑華": ("quoted", "臺北市政府副市長")},
    ),
    (  # a role the rules put together from both sides of the name, given back in the printed script
        "香港大學法學院陳文敏教授認為，這項修訂並不足夠。",
        {"陳文敏": ("quoted", "香港大學法學院教授")},
    ),
    (
        "出席典禮的還有劉德輝、鄭國強和蕭美玲等多位嘉賓。",
        {"劉德輝": ("mentioned", None), "鄭國強": ("mentioned", None), "蕭美玲": ("mentioned", None)},
    ),
    (
        "本報記者 黃家傑 報道：颱風過後，全港學校明日復課。",
        {"黃家傑": ("reporter", None)},
    ),
]


def by_name(people: list[Person], name: str) -> Person:
    hits = [p for p in people if p.name == name]
    assert len(hits) == 1, f"{name}: {[p.name for p in people]}"
    return hits[0]


def printed_mentions(text: str) -> list[Mention]:
    """The mentions of one paragraph as the stage finds them: read in the fold, given back as printed."""
    units = [(1, text)]
    folded = folded_units(units)
    return restore_script(units, folded, zh_mentions(1, folded[0][1]))


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:8] for c in CASES])
def test_names_kinds_and_roles_in_the_original_script(text: str, expected: dict) -> None:
    people = find_people(Article(paragraphs=[text], lang="zh")).people
    assert sorted(p.name for p in people) == sorted(expected)
    for name, (kind, role) in expected.items():
        person = by_name(people, name)
        assert person.name_zh == name and person.forms == [name]
        assert person.kind == kind
        assert person.role == role
        assert person.sentences and all(s in text for s in person.sentences)  # as printed


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:8] for c in CASES])
def test_mention_offsets_are_offsets_of_the_printed_text(text: str, expected: dict) -> None:
    mentions = [m for m in printed_mentions(text) if not m.single]
    assert {m.form for m in mentions} == set(expected)
    for m in mentions:
        assert text[m.start : m.end].startswith(m.form) or text[m.start : m.end].endswith(m.form)
        assert m.form in text


def test_traditional_and_simplified_copies_give_the_same_persons() -> None:
    traditional = [
        "國務院新聞辦公室發言人張曉明說，會議將於後天舉行。",
        "張曉明表示，各方代表已經抵達。記者 周永康",
    ]
    simplified = [fold_traditional_text(p, traditional=True) for p in traditional]
    assert simplified[0] == "国务院新闻办公室发言人张晓明说，会议将于后天举行。"
    hant = find_people(Article(paragraphs=traditional, lang="zh")).people
    hans = find_people(Article(paragraphs=simplified, lang="zh")).people
    assert [(p.name_en, p.kind) for p in hant] == [(p.name_en, p.kind) for p in hans]
    assert [p.name for p in hant] == ["張曉明", "周永康"]
    assert [p.name for p in hans] == ["张晓明", "周永康"]
    assert by_name(hant, "張曉明").role == "國務院新聞辦公室發言人"


def test_surname_reference_is_linked_in_traditional_text() -> None:
    people = find_people(
        Article(
            paragraphs=["立法會議員葉劉淑儀今日會見傳媒。", "葉劉淑儀說，她會繼續跟進。許先生則表示反對。"],
            lang="zh",
        )
    ).people
    names = {p.name: p for p in people}
    assert "許" in names and names["許"].surname_only and names["許"].kind == "quoted"


def test_simplified_text_is_read_unchanged() -> None:
    text = "于先生说，乾隆年间的著名画家后来住在这里。"
    units = [(1, text)]
    assert folded_units(units) == units
