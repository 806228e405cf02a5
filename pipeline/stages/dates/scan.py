"""Scanning a paragraph with a rule table: every date in it, a span claimed once; dates without a year
tied to a full date of the same sentence; durations counted from another date of the sentence; repeated
mentions dropped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache

from pipeline.record import DateMention
from pipeline.stages.dates.en import rules as english_rules
from pipeline.stages.dates.en_weekdays import past_verb_in
from pipeline.stages.dates.resolve import (
    CompiledRule,
    Hit,
    iso,
    nearest_month,
    nearest_year,
    shift_value,
    tense,
)
from pipeline.stages.dates.zh import rules as chinese_rules
from pipeline.stages.dates.zh_context import told_in_past
from pipeline.text.datelines import safe_date
from pipeline.text.scripts import fold_width
from pipeline.text.sentences import ZH_SENTENCE_END

# 2021-11-16, 2021/11/16, 2021.11.16 in either language
_ISO = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d.]\d)")

_FULL_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


def _on_iso(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return Hit(m.start(), m.end(), d.isoformat()) if d else None


@cache
def _rules(chinese: bool) -> tuple[CompiledRule, ...]:
    """The ISO rule, then the Chinese or the English table."""
    return (CompiledRule(_ISO, _on_iso), *(chinese_rules() if chinese else english_rules()))


# A Chinese sentence puts its verb after the time word, often past a comma (星期天下午，他接受了采访): the tense
# context runs to the end of the sentence, at most this many characters.
_ZH_CONTEXT_AFTER = 20


def _context(folded: str, m: re.Match[str], chinese: bool) -> str:
    """The text around a match that tells the tense of its clause."""
    if not chinese:
        return folded[max(0, m.start() - 40) : m.end() + 15]
    after = folded[m.end() : m.end() + _ZH_CONTEXT_AFTER]
    end = ZH_SENTENCE_END.search(after)
    return folded[max(0, m.start() - 15) : m.end()] + (after[: end.start()] if end else after)


def scan_paragraph(text: str, reference: date | None, chinese: bool, skip_until: int = 0) -> Iterator[Hit]:
    """Every date in one paragraph, longest and most specific rules first; a span is claimed once.
    The first ``skip_until`` characters (a dateline already read) are not scanned."""
    folded = fold_width(text)
    # the dateline is no part of the lead's first sentence: its 2019年 names no year before 年底 (sixteenth sample)
    folded = " " * min(skip_until, len(folded)) + folded[skip_until:]
    taken = [False] * len(folded)
    for i in range(min(skip_until, len(folded))):
        taken[i] = True
    hits: list[Hit] = []
    for pattern, handler in _rules(chinese):
        for m in pattern.finditer(folded):
            if m.end() <= m.start() or any(taken[m.start() : m.end()]):
                continue
            ctx = _context(folded, m, chinese)
            result = handler(m, reference, ctx)
            if result is None:
                continue
            for hit in result if isinstance(result, list) else [result]:
                if (
                    folded[hit.end - 1] == "."
                    and folded[hit.start : hit.end - 1].split()[-1].lower() in _FULL_MONTHS
                ):
                    hit.end -= 1  # "16th November." ends a sentence; the dot of "Nov." stays
                for i in range(hit.start, hit.end):
                    taken[i] = True
                hits.append(hit)
    yield from sorted(hits, key=lambda h: h.start)


def joined_at_semicolons(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The sentence spans with those that end in a semicolon joined to the next: the splitter ends a Chinese
    sentence at ；(a translation unit), but for the date a duration or a partial date counts from, the clauses
    of 7月25日，台风登陆；3天后，积水退去 are one sentence, as they are in English ("sank on June 5; rescued two days
    later")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and text[out[-1][0] : out[-1][1]].rstrip().endswith(("；", ";")):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def anchored(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    """A date written without a year after a full date in the same sentence belongs with that date:
    去年1月27日……于30日 is January 30 of last year, not the 30th nearest the dateline. With no full date before it,
    a month and day take the year of that month named earlier in the sentence ("charges last December after the
    car … flipped … on Dec. 8": December 8 of last December's year; enleads12, dev). A day written alone after a
    month and day of the sentence is the day nearest that date, not the reference: 从2月4日起停火……于5日攻占 (in a
    story of 25 February) is February 5, "from Feb. 4 … on the 5th" likewise (forty-second natural sample)."""
    anchor: date | None = None
    day_anchor: date | None = None  # the sentence's last month and day, for a day written alone after it
    sentence: tuple[int, int] | None = None
    months: dict[
        int, int
    ] = {}  # month -> its year, of the sentence's month mentions ("last December": 2012-12)
    for hit in hits:
        here = next(((a, b) for a, b in spans if a <= hit.start < b), None)
        if here != sentence:
            sentence, anchor, day_anchor, months = here, None, None, {}
        if hit.anchor and hit.value:
            anchor = date.fromisoformat(hit.value)
        elif hit.partial and anchor is not None:
            month, day = hit.partial
            hit.value = iso(nearest_year(month, day, anchor) if month else nearest_month(day, anchor))
        elif hit.partial and hit.partial[0] in months:
            month, day = hit.partial
            hit.value = iso(safe_date(months[month], month, day)) if month else hit.value
        elif hit.partial and hit.partial[0] is None and day_anchor is not None:
            hit.value = iso(nearest_month(hit.partial[1], day_anchor))
        elif hit.value and _MONTH_VALUE.fullmatch(hit.value) and not hit.partial:
            months[int(hit.value[5:7])] = int(hit.value[:4])
        if hit.partial and hit.partial[0] and hit.value and len(hit.value) == 10:
            day_anchor = date.fromisoformat(hit.value)
    return hits


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


# Between "two days after" and the date it counts from only spaces (and "the") may come.
_FOLLOWING_GAP = re.compile(r"\s*(?:the\s+)?")


def _told_before_it(
    value: str, base: Hit, hit: Hit, text: str, reference: date | None, chinese: bool
) -> bool:
    """True when ``value``, counted forward from the date ``base`` before it, lies after the reference although the
    sentence tells it in the past (English: a past verb between the two and no future marker; Chinese: 了, 已, 曾 in
    the sentence and no 将 …): a past account reaches no later than its own day, so the count is from an event of
    another sentence ("The comments Tuesday night underscored his refusal, even four years later, to accept ...")."""
    if reference is None:
        return False
    if date.fromisoformat((value + "-01-01")[:10]) <= reference + timedelta(days=1):
        return False
    if chinese:
        return told_in_past(text, hit.start)
    between = text[base.end : hit.start].lower()
    return tense(between, False) == "past" or (tense(between, False) == "nearest" and past_verb_in(between))


# A Chinese count opens its clause when only these come before it: 3月3日被捕。五天后，他获释
_CLAUSE_OPENERS_ZH = ("，", ",", "。", "；", "：", "！", "？")


def _previous_sentence_base(
    before: list[Hit], spans: list[tuple[int, int]], here: tuple[int, int], text: str, hit: Hit, chinese: bool
) -> Hit | None:
    """The date a count with no date in its own sentence counts from: the last date of the sentence right before
    it in the same paragraph ("Police arrested him on March 3. Five days later he was released."; 3月3日被捕。五天后，
    他获释), when that sentence ends with it as a day or month (a range or a count is no base). A Chinese count must
    open its clause: after a verb it counts from that event (宣布收紧安检一周后, no value). Blind samples: the one such
    count with a date in the sentence before it was read from that date (docs/dates.md, "Policy questions")."""
    index = spans.index(here) if here in spans else -1
    if index <= 0:
        return None
    if chinese and not (
        text[here[0] : hit.start].strip() == "" or text[: hit.start].rstrip().endswith(_CLAUSE_OPENERS_ZH)
    ):
        return None
    start, end = spans[index - 1]
    last = next((h for h in reversed(before) if start <= h.start < end), None)
    if last is None or last.shift is not None or not last.value or last.end_value or last.kind != "event":
        return None
    return last


def shifted(
    hits: list[Hit],
    spans: list[tuple[int, int]],
    text: str,
    reference: date | None = None,
    chinese: bool = False,
) -> list[Hit]:
    """Durations counted from another date of the same sentence (``Hit.shift``): 11月3日入院，三天后出院 and
    "arrested on May 3 and freed three days later" count from the date before them, "two days after Nov. 3"
    from the date right after it (the mention then spans both). Without that date the fallback (a future
    clause read from the reference date) or no value: the base is an event, not a date; an anaphora (次日,
    "the following day") is then dropped. A count forward that lands after the ``reference`` in a sentence told
    in the past has no value either (:func:`_told_before_it`)."""
    dropped: set[int] = set()
    for i, hit in enumerate(hits):
        if hit.shift is None:
            continue
        duration, sign, base_kind, fallback, anaphora = hit.shift
        here = next(((a, b) for a, b in spans if a <= hit.start < b), (0, len(text)))
        base: Hit | None = None
        if base_kind == "following":
            after = next((h for h in hits[i + 1 :] if h.start >= hit.end), None)
            gap = text[hit.end : after.start] if after else ""
            if after is not None and after.start < here[1] and _FOLLOWING_GAP.fullmatch(gap):
                base, hit.end = after, after.end
        else:
            base = next((h for h in reversed(hits[:i]) if here[0] <= h.start and h.shift is None), None)
        if base is None and fallback is None and not anaphora and base_kind == "previous":
            base = _previous_sentence_base(hits[:i], spans, here, text, hit, chinese)
        if base is None:
            hit.value = fallback
        else:  # a range is no point to count from ("last week ... two days later"): no value
            hit.value = shift_value(base.value, duration, sign) if base.value and not base.end_value else None
            if hit.value and base_kind == "previous" and sign > 0:
                hit.value = (
                    None if _told_before_it(hit.value, base, hit, text, reference, chinese) else hit.value
                )
        if anaphora and hit.value is None:
            dropped.add(i)  # 次日 after an event, "the following day" alone: refers to no date we have
    return [hit for i, hit in enumerate(hits) if i not in dropped]


# a mention that writes its date out (a number, 月, a month's name), not a relative word (今天, "yesterday", 星期五)
_WRITTEN_DATE = re.compile(r"\d|月|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I)


def dedupe(mentions: list[DateMention]) -> list[DateMention]:
    """Identical (value, kind, end) mentions once, the first kept; unresolved ones also keyed by their text. Another
    text of the same date is a mention of its own in the same sentence (5月22日，……今天10点; "10月9日，……今早……今日"),
    and elsewhere when it is a relative word (4日…… then 今日 in a later sentence): the natural samples list both
    (docs/dates.md, policy 4). A date written out again ("Jan. 6" in the title, "Jan. 6, 2021" in the body) is
    kept once."""
    first: dict[tuple[str | None, str, str | None, str | None], DateMention] = {}
    texts: set[tuple[str | None, str, str | None, str | None, str]] = set()
    out: list[DateMention] = []
    for d in mentions:
        key = (d.value, d.kind, d.end, d.text if d.value is None else None)
        kept = first.get(key)
        if kept is not None and (
            (*key, d.text) in texts
            or (kept.sentence != d.sentence or d.sentence is None)
            and bool(_WRITTEN_DATE.search(d.text))
        ):
            continue
        first.setdefault(key, d)
        texts.add((*key, d.text))
        out.append(d)
    return out
