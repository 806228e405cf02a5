"""The general causes that session 22's invented probe (tests/fixtures/dates_unseen/probe.toml) and the dev samples
showed: "today" meaning nowadays without 's, an ordinal day before a preposition, "the past weekend", a weekday joined
to the one before it across a time of day, "the 16th of last month", and a month and day without a year that the story
writes in full elsewhere (a headline's "Jan. 6"). Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.dates_unseen import UNSEEN_DIR, load_unseen, score_case
from pipeline.record import Article
from pipeline.stages.dates import find_dates

THURSDAY = "2024-03-14"


def _found(
    paragraphs: list[str], published: str = THURSDAY, lang: str = "en", title: str | None = None
) -> list[tuple[str, str | None, str | None]]:
    """(text, value, end) of each date read, other than the publication day and the dateline."""
    record = find_dates(Article(title=title, paragraphs=paragraphs, published=published, lang=lang))
    assert record.error is None
    return [(d.text, d.value, d.end) for d in record.dates if d.kind not in ("published", "dateline")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Today, farmers in the region use drones to spray their fields.", "Today"),
        ("Today, most households in the country own a smartphone.", "Today"),
        ("Today, the city is home to more than two million people.", "Today"),
        ("Today, many young people prefer to rent rather than buy.", "Today"),
        ("Today, more than half of the country's electricity comes from wind.", "Today"),
        ("Once a fishing village, the town today attracts millions of tourists.", "today"),
        ("Decades ago the valley was farmland; today it is covered with factories.", "today"),
        ("Today the company employs 3,000 people at four sites.", "Today"),
    ],
)
def test_today_meaning_nowadays_has_no_value(text: str, word: str) -> None:
    assert (word, None, None) in _found([text])


@pytest.mark.parametrize(
    "text",
    [
        "Today, the president signed the bill into law.",
        "Today, the court will hear closing arguments.",
        "Today is the deadline for applications.",
        "Today marks 10 years since the disaster.",
        "Today, lawmakers vote on the budget.",
        "Shares fell sharply today after the report.",
        "Ten years ago he founded the firm; today he is stepping down.",
        "Decades ago the plant opened; today it announced its closure.",
        "Today, officials use the new system for the first time.",
        "Today, the embassy remains shut after the attack.",
        # a verb of nowadays used as a noun after a determiner is no verb (2026-12-02)
        "The army released a video today of drones striking a house near the border.",
        "The ministry published photos today of the flooded houses in the valley.",
        "Police shared footage today showing the use of tear gas.",
        "Today, the use of force was condemned by the council.",
        "The agency posted a map today of every home the storm destroyed.",
    ],
)
def test_today_as_the_day_keeps_its_value(text: str) -> None:
    assert [value for _, value, _ in _found([text])][-1] == THURSDAY


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks ended on the 28th without a deal.", "2025-02-28"),
        ("The vote went ahead on the 27th despite the protests.", "2025-02-27"),
        ("Fighting resumed on the 26th amid a failed ceasefire.", "2025-02-26"),
    ],
)
def test_an_ordinal_day_before_a_preposition_is_a_day(text: str, value: str) -> None:
    assert _found([text], "2025-03-01")[0][1] == value


def test_the_past_weekend_is_the_last_one() -> None:
    assert _found(["The storm hit the coast over the past weekend."]) == [
        ("the past weekend", "2024-03-09", "2024-03-10")
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The bridge will be closed from 10 p.m. Friday to 6 a.m. Monday.", "2024-03-15", "2024-03-18"),
        ("The line is shut from 9 p.m. Saturday until 5 a.m. on Monday.", "2024-03-16", "2024-03-18"),
    ],
)
def test_a_weekday_joined_across_a_time_of_day(text: str, first: str, second: str) -> None:
    assert [value for _, value, _ in _found([text])] == [first, second]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The team lost on the 16th of last month.", "2024-02-16"),
        ("The plant reopens on the 3rd of next month.", "2024-04-03"),
        ("Sales peaked on the 2nd of this month.", "2024-03-02"),
    ],
)
def test_a_day_of_a_relative_month(text: str, value: str) -> None:
    assert [value for _, value, _ in _found([text])] == [value]


def test_a_headline_date_takes_the_year_the_story_gives_it() -> None:
    found = _found(
        [
            "Trump deflects responsibility for Jan. 6",
            "He took no responsibility for the mayhem at the Capitol on Jan. 6, 2021, when rioters stormed it.",
        ],
        "2024-09-11",
    )
    # the lead's "Jan. 6, 2021" is the same date, kept once (the first: the headline's)
    assert [(text, value) for text, value, _ in found if text.startswith("Jan. 6")] == [
        ("Jan. 6", "2021-01-06")
    ]


def test_a_chinese_title_date_takes_the_year_the_body_gives_it() -> None:
    found = _found(["2021年1月6日，该市遭遇了百年一遇的寒潮。"], "2024-09-11", "zh", title="回顾1月6日寒潮")
    assert [(text, value) for text, value, _ in found if "1月6日" in text] == [("1月6日", "2021-01-06")]


def test_a_month_and_day_the_story_gives_two_years_stays_the_nearest() -> None:
    found = _found(
        [
            "The talks of Jan. 6, 2021 and of Jan. 6, 2022 both failed.",
            "A new round opens on Jan. 6.",
        ],
        "2024-12-20",
    )
    assert ("Jan. 6", "2025-01-06", None) in found


def test_a_sentence_with_its_own_full_date_keeps_reading_from_it() -> None:
    found = _found(
        [
            "The deal of March 3, 2019 collapsed.",
            "Talks began on Feb. 28, 2023 and the deal followed on March 3.",
        ],
        "2024-05-01",
    )
    assert ("March 3", "2023-03-03", None) in found


@pytest.mark.parametrize(
    "name",
    [
        "probe.toml",
        "probe2.toml",
        "probe3_zh.toml",
        "probe4_pooled.toml",
        "probe5_headlines.toml",
        "probe6_enleads8.toml",
    ],
)
def test_the_invented_probes_read_whole(name: str) -> None:
    """Every sentence of the invented probes gives exactly its expected mentions (dev once fixed against)."""
    path: Path = UNSEEN_DIR / name
    misses = [miss for case in load_unseen(path) for miss in score_case(case).misses or []]
    assert misses == []
