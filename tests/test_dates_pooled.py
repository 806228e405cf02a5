"""The families that the pooled residual misses of all eighteen natural samples showed (session 23; docs/benchmarks.md,
"Pooled residual misses"), and the policy questions decided then by how the blind annotators wrote them (docs/dates.md,
"Policy questions"): a count with no date in its sentence counted from the date that ends the sentence before it in the
same paragraph, and "in N days" after an ordinal or an amount, a span rather than a date ahead. Every sentence here
is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

THURSDAY = "2024-03-14"


def _found(paragraphs: list[str], lang: str = "en") -> list[tuple[str, str | None]]:
    """(text, value) of each date read, other than the publication day and the dateline."""
    record = find_dates(Article(paragraphs=paragraphs, published=THURSDAY, lang=lang))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind not in ("published", "dateline")]


@pytest.mark.parametrize(
    ("text", "lang", "count", "value"),
    [
        (
            "Police arrested him on March 3. Five days later he was released.",
            "en",
            "Five days later",
            "2024-03-08",
        ),
        (
            "The plant was shut on Feb. 20. It reopened two weeks later.",
            "en",
            "two weeks later",
            "2024-03-05",
        ),
        (
            "The firm sued on March 11. A day earlier, its chief had resigned.",
            "en",
            "A day earlier",
            "2024-03-10",
        ),
        ("The rate fell in October. A year earlier it was higher.", "en", "A year earlier", "2022"),
        ("警方3月3日逮捕了他。五天后，他获释。", "zh", "五天后", "2024-03-08"),
        ("2月20日，该厂停产。两周后，工厂恢复生产。", "zh", "两周后", "2024-03-05"),
    ],
)
def test_a_count_with_no_date_in_its_sentence_counts_from_the_sentence_before(
    text: str, lang: str, count: str, value: str
) -> None:
    assert (count, value) in _found([text], lang)


@pytest.mark.parametrize(
    ("paragraphs", "lang", "count"),
    [
        # an event before it, not a date
        (
            ["Police arrested him after the protest. Five days later he was released."],
            "en",
            "Five days later",
        ),
        # a range is no point to count from
        (["He was detained last week. Two days later he was freed."], "en", "Two days later"),
        # "after" + an event counts from the event
        (["The talks opened on March 4. A day after the talks ended, the envoy left."], "en", "A day after"),
        # another paragraph is no base
        (["Police arrested him on March 3.", "Five days later he was released."], "en", "Five days later"),
        # a Chinese count after a verb counts from that event
        (["3月1日，警方宣布收紧安检。事件发生在宣布收紧安检一周后。"], "zh", "一周后"),
    ],
)
def test_a_count_after_an_event_range_or_paragraph_keeps_no_value(
    paragraphs: list[str], lang: str, count: str
) -> None:
    assert (count, None) in _found(paragraphs, lang)


def test_an_anaphora_does_not_reach_the_sentence_before() -> None:
    # 次日 after a date of another sentence stays no mention (docs/dates.md, "Known limits")
    assert _found(["警方3月3日逮捕了他。次日，他获释。"], "zh") == [("3月3日", "2024-03-03")]


@pytest.mark.parametrize(
    "text",
    [
        "She set her second world record in 10 days.",
        "MASTERKOVA BREAKS SECOND WORLD RECORD IN 10 DAYS .",
        "Leicestershire beat Somerset by an innings and 39 runs in two days.",
        "He lost 5 kg in two weeks.",
    ],
)
def test_in_n_days_after_an_ordinal_or_an_amount_is_a_span(text: str) -> None:
    assert _found([text]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks resume in two weeks.", "2024-03-28"),
        ("The committee meets at 10 in two weeks.", "2024-03-28"),  # a time of day is no amount
        ("The vote is on March 30 in two weeks.", "2024-03-28"),  # nor a date
        ("The firm will cut 500 jobs in two years.", "2026"),  # a future marker first
    ],
)
def test_in_n_days_stays_a_date_ahead(text: str, value: str) -> None:
    assert ("in two " + text.split("in two ")[1].rstrip("."), value) in _found([text])
