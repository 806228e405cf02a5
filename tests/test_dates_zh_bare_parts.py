"""Dates stage, Chinese: a part of the month or of the year printed alone, and two texts of one date in one sentence
(issue 10, the fourteenth Chinese natural sample, docs/dates.md, the table of Chinese forms): 月底, 月末 and 月初 alone
are the reference's month (month precision) after 本月 in their paragraph, and no mention with no month or another
month named before them; 年底 alone in a paragraph whose last year word before it is 去年 is last year's. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.stages.dates.scan import scan_paragraph


def _mentions(text: str, published: str = "2024-01-10") -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=published, lang="zh"))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


def _values(text: str) -> dict[str, str | None]:
    """Each date of the paragraph with its value before the record keeps identical dates once."""
    return {text[h.start : h.end]: h.value for h in scan_paragraph(text, date(2024, 1, 10), chinese=True)}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("本月内能得到的援助有限，在月底前需要偿还的外债将多达150亿美元。", ("月底", "2024-01")),
        ("本月新开工项目12个，预计月末完工3个。", ("月末", "2024-01")),
        ("本月价格走高。厂家表示月初已经开始提价。", ("月初", "2024-01")),
        ("本月就业形势平稳，到月底，全市新增就业岗位2万个。", ("月底", "2024-01")),
        ("本月库存偏高，在月底前会明显下降。", ("月底", "2024-01")),
    ],
)
def test_a_part_of_the_month_alone_is_the_reference_month(text: str, mention: tuple[str, str]) -> None:
    assert _values(text)[mention[0]] == mention[1]  # kept once under 本月's value in the record


@pytest.mark.parametrize(
    "text",
    [
        "每月底结算一次。",  # every month
        "工程将于3月底完工，月底前验收。",  # another month named before
        "该月底的数据尚未公布。",  # that month
        "正月底天气转暖。",  # the lunar month
        "岁月底蕴深厚。",  # no date: 岁月 + 底蕴
        "所有整改工作须在月底前完成。",  # no month named before it: a month of the text before
        "本月起实施新规，3月底前完成验收，月底前上报。",  # another month named after 本月
    ],
)
def test_a_part_of_another_month_is_no_mention_of_this_one(text: str) -> None:
    assert not any(t in ("月底", "月末", "月初") for t, _v in _mentions(text))


def test_year_end_alone_in_a_paragraph_about_last_year_is_last_years() -> None:
    text = "去年全区服务业增加值增长8%。外资银行不断进入，到年底，获批的外资银行已有22家。"
    assert _values(text)["年底"] == "2023"


def test_year_end_alone_in_a_paragraph_about_this_year_stays_this_years() -> None:
    assert ("年底", "2024") in _mentions("新线路正在施工，预计年底通车。")
    assert _values("去年客流增长5%。今年客流预计再增3%。新线路预计年底通车。")["年底"] == "2024"
    assert _values("本月内到期的外债多，在月底前需要偿还的外债将多达150亿美元。")["月底"] == "2024-01"


def test_two_texts_of_one_date_in_one_sentence_are_both_kept() -> None:
    mentions = _mentions("5月22日，新款手机将在今天10点在官网正式发售。", "2018-05-22")
    assert ("5月22日", "2018-05-22") in mentions and ("今天", "2018-05-22") in mentions


def test_a_relative_word_for_a_date_of_another_sentence_is_kept_too() -> None:
    # policy 4, revised in the thirteenth session: the samples list both texts across sentences too
    mentions = _mentions("5月22日，新款手机发布。今天10点在官网正式发售。", "2018-05-22")
    assert [t for t, v in mentions if v == "2018-05-22"] == ["5月22日", "今天"]


def test_a_date_written_out_again_in_another_sentence_is_kept_once() -> None:
    mentions = _mentions("5月22日，新款手机发布。2018年5月22日10点在官网正式发售。", "2018-05-22")
    assert [t for t, v in mentions if v == "2018-05-22"] == ["5月22日"]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("展会于2026年1月7日星期三开幕。", [("2026年1月7日星期三", "2026-01-07")]),
        ("展会于1月7日 周三开幕。", [("1月7日 周三", "2026-01-07")]),
        ("展会于1月5日周一至1月9日周五举行。", [("1月5日周一至1月9日周五", "2026-01-05")]),
    ],
)
def test_a_weekday_printed_right_after_its_date_is_part_of_it(text: str, mentions: list) -> None:
    assert _mentions(text, "2026-01-09") == mentions
