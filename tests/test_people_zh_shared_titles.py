"""People stage: a title written once before a 、-list of Chinese names is every listed person's role
(docs/people.md, "Roles"); a surname with 太太 that LAC reads as one word is a surname-only person. Hand-written
text."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.people import find_people


def _roles(text: str) -> dict[str, str | None]:
    return {p.name_zh or p.name: p.role for p in find_people(Article(paragraphs=[text], lang="zh")).people}


def test_a_title_before_a_list_of_names_is_each_ones_role() -> None:
    roles = _roles("外交部发言人林剑、郭嘉昆先后主持例行记者会。")
    assert roles["林剑"] == roles["郭嘉昆"] == "外交部发言人"


def test_every_name_of_a_longer_list_shares_the_title() -> None:
    roles = _roles("市委常委张建国、李卫东、王海涛出席座谈会。")
    assert roles["张建国"] == roles["李卫东"] == roles["王海涛"] == "市委常委"


def test_a_listed_name_with_its_own_title_keeps_it() -> None:
    roles = _roles("埃及总统塞西、法国总统马克龙出席开幕式。")
    assert roles["塞西"] == "埃及总统"
    assert roles["马克龙"] == "法国总统"


def test_a_list_with_no_title_gives_no_role() -> None:
    roles = _roles("张建国、李卫东和王海涛一起来到现场。")
    assert roles["李卫东"] is None


def test_a_surname_and_mrs_read_whole_is_a_surname_only_person() -> None:
    # LAC reads 王太太 as one PER word; the convention of 王先生 (the surname alone, surname-only) holds for it
    people = find_people(Article(paragraphs=["王太太说，新房子离学校很近。"], lang="zh")).people
    assert [(p.name_zh, p.surname_only) for p in people] == [("王", True)]
