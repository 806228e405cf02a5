"""Dates stage, English (issue 10, the fourteenth English natural sample's misses, docs/dates.md "A month and day
told in the future"): a month and day without a year that the nearest year puts over two months before the
reference is next year's in a clause told in the future ("will play at the stadium on Jan. 25", told in May); a
time of day ("12:30 p.m.") and "vs." end no clause; "September of last year" is a month; "on this day a year ago"
is a day. Invented sentences; they fail on main 3c56027."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _mentions(text: str, published: str = "2013-05-15") -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=published, lang="en"))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Hawks will play at Riverside Stadium on Jan. 25.", ("Jan. 25", "2014-01-25")),
        ("The Hawks will be the home team for the 12:30 p.m. game on Jan. 26.", ("Jan. 26", "2014-01-26")),
        ("The Kings will be the host vs. the Owls at 7:30 p.m. on Jan. 29.", ("Jan. 29", "2014-01-29")),
        ("The new bridge is scheduled to open on Feb. 3.", ("Feb. 3", "2014-02-03")),
        ("The festival is set to return on March 1.", ("March 1", "2014-03-01")),
    ],
)
def test_a_month_day_told_in_the_future_is_next_years(text: str, mention: tuple[str, str]) -> None:
    assert mention in _mentions(text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The plant closed on Jan. 25.", ("Jan. 25", "2013-01-25")),  # told in the past
        (
            "The court will rule on the fire that broke out on Jan. 25.",
            ("Jan. 25", "2013-01-25"),
        ),  # a past verb
        ("It will be the first home win since March 1.", ("March 1", "2013-03-01")),  # since
        ("The team will travel on April 20.", ("April 20", "2013-04-20")),  # under two months before
    ],
)
def test_a_month_day_not_told_in_the_future_keeps_the_nearest_year(
    text: str, mention: tuple[str, str]
) -> None:
    assert mention in _mentions(text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "And in September of last year a researcher showed the flaw.",
            ("September of last year", "2012-09"),
        ),
        ("In May of 2011 the plant closed.", ("May of 2011", "2011-05")),
        ("Shares hit a low of $580.76 on this day a year ago.", ("this day a year ago", "2012-05-15")),
        ("On this date two years ago, the dam burst.", ("this date two years ago", "2011-05-15")),
    ],
)
def test_a_month_of_a_relative_year_and_this_day_years_ago(text: str, mention: tuple[str, str]) -> None:
    assert mention in _mentions(text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Musk was the largest shareholder as of June, owning about 17%.", ("as of June", "2020-06")),
        ("Retail sales soared 5.3% last month compared to December.", ("compared to December", "2020-12")),
        ("Exports rose 4% compared with September.", ("compared with September", "2020-09")),
        ("The index gained 2% in January versus December.", ("versus December", "2020-12")),
    ],
)
def test_a_month_after_as_of_or_compared_to(text: str, mention: tuple[str, str]) -> None:
    assert mention in _mentions(text, "2021-02-17")
