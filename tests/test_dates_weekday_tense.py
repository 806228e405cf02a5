"""The tense of an English bare weekday read from its clause (pipeline/stages/dates/en_weekdays.py, docs/dates.md):
the word that governs the weekday decides, the nearest first — a participle of beginning, a preposition of goal, a
modal, the verbs of the clause, a headline's present. Made-up sentences; the reference is Thursday 2024-03-14 unless
a case gives another (Monday 2024-03-11 is 3 days back, Monday 2024-03-18 4 days ahead; Sunday 2024-03-10 4 days
back, Sunday 2024-03-17 3 days ahead)."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _values(text: str, published: str = "2024-03-14") -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=published, lang="en"))
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of beginning right before the weekday: the event begins then, ahead of the report
        ("The national chess championships beginning Monday in Leeds were redrawn.", "2024-03-18"),
        ("The team was named for the three-match series starting on Monday.", "2024-03-18"),
        ("Fares rise by 4 percent effective Monday, the operator announced.", "2024-03-18"),
    ],
)
def test_a_participle_of_beginning_reads_ahead(text: str, expected: str) -> None:
    assert [v for _, v in _values(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition of goal (to, until, for, before) after a verb that moves an event in time: the new time
        # lies ahead even when the moving is told in the past
        ("The final was postponed to Monday because of rain.", "2024-03-18"),
        ("The vote has been delayed until Monday, officials said.", "2024-03-18"),
        ("Parliament adjourned the debate to Monday.", "2024-03-18"),
        # a goal after a present perfect or no verb: ahead; a possessive after for/before keeps the goal
        ("Two players have withdrawn from the squad for Monday's qualifier.", "2024-03-18"),
        (
            "Fans queued for tickets before Monday's final.",
            "2024-03-11",
        ),  # simple past: the goal of a past act
        # a simple past that is not a moving verb keeps the past ("was closed until Monday": round 4)
        ("The border was closed until Monday.", "2024-03-11"),
        # from ... to is a range, and "the week to Friday" the end of a span: "to" is no goal
        ("Fighting raged from Sunday evening to Monday morning.", "2024-03-11"),
        ("In the week to Monday, exports fell 3 percent.", "2024-03-11"),
    ],
)
def test_a_goal_preposition_reads_ahead_of_its_event(text: str, expected: str) -> None:
    assert [v for _, v in _values(text)][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal with a bare verb governs the weekday: ahead, whatever the reporting verb after it
        ("The board might decide as soon as Monday, a newspaper reported.", "2024-03-18"),
        ("Ministers may vote on Monday on the plan, an aide said.", "2024-03-18"),
        ("Parties must register by Monday, the commission said.", "2024-03-18"),
        # a modal perfect is a past: "might have decided"
        ("The board might have decided on Monday, a newspaper reported.", "2024-03-11"),
        # "May" the month is no modal
        ("Sales fell in May and again on Monday.", "2024-03-11"),
    ],
)
def test_a_modal_reads_ahead(text: str, expected: str) -> None:
    assert [v for t, v in _values(text) if "Monday" in t] == [expected]


def test_the_governing_verb_is_read_back_to_its_clause_start() -> None:
    # the past verb lies further back than the first window of 60 characters
    text = "He replaces Jones who tore a hamstring in the second half of the narrow cup victory over Rangers in Glasgow on Sunday."
    assert _values(text) == [("Sunday", "2024-03-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines tell a past event in the present and a coming one with "to" + verb (or will)
        ("Floods kill 30 in Bangladesh on Sunday", "2024-03-10"),
        ("STORM LASHES COAST ON SUNDAY", "2024-03-10"),
        ("Premier to visit flood zone on Monday", "2024-03-18"),
        # a sentence of body text is no headline: the nearest Monday stays (tense from nothing)
        ("Rain in the north on Sunday.", "2024-03-17"),
    ],
)
def test_a_headline_present_is_past(text: str, expected: str) -> None:
    assert [v for _, v in _values(text)] == [expected]


def test_a_future_verb_further_back_does_not_put_a_noun_s_event_ahead() -> None:
    # the weekday names the time of the explosion, not of the investigation (ahead of it), 60+ characters back
    text = "Authorities would also investigate reports by local fishermen of an explosion on Sunday morning."
    assert _values(text, "2024-03-12") == [("Sunday", "2024-03-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday joined to the one before it is the first such day after that one: pairs and spans are written
        # in the order of time (Thursday 2024-03-14: Monday and Tuesday alone would be the ones before)
        ("The festival runs from Friday to Monday.", ["2024-03-15", "2024-03-18"]),
        ("The sale runs Saturday through Tuesday at all stores.", ["2024-03-16", "2024-03-19"]),
        ("Storms are possible Friday night through Monday morning.", ["2024-03-15", "2024-03-18"]),
        ("The office is open Friday-Tuesday.", ["2024-03-15", "2024-03-19"]),
        ("Tickets are valid on Friday or on Monday.", ["2024-03-15", "2024-03-18"]),
        # a past pair keeps its days; a weekday of another clause is not joined
        ("Heavy rain fell Sunday and Monday.", ["2024-03-10", "2024-03-11"]),
        ("He met Obama on Monday and will meet Xi on Tuesday.", ["2024-03-11", "2024-03-19"]),
    ],
)
def test_a_weekday_joined_to_the_one_before_follows_it(text: str, expected: list[str]) -> None:
    assert [v for _, v in _values(text)] == expected


def test_a_weekday_of_another_clause_is_not_joined() -> None:
    # Wednesday 2024-03-13: "fell Friday" is the Friday before; "rose Monday" is read by its own verb
    assert [v for _, v in _values("Stocks fell Friday and rose Monday.", "2024-03-13")] == [
        "2024-03-08",
        "2024-03-11",
    ]
