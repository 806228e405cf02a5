"""What an English sentence says around a relative word that the word alone does not (docs/dates.md, "Mentions"):
whether "the end of the year" or "later in the month" refers back to a month or a year the sentence named before it,
and whether "today's" means nowadays ("today's consumerist lifestyle"). The words are data in
``pipeline/data/dates.toml`` ([english] ``period_parts``, ``generic_today_nouns``)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pipeline.stages.dates.resolve import Hit
from pipeline.text.datelines import date_data, parse_dateline
from pipeline.text.patterns import alternation

# a year the sentence names: "in 2019", "1998"
_YEAR_NAMED = re.compile(r"\b(?:1[89]|20)\d\d\b")


@cache
def period_parts() -> str:
    """The alternation of ``period_parts`` ("the end of", "later in" …), any run of spaces between words."""
    return alternation(date_data()["english"]["period_parts"]).replace(r"\ ", r"\s+")


def named_before(m: re.Match[str]) -> bool:
    """True when the sentence before the match (after its dateline) names a year or a month ("Sales fell in March and
    recovered by the end of the month", "In 2019 the plant opened; later in the year ..."): the phrase refers back."""
    sentence = re.split(r"[.!?]\s", m.string[: m.start()])[-1]
    opening = parse_dateline(sentence)
    sentence = sentence[opening.end :] if opening and opening.end else sentence  # not the dateline's month
    months = {name.lower() for name in date_data()["english"]["months"]}
    return bool(_YEAR_NAMED.search(sentence)) or any(
        w.lower().rstrip(".") in months for w in re.findall(r"\b[A-Z][a-z]+\.?", sentence)
    )


def on_part_of_period(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "at the end of the month", "later in the year" (group unit: month or year): the reference's month ``YYYY-MM``
    or year ``YYYY``; no mention when the sentence named a month or a year before it (:func:`named_before`)."""
    if named_before(m):
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None)
    unit = m.group("unit").lower()
    return Hit(m.start(), m.end(), f"{ref.year:04d}" if unit == "year" else f"{ref.year:04d}-{ref.month:02d}")


@cache
def _generic_today() -> re.Pattern[str]:
    """ "today's" and up to two words, then a noun of ``generic_today_nouns``: "today's fast-paced world"."""
    nouns = alternation(date_data()["english"]["generic_today_nouns"])
    return re.compile(rf"\s*['’]s\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?:{nouns})\b")


def generic_today(m: re.Match[str]) -> bool:
    """True when the "today" of the match is "nowadays": "today's" before a noun of a way of life or an age ("today's
    consumerist lifestyle", "by today's standards", "in today's world"), not a day ("today's meeting")."""
    return m.group(0).lower() == "today" and bool(_generic_today().match(m.string, m.end()))
