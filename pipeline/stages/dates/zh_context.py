"""What a Chinese sentence says around a date, and the handlers that read it: the year it talks of before a point
(上年 is the year before that one: ``1997年……比上年增长``; 年底 after 1997年 is that year's, no mention of this year),
and whether it is told in the past (``4月15日，警方已将其刑事拘留`` in an October
story is the April before, not the next). The words are data in ``pipeline/data/dates.toml`` ([chinese]
``relative_years``, ``past_markers``, ``future_markers``, ``past_marker_not_in``); docs/dates.md, "Mentions"."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pipeline.stages.dates.resolve import Duration, Hit, iso, moved
from pipeline.text.datelines import date_data
from pipeline.text.numbers import cn_number
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN_CHAR
from pipeline.text.sentences import ZH_SENTENCE_END


@cache
def _year_named() -> re.Pattern[str]:
    """A year a sentence names: 1997年, 一九九七年, 1998财政年度 (not 1997年代), or a relative year word, 今年, 去年."""
    relative = alternation(date_data()["chinese"]["relative_years"])
    return re.compile(
        rf"(?P<y>\d{{4}}|[〇○零一二三四五六七八九]{{4}})(?:财政|財政|会计|會計)?年(?!代)|(?P<ry>{relative})"
    )


# The year a span of years ends with comes right after its first year and a dash (2016—2017年度, 1997-1998年)
_SPAN_OF_YEARS = re.compile(r"\d{4}年?\s*[—–\-~～至到]+\s*$")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` of ``text`` starts."""
    ends = list(ZH_SENTENCE_END.finditer(text, 0, at))
    return ends[-1].end() if ends else 0


def year_named_before(text: str, at: int, reference: date | None) -> int | None:
    """The last year the sentence names before offset ``at`` (a relative year counted from the reference),
    else the reference's year; None when neither is known or when that year ends a span (2016—2017年度)."""
    start = sentence_start(text, at)
    found = list(_year_named().finditer(text, start, at))
    if not found:
        return reference.year if reference else None
    last = found[-1]
    if _SPAN_OF_YEARS.search(text, start, last.start()):
        return None  # 2016—2017年度: a crop or fiscal year, no single year
    if last.group("y"):
        digits = last.group("y")
        return int(digits) if digits.isdigit() else _han_year(digits)
    if reference is None:
        return None
    return reference.year + int(date_data()["chinese"]["relative_years"][last.group("ry")])


def _han_year(digits: str) -> int | None:
    """一九九七 -> 1997 (each character a digit)."""
    values = [cn_number(c) if c not in "〇○零" else 0 for c in digits]
    return None if None in values else int("".join(str(v) for v in values))


@cache
def _tense_words() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    zh = date_data()["chinese"]
    not_in = re.compile(alternation(zh["past_marker_not_in"]))
    return tuple(zh["future_markers"]), tuple(zh["past_markers"]), not_in


def told_in_past(text: str, at: int) -> bool:
    """True when the sentence holding offset ``at`` has a past marker (了, 已, 曾) and no future one (将, 拟,
    计划 …); 了 inside a word that is no marker (为了, 除了, 了解, 不了) does not count."""
    start = sentence_start(text, at)
    end = ZH_SENTENCE_END.search(text, at)
    future, past, not_in = _tense_words()
    sentence = not_in.sub("", text[start : end.start() if end else len(text)])
    return not any(w in sentence for w in future) and any(w in sentence for w in past)


def told_ahead(text: str, at: int) -> bool:
    """True when the sentence holding offset ``at`` has a future marker (将, 拟, 预计, 下周 …) and no past one
    (了, 已, 曾; 了 inside 为了, 了解 … not counted)."""
    start = sentence_start(text, at)
    end = ZH_SENTENCE_END.search(text, at)
    future, past, not_in = _tense_words()
    sentence = not_in.sub("", text[start : end.start() if end else len(text)])
    return any(w in sentence for w in future) and not any(w in sentence for w in past)


_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")


def told_since(text: str, end: int) -> bool:
    """True when a word of ``since_words`` (以来, 至今) follows offset ``end`` in its clause, within 12 characters
    (由5月1日揭幕以來, 从3月8日开园以来): the date before it is on or before the reference (zhleads22)."""
    after = _CLAUSE_END.split(text[end : end + 12])[0]
    return any(word in after for word in date_data()["chinese"]["since_words"])


def in_vaguely_dated_quote(text: str, at: int) -> bool:
    """True when offset ``at`` lies inside a quote (“……” or 「……」) whose sentence, outside the quote, dates the speaking
    only by a vague word of ``quote_vague_times`` (“大妈，今天你的气色不错……”近日，医生上门……): the quote's 今天 is the
    speaker's day, which no reader can give."""
    opened = max(text.rfind("“", 0, at), text.rfind("「", 0, at))
    if opened < 0 or max(text.rfind("”", 0, at), text.rfind("」", 0, at)) > opened:
        return False
    closes = [i for i in (text.find("”", at), text.find("」", at)) if i >= 0]
    if not closes:
        return False
    end = ZH_SENTENCE_END.search(text, min(closes))
    around = (
        text[sentence_start(text, opened) : opened]
        + "|"
        + text[min(closes) + 1 : end.start() if end else None]
    )
    return any(word in around for word in date_data()["chinese"]["quote_vague_times"])


def after_an_event(text: str, at: int) -> bool:
    """True when the word right before offset ``at`` names an event (案发次日, 入院次日, 成立次年): a Chinese
    character other than those of ``anaphora_date_before`` (于, 的, 日, 晚 …, after which 次日 counts from a date) and of
    ``comparison_words`` (比前一天, 较前一天: statistics compare a date with the day before it; zhleads22)."""
    before = text[at - 1 : at]
    zh = date_data()["chinese"]
    return bool(HAN_CHAR.fullmatch(before)) and before not in zh["anaphora_date_before"] + "".join(
        zh["comparison_words"]
    )


def compared_years_back(m: re.Match[str], years: int, reference: date | None) -> Hit | None:
    """较三年前, 与十年前相比: ``years`` back from the calendar year the sentence names before it (2017年……较三年前
    is 2014; a span of years, 2016—2017年度, gives no value); None when no word of comparison comes right before
    or the sentence names no calendar year (then the count is from the reference, as any 三年前)."""
    if not m.string[: m.start()].endswith(tuple(date_data()["chinese"]["comparison_words"])):
        return None
    start = sentence_start(m.string, m.start())
    found = list(_year_named().finditer(m.string, start, m.start()))
    if not found or not found[-1].group("y"):
        return None  # no year, or a relative one (去年……比十年前): counted from the reference as before
    base = year_named_before(m.string, m.start(), reference)
    return Hit(m.start(), m.end(), f"{base - years:04d}" if base else None)


# ---------------------------------------------------------------------------------------------- handlers


def on_previous_year(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """上年, 上年度: the year before the one its sentence names before it, else before the reference's."""
    year = year_named_before(m.string, m.start(), ref)
    return Hit(m.start(), m.end(), f"{year - 1:04d}" if year else None)


def on_next_year(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """来年: the year after the one its sentence names before it, else after the reference's."""
    year = year_named_before(m.string, m.start(), ref)
    return Hit(m.start(), m.end(), f"{year + 1:04d}" if year else None)


def on_relative_year(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """今年, 去年, 明年, 前年 alone: the reference's year, off by the word's offset."""
    offset = int(date_data()["chinese"]["relative_years"][m.group("w")])
    return Hit(m.start(), m.end(), f"{ref.year + offset:04d}" if ref else None)


def on_relative_year_today(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """去年的今天, 明年今日: the reference's day a year (or more) off."""
    offset = int(date_data()["chinese"]["relative_years"][m.group("w")])
    day = moved(ref, Duration("year", abs(offset)), -1 if offset < 0 else 1) if ref else None
    return Hit(m.start(), m.end(), iso(day))


def on_this_year(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """年内, 今夏: the reference year."""
    return Hit(m.start(), m.end(), f"{ref.year:04d}" if ref else None)


def on_this_year_part(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """年初, 年底, 年末 alone: the reference year, unless its sentence named a year before it (1997年……年底:
    that year's; no mention); last year when the paragraph's last year word before it is 去年 (去年第三产业……。
    ……到年底, 外资银行已有22家: a paragraph about last year)."""
    if "年" in m.string[sentence_start(m.string, m.start()) : m.start()]:
        return None
    years = _PARAGRAPH_YEAR.findall(m.string, 0, m.start())
    if ref and years and years[-1] in ("去年", "上年"):
        return Hit(m.start(), m.end(), f"{ref.year - 1:04d}")
    return on_this_year(m, ref, _ctx)


# the year words a paragraph may talk about before a bare 年底: last year's, this year's, a numbered year
_PARAGRAPH_YEAR = re.compile(r"去年|上年|今年|本年|明年|[0-9０-９]{4}年")


def on_this_month_part(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """月底, 月末, 月初 alone after 本月 in its paragraph (本月内……在月底前): the reference's month; no mention when
    the paragraph names no month before it (月初，首批货物运抵: a month of the text before, docs/dates.md) or
    another one (3月……月底)."""
    before = m.string[: m.start()]
    if "本月" not in before or "月" in before.replace("本月", "") or ref is None:
        return None
    return Hit(m.start(), m.end(), f"{ref.year:04d}-{ref.month:02d}")
