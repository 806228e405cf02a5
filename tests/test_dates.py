"""The dates stage: annotated fixtures, the issue-5 seed articles and bad input."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from helpers import require_shared

from pipeline.record import Article, DateMention
from pipeline.stages.dates import en, find_dates, zh
from pipeline.stages.dates.resolve import (
    nearest_month,
    nearest_month_year,
    nearest_year,
    parse_published,
    weekday_date,
)
from pipeline.text.numbers import cn_number

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dates"


def _article(case: dict) -> Article:
    paragraphs = [p.strip() for p in case.get("text", "").split("\n") if p.strip()]
    return Article(
        title=case.get("title"), paragraphs=paragraphs, published=case.get("published"), lang=case.get("lang")
    )


def _resolved(record: Article) -> set[tuple[str, str | None, str | None]]:
    return {(d.kind, d.value, d.end) for d in record.dates if d.value is not None}


CASES = sorted(FIXTURES.glob("*.json"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_annotated_fixture(path: Path):
    case = json.loads(path.read_text(encoding="utf-8"))
    record = find_dates(_article(case))
    assert record.error is None
    want = {(e["kind"], e["value"], e.get("end")) for e in case["expected"]}
    assert _resolved(record) == want
    for d in record.dates:
        if d.kind not in ("published",):
            assert d.text and d.sentence, d  # every date keeps its source text and sentence


def _seed(prefix: str, published: str | None) -> Article:
    paths = sorted(require_shared("seeds").glob(f"{prefix}*.txt"))
    text = paths[0].read_text(encoding="utf-8")
    m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s*", text)
    if m:
        published, text = published or m.group(1), text[m.end() :]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return Article(paragraphs=paragraphs, published=published, lang="en")


@pytest.mark.corpus("seeds")
def test_seed_000_press_conference_and_conference():
    record = find_dates(_seed("000_", "2021-11-16"))
    events = {d.value for d in record.dates if d.kind == "event"}
    assert events == {"2021-11-16", "2021-11-19"}
    by_value = {d.value: d for d in record.dates if d.kind == "event"}
    assert by_value["2021-11-19"].text == "November 19 this year"
    assert by_value["2021-11-16"].text in ("on the 16th", "On November 16")
    assert [d.value for d in record.dates if d.kind == "dateline"] == ["2021-11-16"]


@pytest.mark.corpus("seeds")
def test_seed_002_dateline_tianjin_and_conference_end():
    record = find_dates(_seed("002_", None))
    assert [d.value for d in record.dates if d.kind == "published"] == ["2022-08-31"]
    dateline = [d for d in record.dates if d.kind == "dateline"]
    assert [d.value for d in dateline] == ["2022-08-30"] and "Tianjin" in dateline[0].text
    events = [d for d in record.dates if d.kind == "event"]
    assert [(d.value, d.text) for d in events] == [("2022-08-29", "On the 29th")]


def test_dateline_field_from_the_extractor_is_the_reference():
    record = Article(
        paragraphs=["会议于16日闭幕。"],
        published="2026-12-01",
        dateline={"place": "杭州", "date": "2026-11-18", "text": "新华社杭州11月18日电"},
    )
    find_dates(record)
    assert ("dateline", "2026-11-18", None) in _resolved(record)
    assert ("event", "2026-11-16", None) in _resolved(record)


def test_chinese_hangzhou_forum_details():
    record = Article(
        title="2026湖畔数字文化论坛将于11月19日至20日在杭州举行",
        paragraphs=[
            "新华社杭州11月18日电（记者 陈晓燕）2026湖畔数字文化论坛将于11月19日至20日在杭州举行，"
            "预计有1200余名嘉宾参会，较去年增长12.5%。"
        ],
        published="2026-11-18T10:30:00+08:00",
    )
    find_dates(record)
    ranges = [d for d in record.dates if d.kind == "range"]
    assert len(ranges) == 1  # title and body give the same range: deduplicated
    assert (ranges[0].value, ranges[0].end, ranges[0].text) == ("2026-11-19", "2026-11-20", "11月19日至20日")
    assert ranges[0].sentence and ranges[0].sentence.startswith("2026湖畔")
    texts = {d.text for d in record.dates}
    assert not any("1200" in t or "12.5" in t for t in texts)
    assert {d.value for d in record.dates if d.kind == "event"} == {"2025"}


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("He spoke yesterday.", "2024-03-07", "2024-03-06"),
        ("She spoke today.", "2024-03-07", "2024-03-07"),
        ("The meeting ended last Friday.", "2024-03-07", "2024-03-01"),
        ("It ended on Thursday.", "2024-03-08", "2024-03-07"),
        ("它将于下周一开幕。", "2024-03-07", "2024-03-11"),
        ("上周五，会议闭幕。", "2024-03-07", "2024-03-01"),
        ("会议将于今年10月召开。", "2026-11-18", "2026-10"),
        ("会议将于明年召开。", "2026-11-18", "2027"),
        ("The next forum will be held next year.", "2026-11-18", "2027"),
        ("It opens Nov. 19.", "2026-11-18", "2026-11-19"),
        ("The plan was approved on the 2nd, officials said.", "2024-08-30", "2024-09-02"),
        ("The centre opened in mid-November.", "2024-12-05", "2024-11"),
        # seventh natural sample: 数 ending a noun (指数, 人数) is no vague count, the day after it is a date
        ("上证指数8日收报3100点。", "2024-03-07", "2024-03-08"),
        ("参观人数9日突破十万。", "2024-03-07", "2024-03-09"),
        # 今年 before an age (他今年35岁: aged 35 this year) is still this year; 今年1-10月 stays a range of months
        ("他今年35岁，来自湖南。", "2024-03-07", "2024"),
    ],
)
def test_relative_and_partial_dates(text, published, value):
    record = find_dates(Article(paragraphs=[text], published=published))
    assert [d.value for d in record.dates if d.kind == "event"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "增长12.5%，共1200余件。",
        "The 18th National Congress opened in 2012.",
        "Sales rose 5% to $2 billion.",
        "展馆每周一至周五开放。",
        "地址：马甸东路9号。",
        "乘坐3号线。",
        "拘留15日。",
        "3日内完成。",
        "价值5日元。",
        "It is on the 16th floor.",
        "USA Today reported it.",
        "共有 3 日本企业参展。",  # a spaced number before 日本 (Japan) is no day
    ],
)
def test_not_dates(text):
    record = find_dates(Article(paragraphs=[text], published="2024-03-07"))
    assert [d for d in record.dates if d.kind != "published"] == []


def test_published_in_utc_is_read_in_beijing_time_for_chinese():
    assert parse_published("2022-05-20T18:30:00Z", chinese=True) == date(2022, 5, 21)
    assert parse_published("2022-05-20T18:30:00Z", chinese=False) == date(2022, 5, 20)
    assert parse_published("2012-01-12T17:21:17", chinese=True) == date(2012, 1, 12)
    assert parse_published("2012年1月12日 17:21", chinese=True) == date(2012, 1, 12)
    assert parse_published("garbage", chinese=True) is None


def test_bad_input_no_crash_no_invention():
    empty = find_dates(Article())
    assert empty.dates == [] and empty.error is None
    junk = find_dates(
        Article(title="\x00\ufffd", paragraphs=["", "￥%……&*（", "9/11 3.14"], published="nope")
    )
    assert junk.dates == [] and junk.error is None
    # Without a reference date, relative dates are kept but not resolved.
    unresolved = find_dates(Article(paragraphs=["会议于16日举行，明天闭幕。"]))
    assert unresolved.dates and all(d.value is None for d in unresolved.dates)
    # Contradictory: a range that ends before it starts, an impossible day.
    bad = find_dates(Article(paragraphs=["会议11月21日至19日举行。原定2月30日。"], published="2026-11-10"))
    assert _resolved(bad) == {("published", "2026-11-10", None)}


def test_a_date_without_a_year_follows_the_full_date_before_it():
    record = find_dates(Article(paragraphs=["去年1月27日，她住院治疗，于30日病逝。"], published="2012-01-12"))
    assert [d.value for d in record.dates if d.kind == "event"] == ["2011-01-27", "2011-01-30"]


def test_duplicates_are_removed():
    record = find_dates(
        Article(paragraphs=["On November 16, x. It was announced on the 16th."], published="2021-11-16")
    )
    assert [d.kind for d in record.dates].count("event") == 1
    assert all(isinstance(d, DateMention) for d in record.dates)


def test_helpers():
    ref = date(2026, 11, 18)  # a Wednesday
    assert nearest_month(16, ref) == date(2026, 11, 16)
    assert nearest_month(2, date(2024, 8, 30)) == date(2024, 9, 2)
    assert nearest_month(30, date(2025, 3, 4)) == date(2025, 3, 30)  # no February 30th
    assert nearest_year(1, 17, date(2024, 12, 31)) == date(2025, 1, 17)
    assert nearest_month_year(12, date(2025, 1, 2)) == "2024-12"
    assert weekday_date(4, ref, "week-1") == date(2026, 11, 13)
    assert weekday_date(4, ref, "last") == date(2026, 11, 13)
    assert weekday_date(4, ref, "nearest") == date(2026, 11, 20)
    assert weekday_date(0, ref, "past") == date(2026, 11, 16)
    assert weekday_date(2, ref, "last") == date(2026, 11, 11)
    assert cn_number("十六") == 16 and cn_number("二十一") == 21 and cn_number("二〇二一") == 2021
    assert cn_number("十") == 10 and cn_number("abc") is None


@pytest.mark.parametrize("rules", [zh, en], ids=["zh", "en"])
def test_rules_are_tables_of_module_level_handlers(rules):
    compiled = rules.rules()
    assert [c.handler for c in compiled] == [r.handler for r in rules.RULES]
    for rule in rules.RULES:
        assert rule.handler.__qualname__ == rule.handler.__name__  # a module-level function, not a closure


@pytest.mark.parametrize(
    ("lead", "published", "dateline"),
    [
        # an outlet the strict dateline grammar does not know: still the story's dateline, so 今天 is kept
        # (before, the dateline's date was an event of the same day and hid 今天: kept once, first wins)
        ("虎扑1月6日讯 今天夏洛特黄蜂队与丹佛掘金队的比赛正在进行中。", "2019-01-06", "虎扑1月6日讯"),
        ("本站北京3月17日电 今天，最高人民法院召开领导干部大会。", "2013-03-17", "本站北京3月17日电"),
        (
            "中国之声《国防时空》北京2月22日电（记者 周宇婷）今天是大年初七。",
            "2018-02-22",
            "中国之声《国防时空》北京2月22日电（记者 周宇婷）",
        ),
        # an outlet written in Latin capitals (NBA3月8日讯, seventh natural sample)
        ("NBA3月8日讯 勇士今天在主场迎战湖人。", "2021-03-08", "NBA3月8日讯"),
    ],
)
def test_a_dateline_of_an_unknown_outlet_does_not_hide_today(lead, published, dateline):
    record = find_dates(Article(paragraphs=[lead], published=published, lang="zh"))
    found = [(d.kind, d.text, d.value) for d in record.dates if d.kind != "published"]
    assert found == [("dateline", dateline, published), ("event", "今天", published)]


def test_numbers_set_apart_by_spaces_are_dates():
    # modern copy puts a space between Han characters and digits (新华社北京 6 月 2 日电, 2 日召开): seventh sample
    lead = "新华社北京 6 月 2 日电 国务院总理 2 日主持召开常务会议。"
    record = find_dates(Article(paragraphs=[lead], published="2025-06-02", lang="zh"))
    found = [(d.kind, d.text, d.value) for d in record.dates if d.kind != "published"]
    assert found == [("dateline", "新华社北京 6 月 2 日电", "2025-06-02"), ("event", "2 日", "2025-06-02")]
    record = find_dates(Article(paragraphs=["发布会定于 6 月 9 日举行。"], published="2025-06-02", lang="zh"))
    assert [(d.text, d.value) for d in record.dates if d.kind == "event"] == [("6 月 9 日", "2025-06-09")]
