"""The families of the twenty-first natural sample (enleads8, dev since its first run; docs/benchmarks.md,
"Twenty-first and twenty-second natural samples") that the policy gives and the stage missed: a month without a year
told in the past whose clause the reader cut short (at the dots of "U.S.", the comma of "414,000", quotes around a
word) or whose past a participle, "since" further back or "previous" gives; a month the stage left unread ("as early as
December", the second of "in April and May"); and "in a week" after a multiple ("a five-fold increase in a week"), a
span. Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

JANUARY = "2022-01-07"  # a Friday; February to June are nearer ahead than behind


def _found(text: str, reference: str = JANUARY) -> list[tuple[str, str | None]]:
    """(text, value) of each date read in ``text`` alone, other than the publication day."""
    record = find_dates(Article(paragraphs=[text], published=reference, lang="en"))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind not in ("published", "dateline")]


@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        # initials before a lower-case word end no clause: "since" and the past reach the month
        (
            "Shares slid on the news, the worst since U.S. regulators' report on the bank in April.",
            "in April",
            "2021-04",
        ),
        (
            "Investors have fled since the U.K. watchdog's ruling on the merger in March.",
            "in March",
            "2021-03",
        ),
        # quotes around a few words end no clause
        ('The bloc adopted a "five-point" plan in April.', "in April", "2021-04"),
        ('The bloc signed a "historic" accord in May.', "in May", "2021-05"),
        ("The council approved the so-called 'green deal' charter in May.", "in May", "2021-05"),
        # the comma of a number ends no clause, and a participle right before the month governs it
        ("Cases will pass the record of more than 414,000 set in May.", "in May", "2021-05"),
        ("Stocks will retest the lows set in March.", "in March", "2021-03"),
        ("Prices may soon beat the peak hit in April.", "in April", "2021-04"),
        ("Output will top the high of 1.25 million barrels reached in March.", "in March", "2021-03"),
        ("Analysts will compare it with the figures published in February.", "in February", "2021-02"),
        # "previous", "prior" before the noun the month dates
        ("Demand during a previous major wave in May strained hospitals.", "in May", "2021-05"),
        ("Its prior record high in June is the mark to beat.", "in June", "2021-06"),
    ],
)
def test_a_month_told_in_the_past_is_the_one_before(text: str, month: str, value: str) -> None:
    assert (month, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        ("The plant will be completed in May.", "in May", "2022-05"),  # a passive after be: no past
        ("The new rules are set to take effect in March.", "in March", "2022-03"),
        ("Officials expect the U.S. economy to recover in April.", "in April", "2022-04"),
        ("The previous owner plans to reopen the hotel in May.", "in May", "2022-05"),
        ("Since the budget will be voted in March, parties are campaigning.", "in March", "2022-03"),
        ("A rate cut in March is likely.", "in March", "2022-03"),  # "cut" after an article: a noun
        ('He said "we will win" in April.', "in April", "2022-04"),  # a quote with a verb in it stays read
    ],
)
def test_a_month_with_no_past_stays_the_nearest(text: str, month: str, value: str) -> None:
    assert (month, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("UBS weighed the deal as early as December.", "2023-05-03", [("as early as December", "2022-12")]),
        ("The bank could cut rates as soon as June.", "2023-05-03", [("as soon as June", "2023-06")]),
        ("The vote may slip to as late as September.", "2023-05-03", [("as late as September", "2023-09")]),
        ("Fighting was reported as recently as March.", "2023-05-03", [("as recently as March", "2023-03")]),
        (
            "Demand during a previous major wave in April and May strained hospitals.",
            JANUARY,
            [("in April", "2021-04"), ("May", "2021-05")],
        ),
        ("Sales rose in June and July.", JANUARY, [("in June", "2021-06"), ("July", "2021-07")]),
        (
            "The talks will resume in March or April.",
            JANUARY,
            [("in March", "2022-03"), ("April", "2022-04")],
        ),
        (
            "Output fell in November and December.",
            JANUARY,
            [("in November", "2021-11"), ("December", "2021-12")],
        ),
        (
            "The festival runs in December and January.",
            "2022-10-05",
            [("in December", "2022-12"), ("January", "2023-01")],
        ),
    ],
)
def test_a_month_left_unread_before_is_read(
    text: str, reference: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell in April and May 2020.", [("in April", "2021-04"), ("May 2020", "2020-05")]),
        ("Prices rose between April and May.", [("between April and May", "2021-04")]),
    ],
)
def test_a_pair_of_months_with_a_year_or_a_range_is_read_as_before(text: str, expected: list) -> None:
    assert _found(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cases jumped to 117,100 on Friday, a five-fold increase in a week.",
        "Bitcoin trading volume, a 10-fold jump in three days, alarmed regulators.",
        "Exports, a twofold gain in a month, lifted the currency.",
        "The index, a threefold rise in two years, tops the region.",
        "Hospital admissions, a fourfold surge in a week, strain the system.",
    ],
)
def test_in_a_week_after_a_multiple_is_a_span(text: str) -> None:
    assert not [t for t, _ in _found(text) if t.startswith("in ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant will open in two weeks.", ("in two weeks", "2022-01-21")),
        ("The firm will unfold plans in two weeks.", ("in two weeks", "2022-01-21")),
        ("Voters choose a new council in a week.", ("in a week", "2022-01-14")),
    ],
)
def test_in_a_week_without_a_multiple_stays_a_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)
