"""English rules written after the first run of the tenth natural sample (a second sample of modern English news
found in public code, docs/benchmarks.md "tenth sample"): a wire dateline with a date and an agency but no place
("Dec 6 (Reuters) -", as Reuters heads stories compiled from several places) and a press-release dateline
("CARLSBAD, Calif., May 5, 2025 /PRNewswire/ --"). Read as ordinary dates, their day hid the story's own "on
Tuesday" or "today" (the same date is kept once, first wins). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import english_event_dates

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.text.datelines import parse_dateline


@pytest.mark.parametrize(
    ("text", "agency", "day"),
    [
        (
            "Dec 6 (Reuters) - Copper rebounded on Tuesday after two losing sessions.",
            "Reuters",
            date(2022, 12, 6),
        ),
        ("March 4 (Reuters) - The carmaker on Tuesday cut prices in Europe.", "Reuters", date(2022, 3, 4)),
        ("Sept. 17 (AP) — A ferry ran aground on Thursday.", "AP", date(2022, 9, 17)),
        ("May 3 (Reuters Breakingviews) - Chipmakers have a pricing problem.", "Reuters", date(2022, 5, 3)),
    ],
)
def test_a_wire_dateline_without_a_place(text: str, agency: str, day: date) -> None:
    line = parse_dateline(text, date(2022, 12, 10) if day.month == 12 else day)
    assert line is not None and line.agency == agency and line.place is None
    assert line.date == day


@pytest.mark.parametrize(
    "text",
    [
        "May 3 (Tuesday) - the schedule of the fair",  # a weekday, no agency
        "May 3 (2 p.m.) - doors open",
        "March 4 Reuters reported the sale",  # no parenthesis, no dash
    ],
)
def test_a_date_and_a_parenthesis_are_no_dateline(text: str) -> None:
    line = parse_dateline(text, date(2022, 5, 3))
    assert line is None or line.month is None


def test_the_placeless_dateline_does_not_hide_the_same_day() -> None:
    paragraphs = [
        "Copper rebounded on Tuesday after two losing sessions, traders said.",
        "Dec 6 (Reuters) - Copper rebounded on Tuesday after two losing sessions, traders said.",
    ]
    found = english_event_dates(paragraphs, "2022-12-06")
    assert [(t, v) for t, v, _ in found] == [("Tuesday", "2022-12-06")]
    assert english_event_dates(paragraphs[1:], "2022-12-06") == [("Tuesday", "2022-12-06", None)]


@pytest.mark.parametrize(
    ("text", "place", "agency", "day"),
    [
        (
            "CARLSBAD, Calif., May 5, 2025 /PRNewswire/ -- The golf maker announced today that it will report.",
            "Carlsbad",
            "PR Newswire",
            date(2025, 5, 5),
        ),
        (
            "TORONTO , Aug. 1, 2023 /CNW/ - The clinic announced today that it has hired a new director.",
            "Toronto",
            "CNW",
            date(2023, 8, 1),
        ),
    ],
)
def test_a_press_release_dateline(text: str, place: str, agency: str, day: date) -> None:
    line = parse_dateline(text, day)
    assert line is not None and line.place == place and line.agency == agency and line.date == day


def test_the_press_release_dateline_does_not_hide_today() -> None:
    paragraphs = [
        "TORONTO , Aug. 1, 2023 /CNW/ - The clinic announced today that it has hired a new director."
    ]
    assert english_event_dates(paragraphs, "2023-08-01") == [("today", "2023-08-01", None)]


def test_a_slash_word_after_a_date_is_no_press_wire() -> None:
    # only the wires of dates.toml: "/s/" (a signature) or a path after a date is no dateline
    line = parse_dateline("BOSTON, May 5, 2025 /s/ -- signed by the clerk", date(2025, 5, 5))
    assert line is None or line.agency is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gas flows will halt for three days at the end of the month, the operator said.", "2022-08"),
        ("BERLIN, Aug 19 (Reuters) - Gas flows will halt for three days at the end of the month.", "2022-08"),
        ("The plant will close by the end of this month.", "2022-08"),
        ("The bank expects to finish the sale before the end of the year.", "2022"),
    ],
)
def test_the_end_of_the_month_is_this_month(text: str, value: str) -> None:
    found = english_event_dates([text], "2022-08-19")
    assert [v for _, v, _ in found] == [value]


def test_the_end_of_a_month_named_before_is_no_relative_date() -> None:
    # the month of the sentence, not the reference's: nothing is said about this month
    found = english_event_dates(["Sales fell in March and recovered by the end of the month."], "2022-08-19")
    assert [v for _, v, _ in found] == ["2022-03"]


def test_a_wire_dateline_after_a_photo_caption_in_the_same_paragraph() -> None:
    # scraped feeds run the photo caption and its credit into the dateline: "REUTERS/Jane RoeLONDON, Nov 16 ..."
    paragraphs = [
        "A logo is seen at the company's offices in Santa Clara, California, February 11, 2015. "
        "REUTERS/Jane RoeLONDON, Nov 16 (Reuters) - Britain on Tuesday ordered an in-depth review of the deal."
    ]
    found = english_event_dates(paragraphs, "2021-11-16")
    assert ("Tuesday", "2021-11-16", None) in found
    assert not any(t == "Nov 16" for t, _, _ in found)


def test_a_dateline_quoted_late_in_a_paragraph_is_not_the_story_dateline() -> None:
    # beyond the opening of the paragraph, "LONDON, Nov 12 (Reuters) -" is another story's dateline, quoted
    text = "The minister said on Tuesday the plan stands. " * 12 + "LONDON, Nov 12 (Reuters) - Prices fell."
    record = find_dates(Article(paragraphs=[text], published="2021-11-16", lang="en"))
    assert not any(d.kind == "dateline" for d in record.dates)
