"""English rules written after the first run of the ninth natural sample (modern English news found in public code,
docs/benchmarks.md "ninth sample"): a byline run into the wire dateline, a month "throughout" a clause, a superlative
that does not govern "in two years", and "Month D and D" as two dates. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import english_event_dates

from pipeline.text.datelines import parse_dateline


@pytest.mark.parametrize(
    ("text", "place", "reporters"),
    [
        (
            "By Jane Doe and John Smith NEW YORK, Aug 14 (Reuters) - Stocks slipped on Friday.",
            "New York",
            ["Jane Doe", "John Smith"],
        ),
        # scraped feeds drop the line break: the name runs into the place
        (
            "By Maria LopezMADRID, Aug 13 (Reuters) - The minister resigned on Thursday.",
            "Madrid",
            ["Maria Lopez"],
        ),
    ],
)
def test_a_byline_run_into_the_wire_dateline(text: str, place: str, reporters: list[str]) -> None:
    line = parse_dateline(text, date(2026, 8, 14))
    assert line is not None and line.place == place and line.agency == "Reuters"
    assert line.reporters == reporters
    assert line.date in (date(2026, 8, 14), date(2026, 8, 13))


def test_the_dateline_after_a_byline_does_not_hide_the_same_day() -> None:
    paragraphs = [
        "Markets wobble",
        "By Jane Doe and John Smith NEW YORK, Aug 14 (Reuters) - Stocks slipped on Friday.",
    ]
    assert ("Friday", "2026-08-14", None) in english_event_dates(paragraphs, "2026-08-14")


def test_a_month_throughout_a_clause() -> None:
    found = english_event_dates(["Demand stayed firm throughout November, dealers said."], "2025-11-24")
    assert [(t, v) for t, v, _ in found] == [("throughout November", "2025-11")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The firm will have the first of its new plants running in two years, its chairman said.", "2026"),
        ("The city hopes to open the biggest new stadium anywhere in Europe in three years.", "2027"),
    ],
)
def test_a_superlative_that_does_not_govern_the_duration(text: str, value: str) -> None:
    assert [v for _, v, _ in english_event_dates([text], "2024-03-14")] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Sales posted their biggest monthly gain in two years.",
        "It was the first time in 25 years that it flooded.",
    ],
)
def test_a_superlative_right_before_the_duration_is_a_span(text: str) -> None:
    assert english_event_dates([text], "2024-03-14") == []


def test_month_day_and_day_is_two_dates() -> None:
    found = english_event_dates(
        ["The leaders meet in Vilnius on July 7 and 9, officials said."], "2024-03-14"
    )
    assert [(t, v) for t, v, _ in found] == [("July 7", "2024-07-07"), ("9", "2024-07-09")]


def test_between_month_day_and_day_stays_a_range() -> None:
    found = english_event_dates(["Voting runs between July 7 and 9."], "2024-03-14")
    assert [(v, e) for _, v, e in found] == [("2024-07-07", "2024-07-09")]
