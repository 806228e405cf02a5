"""The dates stage: every date an article mentions, resolved against its reference date.

``find_dates(record)`` fills ``record.dates`` with :class:`~pipeline.record.DateMention` objects:

- ``published``: the publication date (``record.published``; Chinese articles are read in Beijing time);
- ``dateline``: the date of the dateline (新华社天津8月30日电, "HANGZHOU, Nov. 19 (Xinhua) --");
- ``event``: any other date in the title or body: full dates, month/day ("Nov. 19", 11月19日), day only
  ("on the 16th", 16日), month or year precision (今年10月 -> "2026-10", 明年 -> "2027"), relative days
  (昨天, yesterday, 上周五, "last Friday", "on Thursday"), durations (3天前, "two weeks ago", 半年前,
  "three days later" after a date of the sentence);
- ``range``: "11月19日至21日", "Nov. 19-20", and calendar weeks (上周, "last week", 上周末): ``value`` is the
  first day, ``end`` the last.

The reference date is the dateline's date, else the publication date. Without either, relative and partial
dates keep ``value=None`` (nothing is invented). Paragraphs are read with Chinese or English rules by their
script. Language knowledge (month names, relative-day words, tense markers) is in ``data/dates.toml``;
the rules are described in docs/dates.md.

The package: :mod:`.resolve` (reference-date arithmetic, the Hit and Rule records), :mod:`.zh` and
:mod:`.en` (the rule tables; their vocabulary in ``*_words``, their handlers in ``*_calendar``, ``*_relative``,
``*_context``, ``en_weekdays``), :mod:`.scan` (a paragraph read with a table).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from pipeline.record import Article, DateMention
from pipeline.stages.dates.resolve import Hit, iso, parse_published
from pipeline.stages.dates.scan import anchored, dedupe, joined_at_semicolons, scan_paragraph, shifted
from pipeline.text.datelines import (
    Dateline,
    headline_lead_dateline_zh,
    inline_wire_dateline,
    lead_dateline_zh,
    parse_dateline,
    safe_date,
)
from pipeline.text.report_leads_zh import place_bracket_dateline_zh, report_lead_dateline_zh
from pipeline.text.scripts import fold_width, is_chinese
from pipeline.text.sentences import sentence_at, sentence_spans

__all__ = ["find_dates"]

log = logging.getLogger(__name__)


def find_dates(record: Article) -> Article:
    """Fill ``record.dates``. Never raises: a failure is recorded in ``record.error``."""
    try:
        record.dates = _find(record)
    except Exception as exc:  # a stage must not lose the record (docs/dates.md)
        log.warning("dates failed on %s: %s: %s", record.url, type(exc).__name__, exc)
        record.fail(f"dates: failed ({type(exc).__name__})")  # the library's message stays in the log
    return record


@dataclass
class _StoryDateline:
    """The story's dateline, which gives the reference date."""

    paragraph: str  # the paragraph that opens with it (else the first paragraph, else "")
    index: int  # that paragraph's index in record.paragraphs
    parsed: Dateline | None  # the dateline parsed from that paragraph, when it has a month
    date: date | None  # the extractor's dateline date, else the parsed one
    text: str | None  # the dateline as written


# a title or paragraph scanned: the dateline it opens with when it is a later one, its text, Chinese or not, its hits,
# and the date its relative words count from (a later dateline's own, else the story's reference)
_Scanned = tuple[DateMention | None, str, bool, list[Hit], date | None]


def _parse_iso_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _story_dateline(record: Article, published: date | None) -> _StoryDateline:
    """The extractor's ``record.dateline``, else the dateline parsed from the paragraphs."""
    # The dateline opens the story, but a photo caption or a subtitle may come first: look at three.
    first, parsed, first_index = "", None, 0
    for i, paragraph in enumerate(record.paragraphs[:3]):
        candidate = parse_dateline(paragraph, published)
        if candidate is None or candidate.month is None:
            # an outlet the strict grammar does not know (虎扑1月6日讯, 本站北京3月17日电): its date is still the
            # story's dateline, not an event that would hide 今天 (the same day, kept once)
            loose = lead_dateline_zh(fold_width(paragraph), published)
            candidate = replace(loose, text=paragraph[: loose.end]) if loose else candidate
        if candidate is None or candidate.month is None:
            # a headline run into the lead: 发挥出色！戴维斯砍下28分  12月26日讯 今天…
            candidate = headline_lead_dateline_zh(paragraph, published) or candidate
        if candidate is None or candidate.month is None:
            # 新浪科技讯 5月28日上午消息, 经济日报-中国经济网北京4月17日讯, 2019年6月26日讯: still the story's dateline
            report = report_lead_dateline_zh(fold_width(paragraph), published)
            candidate = replace(report, text=paragraph[: report.end]) if report else candidate
        if candidate is None or candidate.month is None:
            # (吉隆坡3日讯), （新山4日訊）: a place and a day in brackets, Malaysia's Chinese papers
            bracketed = place_bracket_dateline_zh(fold_width(paragraph), published)
            candidate = (
                replace(bracketed, text=paragraph[: bracketed.end].strip()) if bracketed else candidate
            )
        if candidate is None or candidate.month is None:
            # a caption run into the dateline in the same paragraph: "... REUTERS/Jane RoeLONDON, Nov 16 (Reuters) -"
            candidate = inline_wire_dateline(paragraph, published) or candidate
        if candidate is not None and candidate.month is not None:
            first, parsed, first_index = paragraph, candidate, i
            break
    if not first and record.paragraphs:
        first = record.paragraphs[0]
    dl_date = _parse_iso_date(record.dateline.get("date")) if record.dateline else None
    dl_text = (record.dateline or {}).get("text") or (parsed.text if parsed else None)
    if dl_date is None and parsed is not None:
        dl_date = parsed.date
    return _StoryDateline(first, first_index, parsed, dl_date, dl_text)


def _find(record: Article) -> list[DateMention]:
    texts = ([record.title] if record.title else []) + [p for p in record.paragraphs if p]
    chinese_article = (
        record.lang == "zh" if record.lang in ("zh", "en") else is_chinese("".join(texts)[:2000])
    )
    published = parse_published(record.published, chinese_article)
    story = _story_dateline(record, published)
    reference = story.date or published

    found: list[DateMention] = []
    if published:
        found.append(DateMention(text=record.published or "", value=published.isoformat(), kind="published"))
    if story.date:
        first = story.paragraph
        sentence = sentence_at(first, 0, is_chinese(first)) if first else None
        found.append(
            DateMention(
                text=story.text or "", value=story.date.isoformat(), kind="dateline", sentence=sentence
            )
        )

    body_start = len(texts) - len(record.paragraphs)
    scanned: list[_Scanned] = []
    for index, text in enumerate(texts):
        chinese = is_chinese(text)
        parsed = story.parsed
        is_first_paragraph = record.paragraphs and index == body_start + story.index
        skip = parsed.end if (is_first_paragraph and parsed and parsed.month is not None) else 0
        later = None
        if not skip and index > body_start + story.index and record.paragraphs:
            later = _later_dateline(text, reference, chinese)
            skip = later[1] if later else skip
        # a second story's relative words count from its own dateline (本报郑州12月15日电 ……今天 is the 15th)
        own = date.fromisoformat(later[0].value) if later and later[0].value else reference
        hits = list(scan_paragraph(text, own, chinese, skip))
        scanned.append((later[0] if later else None, text, chinese, hits, own))
    _within_story_ranges([(text, hits) for _, text, chinese, hits, _ in scanned if chinese], reference)
    _chronicle_years([(text, hits) for _, text, chinese, hits, _ in scanned if chinese], reference)
    years = _story_years([hit for _, _, _, hits, _ in scanned for hit in hits])
    for later_mention, text, chinese, hits, own in scanned:
        found.extend([later_mention] if later_mention else [])
        found.extend(_mentions(text, own, chinese, hits, years))
    return dedupe(found)


# what may open a paragraph before its date: spaces, an enumerator (1、 2. （3）)
_PARAGRAPH_OPENING = re.compile(r"\s*(?:[（(]?\d{1,2}[、.．)）]\s*)?")


def _chronicle_years(paragraphs: list[tuple[str, list[Hit]]], reference: date | None) -> None:
    """A chronicle: a Chinese paragraph that opens with a month and day without a year (4月21日，……) after an earlier
    paragraph that opened with a full date of an earlier year than the reference's (2003年3月6日，……) is of that year,
    not the one nearest the reference (a 2012 retrospective of 2003 had read 2012; zhleads23), when it falls on or after
    the chronicle's last date (a chronicle goes forward). A paragraph opening with a full date sets the year again; one
    with a relative date (今天, 上周, 昨天) ends the chronicle; a date inside a paragraph, not at its opening, is left
    alone."""
    year: int | None = None
    last: date | None = None
    for text, hits in paragraphs:
        if any(h.value and not h.anchor and not h.partial for h in hits):
            year = None  # 今天，公司发布公告: the story is back at the reference
            continue
        opening = _PARAGRAPH_OPENING.match(text)
        at = opening.end() if opening else 0
        first = min(hits, key=lambda h: h.start, default=None)
        if first is None or first.start != at or not first.value or len(first.value) != 10:
            continue
        if first.anchor:
            last = date.fromisoformat(first.value)
            year = last.year if reference and last.year < reference.year else None
        elif year is not None and last and first.partial and first.partial[0] and first.kind == "event":
            day = safe_date(year, first.partial[0], first.partial[1])
            if day and day >= last:
                first.value, last = iso(day), day


def _story_years(hits: list[Hit]) -> dict[tuple[int, int], int]:
    """The year of each month and day the story writes in full with its year (a headline's "Jan. 6" is the lead's "Jan.
    6, 2021"; 标题的1月6日 the body's 2021年1月6日): (month, day) -> year, when the story gives that month and day one
    year only."""
    years: dict[tuple[int, int], set[int]] = {}
    for hit in hits:
        if hit.anchor and hit.value and len(hit.value) == 10:
            day = date.fromisoformat(hit.value)
            years.setdefault((day.month, day.day), set()).add(day.year)
    return {key: next(iter(found)) for key, found in years.items() if len(found) == 1}


# a range of days the story names: a few days of a visit, a meeting, a forecast (5月6日至10日, 10月16日至22日)
_RANGE_MAX_DAYS = 14
_WRITTEN_DAYS = re.compile(r"\d|[一二三四五六七八九十]日")


def _within_story_ranges(paragraphs: list[tuple[str, list[Hit]]], reference: date | None = None) -> None:
    """A Chinese day written alone (8日) inside a range of days that the story named before it, of at most
    ``_RANGE_MAX_DAYS`` days (胡锦涛将于5月6日至10日访问日本……8日，……; a meeting's 会期为10月16日至22日……18日), is that
    range's day, not the one nearest the reference (a story of 23 April had read 8日, 9日, 10日 of a May visit as
    April's; zhleads20, dev). Only a range written out in days; a day of two such ranges keeps its value. Likewise a
    bare weekday inside such a range that does not hold the reference (下周(3月2日至8日)……星期三在观塘裁判法院: next
    week's Wednesday, not the nearest; zhleads22)."""
    ranges: list[tuple[date, date]] = []
    for text, hits in paragraphs:
        for hit in sorted(hits, key=lambda h: h.start):
            if ranges and (hit.weekday is not None or (hit.partial and hit.partial[0] is None)):
                _place_in_ranges(hit, ranges, reference)
            if (
                hit.kind == "range"
                and hit.value
                and hit.end_value
                and len(hit.value) == len(hit.end_value) == 10
            ):
                first, last = date.fromisoformat(hit.value), date.fromisoformat(hit.end_value)
                if 0 < (last - first).days <= _RANGE_MAX_DAYS and _WRITTEN_DAYS.search(
                    text[hit.start : hit.end]
                ):
                    ranges.append((first, last))


def _place_in_ranges(hit: Hit, ranges: list[tuple[date, date]], reference: date | None) -> None:
    """Give a day alone (``partial``) or a bare weekday (``weekday``) the one day of the named ranges it can be; a
    weekday only from ranges that do not hold the reference."""
    days = {first + timedelta(days=k) for first, last in ranges for k in range((last - first).days + 1)}
    if hit.weekday is not None:
        ahead_or_past = {
            first + timedelta(days=k)
            for first, last in ranges
            if reference is None or not first <= reference <= last
            for k in range((last - first).days + 1)
        }
        inside = {day for day in ahead_or_past if day.weekday() == hit.weekday}
    else:
        inside = {day for day in days if hit.partial is not None and day.day == hit.partial[1]}
    if len(inside) == 1:
        hit.value = iso(inside.pop())


def _later_dateline(text: str, reference: date | None, chinese: bool) -> tuple[DateMention, int] | None:
    """A later paragraph opening with a wire dateline (本报郑州12月15日电, (吉隆坡16日讯), a second story on the page):
    a dateline mention of its own, and where the paragraph's text after it starts; the reference stays the
    story's first dateline."""
    later = parse_dateline(text, reference)
    if later is not None and not later.agency:
        later = None  # an agency's dateline only, or a place and a day in brackets (a Malaysian bulletin's second story)
    if later is None and chinese:
        bracketed = place_bracket_dateline_zh(fold_width(text), reference)
        later = replace(bracketed, text=text[: bracketed.end].strip()) if bracketed else None
    if later is None or later.date is None or later.end <= 0:
        return None
    mention = DateMention(
        text=later.text, value=later.date.isoformat(), kind="dateline", sentence=sentence_at(text, 0, chinese)
    )
    return mention, later.end


def _mentions(
    text: str, reference: date | None, chinese: bool, hits: list[Hit], story_years: dict[tuple[int, int], int]
) -> list[DateMention]:
    """The dates of one title or paragraph (its ``hits``), each with its sentence. A month and day without a year that
    the story writes in full elsewhere takes that year (``story_years``), unless its own sentence has a full date."""
    spans = sentence_spans(text, chinese)
    clauses = joined_at_semicolons(spans, text)  # what a date counts from: 7月25日登陆；3天后退去
    mentions = []
    for hit in hits:
        if hit.partial and hit.partial[0] and hit.partial in story_years:
            hit.value = iso(safe_date(story_years[hit.partial], *hit.partial))
    hits = anchored(hits, clauses)
    for hit in shifted(hits, clauses, text, reference, chinese):
        sentence = next((text[a:b].strip() for a, b in spans if a <= hit.start < b), None)
        mentions.append(
            DateMention(
                text=text[hit.start : hit.end].strip(),
                value=hit.value,
                kind=hit.kind,
                sentence=sentence,
                end=hit.end_value,
            )
        )
    return mentions
