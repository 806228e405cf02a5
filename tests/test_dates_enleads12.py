"""The families of the twenty-ninth natural sample (enleads12, dev since its first run; docs/benchmarks.md, "Eleventh
session") that the policy gives and the stage missed: a month and day without a year after that month named earlier
in the sentence ("charges last December … on Dec. 8"); a date after "come" ("armed with the information come January
20"), a target and never moved into the past; "this weekend" told in the past early in a week, the weekend just past.
Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

MONDAY = "2016-11-28"


def _found(text: str, reference: str, lang: str = "en") -> dict[str, str | None]:
    """text -> value of each date read in ``text`` alone, other than the publication day."""
    record = find_dates(Article(paragraphs=[text], published=reference, lang=lang))
    assert record.error is None
    return {d.text: d.value for d in record.dates if d.kind not in ("published", "dateline")}


@pytest.mark.parametrize(
    ("text", "reference", "mention", "value"),
    [
        (
            "She was charged last December after her car hit a wall in Leeds on Dec. 8.",
            "2013-07-18",
            "Dec. 8",
            "2012-12-08",
        ),
        (
            "The plant closed last March, and on March 3 the workers left.",
            "2013-10-02",
            "March 3",
            "2013-03-03",
        ),
        ("The firm said next month's sale opens on August 2.", "2013-07-18", "August 2", "2013-08-02"),
        ("He was arrested last November and charged on Nov. 30.", "2014-02-10", "Nov. 30", "2013-11-30"),
        ("去年12月，该公司宣布裁员，12月8日正式执行。", "2014-03-01", "12月8日", "2013-12-08"),
    ],
)
def test_a_day_without_a_year_takes_the_year_of_its_month_named_before(
    text: str, reference: str, mention: str, value: str
) -> None:
    lang = "zh" if "年" in text else "en"
    assert _found(text, reference, lang)[mention] == value


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        (
            "It was hoped the team would be prepared and armed with the data come January 20.",
            "January 20",
            "2017-01-20",
        ),
        (
            "The new rules, which were drafted and approved, take effect come March 1.",
            "March 1",
            "2017-03-01",
        ),
        (
            "Everything changed in the spring, as officials feared in April.",
            "in April",
            "2016-04",
        ),  # guard: past
    ],
)
def test_a_date_after_come_is_a_target(text: str, mention: str, value: str) -> None:
    assert _found(text, "2016-12-12")[mention] == value


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        (
            "The governor has met the mayor twice, including a long talk this weekend that she asked for.",
            MONDAY,
            "2016-11-26",
        ),
        ("Protesters gathered this weekend in the capital.", MONDAY, "2016-11-26"),
        ("Protesters gathered this weekend in the capital.", "2016-11-30", "2016-11-26"),  # a Wednesday
        ("The team will play two games this weekend.", MONDAY, "2016-12-03"),  # the future: the coming one
        ("Protesters gathered this weekend in the capital.", "2016-12-01", "2016-12-03"),  # a Thursday
        ("Crowds are anticipated to peak this weekend.", MONDAY, "2016-12-03"),  # anticipated: the future
    ],
)
def test_this_weekend_told_in_the_past_early_in_a_week(text: str, reference: str, value: str) -> None:
    assert _found(text, reference)["this weekend"] == value


# the thirty-first natural sample (enleads13, dev): a future marker right before a bare month, inside a clause told in
# the past, keeps the coming month
@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        (
            "Officials said on Thursday that the minister's scheduled September visit is in doubt.",
            "September",
            "2013-09",
        ),
        ("Aides said that her planned October tour was cancelled.", "October", "2013-10"),
        (
            "Sales fell sharply in September.",
            "in September",
            "2012-09",
        ),  # guard: a past clause moves the month
    ],
)
def test_a_future_word_right_before_a_month_keeps_it_ahead(text: str, mention: str, value: str) -> None:
    assert _found(text, "2013-07-18")[mention] == value
