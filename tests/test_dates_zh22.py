"""Chinese business, sports, court, tourism and conference news (the twenty-second Chinese blind set of the page
store, zhleads22; its text stays outside the repository): a list of days of one named week with 周 written once
(下周一、三、五及六), a bare weekday inside a named range of days ahead (下周(3月2日至8日)……星期三在), a date before
以来 ("since": 由5月1日开幕以来), 前一天 after a word of comparison (比前一天), a range from today (从今天起到5月4日)
and a range of months with spaces (2024 年 3 月至 11 月). Sentences here are invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _mentions(text: str | list[str], ref: str) -> list[tuple[str, str | None, str | None]]:
    paragraphs = [text] if isinstance(text, str) else text
    record = find_dates(Article(paragraphs=paragraphs, published=ref, lang="zh"))
    assert record.error is None
    return [(d.text, d.value, d.end) for d in record.dates if d.kind != "published"]


# 2024-03-14 is a Thursday: next week runs from Monday 18 to Sunday 24 March
def test_days_of_a_named_week_with_the_week_word_once():
    found = _mentions("图书馆将在下周二、四及六延长开放时间。", "2024-03-14")
    assert ("下周二", "2024-03-19", None) in found
    assert ("四", "2024-03-21", None) in found
    assert ("六", "2024-03-23", None) in found


def test_days_of_this_week_joined_by_and():
    found = _mentions("本周一和三，体育馆暂停开放。", "2024-03-14")
    assert ("本周一", "2024-03-11", None) in found
    assert ("三", "2024-03-13", None) in found


@pytest.mark.parametrize(
    "text",
    [
        "下周一和三名外国代表会面。",  # a count after 和
        "本周二及五个部门联合检查。",
        "每周一、三、五开放阅览室。",  # a schedule
        "下周三、一均可预约。",  # not in the order of time
    ],
)
def test_no_day_list_where_a_numeral_is_a_count_or_a_schedule(text):
    assert len(_mentions(text, "2024-03-14")) <= 1  # the named weekday at most, no day of a list


def test_bare_weekdays_inside_a_named_week_ahead():
    text = "展馆下周(3月18日至24日)闭馆维修。其间星期二开放东厅;星期四开放西厅,以及星期五开放北厅。"
    found = _mentions(text, "2024-03-15")  # a Friday: the nearest Tuesday and Thursday are this week's
    assert ("星期二", "2024-03-19", None) in found
    assert ("星期四", "2024-03-21", None) in found
    assert ("星期五", "2024-03-22", None) in found


def test_a_bare_weekday_in_a_range_that_holds_the_reference_keeps_its_reading():
    found = _mentions("本周（3月11日至17日）天气多变。周二已经放晴。", "2024-03-14")
    assert ("周二", "2024-03-12", None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("园区自5月1日开园以来，累计接待游客300万人次。", ("5月1日", "2010-05-01")),
        ("这项展览从6月8日开幕至今，观众络绎不绝。", ("6月8日", "2010-06-08")),
        ("该路段由9日封闭以来，交通一直拥堵。", ("9日", "2010-10-09")),
    ],
)
def test_a_date_before_since_is_not_ahead(text, expected):
    assert (*expected, None) in _mentions(text, "2010-10-31")


def test_a_date_ahead_without_since_stays_ahead():
    assert ("5月1日", "2011-05-01", None) in _mentions("新馆将于5月1日开放，以来访者为主。", "2010-10-31")


def test_the_day_before_after_a_word_of_comparison():
    found = _mentions("3日，全市公交客流比前一天增长两成。", "2024-06-04")
    assert ("前一天", "2024-06-02", None) in found
    found = _mentions("5日的用电量较前一天明显下降。", "2024-06-06")
    assert ("前一天", "2024-06-04", None) in found


def test_the_day_before_an_event_is_still_no_date():
    assert _mentions("3日，他在考试前一天病倒了。", "2024-06-04") == [("3日", "2024-06-03", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("景区从今天起到5月4日实行预约入园。", ("今天起到5月4日", "2023-04-27", "2023-05-04")),
        ("今日起至10日，部分路段临时封闭。", ("今日起至10日", "2023-04-27", "2023-05-10")),
    ],
)
def test_a_range_from_today(text, expected):
    assert expected in _mentions(text, "2023-04-27")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他被指在 2023 年 4 月至 9 月期间多次发帖。", ("2023 年 4 月至 9 月", "2023-04", "2023-09")),
        ("今年 1 至 10 月，产量增长。", ("今年 1 至 10 月", "2024-01", "2024-10")),
        ("2005 年至 2011 年 12 月期间", ("2005 年至 2011 年 12 月", "2005", "2011-12")),
    ],
)
def test_a_range_of_months_set_with_spaces(text, expected):
    assert expected in _mentions(text, "2024-12-30")
