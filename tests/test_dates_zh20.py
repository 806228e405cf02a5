"""Dates stage, Chinese (issue 10, zhleads20, dev; docs/dates.md): 即日起 ("from this very day") and 即日起至6日 as a range
from the reference day; a weekday joined to the weekday before it (周三和周六, 周四、周五) is the first such day after that
one; a weekly timetable (星期一停驶……星期二停驶……星期三停驶……) holds no dates; a day written alone inside a range of days the
story named before it is that range's day. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.stages.dates.scan import scan_paragraph


def _values(text: str, ref: date = date(2024, 3, 11)) -> dict[str, tuple[str | None, str | None]]:
    """Each date of the paragraph (reference Monday 11 March 2024 unless given) with its value and range end."""
    return {text[h.start : h.end]: (h.value, h.end_value) for h in scan_paragraph(text, ref, chinese=True)}


def _mentions(paragraphs: list[str], published: str = "2024-03-11") -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=paragraphs, published=published, lang="zh"))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind not in ("published", "dateline")]


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("本站讯 自即日起，市图书馆延长开放时间。", "即日起", ("2024-03-11", None)),
        ("从即日开始，全市公交实行夏季时刻表。", "即日开始", ("2024-03-11", None)),
        ("即日起至15日，景区门票半价。", "即日起至15日", ("2024-03-11", "2024-03-15")),
        ("即日起至4月2日，展览每天开放。", "即日起至4月2日", ("2024-03-11", "2024-04-02")),
        ("预计即日至13日，沿江地区有一次降雨过程。", "即日至13日", ("2024-03-11", "2024-03-13")),
    ],
)
def test_from_this_very_day(text: str, found: str, value: tuple[str, str | None]) -> None:
    assert _values(text)[found] == value


def test_from_this_very_day_into_the_next_month() -> None:
    assert _values("即日起至5日，城区道路分段施工。", date(2024, 3, 28))["即日起至5日"] == (
        "2024-03-28",
        "2024-04-05",
    )


def test_the_same_day_is_not_read_as_today() -> None:
    # 即日 without 起 or 开始 ("the same day" of another date, "soon" in older copy) is left alone
    assert "即日" not in _values("代表团于3日抵达，即日返回。")


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        # a Monday: the nearest Saturday would be two days back; joined to Wednesday it is that week's
        ("气象台预计，周三和周六的最低气温比较低。", "周六", "2024-03-16"),
        ("周四、周五将有小雨，周日转晴。", "周五", "2024-03-15"),
        ("本周二和周四，展馆暂停开放。", "周四", "2024-03-14"),
        ("星期五或星期一，两队将再次交手。", "星期一", "2024-03-18"),
    ],
)
def test_a_weekday_joined_to_the_one_before(text: str, found: str, value: str) -> None:
    assert _values(text)[found][0] == value


def test_a_schedule_joined_to_every_is_no_date() -> None:
    assert "周六" not in _values("博物馆每周三和周六晚间延时开放。")


@pytest.mark.parametrize(
    "text",
    [
        "新一轮限行方案：星期一停驶尾号1和6，星期二停驶尾号2和7，星期三停驶尾号3和8，星期四停驶尾号4和9。",
        "食堂菜单 周一：红烧鱼 周二：土豆牛肉 周三：宫保鸡丁 周四：清蒸排骨 周五：水饺",
    ],
)
def test_a_weekly_timetable_holds_no_dates(text: str) -> None:
    assert not [k for k in _values(text) if "星期" in k or "周" in k]


def test_a_weather_list_keeps_its_days() -> None:
    values = _values("周四晴，周五多云，周六小雨。", date(2024, 3, 13))
    assert values["周四"][0] == "2024-03-14" and values["周六"][0] == "2024-03-16"


def test_a_day_alone_inside_a_range_the_story_named() -> None:
    found = _mentions(
        [
            "据报道，考察团将于4月2日至6日访问当地，行程五天。",
            "3日，考察团将参观港口。5日，考察团将与企业座谈。",
        ],
        "2024-03-20",
    )
    assert ("3日", "2024-04-03") in found and ("5日", "2024-04-05") in found


def test_a_day_outside_the_range_keeps_the_nearest() -> None:
    found = _mentions(["考察团将于4月2日至6日访问当地。", "外交部19日表示欢迎。"], "2024-03-20")
    assert ("19日", "2024-03-19") in found


def test_a_long_range_does_not_move_a_day() -> None:
    # a month-long exhibition: the 18th of the story's own month stays the nearest
    found = _mentions(["展览将于4月1日至30日举行。", "主办方18日在发布会上介绍了展览。"], "2024-03-20")
    assert ("18日", "2024-03-18") in found


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("本周全市客流较前一周增长一成。", "前一周", ("2024-03-04", "2024-03-10")),
        ("上周成交量比前一周下降。", "前一周", ("2024-02-26", "2024-03-03")),
        ("本周客流与前一周持平。", "前一周", ("2024-03-04", "2024-03-10")),
    ],
)
def test_the_week_before_a_named_week(text: str, found: str, value: tuple[str, str]) -> None:
    assert _values(text)[found] == value


@pytest.mark.parametrize(
    "text", ["本周是期末考试前一周。", "前一周的比赛中，他受了伤。", "本周五较前一周有所好转。"]
)
def test_the_week_before_an_event_or_no_week_is_no_mention(text: str) -> None:
    assert "前一周" not in _values(text)


def test_the_previous_day_counts_from_the_date_before_it() -> None:
    assert ("前一天", "2024-03-04") in _mentions(["3月5日，他抵达北京，前一天他刚从上海返回。"])


@pytest.mark.parametrize("text", ["考试前一天，学生们都在复习。", "他提前一天到达会场。"])
def test_the_day_before_an_event_is_no_mention(text: str) -> None:
    assert not _mentions([text])
