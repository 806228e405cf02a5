"""People stage: general fixes found on the fourth Chinese set of modern news text (issue 10,
``bench.people_pages --bodies``; docs/benchmarks.md, "A fourth Chinese set").

Hand-written texts in the shapes that set showed, with invented names; no name of that set is used here."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.zh_span_repairs import _cut_before_place, _restore_head_glued_to_title


def _people(paragraphs: list[str]) -> dict[str, Person]:
    return {p.name: p for p in find_people(Article(paragraphs=paragraphs, lang="zh")).people}


def test_two_reporters_glued_in_the_dateline_parenthesis_are_two_reporters() -> None:
    # LAC and the CRF read 邹明远郎晓峰 as one name; the credit reader splits the run
    people = _people(["新华社纽约5月3日电（记者邹明远郎晓峰）联合国大会3日通过决议。"])
    assert set(people) == {"邹明远", "郎晓峰"}
    assert {p.kind for p in people.values()} == {"reporter"}


def test_names_set_apart_by_spaces_in_the_dateline_parenthesis_are_all_reporters() -> None:
    # Tibetan names are not led by a surname: the reader reads none of them, the spaces set them apart
    people = _people(["中新网日喀则6月2日电 (次仁卓嘎 索朗央宗 周海波)2日，日喀则市举行活动。"])
    assert set(people) == {"次仁卓嘎", "索朗央宗", "周海波"}
    assert {p.kind for p in people.values()} == {"reporter"}


def test_a_reporter_whose_name_is_also_a_word_is_read_in_the_dateline_parenthesis() -> None:
    people = _people(["中新网太原9月2日电 (白雪 刘晓东)近日，山西一合作社开展采收工作。"])
    assert set(people) == {"白雪", "刘晓东"}


def test_spaced_words_in_the_dateline_parenthesis_without_a_clear_name_are_no_reporters() -> None:
    # no surname-led name of three characters among them: the recognisers' reading stays
    assert _people(["新华社北京5月3日电 (综合消息 图文报道)联合国大会3日通过决议。"]) == {}


def test_the_unit_of_a_date_opens_no_name() -> None:
    # 日下 is a Japanese family name, and LAC's time word 7日下午 was read 日下午
    assert _people(["据日本气象厅公布，截至当地时间7日下午6时，共观测到有感地震100多次。"]) == {}
    people = _people(["当地时间11月16日下午，中国国家主席习近平在旧金山会见日本首相。"])
    assert set(people) == {"习近平"}


def test_a_name_after_a_ranked_title_and_before_the_day_is_a_name() -> None:
    # LAC: 副/a 代表/n 包兵/v 16日/TIME; the CRF misses the name
    people = _people(["中国常驻联合国副代表包兵16日在安理会公开会上发言。"])
    assert "包兵" in people and (people["包兵"].role or "").endswith("副代表")


def test_first_character_of_a_transliteration_glued_to_the_title_comes_back() -> None:
    text = "马来西亚最高元首易德尔曼18日批准特赦。"
    toks = [Token("马来西亚", "LOC", 0, 4), Token("最高", "a", 4, 6), Token("元首易", "n", 6, 9)]
    toks.append(Token("德尔曼", "PER", 9, 12))
    assert _restore_head_glued_to_title(text, toks, 9, 12) == (8, 12)


def test_a_title_ending_with_a_surname_character_gives_it_to_no_name() -> None:
    # 委员长 is a title itself: its 长 is no part of the name after it
    text = "国务委员会委员长金永哲出席了会议。"
    toks = [Token("国务委员会", "ORG", 0, 5), Token("委员长", "n", 5, 8), Token("金永哲", "PER", 8, 11)]
    assert _restore_head_glued_to_title(text, toks, 8, 11) == (8, 11)


def test_an_instrument_or_a_faith_named_after_people_is_no_person() -> None:
    assert _people(["科学家借助卡尔·萨根空间望远镜观测到冰。"]) == {}
    assert _people(["当地的雅兹迪教徒逃离家园，帕西教徒举行仪式。"]) == {}


def test_a_trade_noun_is_no_name() -> None:
    assert _people(["中新网台北3月2日电 房仲表示，价格下跌。"]) == {}


def test_the_first_name_of_a_hyphened_university_is_no_person() -> None:
    assert _people(["英国格里菲斯-诺兰大学的研究人员表示，结果令人惊讶。"]) == {}
    assert _people(["奥尔德里奇-瓦特学院的研究人员表示，结果令人惊讶。"]) == {}
    # a person of that name elsewhere, without the hyphened school, stays
    assert "格里菲斯" in _people(["格里菲斯表示，结果令人惊讶。"])


def test_a_name_run_on_into_the_place_after_it_ends_where_the_place_starts() -> None:
    # the CNA byline: LAC reads 許明/PER 台北/LOC, the CRF ran on to 許明台
    people = _people(["（中央社記者許明台北2018年1月25日電）股市追漲不追跌的特性同樣適用於房市。"])
    assert set(people) == {"許明"}
    assert _people(["（中央社記者郭哲台北2018年1月25日電）房市交易量下滑。"]).keys() == {"郭哲"}


def test_a_line_of_a_credit_label_and_names_is_read_by_the_credit_reader() -> None:
    # Mongolian names are not surname-led; 孟和乌日娜 glued: the reader splits the run
    assert _people(["作者 奥兰 乌日娜"]).keys() == {"奥兰", "乌日娜"}
    people = _people(["作者：孟和乌日娜"])
    assert set(people) == {"孟和", "乌日娜"} and {p.kind for p in people.values()} == {"reporter"}
    assert {p.kind for p in _people(["编辑：奥兰 乌日娜"]).values()} == {"editor"}


def test_a_transliteration_is_not_cut_before_a_place() -> None:
    # a transliteration's parts are often places for LAC: the span stays whole
    text = "达尼·伯尔切斯特表示"
    assert _cut_before_place(text, [Token("切斯特", "LOC", 5, 8)], 0, 7) == (0, 7)
    assert _cut_before_place("記者許明台北", [Token("台北", "LOC", 4, 6)], 2, 5) == (2, 4)
