"""A range of days whose ends carry hours is a range of those days (the lead's policy after the thirteenth and
fourteenth natural samples, docs/dates.md: `19日至21日` is a range, `29、30日` two dates, and `24日05时至25日05时`,
`从29日8时到30日8时`, "from 8 a.m. on the 29th to 8 a.m. on the 30th" a range as without hours). Every sentence here
is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _found(text: str, lang: str, published: str) -> list[tuple[str | None, str, str | None]]:
    """(value, kind, end) of each date read in ``text``, other than the publication day."""
    record = find_dates(Article(paragraphs=[text], published=published, lang=lang))
    assert record.error is None
    return [(d.value, d.kind, d.end) for d in record.dates if d.kind not in ("published", "dateline")]


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        (
            "预计从29日8时到30日8时，成都、德阳等地不利于污染物扩散。",
            "2014-01-29",
            "2014-01-29",
            "2014-01-30",
        ),
        ("24日05时至25日05时，华北中南部将出现轻度霾。", "2016-09-24", "2016-09-24", "2016-09-25"),
        ("3日20时至4日8时，北京大部地区将有小到中雪。", "2025-12-03", "2025-12-03", "2025-12-04"),
        ("气象台预计，11月24日8时至25日8时，江南北部有大雨。", "2025-11-23", "2025-11-24", "2025-11-25"),
        ("受冷空气影响，本月5日20时至6日20时全省气温下降6至8℃。", "2025-03-04", "2025-03-05", "2025-03-06"),
        ("30日20时至1日8时，沿江地区局地有暴雨。", "2025-06-30", "2025-06-30", "2025-07-01"),
        ("论坛3日上午至5日在杭州举行，来自20国的代表出席。", "2025-09-02", "2025-09-03", "2025-09-05"),
        ("预计14日晚至15日，全市有雷阵雨，局地伴有大风。", "2025-07-14", "2025-07-14", "2025-07-15"),
        ("12日8点30分至13日8点，该路段实行交通管制。", "2025-04-11", "2025-04-12", "2025-04-13"),
        ("18日夜间到19日白天，东部海域风力较大。", "2025-10-18", "2025-10-18", "2025-10-19"),
        ("从9日凌晨到10日中午，地铁2号线部分车站暂停运营。", "2025-05-08", "2025-05-09", "2025-05-10"),
        ("21日18:00至22日6:00，机场高速封闭施工。", "2025-08-20", "2025-08-21", "2025-08-22"),
    ],
)
def test_a_chinese_range_whose_days_carry_hours_is_a_range(
    text: str, published: str, first: str, last: str
) -> None:
    assert (first, "range", last) in _found(text, "zh", published)


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        (
            "Smog is forecast from 8 a.m. on the 29th to 8 a.m. on the 30th.",
            "2014-01-29",
            "2014-01-29",
            "2014-01-30",
        ),
        (
            "The warning runs from 8 p.m. on the 3rd to 8 a.m. on the 4th.",
            "2025-12-03",
            "2025-12-03",
            "2025-12-04",
        ),
        (
            "Heavy rain is expected from 5 a.m. on March 24 to 5 a.m. on March 25.",
            "2025-03-23",
            "2025-03-24",
            "2025-03-25",
        ),
        (
            "The bridge is closed from 10 p.m. March 20 to 6 a.m. March 21.",
            "2025-03-18",
            "2025-03-20",
            "2025-03-21",
        ),
        (
            "The bridge is closed from March 20 at 10 p.m. to March 21 at 6 a.m.",
            "2025-03-18",
            "2025-03-20",
            "2025-03-21",
        ),
        ("Polls are open from 7 a.m. Nov. 4 until 8 p.m. Nov. 5.", "2025-11-01", "2025-11-04", "2025-11-05"),
        (
            "The curfew lasts from 9 p.m. on the 30th to 6 a.m. on the 1st.",
            "2025-06-29",
            "2025-06-30",
            "2025-07-01",
        ),
        (
            "Snow fell between 8 p.m. on the 11th and 6 a.m. on the 12th.",
            "2025-01-12",
            "2025-01-11",
            "2025-01-12",
        ),
        (
            "Rain fell between 5 a.m. on Sept. 24 and 5 a.m. on Sept. 25, the agency said.",
            "2025-09-25",
            "2025-09-24",
            "2025-09-25",
        ),
        (
            "Trains will not run from midnight on the 14th to noon on the 15th.",
            "2025-02-12",
            "2025-02-14",
            "2025-02-15",
        ),
        (
            "Water supply stops from 10:30 p.m. on the 7th until 6 a.m. on the 8th.",
            "2025-10-06",
            "2025-10-07",
            "2025-10-08",
        ),
        (
            "The strike runs from 6 a.m. on Dec. 2 through 6 a.m. on Dec. 4.",
            "2025-11-28",
            "2025-12-02",
            "2025-12-04",
        ),
    ],
)
def test_an_english_range_whose_days_carry_hours_is_a_range(
    text: str, published: str, first: str, last: str
) -> None:
    assert (first, "range", last) in _found(text, "en", published)


@pytest.mark.parametrize(
    ("text", "lang", "published", "want"),
    [
        # hours within one day: a date, no range
        ("20日8时至10时，局地有雷阵雨。", "zh", "2025-07-19", ("2025-07-20", "event", None)),
        ("29日6时30分，四川气象台发布大雾橙色预警。", "zh", "2014-01-29", ("2014-01-29", "event", None)),
        ("The event is on March 24 to 5 a.m.", "en", "2025-03-20", ("2025-03-24", "event", None)),
        ("Polls close on March 24 at 8 p.m.", "en", "2025-03-20", ("2025-03-24", "event", None)),
        # without hours, as before
        ("19日至21日，会议在京举行。", "zh", "2025-03-18", ("2025-03-19", "range", "2025-03-21")),
        (
            "The fair runs from the 20th to the 21st.",
            "en",
            "2025-03-18",
            ("2025-03-20", "range", "2025-03-21"),
        ),
    ],
)
def test_hours_of_one_day_and_ranges_without_hours_stay_as_they_were(
    text: str, lang: str, published: str, want: tuple[str, str, str | None]
) -> None:
    assert want in _found(text, lang, published)
