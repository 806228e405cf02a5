"""People stage: general fixes found on a blind Chinese set of modern news bodies (people_unseen_zh21,
``bench.people_pages --bodies``; docs/benchmarks.md, "Real pages nobody tuned on").

Hand-written texts in the shapes that set showed; no name of that set is used here."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang="zh")).people


def _names(paragraphs: list[str]) -> set[str]:
    return {p.name for p in _people(paragraphs)}


def test_a_monarch_with_a_regnal_number_is_one_person() -> None:
    # the CRF ends the name before the number (阿方索 | 四世), or only LAC reads the name with its number
    assert "阿方索四世" in _names(["应国家主席邀请，某国国王阿方索四世将于下月对中国进行国事访问。"])
    assert "卡洛斯五世" in _names(["国王卡洛斯五世将访华。"])


def test_a_century_after_a_name_is_no_regnal_number() -> None:
    assert not any(n.endswith("世") for n in _names(["卡洛斯三世纪念碑今天落成，市民前来参观。"]))


def test_a_staff_member_named_by_surname_and_xing_is_a_surname_only_person() -> None:
    people = {p.name: p for p in _people(["收银的韩姓工作人员解释：“厨师是新来的，把菜端错了。”"])}
    assert people["韩"].surname_only


def test_a_shopkeeper_named_by_surname_and_xing_is_no_name_run_into_the_noun() -> None:
    # LAC may read the surname, 姓 and the noun's first character as one name (X姓车 of X姓车主)
    names = _names(["记者随后与一名刘姓车主取得联系，对方表示车辆已送修。"])
    assert "刘" in names and not any("姓" in n for n in names)


def test_a_staff_member_after_the_name_of_a_unit_is_a_person() -> None:
    # no title between the unit and the name: the CRF reads none, LAC reads a person
    assert "任晓" in _names(["新闻网数字经济事业中心任晓发布“智能调度平台”，介绍了平台的功能。"])
