"""Scanning a paragraph with a rule table: every date in it, a span claimed once; dates without a year
tied to a full date of the same sentence; repeated mentions dropped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from pipeline.record import DateMention
from pipeline.stages.dates.en import rules as english_rules
from pipeline.stages.dates.resolve import CompiledRule, Hit, iso, nearest_month, nearest_year
from pipeline.stages.dates.zh import rules as chinese_rules
from pipeline.text.datelines import safe_date
from pipeline.text.scripts import fold_width

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


def scan_paragraph(text: str, reference: date | None, chinese: bool, skip_until: int = 0) -> Iterator[Hit]:
    """Every date in one paragraph, longest and most specific rules first; a span is claimed once.
    The first ``skip_until`` characters (a dateline already read) are not scanned."""
    folded = fold_width(text)
    taken = [False] * len(folded)
    for i in range(min(skip_until, len(folded))):
        taken[i] = True
    hits: list[Hit] = []
    for pattern, handler in _rules(chinese):
        for m in pattern.finditer(folded):
            if m.end() <= m.start() or any(taken[m.start() : m.end()]):
                continue
            ctx = folded[max(0, m.start() - (15 if chinese else 40)) : m.end() + (5 if chinese else 15)]
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


def anchored(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    """A date written without a year after a full date in the same sentence belongs with that date:
    去年1月27日……于30日 is January 30 of last year, not the 30th nearest the dateline."""
    anchor: date | None = None
    sentence: tuple[int, int] | None = None
    for hit in hits:
        here = next(((a, b) for a, b in spans if a <= hit.start < b), None)
        if here != sentence:
            sentence, anchor = here, None
        if hit.anchor and hit.value:
            anchor = date.fromisoformat(hit.value)
        elif hit.partial and anchor is not None:
            month, day = hit.partial
            hit.value = iso(nearest_year(month, day, anchor) if month else nearest_month(day, anchor))
    return hits


def dedupe(mentions: list[DateMention]) -> list[DateMention]:
    """Identical (value, kind, end) mentions once, the first kept; unresolved ones also keyed by their text."""
    seen: set[tuple[str | None, str, str | None, str | None]] = set()
    out: list[DateMention] = []
    for d in mentions:
        key = (d.value, d.kind, d.end, d.text if d.value is None else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    return out
