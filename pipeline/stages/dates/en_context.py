"""What an English sentence says around a relative word that the word alone does not (docs/dates.md, "Mentions"):
whether "the end of the year" or "later in the month" refers back to a month or a year the sentence named before it,
and whether "today's" means nowadays ("today's consumerist lifestyle"). The words are data in
``pipeline/data/dates.toml`` ([english] ``period_parts``, ``generic_today_nouns``)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pipeline.stages.dates.en_weekdays import past_verb_in
from pipeline.stages.dates.resolve import Hit, has_english_word
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


# a word of degree before "late in the year", "early in the month": a judgement of time, no date
_DEGREE_BEFORE = re.compile(r"\b(?i:too|so|how|very|quite|rather|fairly|pretty)\s+$")


def on_part_of_period(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """ "at the end of the month", "later in the year" (group unit: month or year): the reference's month ``YYYY-MM``
    or year ``YYYY``; no mention when the sentence named a month or a year before it (:func:`named_before`)."""
    if named_before(m) or _DEGREE_BEFORE.search(m.string, 0, m.start()):
        return (
            None  # "it's now too late in the year to adapt": how late, not when (seventeenth natural sample)
        )
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


# "today" as the subject of its clause: "Today is the deadline", "Today marks 10 years" (a day)
_TODAY_AS_SUBJECT = re.compile(r"\s*(?:is|was|will|would|marks|marked|has|had|['’]s)\b", re.I)
# a present "is/are/has/have" that is no progressive ("today he is stepping down" is the day's event)
_PRESENT = re.compile(r"\b(?:is|are|has|have)\b(?!\s+(?:[a-z]+ly\s+)?[a-z]+ing\b)", re.I)
# a word of nowadays_verbs right after a determiner is a noun ("a video today of drones striking a house", "the use of")
# (an -ed adjective between: "the flooded houses"; not any word: "the company employs" is a verb)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|every|each)\s+(?:[a-z]+ed\s+)?$"
)
# a passive present ("it is covered with factories"): its -ed word is no past
_PASSIVE_PRESENT = re.compile(r"\b(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", re.I)


@cache
def _nowadays_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    en = date_data()["english"]
    verbs = alternation(en["nowadays_verbs"]).replace(r"\ ", r"\s+")
    contrast = alternation(en["nowadays_contrast"]).replace(r"\ ", r"\s+")
    return re.compile(rf"\b(?:{verbs})\b", re.I), re.compile(rf"\b(?:{contrast})\b", re.I)


def nowadays_today(m: re.Match[str]) -> bool:
    """True when the "today" of the match (no 's) means nowadays: the clause after it, in the present (no past or
    future marker, no past verb), has a verb of a state or a habit (``nowadays_verbs``: "Today, farmers in the region
    use drones", "the town today attracts millions"), or a present "is/are/has/have" after a word of
    ``nowadays_contrast`` earlier in the paragraph ("Decades ago the valley was farmland; today it is covered with
    factories"). Not when "today" is its clause's subject ("Today is the deadline") nor with a word of a single
    occasion (``nowadays_not_with``: "for the first time")."""
    if m.group(0).lower() != "today" or _TODAY_AS_SUBJECT.match(m.string, m.end()):
        return False
    end = re.compile(r"[.!?;](?:\s|$)").search(m.string, m.end())
    clause = m.string[m.end() : end.start() if end else len(m.string)].lower()
    if any(words in clause for words in date_data()["english"]["nowadays_not_with"]):
        return False  # "Today, officials use the new system for the first time": an occasion, the day
    if has_english_word(clause, "future_markers", "past_markers") or past_verb_in(
        _PASSIVE_PRESENT.sub(" ", clause)
    ):
        return False
    verbs, contrast = _nowadays_words()
    if any(not _DETERMINER_BEFORE.search(clause, 0, v.start()) for v in verbs.finditer(clause)):
        return True
    return bool(contrast.search(m.string, 0, m.start()) and _PRESENT.search(clause))


# a sentence end inside a paragraph: a headline has none
_SENTENCE_END = re.compile(r"[.!?]\s+[\"“‘(]?[A-Z0-9]")
# the words of a headline that title case capitalises whatever they are (AP style leaves shorter ones lower-case)
_LONG_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]{3,}")
_MIN_LONG_WORDS = 4
_MAX_HEADLINE = 200


def title_case_headline(text: str) -> bool:
    """True when ``text`` is a headline in title case: one sentence of at most 200 characters whose words of four
    letters or more (at least four of them) all start with a capital ("Japan PM Kishida To Meet Zelensky Today In
    Surprise Kyiv Visit - NDTV")."""
    if len(text) > _MAX_HEADLINE or _SENTENCE_END.search(text):
        return False
    long_words = _LONG_WORD.findall(text)
    return len(long_words) >= _MIN_LONG_WORDS and all(w[0].isupper() for w in long_words)


def day_word_in_headline(m: re.Match[str]) -> bool:
    """True when the capitalised "Today" ("Tomorrow", "Yesterday") of the match, after a word, is the day because its
    paragraph is a title-case headline (:func:`title_case_headline`; nineteenth natural sample): not after a word in
    capitals or a possessive ("USA Today", "NBC's Today") nor before a word of ``today_name_followers`` ("Today Show",
    "China Today Magazine"), which keep it a name."""
    if not title_case_headline(m.string):
        return False
    before = re.findall(r"[\w'’.-]+", m.string[: m.start()])
    if before and (before[-1].isupper() and len(before[-1]) > 1 or re.search(r"['’]s$", before[-1])):
        return False
    after = re.match(r"\s+([A-Za-z-]+)", m.string[m.end() :])
    return not (after and after.group(1).lower() in date_data()["english"]["today_name_followers"])
