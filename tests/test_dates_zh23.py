"""Chinese news of 1999–2015 (the twenty-third Chinese blind set of the page store, zhleads23; its text stays outside
the repository): 后天 only where 后 is no end of another word (之后天空), a programme's name in 《》 (《今日观察》正在评论),
Hong Kong's 前午, ranges from today or from a date to a relative day (今起到后天, 7月8日凌晨3时到今天零时), the last day
of a month (8月的最后一天), a two-numeral year (○四年), 后日 after 至, and a bare 周末 told ahead. Sentences here are
invented."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _mentions(text: str | list[str], ref: str) -> list[tuple[str, str | None, str | None]]:
    paragraphs = [text] if isinstance(text, str) else text
    record = find_dates(Article(paragraphs=paragraphs, published=ref, lang="zh"))
    assert record.error is None
    return [(d.text, d.value, d.end) for d in record.dates if d.kind != "published"]


# 2024-03-13 is a Wednesday: this week's weekend is 16 and 17 March
REF = "2024-03-13"


@pytest.mark.parametrize(
    "text",
    [
        "傍晚之后天色渐暗，路灯陆续亮起。",
        "午后天气转阴，风力加大。",
        "比赛结束以后天气突变。",
    ],
)
def test_hou_ending_another_word_is_no_day_after_tomorrow(text):
    assert not [m for m in _mentions(text, REF) if m[0] == "后天"]


def test_day_after_tomorrow_still_read():
    assert ("后天", "2024-03-15", None) in _mentions("气象台预计后天起有一次降温过程。", REF)


def test_programme_name_in_title_marks_is_no_day():
    assert _mentions("《今日聚焦》栏目播出了这期节目。", REF) == []


def test_heading_in_title_marks_alone_is_read():
    assert _mentions("《今日要闻》", REF) == [("今日", "2024-03-13", None)]


def test_qian_wu_is_the_day_before_yesterday():
    assert ("前午", "2024-03-11", None) in _mentions("消防员前午接报到场，火势很快被扑灭。", REF)


@pytest.mark.parametrize("text", ["队员们在赛前午餐时讨论战术。", "日前午间，一辆货车在路口侧翻。"])
def test_qian_wu_inside_other_words_is_no_day(text):
    assert not [m for m in _mentions(text, REF) if m[0] == "前午"]


def test_from_today_to_a_relative_day():
    assert ("今起到后天", "2024-03-13", "2024-03-15") in _mentions("今起到后天，全市以多云天气为主。", REF)


def test_from_a_date_to_today():
    found = _mentions("3月11日凌晨2时到今天零时，山区普降暴雨。", REF)
    assert found[0][1:] == ("2024-03-11", "2024-03-13")


def test_last_day_of_a_month():
    found = _mentions("在2月的最后一天，湖面终于解冻。", REF)
    assert ("2月的最后一天", "2024-02-29", None) in found


def test_two_numeral_year():
    assert ("〇八年", "2008", None) in _mentions("警方沿用〇八年的调查办法。", REF)


def test_full_year_in_numerals_is_not_cut():
    assert ("○四年", "2004", None) not in _mentions("二○○四年，这座桥正式通车。", REF)


def test_hou_ri_after_zhi():
    assert ("后日", "2024-03-15", None) in _mentions("预计这轮降雨将持续至后日，河道水位继续上涨。", REF)


def test_hou_ri_ending_another_word_is_no_day():
    assert _mentions("他在最后日子里仍坚持工作。", REF) == []


def test_bare_weekend_told_ahead():
    found = _mentions("受冷空气影响，周末全市将有一次降温过程。", REF)
    assert ("周末", "2024-03-16", "2024-03-17") in found


@pytest.mark.parametrize(
    "text",
    [
        "周末，不少市民来到公园赏花了。",  # told in the past: the weekend just over, unread
        "每个周末，他都会去图书馆。",
        "由于明后两天为周末，将不实行限行。",  # the two days restated
    ],
)
def test_bare_weekend_not_read(text):
    assert not [m for m in _mentions(text, REF) if m[0] == "周末"]


def test_chronicle_paragraphs_keep_their_year():
    found = _mentions(
        ["2008年3月6日，新馆开工建设。", "5月1日，主体结构封顶。", "1、9月20日，新馆正式开馆。"], REF
    )
    assert ("5月1日", "2008-05-01", None) in found
    assert ("9月20日", "2008-09-20", None) in found


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "该馆建成于2008年3月6日。",
            "3月10日，该馆发布闭馆通知。",
        ],  # the full date does not open its paragraph
        [
            "2008年3月6日，新馆开工建设。",
            "今天，馆方发布通知。",
            "3月10日，该馆闭馆。",
        ],  # back at the reference
        [
            "2008年8月6日，新馆开工建设。",
            "3月10日，该馆发布闭馆通知。",
        ],  # earlier than the chronicle's last date
    ],
)
def test_no_chronicle_year(paragraphs):
    assert ("3月10日", "2024-03-10", None) in _mentions(paragraphs, REF)
