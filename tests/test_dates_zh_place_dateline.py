"""A dateline of a place and a day in brackets with no agency, as Malaysia's Chinese papers write it ((吉隆坡3日讯),
（新山4日訊）): the story's dateline, so that its 今日 is that day and not the paper's date, the day after. Learnt from
the thirty-ninth natural sample (星洲日报; its text stays outside the repository). Sentences here are invented."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.text.datelines import fold_width
from pipeline.text.report_leads_zh import place_bracket_dateline_zh


def _mentions(paragraphs: list[str], ref: str) -> list[tuple[str, str | None, str]]:
    record = find_dates(Article(paragraphs=paragraphs, published=ref, lang="zh"))
    assert record.error is None
    return [(d.text, d.value, d.kind) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("(吉隆坡3日讯)国家元首今日在王宫接见企业家。", "吉隆坡", date(2024, 4, 3)),
        ("（新山4日訊）柔佛州警方今日表示，已逮捕兩名嫌犯。", "新山", date(2024, 4, 4)),
        ("（怡保3月30日讯）霹雳州政府宣布新措施。", "怡保", date(2024, 3, 30)),
    ],
)
def test_place_and_day_in_brackets_is_a_dateline(text, place, day):
    d = place_bracket_dateline_zh(fold_width(text), date(2024, 4, 4))
    assert d is not None and d.place == place and d.date == day and d.agency is None


def test_todays_word_is_the_datelines_day():
    paper = ["(吉隆坡3日讯)国家元首今日在王宫接见企业家。", "陛下今日也向各方发出警告。"]
    found = _mentions(paper, "2024-04-04")
    assert ("今日", "2024-04-03", "event") in found
    assert ("(吉隆坡3日讯)", "2024-04-03", "dateline") in found


@pytest.mark.parametrize(
    "text",
    [
        "(3日讯)国家元首今日接见企业家。",  # no place
        "国家元首(吉隆坡3日讯)今日接见企业家。",  # not where the paragraph opens
    ],
)
def test_other_brackets(text):
    assert place_bracket_dateline_zh(fold_width(text), date(2024, 4, 4)) is None


def test_an_agencys_bracket_keeps_its_agency():
    paper = ["(中央社台北3日電)行政院今天宣布新措施。"]
    record = find_dates(Article(paragraphs=paper, published="2024-04-04", lang="zh"))
    assert [d.text for d in record.dates if d.kind == "dateline"] == ["(中央社台北3日電)"]


def test_a_later_paragraph_opening_with_one_is_a_second_story():
    bulletin = [
        "马来西亚新闻简报",
        "背景：政府去年宣布多项措施。",
        "各州情况不一。",
        "(吉隆坡16日讯)部长指出，理事会将在明天开会。",
    ]
    found = _mentions(bulletin, "2021-03-18")
    assert ("(吉隆坡16日讯)", "2021-03-16", "dateline") in found


def test_an_english_later_paragraph_without_an_agency_stays_no_dateline():
    story = ["LONDON, Nov 16 (Reuters) - Shares fell on Monday.", "PARIS, Nov 16 - Prices rose on Monday."]
    record = find_dates(Article(paragraphs=story, published="2026-11-16", lang="en"))
    assert [d.text for d in record.dates if d.kind == "dateline"] == ["LONDON, Nov 16 (Reuters) -"]
