"""The families of the forty-fourth natural sample (enleads20: wire copy and Asian, British, Australian, Indian and
African outlets on summits, forums and expos; dev since its first run) that the policy gives and the stage read wrong:
a plan's infinitive ("agreed to hold talks on Dec. 15", "his intention to attend the summit in November") is no past
that moves its date back a year; a bare month told ahead ("is set to host the summit in November" told in April,
"will be extended to the end of December" told in June) is the coming one; a weekday in a reported "that" clause takes
the tense of that clause's own verb ("said that the forum on Thursday would be attended"); a weekday after "on" that
opens its sentence with no comma takes the tense of the clause after it ("Also on Tuesday the minister will open").
Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _found(text: str, reference: str) -> dict[str, str | None]:
    """text -> value of each date read in ``text`` alone, other than the publication day."""
    record = find_dates(Article(paragraphs=[text], published=reference, lang="en"))
    assert record.error is None
    return {d.text: d.value for d in record.dates if d.kind not in ("published", "dateline")}


@pytest.mark.parametrize(
    ("text", "reference", "mention"),
    [
        (
            "The two ministers agreed in a phone call to meet in Oslo on Dec. 12.",
            "2024-09-06",
            ("Dec. 12", "2024-12-12"),
        ),
        (
            "The mayor has announced his intention to attend the trade fair in Lyon in November.",
            "2024-06-10",
            ("in November", "2024-11"),
        ),
        (
            "Both unions decided on Friday to stage a second strike on Oct. 20.",
            "2024-08-16",
            ("Oct. 20", "2024-10-20"),
        ),
    ],
)
def test_a_plans_infinitive_keeps_the_nearest_year(
    text: str, reference: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text, reference).items()


@pytest.mark.parametrize(
    ("text", "reference", "mention"),
    [
        # a past verb after the infinitive tells the past: the month before
        (
            "She decided to retire after she injured her knee in November.",
            "2024-06-10",
            ("in November", "2023-11"),
        ),
        # "agreed to a merger": a noun after "to", no infinitive; the past verb moves the month back
        ("The two firms agreed to a merger in November.", "2024-06-10", ("in November", "2023-11")),
    ],
)
def test_no_plan_no_infinitive_the_past_still_moves_back(
    text: str, reference: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text, reference).items()


@pytest.mark.parametrize(
    ("text", "reference", "mention"),
    [
        (
            "The city is set to host its first design biennale in November.",
            "2025-04-17",
            ("in November", "2025-11"),
        ),
        (
            "The festival will be extended to the end of December.",
            "2010-06-25",
            ("end of December", "2010-12"),
        ),
        ("The council will vote on the new budget in January.", "2024-05-20", ("in January", "2025-01")),
        (
            "Both leaders have pledged to attend the summit in Nairobi in October.",
            "2024-04-02",
            ("in October", "2024-10"),
        ),
    ],
)
def test_a_bare_month_told_ahead_is_the_coming_one(
    text: str, reference: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text, reference).items()


@pytest.mark.parametrize(
    ("text", "reference", "mention"),
    [
        # a participle of a past event governs the month: the one before
        ("Exports will recover from the slump seen in January.", "2024-05-20", ("in January", "2024-01")),
        # "since": on or before the reference
        (
            "The bank will publish the prices it has paid since January.",
            "2024-05-20",
            ("since January", "2024-01"),
        ),
        # a period of statistics after "for"
        ("The agency will publish its figures for January.", "2024-05-20", ("for January", "2024-01")),
        # two months back or less: the nearest (a report on a month just past)
        ("The report will look at the flooding in March.", "2024-05-20", ("in March", "2024-03")),
    ],
)
def test_a_bare_month_not_told_ahead_keeps_its_reading(
    text: str, reference: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text, reference).items()


@pytest.mark.parametrize(
    ("text", "reference", "mention"),
    [
        # Tuesday 12 March: the coming Thursday, not the one before that "said" would give
        (
            "The ministry said that the closing session on Thursday would be chaired by the premier.",
            "2024-03-12",
            ("Thursday", "2024-03-14"),
        ),
        # the reported clause told in the past: the Saturday before (Thursday 14 March)
        (
            "Officials said that the two ferries on Saturday were carrying 300 passengers.",
            "2024-03-14",
            ("Saturday", "2024-03-09"),
        ),
        # "that Monday" is a demonstrative: the reporting verb still decides
        (
            "The coach said that Monday was the hardest day of the camp.",
            "2024-03-14",
            ("Monday", "2024-03-11"),
        ),
    ],
)
def test_a_weekday_in_a_reported_that_clause(text: str, reference: str, mention: tuple[str, str]) -> None:
    assert mention in _found(text, reference).items()


@pytest.mark.parametrize(
    ("text", "reference", "mention"),
    [
        # Thursday 14 March: the coming Tuesday, not the one two days before
        (
            "Also on Tuesday the foreign minister will open a trade fair in Leeds.",
            "2024-03-14",
            ("Tuesday", "2024-03-19"),
        ),
        # Sunday 10 March: the Tuesday before, not the one two days ahead
        ("On Tuesday the court ruled that the law was void.", "2024-03-10", ("Tuesday", "2024-03-05")),
    ],
)
def test_a_weekday_opening_its_sentence_without_a_comma(
    text: str, reference: str, mention: tuple[str, str]
) -> None:
    assert mention in _found(text, reference).items()


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # "likely" with no tense in the clause: ahead (a headline); with a past in it, the nearest (behind)
        ("State polls likely in November, officials say", ("in November", "2025-11")),
        ("Sales were likely lower in November.", ("in November", "2024-11")),
    ],
)
def test_likely_tells_a_bare_month_ahead_only_without_a_past(mention: tuple[str, str], text: str) -> None:
    assert mention in _found(text, "2025-04-17").items()
