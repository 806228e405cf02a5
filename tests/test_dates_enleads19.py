"""The families of the forty-third natural sample (enleads19, modern English web news; dev since its first run) that
the policy gives and the stage read wrong: the weekdays of a weekly timetable after "N days a week:" ("Students
will go to class four days a week: Monday, Tuesday, Thursday and Friday"), a schedule and no date, as "every Friday"
is; "going to" as a future marker ("it’s all going to be hinged on the test on Sunday"). Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

FRIDAY = "2024-03-15"


def _found(text: str, reference: str) -> dict[str, str | None]:
    """text -> value of each date read in ``text`` alone, other than the publication day."""
    record = find_dates(Article(paragraphs=[text], published=reference, lang="en"))
    assert record.error is None
    return {d.text: d.value for d in record.dates if d.kind not in ("published", "dateline")}


@pytest.mark.parametrize(
    "text",
    [
        "Pupils will attend class four days a week: Monday, Tuesday, Thursday and Friday.",
        "The clinic is open three days per week — Monday, Wednesday and Friday — from 9 a.m.",
        "Trash will be collected twice a week: Tuesday and Saturday.",
        "The library now opens five days a week: Mon, Tue, Wed, Thu and Fri.",
    ],
)
def test_the_weekdays_of_a_weekly_timetable_are_no_dates(text: str) -> None:
    assert _found(text, FRIDAY) == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # guards: a weekday after the list is a day again; a weekday after "a week" without a colon is a date
        (
            "The gym opens two days a week: Monday and Thursday. It reopened on Tuesday.",
            {"Tuesday": "2024-03-12"},
        ),
        ("The strike will last a week from Monday, the union said.", {"Monday": "2024-03-18"}),
        ("The rain lasted a week: the storm first hit on Monday.", {"Monday": "2024-03-11"}),
    ],
)
def test_a_weekday_outside_the_timetable_list_stays_a_date(text: str, found: dict[str, str]) -> None:
    assert _found(text, FRIDAY) == found


@pytest.mark.parametrize(
    "text",
    [
        "“It’s all going to depend on the test on Wednesday,” the coach said.",
        "Voters are going to the polls on Wednesday in the first round.",
    ],
)
def test_going_to_tells_a_coming_weekday(text: str) -> None:
    assert _found(text, FRIDAY)["Wednesday"] == "2024-03-20"
