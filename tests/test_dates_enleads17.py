"""The families of the thirty-eighth natural sample (enleads17, modern English web news; dev since its first run)
that the policy gives and the stage read wrong: a bare weekday in a "since" phrase or clause, which lies on or
before the reference whatever the main clause says ("will reopen Thursday for the first time since it flooded
Friday"); a parenthetical reporting clause after an opening phrase, which is not its main clause ("The vote on
Wednesday, he said, would ..."); a past form in an "if" clause whose sentence goes on with "would", a condition of
a coming day, not a past event ("if the sides agreed a text by Thursday, he would call a vote"); a weekday right after
"and" with no verb of its own ("marched to protest the law and Saturday's arrests"), told in the tense of the nearest
clause before the "and" that shows one; a weekday run into "on" by a space lost in scraping ("said onMonday"). Every
sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

MONDAY = "2024-03-11"
TUESDAY = "2024-03-12"
WEDNESDAY = "2024-03-13"
FRIDAY = "2024-03-15"


def _found(text: str, reference: str) -> dict[str, str | None]:
    """text -> value of each date read in ``text`` alone, other than the publication day."""
    record = find_dates(Article(paragraphs=[text], published=reference, lang="en"))
    assert record.error is None
    return {d.text: d.value for d in record.dates if d.kind not in ("published", "dateline")}


@pytest.mark.parametrize(
    ("text", "reference", "mention", "value"),
    [
        # the since-clause's own verb, not the main clause's "will"
        (
            "The library will reopen Thursday for the first time since it flooded Friday.",
            MONDAY,
            "Friday",
            "2024-03-08",
        ),
        # right after "since": on or before the reference, though a "will" stands 40 characters back
        ("Crews will keep working on the line, down since Friday.", TUESDAY, "Friday", "2024-03-08"),
        (
            "The bridge has been shut since Saturday, and it will reopen soon.",
            WEDNESDAY,
            "Saturday",
            "2024-03-09",
        ),
        # guard: "since" meaning "because", told ahead
        (
            "Since the bridge will be closed Friday, drivers should take the ferry.",
            MONDAY,
            "Friday",
            "2024-03-15",
        ),
    ],
)
def test_a_weekday_in_a_since_phrase_is_past(text: str, reference: str, mention: str, value: str) -> None:
    assert _found(text, reference)[mention] == value


@pytest.mark.parametrize(
    ("text", "reference", "mention", "value"),
    [
        ("The hearing on Wednesday, she said, would decide the case.", MONDAY, "Wednesday", "2024-03-13"),
        ("The vote on Thursday, officials said, will settle the budget.", MONDAY, "Thursday", "2024-03-14"),
        # guard: the main clause after the parenthesis is in the past
        ("On Tuesday, police said, two men were arrested.", FRIDAY, "Tuesday", "2024-03-12"),
        # guard: no parenthesis, the reporting verb is the main clause ("announced")
        ("On Tuesday, the company announced it would cut jobs.", FRIDAY, "Tuesday", "2024-03-12"),
    ],
)
def test_a_parenthetical_reporting_clause_is_not_the_main_clause(
    text: str, reference: str, mention: str, value: str
) -> None:
    assert _found(text, reference)[mention] == value


@pytest.mark.parametrize(
    ("text", "reference", "mention", "value"),
    [
        (
            "He said that if the sides agreed a text by Thursday, he would call a vote.",
            MONDAY,
            "Thursday",
            "2024-03-14",
        ),
        (
            "If the club won on Saturday, the coach said, it could still reach the final.",
            WEDNESDAY,
            "Saturday",
            "2024-03-16",
        ),
        # guard: "if" meaning "whether", a past event
        ("Officials asked if the plane landed on Sunday.", WEDNESDAY, "Sunday", "2024-03-10"),
        # guard: a counterfactual ("would have"), past
        (
            "If the rain had stopped on Sunday, the match would have gone ahead.",
            WEDNESDAY,
            "Sunday",
            "2024-03-10",
        ),
    ],
)
def test_a_past_form_in_a_condition_of_would_is_no_past(
    text: str, reference: str, mention: str, value: str
) -> None:
    assert _found(text, reference)[mention] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hundreds marched through the city to protest the new law and Saturday's arrests.", "2024-03-09"),
        ("Police questioned the driver about the crash and Saturday’s fire.", "2024-03-09"),
        # guard: told ahead
        ("Fans will travel to the final and Saturday's parade.", "2024-03-16"),
    ],
)
def test_a_weekday_joined_by_and_without_a_verb_takes_the_clause_before(text: str, value: str) -> None:
    found = _found(text, WEDNESDAY)
    assert next(v for t, v in found.items() if t.startswith("Saturday")) == value


def test_the_clause_before_and_is_read_back_past_a_clause_without_tense() -> None:
    # "while protesting": no tense of its own; "marched" before it tells the past
    text = "Crowds marched to the square while protesting the new law and Saturday's arrests."
    assert _found(text, WEDNESDAY)["Saturday"] == "2024-03-09"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officials said onTuesday that the bridge would reopen.", {"Tuesday": "2024-03-12"}),
        ("The storm hit the coast onSunday night.", {"Sunday": "2024-03-10"}),
        # guard: a word that merely ends in "on" is no preposition
        ("Fans in LondonSunday papers.", {}),
    ],
)
def test_a_weekday_run_into_on_by_a_lost_space(text: str, found: dict[str, str]) -> None:
    assert _found(text, WEDNESDAY) == found
