"""The English bare weekday ("said on Tuesday", "Late Saturday, the Senate passed ...", "have until Monday"):
which Monday it is, by the prefix (last, next, this past ...), else by the tense of the clause that governs it.

The word that governs the weekday is read, the nearest first: a participle of beginning right before it ("beginning
Monday") reads ahead; a preposition of goal ("by Friday", "until Monday", "postponed to Friday", "for Saturday's
match") reads ahead unless a simple past that moves no event governs it ("was closed until Monday"); then the clause
before it (its tense markers and modals, "might decide"; a past verb: -ed, ``past_verbs``, the generated irregular
forms of ``english_pasts.toml``, a present perfect "has spoken"), read back to the clause's start when its last 60
characters show no tense; when the weekday opens its sentence as an adverbial ("On Monday, ...", "Late Saturday,
..."), the main clause after the comma; in a headline (no closing punctuation, or in capitals) the present tells a
past event and "to" + verb a coming one. Any of these decides from two days away (``margin=1``); else the tense of
the whole sentence decides from three days. A weekday joined to the one before it ("Saturday and Sunday", "from Friday
to Monday", "Monday-Friday") is the first such day after that one: a pair or a span is written in the order of time.
Before all these, two clause shapes decide by themselves: a condition ("if they reached a deal by Thursday, he would
...") reads ahead, a "since" phrase or clause ("since it flooded Friday") back; after them, a weekday right after "and"
with no verb of its own reads the clause before the "and", and an aside "he said," after an opening phrase is skipped.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from functools import cache

from pipeline.config import DATA_FILES
from pipeline.stages.dates.resolve import (
    CLOCK,
    Hit,
    english_words_pattern,
    has_english_word,
    tense,
    weekday_date,
    weekend_range,
)
from pipeline.text.datelines import date_data

CLAUSE_SPLIT = re.compile(r"[,;:.!?()\"“”]|\b(?:and|but|while|as)\b")
# the dot of a title or of "No." before a name or a number ends no clause: "earned him his first No. 1 country song
# in 13 years" is one clause, whose past verb makes "in 13 years" a span (nineteenth natural sample)
_ABBREVIATION_DOT = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Vol|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt)\.(?=\s+[A-Z0-9])"
)
# a weekday opening its sentence: at most three words before it ("Late on Saturday", "As of Sunday"), then the
# part of day or a time, then the comma that ends the adverbial; a dateline before it opens no sentence of its own
# ("SACRAMENTO — On Friday, the governor signed ..."; a place in capitals, a dash: enleads18, dev)
_OPENING = re.compile(
    r"(?:\A(?:[A-Z]{3,}[^\n—–]{0,30}?\s*(?:—|–|--)\s*)?|[.!?]\s+|\n)(?:[A-Za-z]+\s+){0,3}\Z"
)
_ADVERBIAL_END = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*\([^)]*\))?\s*,")
# what joins a weekday to the one before it: "Saturday and Sunday", "Friday's or Saturday's", "Friday night to Monday
# morning", "Monday-Friday", "Saturday and on Sunday", a time of day before the second ("from 10 p.m. Friday to 6 a.m.
# Monday": session 22's invented probe) (nothing else between them: "Monday and will meet Xi Friday" is two clauses)
_COORDINATION = re.compile(
    r"(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?\s*(?:[-–]|(?:and|or|through|thru|to|until|till)\b)"
    rf"\s*(?:{CLOCK}\s+)?(?:on\s+)?",
    re.I,
)
_COORDINATION_REACH = (
    40  # characters back to the weekday before: "Wednesday afternoon through Thursday night"
)


def on_weekday(m: re.Match[str], ref: date | None, ctx: str) -> Hit | None:
    if ref is None:
        return Hit(m.start(), m.end(), None)
    en = date_data()["english"]
    wd = en["weekdays"][m.group("wd").lower()]
    pre = re.sub(r"\s+", " ", (m.group("pre") or "").lower())
    if (not pre and (_weekday_name(m) or _schedule_word(m))) or _counted_in_month(m):
        # "Black Friday": a name; "every Friday": a schedule; "the last Saturday of July": counted in its month
        return None
    if pre:
        return Hit(m.start(), m.end(), weekday_date(wd, ref, en["weekday_prefixes"][pre]).isoformat())
    if (before := _joined_weekday_date(m, ref, ctx)) is not None:
        # "plays Saturday and Sunday" told on a Tuesday: the Sunday after that Saturday, not the one before
        return Hit(
            m.start(), m.end(), (before + timedelta(days=(wd - before.weekday()) % 7 or 7)).isoformat()
        )
    mode = governing_tense(m)
    if mode != "nearest":  # the verb that governs the weekday: "said on Friday", "will meet on Wednesday"
        return Hit(m.start(), m.end(), weekday_date(wd, ref, mode, margin=1).isoformat())
    # "a road swing this weekend, … to Lethbridge on Sunday": that weekend's Sunday
    if (day := _day_of_weekend_named_before(m, wd, ref)) is not None:
        return Hit(m.start(), m.end(), day.isoformat())
    # "… clouds Saturday. Sunday readings climb. Monday sees clouds": after a weekday of the paragraph read ahead
    if (ahead := _weekday_ahead_before(m, ref, ctx)) is not None:
        return Hit(m.start(), m.end(), (ahead + timedelta(days=(wd - ahead.weekday()) % 7 or 7)).isoformat())
    return Hit(m.start(), m.end(), weekday_date(wd, ref, tense(ctx, False)).isoformat())


def _weekday_ahead_before(m: re.Match[str], ref: date, ctx: str) -> date | None:
    """The date of the weekday its paragraph names last before ``m`` when that date lies after the reference: a bare
    weekday with no tense of its own then comes after it, as a forecast or a schedule runs in the order of time
    ("Sunday readings continue to climb … Monday sees plenty of clouds", told on a Tuesday: the coming Monday, not
    yesterday; enleads21, dev)."""
    before = list(m.re.finditer(m.string, 0, m.start()))
    if any(b.group("wd").lower() == m.group("wd").lower() for b in before):
        return None  # "on Wednesday … Thursday … Wind chill values on Wednesday": the same Wednesday again
    hit = on_weekday(before[-1], ref, ctx) if before else None
    if not isinstance(hit, Hit) or not hit.value or date.fromisoformat(hit.value) <= ref:
        return None
    return date.fromisoformat(hit.value)


def _day_of_weekend_named_before(m: re.Match[str], wd: int, ref: date) -> date | None:
    """A bare Saturday or Sunday whose tense nothing tells is the day of the weekend its paragraph names last before it
    ("faces a road swing this weekend, with the Dinos travelling to Lethbridge on Sunday", told on a Wednesday: the
    coming Sunday, not the one three days back; a forecast's "for the upcoming weekend. … clouds Saturday"; enleads21,
    dev)."""
    if wd < 5:
        return None
    named = list(_weekend_phrases().finditer(m.string, 0, m.start()))
    if not named:
        return None
    saturday, sunday = weekend_range(re.sub(r"\s+", " ", named[-1].group(0).lower()), ref)
    return saturday if wd == 5 else sunday


@cache
def _weekend_phrases() -> re.Pattern[str]:
    weekends = sorted(date_data()["english"]["relative_weekends"], key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in weekends) + r")\b", re.I
    )


def _joined_weekday_date(m: re.Match[str], ref: date, ctx: str) -> date | None:
    """The date of the weekday that ``m`` is joined to by and/or/to/through/a dash (``_COORDINATION``), else None."""
    start = max(0, m.start() - _COORDINATION_REACH)
    joined = [
        p
        for p in m.re.finditer(m.string, start, m.start())
        if _COORDINATION.fullmatch(m.string, p.end(), m.start())
    ]
    hit = on_weekday(joined[-1], ref, ctx) if joined else None
    return date.fromisoformat(hit.value) if isinstance(hit, Hit) and hit.value else None


def governing_tense(m: re.Match[str]) -> str:
    """future, past or nearest: the tense of the word that governs the weekday, the nearest first (module
    docstring)."""
    if _word_before(m, "weekday_onset_words"):
        return "future"  # "the championships beginning Monday", "the series starting on Thursday"
    clause = clause_before(m)
    if _IF.search(clause) and _CONSEQUENCE_AFTER.match(m.string, m.end()):
        # "if the sides agreed a text by Thursday, he would call a vote": a condition of a coming day, its past form
        # no past event (not "asked if the plane landed on Sunday", nor "would have", a past counterfactual)
        return "future"
    if (since := _since_part(clause)) is not None and _clause_tense(since) != "future":
        # "will reopen Thursday for the first time since it flooded Friday", "down since Friday": a point on or
        # before the reference, whatever the main clause says; not "since" meaning because ("Since the bridge will
        # be closed Friday")
        return "past"
    if (sub := _subordinate_part(clause)) is not None and _past_of_its_own(sub):
        # "Water will soon be back on after a water main broke Wednesday": the weekday times the past verb of the
        # "after"/"when"/"because" clause, not the main clause's "will" (enleads18, dev)
        return "past"
    if _TO_BE_SCHEDULED.search(clause):
        return "future"  # "her trial, which was to begin Friday": a plan, ahead even when told in the past
    if _word_before(m, "weekday_schedule_verbs") and _clause_tense(clause) != "past":
        return (
            "future"  # "exam starts Friday", "classes resume on Monday"; not "did not start Saturday's game"
        )
    if _goal_before(m) and (_has_words(clause, "weekday_reschedule_words") or not _simple_past_in(clause)):
        if _opens_sentence(m) and _first_tense(_main_clause_after(m)) == "past":
            return (
                "past"  # "By Tuesday night, the fire had burned 1,900 acres": a point the story looks back on
            )
        return "future"  # "must register by Friday", "postponed to Friday", "the squad for Saturday's match"
    if (that := _that_part(clause)) is not None and _clause_tense(that) == "nearest":
        # "The ministry said that the annual forum on Thursday would be attended by 27 ministers": the reported
        # clause's own verb after the weekday tells its time, not the reporting verb (enleads20, dev)
        if (after := _first_tense(_clause_after(m))) != "nearest":
            return after
    mode = _clause_tense(clause)
    if mode == "nearest" and not clause.strip() and (joined := _AND_BEFORE.search(m.string, 0, m.start())):
        # "marched ... while protesting the law and Saturday's arrests": a noun phrase joined by "and", no verb of
        # its own; the nearest clause before the "and" in its sentence that shows a tense tells it
        tenses = (
            _clause_tense(c) for c in _clauses_of_sentence_before(m.string, joined.start(), _WIDE_WINDOW)
        )
        mode = next((t for t in tenses if t != "nearest"), "nearest")
    if mode == "nearest" and _clause_tense(clause_before(m, window=_WIDE_WINDOW)) == "past":
        # "who broke a wrist in the ... victory in Pretoria on Saturday": further back the weekday may name the time
        # of a noun ("reports of an explosion on Sunday"); a past verb puts that event in the past, a future one
        # does not put it ahead ("would investigate reports of an explosion on Sunday")
        mode = "past"
    if mode == "nearest" and _opens_sentence(m):
        mode = _first_tense(_main_clause_after(m))  # "Late Saturday, the Senate passed the bill"
    elif mode == "nearest" and _opens_without_comma(m):
        mode = _first_tense(_clause_after(m))  # "Also on Tuesday the minister will lead a debate" (enleads20)
    if mode == "nearest" and _in_headline(m):
        mode = _headline_tense(m.string)  # "Quake kills 12 on Sunday", "Premier to visit on Monday"
    return mode


_WIDE_WINDOW = 120
_SINCE = re.compile(r"\bsince\b")
_IF = re.compile(r"\b(?:if|unless)\b")
_AND_BEFORE = re.compile(r"\band\s*\Z", re.I)
# the rest of the sentence after the weekday: a comma, at most three words (or an aside: "the coach said,") and a
# modal of consequence before a bare verb
_CONSEQUENCE_AFTER = re.compile(
    r"[^.;!?]*?,\s*(?:[a-z]+\s+){0,3}(?:would|could|might)\s+(?!have\b)[a-z]", re.I
)


def _since_part(clause: str) -> str | None:
    """What follows the last "since" of lower-cased ``clause`` (the phrase or clause the weekday ends), else None."""
    found = list(_SINCE.finditer(clause))
    return clause[found[-1].end() :] if found else None


_SUBORDINATOR = re.compile(r"\b(?:after|when|because)\b")
_BE_BEFORE = re.compile(r"\b(?:is|are|be|been|being|was|were|get|gets|got)\s+$")


def _subordinate_part(clause: str) -> str | None:
    """What follows the last after/when/because of lower-cased ``clause``, else None."""
    found = list(_SUBORDINATOR.finditer(clause))
    return clause[found[-1].end() :] if found else None


def _past_of_its_own(part: str) -> bool:
    """``part`` tells a past event with no future marker or modal: a listed or irregular simple past, or a word in -ed
    that is no participle after be/get ("after it is repaired Friday" is no past)."""
    if tense(part, False) == "future" or _modal_in(part):
        return False
    tokens = re.findall(r"[a-z]+", part)
    pasts, _ = irregular_pasts()
    if any(t in pasts for t in tokens) or has_english_word(part, "past_markers"):
        return True
    return any(
        w.group(1) not in _not_past_ed()
        and not _adjective_at(part, w.start())
        and not _BE_BEFORE.search(part, 0, w.start())
        for w in re.finditer(r"\b([a-z]{3,}ed)\b", part)
    )


# be + "to" + a bare verb: an arrangement ("was to begin Friday", "is to vote on Monday", "were due to meet Sunday";
# not "was to have met", a plan that did not happen; seventeenth natural sample)
_TO_BE_SCHEDULED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:due|set|scheduled|expected|supposed|slated)\s+)?to\s+(?!have\b)"
    r"[a-z]+\b(?:\s+[a-z]+){0,4}\s+$"
)
# initials before a lower-case word end no clause: "since U.S. short-seller Hindenburg's report on the company in
# January" is one clause (twenty-first natural sample); nor does the comma or dot inside a number ("the record of
# more than 414,000 set in May") or quotes around a few words inside a clause ('which adopted a five-point "consensus"
# peace plan in April')
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s+[a-z])")
# the dots of a time of day and of "vs." before a lower-case word end no clause ("will be the home team for the
# 12:30 p.m. game on Jan. 26", "the host vs. the Islanders"; enleads14, dev)
_LOWER_ABBREVIATION = re.compile(r"\b(?:[ap]\.m|vs|approx)\.(?=\s+[a-z0-9])")
_IN_NUMBER = re.compile(r"(?<=\d)[,.:](?=\d)")  # 1,000, 2.5 and a time of day (12:30)
_SCARE_QUOTES = re.compile(r"(?<=\w )[\"“‘']([A-Za-z][\w'’-]*(?: [\w'’-]+){0,2})[\"”’'](?= [a-z])")
# "as soon as Tuesday", "as early as Monday": a comparison, not the conjunction "as" that opens a clause
_AS_COMPARISON = re.compile(r"\bas (\w+) as\b", re.I)


def clause_before(m: re.Match[str], window: int = 60) -> str:
    """The clause before the match (back to a punctuation mark or a conjunction, at most ``window``
    characters; the dot of a title or of "No." before a name or a number is none), lower-cased."""
    return CLAUSE_SPLIT.split(_text_before(m.string, m.start(), window))[-1].lower()


def _clauses_of_sentence_before(text: str, end: int, window: int) -> list[str]:
    """The clauses of the sentence before ``end`` (at most ``window`` characters back), the nearest first,
    lower-cased."""
    sentence = re.split(r"[.!?]\s", _text_before(text, end, window))[-1]
    return [c.lower() for c in reversed(CLAUSE_SPLIT.split(sentence))]


def _text_before(text: str, end: int, window: int) -> str:
    """The text before ``end`` from a whole word at most ``window`` characters back, with the dots and commas
    that end no clause taken out (titles, initials, numbers, "p.m.", scare quotes)."""
    start = max(0, end - window)
    while start > 0 and text[start - 1].isalpha():
        start -= 1  # a whole first word: "pumping filtered water", not "ping filtered water"
    before = _ABBREVIATION_DOT.sub(r"\1", text[start:end])
    before = _INITIALS.sub(lambda i: i.group(0).replace(".", ""), before)
    before = _LOWER_ABBREVIATION.sub(lambda a: a.group(0).replace(".", ""), before)
    before = _IN_NUMBER.sub("", before)
    before = _SCARE_QUOTES.sub(r"\1", before)
    return _AS_COMPARISON.sub(r"as_\1_as", before)


def _clause_tense(clause: str) -> str:
    """The tense that lower-cased ``clause`` shows: its markers (a future one or a modal with a bare verb wins),
    else a past verb."""
    mode = tense(clause, False)
    if mode != "future" and _modal_in(clause):
        return "future"  # "the board might decide as soon as Tuesday"
    if mode == "nearest" and past_verb_in(clause):
        return "past"  # "the airport reopened on Sunday"
    return mode


def past_verb_in(clause: str) -> bool:
    """True when lower-cased ``clause`` has a verb in the past: one of past_verbs, an irregular simple past of
    english_pasts.toml, a present perfect (has/have + a participle, "has spoken", "have agreed"), or a word in -ed
    that is not in not_past_ed ("reopened", "approved"; not "United", "scheduled")."""
    listed = english_words_pattern("past_verbs")
    if listed and any(not _adjective_at(clause, w.start()) for w in listed.finditer(clause)):
        return True  # not "restore power to elected President Bazoum", "the tsunami-hit plant"
    tokens = re.findall(r"[a-z]+", clause)
    pasts, participles = irregular_pasts()
    if any(t in pasts for t in tokens):
        return True
    for i, token in enumerate(tokens[:-1]):
        if token in ("has", "have"):
            after = [t for t in tokens[i + 1 : i + 3] if t not in ("not", "never", "already", "just", "also")]
            if after and (after[0] == "been" or after[0] in participles or after[0].endswith("ed")):
                return True
    return any(
        w.group(1) not in _not_past_ed() and not _adjective_at(clause, w.start())
        for w in re.finditer(r"\b([a-z]{3,}ed)\b", clause)
    )


def _adjective_at(clause: str, start: int) -> bool:
    """The past form at ``start`` is an adjective: after a word of ``_ADJECTIVE_BEFORE`` or a hyphen ("Iran-backed")."""
    return clause[:start].endswith("-") or bool(_ADJECTIVE_BEFORE.search(clause, 0, start))


# A word in -ed right after an article, a possessive or a preposition is an adjective, not a past verb: "restore power
# to elected President Bazoum by Sunday", "the renovated museum" (seventeenth natural sample; not after a word in -ing,
# which is as often a noun: "Fighting raged from Sunday", "the hearing confirmed")
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|to|of|in|on|for|with|from|at|into|newly)\s+$"
)


@cache
def irregular_pasts() -> tuple[frozenset[str], frozenset[str]]:
    """(simple pasts, participles) of pipeline/data/english_pasts.toml (tools/build_english_pasts.py)."""
    with open(DATA_FILES / "english_pasts.toml", "rb") as fh:
        table = tomllib.load(fh)
    return frozenset(table["simple_pasts"]), frozenset(table["participles"])


@cache
def _not_past_ed() -> frozenset[str]:
    return frozenset(date_data()["english"]["not_past_ed"])


def _word_before(m: re.Match[str], key: str) -> str | None:
    """The word (or two, three) of the list ``key`` of dates.toml that stands right before the weekday, "on" skipped
    ("starting on Thursday", "ahead of Friday")."""
    before = re.sub(r"\s+on\s*$", " ", m.string[max(0, m.start() - 24) : m.start()].lower()).split()
    for size in (3, 2, 1):
        if len(before) >= size and " ".join(before[-size:]) in date_data()["english"][key]:
            return " ".join(before[-size:])
    return None


def _goal_before(m: re.Match[str]) -> bool:
    """A preposition of goal (weekday_deadline_words, weekday_goal_words) right before the weekday; a possessive
    after it only for weekday_goal_possessive_words ("for Saturday's match"; not "hit by Sunday's storm"); "to"
    not after a "from" of its clause ("from Sunday evening to Monday morning" is a range) nor after a unit of time
    ("in the week to Friday, exports fell": the end of a span)."""
    word = _word_before(m, "weekday_deadline_words") or _word_before(m, "weekday_goal_words")
    if word is None:
        return False
    possessive = m.string.startswith(("'s", "’s", " 's", " ’s"), m.end())
    if possessive and word not in date_data()["english"]["weekday_goal_possessive_words"]:
        return False
    if word != "to":
        return True
    before = m.string[max(0, m.start() - 30) : m.start()].lower().split()
    span_end = len(before) >= 2 and before[-2] in date_data()["english"]["duration_units"]
    return not span_end and not re.search(r"\bfrom\b", clause_before(m, window=_WIDE_WINDOW))


def _has_words(clause: str, key: str) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", clause) for w in date_data()["english"][key])


def _simple_past_in(clause: str) -> bool:
    """A past in ``clause`` other than a present perfect ("have pulled out of the squad for Saturday's match" has
    none: the present perfect tells a present state)."""
    present = re.sub(
        r"\b(?:has|have)(?:\s+(?:not|never|already|just|also|yet))*\s+(?:been\s+)?[a-z]+", " ", clause
    )
    return tense(present, False) == "past" or past_verb_in(present)


def _modal_in(clause: str) -> bool:
    """A modal of weekday_modal_words followed by a bare verb ("might decide", "may not vote"; not "might have
    decided", not "may 31")."""
    for word in date_data()["english"]["weekday_modal_words"]:
        for found in re.finditer(rf"\b{word}\b\s+(?:not\s+)?([a-z]+)", clause):
            if found.group(1) not in ("have", "been"):
                return True
    return False


def _in_headline(m: re.Match[str]) -> bool:
    """The weekday stands in a headline: a paragraph of at most 20 words with no closing punctuation, or one in
    capitals ("SOCCER - RESULTS ON SATURDAY .")."""
    text = m.string.strip()
    if len(text.split()) > 20:
        return False
    letters = [c for c in text if c.isalpha()]
    return not re.search(r"[.!?:;\"”’')]$", text) or (len(letters) > 10 and all(c.isupper() for c in letters))


def _headline_tense(text: str) -> str:
    """A headline tells a past event in the present ("Quake kills 12") and a coming one with "to" + verb
    ("Premier to visit flood zone") or a future marker."""
    low = text.lower()
    if tense(low, False) == "future" or re.search(r"\bto (?!the\b|a\b|an\b|\d)[a-z]{2,}", low):
        return "future"
    return "past"


def _starts_sentence(m: re.Match[str]) -> bool:
    """At most three words stand between the weekday and the start of its sentence (``_OPENING``)."""
    before = m.string[: m.start()][-40:] if m.start() <= 40 else m.string[m.start() - 40 : m.start()]
    if m.start() > 40 and not re.search(r"[.!?\n]", before):
        return False  # the window starts inside the sentence: \A is no sentence start there
    return bool(_OPENING.search(before))


def _opens_sentence(m: re.Match[str]) -> bool:
    """The weekday is an adverbial opening its sentence: "On Monday, ...", "Late Saturday night, ..."."""
    return _starts_sentence(m) and bool(_ADVERBIAL_END.match(m.string, m.end()))


def _opens_without_comma(m: re.Match[str]) -> bool:
    """The weekday after "on" opens its sentence with no comma after it: "On Tuesday the minister will ...", "Also on
    Friday the court ruled ..." (enleads20, dev)."""
    return (
        _starts_sentence(m)
        and bool(re.search(r"\bon\s+$", m.string[max(0, m.start() - 4) : m.start()], re.I))
        and not _ADVERBIAL_END.match(m.string, m.end())
    )


# "that" opening a reported clause, with what follows it up to the weekday ("said that the annual forum on")
_THAT = re.compile(r"\bthat\s+(?=\S)")


def _that_part(clause: str) -> str | None:
    """What follows the last "that" of lower-cased ``clause`` when a word stands between it and the weekday (not
    "that Monday", a demonstrative), else None."""
    found = list(_THAT.finditer(clause))
    if not found or not clause[found[-1].end() :].strip():
        return None
    return clause[found[-1].end() :]


def _clause_after(m: re.Match[str]) -> str:
    """The rest of the weekday's clause after it, up to the next punctuation mark, lower-cased."""
    after = _ABBREVIATION_DOT.sub(r"\1", m.string[m.end() : m.end() + 80])
    return re.split(r"[,;:!?()\"“”]|\.(?!\d)", after)[0].lower()


def _main_clause_after(m: re.Match[str]) -> str:
    """The clause after the adverbial's comma, up to the next punctuation mark, lower-cased."""
    end = _ADVERBIAL_END.match(m.string, m.end())
    after = m.string[end.end() if end else m.end() :]
    if (aside := _REPORTING_ASIDE.match(after)) is not None:
        after = after[
            aside.end() :
        ]  # "The vote on Wednesday, he said, would ...": the main clause is after it
    # the dot of a title ends no clause: "On Friday, Gov. Gavin Newsom announced ..." (enleads18, dev)
    after = _ABBREVIATION_DOT.sub(r"\1", after[:80])
    return re.split(r"[,;:!?()\"“”]|\.(?!\d)", after)[0].lower()


# a reporting clause set between commas ("he said,", "police said,", "the minister told reporters,"): an aside, not
# the main clause after an opening phrase (enleads17, dev)
_REPORTING_ASIDE = re.compile(
    r"\s*(?:[A-Za-z.'’-]+\s+){1,4}(?:said|says|added|adds|noted|stated|told\s+[a-z]+)\s*,", re.I
)


def _first_tense(clause: str) -> str:
    """The tense of the first verb of ``clause`` that shows one: its main verb comes before the reported speech
    ("the company announced it would cut jobs" is past)."""
    words = re.findall(r"[a-z]+", clause)
    for i, word in enumerate(words):
        head = " ".join(words[i : i + 3])
        if has_english_word(word, "future_markers") or re.match(r"(?:is|are) (?:to|set to|due)\b", head):
            return "future"
        if has_english_word(word, "past_markers") or past_verb_in(" ".join(words[max(0, i - 1) : i + 2])):
            return "past"
    return "nearest"


def _weekday_name(m: re.Match[str]) -> bool:
    """True when a capitalised word of weekday_name_words stands right before the weekday ("Black Friday", also in
    a headline in capitals: "BLACK FRIDAY"), or capitalised words of weekday_name_followers after it ("Saturday Night
    Live", "the Sunday Times")."""
    before = re.search(
        r"([A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)?)\s+$", m.string[max(0, m.start() - 30) : m.start()]
    )
    if before is not None:
        phrase = before.group(1).lower()
        if phrase in _weekday_name_words() or phrase.split()[-1] in _weekday_name_words():
            return True
    after = re.match(r"\s+([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?", m.string[m.end() : m.end() + 30])
    followers = date_data()["english"]["weekday_name_followers"]
    return after is not None and (
        after.group(1).lower() in followers or f"{after.group(1)} {after.group(2)}".lower() in followers
    )


@cache
def _weekday_name_words() -> frozenset[str]:
    return frozenset(date_data()["english"]["weekday_name_words"])


def _schedule_word(m: re.Match[str]) -> bool:
    """True after "every"/"each" ("every Friday"), or in the list of a weekly timetable ("four days a week: Monday,
    Tuesday and Friday"): a schedule, no date."""
    before = m.string[max(0, m.start() - 12) : m.start()].lower().split()
    if before and before[-1] in date_data()["english"]["weekday_schedule_words"]:
        return True
    return bool(_timetable_list().search(m.string, max(0, m.start() - _TIMETABLE_REACH), m.start()))


_TIMETABLE_REACH = 120  # characters back to the "a week:" that opens the list


def _counted_in_month(m: re.Match[str]) -> bool:
    """True for a weekday counted in its month: an ordinal of weekday_ordinals before it ("the first", or the match's
    own "last"), then "of" or "in" and a month name, "the month", "every month" or "each month" ("the last Saturday of
    July", "the first Sunday in May", "the last Friday of every month")."""
    en = date_data()["english"]
    before = m.string[max(0, m.start() - 12) : m.start("wd")].lower().split()
    if not before or before[-1] not in en["weekday_ordinals"]:
        return False
    after = _MONTH_AFTER_COUNT.match(m.string, m.end())
    return after is not None and (
        after.group(1) is None or after.group(1).lower().rstrip(".") in en["months"]
    )


# "of July", "in Nov.", "of the month", "of every month" after a counted weekday
_MONTH_AFTER_COUNT = re.compile(r"\s+(?:of|in)\s+(?:(?:the|every|each)\s+month\b|([A-Z][a-z]+\.?))")


@cache
def _timetable_list() -> re.Pattern[str]:
    """A frequency of weekday_timetable_frequencies, a colon or a dash, then only weekdays joined by commas, and,
    or, ending right before the weekday read."""
    en = date_data()["english"]
    frequencies = "|".join(re.escape(f) for f in en["weekday_timetable_frequencies"])
    days = "|".join(sorted(en["weekdays"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{frequencies})\s*(?::|—|–|--| - )\s*(?:(?:{days})\.?\s*(?:,|\band\b|\bor\b|&)?\s*)*\Z", re.I
    )
