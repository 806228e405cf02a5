"""The two families of the nineteenth natural sample (enleads7, dev since its first run; docs/benchmarks.md,
"Nineteenth and twentieth natural samples") that the policy gives and the stage missed: a day word capitalised inside
a title-case headline ("... Zelensky Today In Surprise Kyiv Visit - NDTV") is the day, not a name like "USA Today";
and the dot of a title or of "No." ends no clause ("earned him his first No. 1 country song in 13 years": the past
verb before the dot makes "in 13 years" a span). Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.stages.dates.en_context import title_case_headline

THURSDAY = "2024-03-14"


def _found(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    """(text, value) of each date read, other than the publication day and the dateline."""
    record = find_dates(Article(paragraphs=paragraphs, published=THURSDAY, lang="en"))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind not in ("published", "dateline")]


@pytest.mark.parametrize(
    ("headline", "word", "value"),
    [
        ("Finance Minister To Meet Union Leaders Today In Last-Ditch Talks - Agency", "Today", "2024-03-14"),
        ("Storm Expected To Hit Southern Coast Tomorrow", "Tomorrow", "2024-03-15"),
        ("Parliament Passed Budget Bill Yesterday After Marathon Debate", "Yesterday", "2024-03-13"),
        ("Central Bank Expected To Announce Rate Decision Today", "Today", "2024-03-14"),
        ("Striking Nurses Return To Work Tonight As Talks Resume", "Tonight", "2024-03-14"),
        ("Pope Francis Visits Refugee Camp Today, Vatican Says", "Today", "2024-03-14"),
    ],
)
def test_a_day_word_in_a_title_case_headline_is_the_day(headline: str, word: str, value: str) -> None:
    assert (word, value) in _found([headline, "The story's first paragraph follows here."])


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tells USA Today She Will Seek Second Term",  # a word in capitals before it: a name
        "Veteran Anchor Leaves NBC's Today After Three Decades",  # a possessive before it
        "China Today Magazine Names Its First Female Editor",  # a word of today_name_followers after it
        "Longtime Host Returns To Today Show Next Month",
        "The mayor told USA Today that the bridge would reopen.",  # no headline: a name, as before
        "Readers of Business Today said the report was useful.",
    ],
)
def test_today_as_a_name_stays_no_date(text: str) -> None:
    assert not [t for t, _ in _found([text]) if t.lower() in ("today", "tonight", "tomorrow", "yesterday")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan PM Kishida To Meet Zelensky Today In Surprise Kyiv Visit - NDTV", True),
        ("Storm Expected To Hit Southern Coast Tomorrow", True),
        ("Minister to meet union leaders today in last-ditch talks", False),  # sentence case
        ("The mayor told USA Today that the bridge would reopen.", False),
        ("Rates Rise. Markets Fall Sharply Today", False),  # two sentences: no headline
        ("Fed Holds Rates", False),  # too few long words to tell
    ],
)
def test_title_case_headline(text: str, expected: bool) -> None:
    assert title_case_headline(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "That benefit concert earned him his first No. 1 country song in 13 years.",
        "The label released Dr. Okafor's debut album in two weeks flat.",
        "Voters gave Sen. Harlan Briggs a clear majority in two weeks.",
        "The court cleared Dr. Okafor of all charges in three days.",
        "Supporters raised money for Mr. Briggs's campaign in two weeks.",
        "The studio filmed St. Clair's whole series in three weeks.",
        "Engineers repaired the No. 4 reactor's cooling system in two months.",
        # already spans before the round (a count word near "in", "of" after it): kept as guards
        "The upset handed the club its first No. 1 ranking in five years.",
        "Critics panned Mr. Briggs's first novel in two years.",
    ],
)
def test_a_title_or_no_dot_ends_no_clause_so_a_past_span_stays_a_span(text: str) -> None:
    assert _found([text]) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Dr. Okafor said the clinic will reopen in two weeks.", "in two weeks", "2024-03-28"),
        ("The No. 2 official of the ministry visits Kyiv in two weeks.", "in two weeks", "2024-03-28"),
        ("Mr. Briggs will face the panel in three days.", "in three days", "2024-03-17"),
        ("Officials questioned Gov. Alma Reyes on Monday.", "Monday", "2024-03-11"),
        ("Fans will see St. Pauli's new coach on Monday.", "Monday", "2024-03-18"),
        # a dot that ends a sentence still ends the clause: the past of the first sentence reaches no further
        ("He sold the firm. The new owners take over in two weeks.", "in two weeks", "2024-03-28"),
    ],
)
def test_dates_after_a_title_or_no_keep_their_value(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in _found([text])
