"""The English calendar-date handlers: ranges ("Nov. 19-20", "30 March to 2 April"), full and partial dates ("Nov.
19", "19 November 2026", "on the 16th") and months ("November 2021", "in November"), moved back a year when told in
the past."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pipeline.stages.dates.en_weekdays import clause_before, irregular_pasts, past_verb_in
from pipeline.stages.dates.en_words import words
from pipeline.stages.dates.resolve import (
    CLOCK,
    PAST_TENSE_MAX_AHEAD,
    Hit,
    Resolved,
    add_months,
    english_words_pattern,
    has_english_word,
    iso,
    nearest_month,
    nearest_month_year,
    nearest_year,
    range_hit,
)
from pipeline.text.datelines import date_data, safe_date

# "the last (three)" right before a month's span ("the last week of December") is an ordinal, not the past
_THE_LAST_BEFORE = re.compile(r"\bthe\s+last\s+(?:[a-z]+\s+)?$")
# A bare month after these is a target ("until April", "by January"), never moved back by a past clause
_MONTH_GOAL_WORDS = frozenset({"until", "till", "by", "before"})

# "the three months to December", "the year to March", "the quarter to June": a period of statistics ending in a
# month (thirteenth natural sample); "to" before a month after any other word is no date ("wrote to May", "moved to
# March 3" is a full date of its own)
_PERIOD_TO = re.compile(r"\b(?:months?|quarters?|years?|weeks?|half|period|season)\s+$", re.I)
_WIDE_WINDOW = 120  # characters back to the verb that governs a month (en_weekdays reads as far)
_BETWEEN_CLOCK = re.compile(rf"\bbetween\s+{CLOCK}\s+(?:on\s+)?$", re.I)


# ---------------------------------------------------------------------------------------------- helpers


def _month_no(name: str) -> int:
    return words().months[name.lower()]


def _year_of(m: re.Match[str], ref: date | None) -> int | None:
    """The year of groups y (2026) or ry ("this year", "last year"); None when neither is given."""
    if m.group("y"):
        return int(m.group("y"))
    if m.group("ry") and ref:
        return ref.year + words().relative_years[m.group("ry").lower()]
    return None


def _resolve(y: int | None, mo: int, d: int, ref: date | None) -> Resolved:
    """False: not a date (out of range); None: cannot resolve."""
    if not 1 <= d <= 31 or safe_date(2000, mo, d) is None:
        return False
    if y is not None:
        return safe_date(y, mo, d) or False
    return nearest_year(mo, d, ref) if ref else None


def _told_as_past(m: re.Match[str], resolved: date, reference: date) -> bool:
    """True when the English clause before the date puts it in the past although the nearest year puts it
    after the reference: "since" always; a past-tense clause when the date would be over a month ahead."""
    if resolved <= reference:
        return False
    clause = _THE_LAST_BEFORE.sub("", clause_before(m))  # "the last (three) days of July": no past marker
    if re.search(r"\bsince\s+$", clause) or (
        re.match(r"(?i)(?:in|during)\s", m.group(0)) and _participle_governs(clause)
    ):
        return True
    wide = _THE_LAST_BEFORE.sub("", clause_before(m, window=_WIDE_WINDOW))
    if re.search(r"\bsince\b", wide) and not has_english_word(wide, "future_markers"):
        return True  # "since U.S. short-seller Hindenburg's report on the company in January": on or before
    if (resolved - reference).days <= PAST_TENSE_MAX_AHEAD or re.search(
        r"\b(?:to|until|till|for|by|before|on\s+or\s+before|come)\s+$", clause
    ):
        return False  # "was postponed to March 15", "was scheduled for", "… come January 20": a target date
    if has_english_word(clause, "future_markers") or plan_governs(clause):
        return (
            False  # "agreed in a discussion to hold talks in Japan on Dec. 15": the plan's date (enleads20)
        )
    if has_english_word(clause, "past_markers") or past_verb_in(clause) or _EARLIER_ONE.search(clause):
        return True
    # no tense in the last 60 characters: the verb further back in the clause ("Even before the brothers went on a
    # shooting rampage at the Charlie Hebdo satirical magazine in January", told in November; seventeenth natural
    # sample), as for a weekday; a future verb that far does not move the month
    return not has_english_word(wide, "future_markers") and (
        has_english_word(wide, "past_markers") or past_verb_in(wide)
    )


def _told_as_future(m: re.Match[str], resolved: date, reference: date) -> bool:
    """True when the English clause right before the date tells it in the future although the nearest year puts
    it over ``FUTURE_TENSE_MAX_BEHIND`` days before the reference ("will play at Dodger Stadium on Jan. 25",
    told in May: next January); not after "since", nor with a past marker or verb in the clause."""
    if (reference - resolved).days <= FUTURE_TENSE_MAX_BEHIND:
        return False
    clause = clause_before(m)
    if re.search(r"\bsince\b", clause) or not has_english_word(clause, "future_markers"):
        return False
    return not (has_english_word(clause, "past_markers") or past_verb_in(clause))


# A month/day without a year the nearest year puts this many days or more before the reference, in a clause told
# in the future, is next year's (enleads14, dev)
FUTURE_TENSE_MAX_BEHIND = 60


@cache
def _plan_infinitive() -> re.Pattern[str]:
    """A word of plan_infinitive_words, up to four words, then "to" and a verb (not "to the", "to a": a noun)."""
    plans = english_words_pattern("plan_infinitive_words")
    assert plans is not None
    return re.compile(
        rf"{plans.pattern}\s+(?:[a-z'’]+\s+){{0,4}}?to\s+"
        r"(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\b)[a-z]{2,}\b"
    )


def plan_governs(clause: str) -> bool:
    """True when lower-cased ``clause`` ends in a plan's infinitive ("agreed to hold talks in", "his intention to
    attend the summit in") that no past verb or marker follows ("planned to retire but was injured in": the past)."""
    found = list(_plan_infinitive().finditer(clause))
    if not found:
        return False
    rest = clause[found[-1].end() :]
    return not (has_english_word(rest, "past_markers") or past_verb_in(rest))


def _told_ahead(clause: str) -> bool:
    """True when lower-cased ``clause`` (the one before a bare month) is told ahead: a future marker or a plan's
    infinitive as its last tense, with no past marker or verb after it and no "since" ("is set to host its first
    summit in", "will be extended to the end of"; enleads20, dev)."""
    if re.search(r"\bsince\b", clause):
        return False
    future = english_words_pattern("future_markers")
    ends = [f.end() for f in future.finditer(clause)] if future else []
    ends += [p.end() for p in _plan_infinitive().finditer(clause)]
    if has_english_word(clause, "month_ahead_words") and not (
        has_english_word(clause, "past_markers") or past_verb_in(clause)
    ):
        return True  # "summit likely in November": no tense but ahead
    if not ends:
        return False
    rest = _PASSIVE_AHEAD.sub(" ", clause[max(ends) :])  # "will be extended to": a participle, no past
    return not (has_english_word(rest, "past_markers") or past_verb_in(rest))


_PASSIVE_AHEAD = re.compile(r"\b(?:be|been|being)\s+[a-z]+")


# A bare month the nearest year puts this many months or more before the reference's month, in a clause told ahead,
# is the coming one ("Delhi is set to host its first summit in November", told in April: this November, not the last;
# "will be extended to the end of December", told in June, six months either way: the coming one; enleads20, dev)
MONTH_AHEAD_MIN_BEHIND = 3
# the words before a month after which it is no plan's: a period of statistics or a point on or before the reference
_NOT_AHEAD_PRE = frozenset({"since", "to", "for", "as of", "compared to", "compared with", "versus", "from"})


# "a previous major wave in", "its prior record high in": the noun the month dates is an earlier one (twenty-first
# natural sample), up to two words between
_EARLIER_ONE = re.compile(r"\b(?:previous|prior)\s+(?:[a-z-]+\s+){0,3}(?:(?:in|during)\s+)?$")
# the word a past participle follows when it is no past: a passive or a plan ("will be completed in May", "to be
# set in June"); a present perfect's auxiliary is read as the past anyway. Read only before "in"/"during" + a month
_PARTICIPLE_NOT_AFTER = frozenset(
    {"be", "been", "being", "is", "are", "am", "to", "will", "would", "shall", "can", "could", "may", "might"}
    | {"must", "should", "get", "gets", "getting"}
    # a linking verb makes the participle an adjective of a state ("the road stays closed in January")
    | {
        "stay",
        "stays",
        "remain",
        "remains",
        "seem",
        "seems",
        "keep",
        "keeps",
        "become",
        "becomes",
        "look",
        "looks",
    }
)
# forms that are past participles as well as present verbs or nouns, read as participles right before "in" + month
# after a noun ("the record of more than 414,000 set in May", "the lows hit in March"); not "cut" ("a rate cut in
# March" is a noun) nor "put", "read", "quit"
_AMBIGUOUS_PARTICIPLES = frozenset({"set", "hit"})


def _participle_governs(clause: str) -> bool:
    """True when a past participle governs the month right before its preposition ("the record … set in May", "levels
    last seen in April", "the peak reached in March"): the date of a past event, even when a future verb further back
    governs the clause ("daily infections will surpass the record of more than 414,000 set in May"; twenty-first
    natural sample). Not after a form of be, a modal or "to" ("will be completed in May")."""
    found = re.search(r"\b([\w'’]+)\s+([a-z]+)\s+(?:(?:in|during|on)\s+)?$", clause)
    if not found:
        return False
    before, word = found.groups()
    if before in _PARTICIPLE_NOT_AFTER or has_english_word(word, "future_markers"):
        return False
    if word in _AMBIGUOUS_PARTICIPLES:
        return before not in ("a", "an", "the", "its", "his", "her", "their")  # "a hit in March": a noun
    return word in irregular_pasts()[1] or (word.endswith("ed") and past_verb_in(f"{before} {word}"))


# ---------------------------------------------------------------------------------------------- handlers


def on_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """Groups d1, m1, d2 and m2 (empty: the month of d1, or the next one when d2 < d1), y or ry."""
    m1 = _month_no(m.group("m1"))
    m2 = _month_no(m.group("m2")) if m.group("m2") else None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    y = _year_of(m, ref)
    start = _resolve(y, m1, d1, ref)
    if start is False:
        return None
    rolled = m2 is None and d2 < d1
    if m2 is None:
        m2 = m1 if d2 >= d1 else m1 % 12 + 1
    y2 = None
    if isinstance(start, date):
        y2 = start.year + (1 if m2 < m1 else 0)
    end = _resolve(y2, m2, d2, ref) if y2 is not None else None
    if end is False:
        return None
    return range_hit(m, start or None, end or None, ref is not None, rolled)


def on_month_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "between August and October", "from January to March 2024", "the July-September quarter": a range of months
    (groups m1, m2, y), month precision; the end month is the nearest one (a year earlier when its clause tells it in
    the past and it would be over a month ahead), the start the one before it (November to February spans a new
    year). Seventeenth natural sample."""
    m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
    lead, join = (m.group("lead") or "").lower(), m.group("join").lower()
    if m1 == m2 or (join == "and") != (lead == "between") or (join not in "-–" and not lead):
        return None  # "June and July" are two months, "a letter to May" no range: only "between"/"from" or a dash
    if m.group("y"):
        y2 = int(m.group("y"))
    elif ref is None:
        return Hit(m.start(), m.end(), None, "range")
    else:
        y2 = int(nearest_month_year(m2, ref)[:4])
        if _told_as_past(m, date(y2, m2, 1), ref):
            y2 -= 1
    y1 = y2 - (1 if m1 > m2 else 0)
    return Hit(m.start(), m.end(), f"{y1:04d}-{m1:02d}", "range", f"{y2:04d}-{m2:02d}")


def on_month_day_range(m: re.Match[str], ref: date | None, ctx: str) -> Hit | list[Hit] | None:
    """ "Nov. 19-20" is a range; "Nov. 19 and 21" two dates (the second was left unread before the ninth natural
    sample: "on July 7 and 8"), unless "between" comes before it, which makes it a range again."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    if _moved_from(m):
        pass  # "extended the deadline from June 30 to August 31": the date it had and the one it has, no range
    elif "between" in before[-10:].lower() or _BETWEEN_CLOCK.search(before) or " and " not in m.group(0):
        return on_range(m, ref, ctx)
    if not m.group("m2") and int(m.group("d2")) < int(m.group("d1")):
        return None  # "Nov. 30 and 2": no month rolls over between two listed dates
    both = on_range(m, ref, ctx)
    if both is None:
        return None
    m1 = _month_no(m.group("m1"))
    m2 = _month_no(m.group("m2")) if m.group("m2") else m1
    explicit = bool(m.group("y") or m.group("ry"))
    first = Hit(m.start(), m.end("d1"), both.value, partial=None if explicit else (m1, int(m.group("d1"))))
    at = m.start("m2") if m.group("m2") else m.start("d2")
    return [first, Hit(at, m.end(), both.end_value, partial=None if explicit else (m2, int(m.group("d2"))))]


def _moved_from(m: re.Match[str]) -> bool:
    """ "from June 30 to August 31" after a verb that moves a date (weekday_reschedule_words: extended, postponed,
    moved, delayed …) in its clause: two dates, the old and the new (enleads21, dev)."""
    if not _FROM_BEFORE.search(m.string, 0, m.start()) or " and " in m.group(0):
        return False
    return has_english_word(clause_before(m).lower(), "weekday_reschedule_words")


_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", re.I)


def on_month_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    mo, d = _month_no(m.group("m")), int(m.group("d"))
    res = _resolve(_year_of(m, ref), mo, d, ref)
    if res is False:
        return None
    explicit = bool(m.group("y") or m.group("ry"))
    if not explicit and isinstance(res, date) and ref is not None and _told_as_past(m, res, ref):
        res = safe_date(res.year - 1, mo, d) or res
    elif not explicit and isinstance(res, date) and ref is not None and _told_as_future(m, res, ref):
        res = safe_date(res.year + 1, mo, d) or res
    return Hit(
        m.start(),
        m.end(),
        iso(res or None),
        anchor=explicit and bool(res),
        partial=None if explicit else (mo, d),
    )


def on_month_year(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    y = _year_of(m, ref)
    mo = _month_no(m.group("m"))
    return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}" if y is not None else None)


def on_month_alone(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """Group pre, the word before the month, picks the year: this, since, next, last, else the nearest."""
    mo = _month_no(m.group("m"))
    pre = m.group("pre").lower().strip()
    if pre == "to" and not _PERIOD_TO.search(m.string, 0, m.start()):
        return None  # "the three months to December" is a period ending then; "a letter to May" is no month
    if pre == "for" and m.group("m").lower() in date_data()["english"]["names_after_for"]:
        return None  # "pressure for May to resign": a name
    if ref is None:
        return Hit(m.start(), m.end(), None)
    start = m.start()
    if (
        len(pre.split()) == 3
        and pre.split()[2] == "of"
        and pre.split()[0] in date_data()["english"]["weekday_ordinals"]
    ):
        pre, start = (
            "",
            m.start("m"),
        )  # "the last Saturday of July": the month alone, as "in July" is (enleads21, dev)
    if re.fullmatch(r"this\s+(?:coming|past)", pre):
        # "this coming September" is the first September after the reference, "this past May" the last before it
        ahead = pre.endswith("coming")
        y = ref.year + (1 if ahead and mo <= ref.month else 0) - (1 if not ahead and mo >= ref.month else 0)
        return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}")
    pre = pre.split()[0] if pre.split() and pre.split()[0] in ("this", "next", "last") else pre
    if pre == "this":
        y = ref.year
    elif pre == "since":
        y = ref.year if mo <= ref.month else ref.year - 1  # "since June": on or before the reference
    elif pre == "next":
        y = ref.year + (1 if mo <= ref.month else 0)
    elif pre == "last":
        y = ref.year - (1 if mo >= ref.month else 0)
    else:
        y = int(nearest_month_year(mo, ref)[:4])
        # the word right before the month is the match's own: a future marker there ("Obama's scheduled
        # September trip", told by officials who "said") keeps the coming month (thirty-first natural sample)
        future_pre = has_english_word(pre, "future_markers")
        if pre not in _MONTH_GOAL_WORDS and not future_pre and _told_as_past(m, date(y, mo, 1), ref):
            y -= 1  # "levels last seen in April", "sales fell in January" told in November: the one before
        elif (
            (ref.year - y) * 12 + ref.month - mo >= MONTH_AHEAD_MIN_BEHIND
            and re.sub(r"\s+", " ", pre) not in _NOT_AHEAD_PRE
            and _told_ahead(clause_before(m))
            and not _participle_governs(clause_before(m))  # "will recover from the slump seen in January"
        ):
            y += 1  # "is set to host the summit in November" told in April: the coming November
    return Hit(start, m.end(), f"{y:04d}-{mo:02d}")


def on_month_pair(m: re.Match[str], ref: date | None, ctx: str) -> list[Hit] | None:
    """ "in April and May" (groups pre, m1, m2): the first month as :func:`on_month_alone` reads it, the second in the
    same year, or the next one when it comes earlier in the calendar ("in December or January")."""
    m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
    if m1 == m2:
        return None
    first = re.compile(rf"(?P<pre>{re.escape(m.group('pre'))})(?P<m>{re.escape(m.group('m1'))})")
    alone = first.match(m.string, m.start())
    hit = on_month_alone(alone, ref, ctx) if alone else None
    if hit is None:
        return None
    second = Hit(m.start("m2"), m.end(), None)
    if hit.value:
        second.value = f"{int(hit.value[:4]) + (1 if m2 < m1 else 0):04d}-{m2:02d}"
    return [hit, second]


def on_month_adjective(m: re.Match[str], ref: date | None, ctx: str) -> Hit | None:
    """ "the December meeting", "his September arrest": the month alone, its text from the month on (the article or
    possessive before it is no part of the date: "the December" overlapped neither "December meeting" nor "early
    December"; fifteenth natural sample); "last December's", "this September" keep their word."""
    hit = on_month_alone(m, ref, ctx)
    if hit is not None and m.group("pre").split()[0].lower() not in ("this", "next", "last"):
        hit.start = m.start("m")
    return hit


def on_relative_month_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "the 16th of last month", "the 3rd of next month": that day of the relative month (group w); no value when the
    month has no such day ("the 30th of last month" told in March)."""
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None)
    y, mo = add_months(
        ref.year, ref.month, words().relative_months[re.sub(r"\s+", " ", m.group("w").lower())]
    )
    return Hit(m.start(), m.end(), iso(safe_date(y, mo, d)))


def on_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    d = int(m.group("d"))
    nxt = m.group("next")
    followers = words().day_followers
    if not 1 <= d <= 31:
        return None
    if nxt and nxt.lower() not in followers and not re.match(r"^\s*,", m.group("after")):
        return None
    if nxt and nxt[0].isupper() and nxt.lower() not in followers:
        return None
    end = m.start("after")
    if ref is None:
        return Hit(m.start(), end, None)
    return Hit(m.start(), end, iso(nearest_month(d, ref)), partial=(None, d))
