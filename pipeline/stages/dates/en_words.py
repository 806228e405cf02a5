"""The English vocabulary of ``pipeline/data/dates.toml`` the date rules read (:func:`words`, loaded once) and the
regex fragments their templates are filled with (:func:`fragments`: month and weekday names, relative words)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from pipeline.stages.dates.en_context import period_parts
from pipeline.stages.dates.resolve import CLOCK
from pipeline.text.datelines import date_data
from pipeline.text.numbers import en_number_pattern
from pipeline.text.patterns import alternation


@dataclass(frozen=True)
class EnglishWords:
    """The English vocabulary of ``pipeline/data/dates.toml`` that the rules read."""

    months: Mapping[str, int]  # "november" and "nov" 11 ...
    weekdays: Mapping[str, int]  # "monday" and "mon" 0 ...
    weekday_prefixes: Mapping[str, str]  # "last" "last", "this" "week0", "this past" "last" ...
    relative_days: Mapping[str, int]  # "today" 0, "yesterday" -1 ...
    relative_years: Mapping[str, int]  # "this year" 0 ...
    relative_months: Mapping[str, int]  # "last month" -1 ...
    relative_weeks: Mapping[str, int]  # "last week" -1 ...: calendar weeks
    relative_weekends: Mapping[str, int]  # "last weekend" -1 ...
    partial_weeks: Mapping[str, str]  # "earlier this week" "before" ...
    day_followers: frozenset[str]  # words that may follow "on the 16th" for it to be a day of the month
    duration_units: Mapping[str, tuple[str, int]]  # "days" ("day", 1), "decade" ("year", 10) ...
    duration_directions: Mapping[str, int]  # "ago" -1, "later" 1 ...
    from_reference: frozenset[str]  # "ago", "from now": counted from the reference date
    from_following: frozenset[str]  # "before", "after": counted from the date right after them
    vague_counts: tuple[str, ...]  # "a few", "several": no number
    bound_words: tuple[str, ...]  # "more than", "over": a bound, not a point
    ahead_adverbs: tuple[str, ...]  # "just", "about": between "in" and its count ("in just two weeks")
    anaphora: Mapping[str, tuple[str, int]]  # "the next day" ("day", 1): counted from the date before them
    closing_anaphora: frozenset[str]  # "the day before": in ``anaphora``, read only where a clause ends


@cache
def words() -> EnglishWords:
    en = date_data()["english"]
    return EnglishWords(
        months=en["months"],
        weekdays=en["weekdays"],
        weekday_prefixes=en["weekday_prefixes"],
        relative_days=en["relative_days"],
        relative_years=en["relative_years"],
        relative_months=en["relative_months"],
        relative_weeks=en["relative_weeks"],
        relative_weekends=en["relative_weekends"],
        partial_weeks=en["partial_weeks"],
        day_followers=frozenset(en["ordinal_day_followers"]),
        duration_units={k: (v[0], int(v[1])) for k, v in en["duration_units"].items()},
        duration_directions=en["duration_directions"],
        from_reference=frozenset(en["durations"]["from_reference"]),
        from_following=frozenset(en["durations"]["from_following"]),
        vague_counts=tuple(en["durations"]["vague_counts"]),
        bound_words=tuple(en["durations"]["bound_words"]),
        ahead_adverbs=tuple(en["durations"]["ahead_adverbs"]),
        anaphora={k: (v[0], int(v[1])) for k, v in (en["anaphora"] | en["closing_anaphora"]).items()},
        closing_anaphora=frozenset(en["closing_anaphora"]),
    )


@cache
def fragments() -> dict[str, str]:
    """The ``{fields}`` of the rule templates."""
    w = words()
    # Month names are capitalised in running text ("may" and "march" are also verbs).
    month_words = "|".join(
        sorted({m.capitalize() for m in w.months} | {m.upper() for m in w.months}, key=len, reverse=True)
    )
    # full names only, capitalised or in capitals as months are ("TUESDAY 'S RESULTS" in a wire headline)
    weekdays = "|".join(f"{d.capitalize()}|{d.upper()}" for d in w.weekdays if len(d) > 4)
    relative_years = alternation(w.relative_years)
    return {
        "month_words": month_words,
        # a month name as group m, m1 or m2: "Nov.", "November", "NOV"
        **{f"month_{g}": rf"\b(?P<{g}>{month_words})(?:\.|\b)" for g in ("m", "m1", "m2")},
        "weekdays": weekdays,
        "weekday_prefix": rf"(?:\b(?:{weekdays}),?\s+)?",
        "weekday_modes": phrases(w.weekday_prefixes),
        "weekday_ordinals": phrases(date_data()["english"]["weekday_ordinals"]),
        "ordinal": r"(?:st|nd|rd|th)?",
        "clock_tail": r"\s*(?i:[ap]\.?\s?m\b|o'clock)",
        "year_suffix": rf"(?:\s*,?\s*(?P<y>\d{{4}})(?!\d)|\s+(?P<ry>{relative_years}))?",
        "dash": r"\s*(?:-|–|—|to|through|until|till)\s*",
        # a time of day at a range's ends ("from 8 a.m. on the 29th to 8 a.m. on the 30th"): still a range of days
        "clock_on": rf"(?:{CLOCK}\s+(?:on\s+)?)",
        "clock_at": rf"(?:,?\s+(?:at\s+)?{CLOCK})",
        "relative_years": relative_years,
        "relative_months": alternation(w.relative_months),
        "relative_days": alternation(w.relative_days),
        "relative_weeks": phrases([*w.relative_weeks, *w.relative_weekends, *w.partial_weeks]),
        "number": rf"\d+\.\d+|\d{{1,3}}(?:,\d{{3}})+|\d+|{en_number_pattern()}|half\s+an?",
        "vague_count": phrases(w.vague_counts),
        "bound": phrases(w.bound_words),
        "ahead_adverbs": phrases(w.ahead_adverbs),
        "duration_units": alternation(w.duration_units),
        "duration_directions": phrases(w.duration_directions),
        "anaphora": phrases(set(w.anaphora) - w.closing_anaphora),
        "closing_anaphora": phrases(w.closing_anaphora),
        "period_parts": period_parts(),
        "seasons": alternation(date_data()["english"]["season_starts"]),
        "season_modes": phrases(date_data()["english"]["season_modes"]),
    }


def phrases(words: Iterable[str]) -> str:
    """An alternation of words and phrases, longest first, any run of spaces between the words of a phrase."""
    return alternation(words).replace(r"\ ", r"\s+")
