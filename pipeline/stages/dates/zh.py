"""The Chinese date rules: 2021年11月16日, 11月19日至21日, 今年10月, 16日, 上周五, 昨天, 3天前, 上周 ...

:data:`RULES` is the table, in priority order (a span is claimed by the first rule that takes it): each
:class:`~.resolve.Rule` pairs a regex template with a module-level handler. The templates' ``{fields}`` are
the fragments of :func:`_fragments` (number forms, and word lists from ``pipeline/data/dates.toml``); they
are compiled once, at first use, by :func:`rules`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from pipeline.stages.dates.resolve import (
    PAST_TENSE_MAX_AHEAD,
    CompiledRule,
    Duration,
    Hit,
    Resolved,
    Rule,
    Shift,
    add_months,
    anaphora_hit,
    compile_rules,
    iso,
    moved,
    nearest_month,
    nearest_month_year,
    nearest_year,
    on_day_range,
    range_hit,
    shift,
    tense,
    week_range,
    weekday_date,
)
from pipeline.stages.dates.zh_context import (
    after_an_event,
    compared_years_back,
    in_vaguely_dated_quote,
    on_previous_year,
    on_relative_year,
    on_relative_year_today,
    on_this_year,
    on_this_year_part,
    told_in_past,
)
from pipeline.text.datelines import date_data, safe_date
from pipeline.text.numbers import cn_number
from pipeline.text.patterns import alternation

_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # month or day number
_YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"  # year number
_SEP = r"\s*(?:至|到|~|～|-|—|–|－|―|‐)+\s*"
_WEEKDAY_PAREN = r"(?:\s*[(（](?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）])?"
# After 前晚 these make it "before X + evening / dinner" (睡前晚上, 赛前晚餐), not "the night before last"
_AFTER_EVENING = set("上餐饭飯宴会會间間霞期")
# The count of a duration: digits, or Chinese numerals with the vague counts (几, 数) that give no value
_CN_COUNT = "零〇一二两兩三四五六七八九十百千几幾数數"

# 每年的12月和1月, 每年3月、4月: the months of a recurring period, not dates
_RECURRING_MONTHS = re.compile(r"每[年个個]?的?(?:\d{1,2}月(?:份)?[和、及与與至到或]|[^，。；！？\d]){0,3}$")


@dataclass(frozen=True)
class ChineseWords:
    """The Chinese vocabulary of ``pipeline/data/dates.toml`` that the rules read."""

    relative_years: Mapping[str, int]  # 今年 0, 去年 -1 ...
    relative_months: Mapping[str, int]  # 本月 0, 上月 -1 ...
    relative_days: Mapping[str, int]  # 今天 0, 昨天 -1 ...
    weekdays: Mapping[str, int]  # the character after 周/星期: 一 0 ... 日/天 6
    week_prefixes: Mapping[str, int]  # 上 -1, 本 0, 下 1 (calendar weeks)
    duration_before: tuple[str, ...]  # 拘留15日: a number of days
    address_before: tuple[str, ...]  # 马甸东路9号: a street number
    week_words: tuple[str, ...]  # 周, 星期 ... after a week prefix: 上周, 下个星期
    weekend: str  # 末: 上周末
    duration_units: Mapping[str, tuple[str, int]]  # 天 ("day", 1), 周 ("week", 1) ...
    duration_directions: Mapping[str, int]  # 前 -1, 后 1 ...
    vague_counts: tuple[str, ...]  # 几, 数, 多 ...: a count without a number
    interval_before: tuple[str, ...]  # 时隔, 阔别 ...: the count after them is a gap between events
    anaphora: Mapping[str, tuple[str, int]]  # 次日 ("day", 1) ...: counted from the date before them


@cache
def words() -> ChineseWords:
    zh = date_data()["chinese"]
    return ChineseWords(
        relative_years=zh["relative_years"],
        relative_months=zh["relative_months"],
        relative_days=zh["relative_days"],
        weekdays=zh["weekdays"],
        week_prefixes=zh["week_prefixes"],
        duration_before=tuple(zh["duration_before"]),
        address_before=tuple(zh["address_before"]),
        week_words=tuple(zh["week_words"]["words"]),
        weekend=zh["week_words"]["weekend"],
        duration_units={k: (v[0], int(v[1])) for k, v in zh["duration_units"].items()},
        duration_directions=zh["duration_directions"],
        vague_counts=tuple(zh["durations"]["vague"]),
        interval_before=tuple(zh["durations"]["interval_before"]),
        anaphora={k: (v[0], int(v[1])) for k, v in zh["anaphora"].items()},
    )


@cache
def _fragments() -> dict[str, str]:
    """The ``{fields}`` of the rule templates."""
    w = words()
    relative_years = alternation(w.relative_years)
    parts = alternation(date_data_zh()["weekday_parts_of_day"])
    return {
        "number": _NUMBER,
        "year": _YEAR,
        "sep": _SEP,
        "weekday_paren": _WEEKDAY_PAREN,
        "year_prefix": rf"(?:(?P<y>{_YEAR})年|(?P<ry>{relative_years}))?",
        "day_end": r"(?:[日号]|號)",
        # a time of day after a range's day (24日05时至25日05时, 3日上午至5日): still a range of those days
        "range_time": rf"(?:(?:{parts})?\d{{1,2}}(?:[时時点點](?:\d{{1,2}}分?|半)?|[:：]\d{{2}})|{parts})",
        "relative_day_outlets": alternation(date_data_zh()["relative_day_outlets"]),
        "relative_years": relative_years,
        "relative_months": alternation(w.relative_months),
        "relative_days": alternation(w.relative_days),
        "week_prefixes": alternation(w.week_prefixes),
        "weekdays": "".join(w.weekdays),
        "week_words": alternation(w.week_words),
        "weekend": re.escape(w.weekend),
        "cn_count": _CN_COUNT,
        "duration_units": alternation(w.duration_units),
        "duration_directions": alternation(w.duration_directions),
        "anaphora": alternation(w.anaphora),
        "this_year_words": alternation(date_data_zh()["this_year_words"]),
        "this_year_not_after": re.escape(date_data_zh()["this_year_not_after"]),
        "this_year_parts": alternation(date_data_zh()["this_year_parts"]),
        "this_year_part_not_after": re.escape(date_data_zh()["this_year_part_not_after"]),
        "this_year_seasons": alternation(date_data_zh()["this_year_seasons"]),
        "this_season_not_after": re.escape(date_data_zh()["this_season_not_after"]),
        "previous_year_words": alternation(date_data_zh()["previous_year_words"]),
        "previous_year_not_after": re.escape(date_data_zh()["previous_year_not_after"]),
        "previous_year_not_before": re.escape(date_data_zh()["previous_year_not_before"]),
        # not after the vague count 数 (数10日), but after a noun that ends in it (指数8日, 人数9日)
        "no_vague_shu": rf"(?<!(?<![{re.escape(date_data_zh()['count_nouns_before_shu'])}])[数數])",
    }


# ---------------------------------------------------------------------------------------------- helpers


def _year_of(m: re.Match[str], ref: date | None) -> int | None:
    """The year of groups y (2026, 二〇二六) or ry (今年, 去年); None when neither is given."""
    if m.group("y"):
        return cn_number(m.group("y"))
    if m.group("ry") and ref:
        return ref.year + words().relative_years[m.group("ry")]
    return None


def _full_date(y: int | None, mo: int | None, d: int | None, ref: date | None) -> Resolved:
    """False: not a date (out of range); None: cannot resolve."""
    if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return False
    if y is not None:
        return safe_date(y, mo, d) or False
    if ref is None:
        return None
    if safe_date(2000, mo, d) is None:  # 2月30日 is never a date (2000 is a leap year)
        return False
    return nearest_year(mo, d, ref)


# ---------------------------------------------------------------------------------------------- handlers


def _on_range_md(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    m1, d1, d2 = cn_number(m.group("m1")), cn_number(m.group("d1")), cn_number(m.group("d2"))
    m2 = cn_number(m.group("m2")) if m.group("m2") else None
    if m1 is None or d1 is None or d2 is None:
        return None
    y = _year_of(m, ref)
    start = _full_date(y, m1, d1, ref)
    if start is False:
        return None
    rolled = m2 is None and d2 < d1
    if m2 is None:
        m2 = m1 if d2 >= d1 else m1 % 12 + 1  # 11月30日至2日: the 2nd of the next month
    y2 = cn_number(m.group("y2")) if m.group("y2") else None
    if y2 is None and isinstance(start, date):
        y2 = start.year + (1 if m2 < m1 else 0)
    end = _full_date(y2, m2, d2, ref) if y2 is not None else None
    if end is False:
        return None
    return range_hit(m, start or None, end or None, ref is not None, rolled)


def _on_range_m(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    m1, m2 = int(m.group("m1")), int(m.group("m2"))
    if not (1 <= m1 < m2 <= 12):
        return None
    y = _year_of(m, ref)
    if y is None and ref is not None:
        y = int(nearest_month_year(m2, ref)[:4])
    if y is None:
        return Hit(m.start(), m.end(), None, "range")
    return Hit(m.start(), m.end(), f"{y:04d}-{m1:02d}", "range", f"{y:04d}-{m2:02d}")


def _on_range_ym(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    y1, y2, m2 = cn_number(m.group("y1")), cn_number(m.group("y2")), cn_number(m.group("m2"))
    m1 = cn_number(m.group("m1")) if m.group("m1") else None
    if y1 is None or y2 is None or m2 is None or not 1 <= m2 <= 12 or (m1 is not None and not 1 <= m1 <= 12):
        return None
    if (y2, m2) < (y1, m1 or 1):
        return Hit(m.start(), m.end(), None, "range")  # contradictory: keep the text, invent nothing
    start = f"{y1:04d}" if m1 is None else f"{y1:04d}-{m1:02d}"
    return Hit(m.start(), m.end(), start, "range", f"{y2:04d}-{m2:02d}")


def _on_day_list(m: re.Match[str], ref: date | None, _ctx: str) -> list[Hit] | None:
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    mo = cn_number(m.group("m")) if m.group("m") else None
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    a: Resolved
    b: Resolved
    if mo is not None:
        a, b = _full_date(_year_of(m, ref), mo, d1, ref), _full_date(_year_of(m, ref), mo, d2, ref)
        if a is False or b is False:
            return None
    elif ref is not None:
        a, b = nearest_month(d1, ref), nearest_month(d2, ref)
    else:
        a = b = None
    mid = m.start("d2")
    return [Hit(m.start(), mid - 1, iso(a or None)), Hit(mid, m.end(), iso(b or None))]


def _on_relative_month_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """本月2日至12日, 上月28日至30日: a range of days in the relative month (an end below the start: none)."""
    d1, d2 = cn_number(m.group("d1")), cn_number(m.group("d2"))
    if d1 is None or d2 is None or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    y, mo = add_months(ref.year, ref.month, words().relative_months[m.group("w")])
    start, end = safe_date(y, mo, d1), safe_date(y, mo, d2)
    if start is None or end is None:  # 上月28日至30日 in March of a leap year: no February 30
        return Hit(m.start(), m.end(), None, "range")
    return range_hit(m, start, end, True)


def _on_relative_month_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    d = cn_number(m.group("d"))
    if d is None or not 1 <= d <= 31:
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None)
    y, mo = add_months(ref.year, ref.month, words().relative_months[m.group("w")])
    res = safe_date(y, mo, d)
    return Hit(m.start(), m.end(), iso(res)) if res else None


def _on_month_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    mo, d = cn_number(m.group("m")), cn_number(m.group("d"))
    res = _full_date(_year_of(m, ref), mo, d, ref)
    if res is False or mo is None or d is None:
        return None
    explicit = bool(m.group("y") or m.group("ry"))
    if not explicit and isinstance(res, date) and ref and (res - ref).days > PAST_TENSE_MAX_AHEAD:
        if told_in_past(m.string, m.start()):
            res = safe_date(res.year - 1, mo, d) or res  # 4月15日，警方已将其拘留 told in October: that April
    return Hit(
        m.start(),
        m.end(),
        iso(res or None),
        anchor=explicit and bool(res),
        partial=None if explicit else (mo, d),
    )


def _on_year_month(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    mo = cn_number(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    y = _year_of(m, ref)
    return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}" if y is not None else None)


def _on_bare_month(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    mo = int(m.group("m"))
    if not 1 <= mo <= 12 or _RECURRING_MONTHS.search(m.string[max(0, m.start() - 16) : m.start()]):
        return None  # 每年的12月 (and 每年的12月和1月): every December, not one
    return Hit(m.start(), m.end(), nearest_month_year(mo, ref) if ref else None)


def _on_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    if m.string[m.end() : m.end() + 2] in ("以内", "之内", "以內", "之內"):
        return None
    before = m.string[max(0, m.start() - 3) : m.start()]
    if any(before.endswith(w) for w in words().duration_before):
        return None  # 拘留15日, 为期3日: a number of days
    if m.group(0)[len(m.group("d"))] in "号號" and before[-1:] in words().address_before:
        return None  # 马甸东路9号: a street number
    return Hit(m.start(), m.end(), iso(nearest_month(d, ref)) if ref else None, partial=(None, d))


def _on_weekday(m: re.Match[str], ref: date | None, ctx: str) -> Hit | None:
    if _RANGE_END.search(m.string[max(0, m.start() - 6) : m.start()]):
        return None  # the end of 周一至周五 (a schedule) or 1日到周五; not 要到星期日
    if ref is None:
        return Hit(m.start(), m.end(), None)
    wd = words().weekdays[m.group("wd")]
    if m.group("pre"):
        return Hit(
            m.start(),
            m.end(),
            weekday_date(wd, ref, f"week{words().week_prefixes[m.group('pre')]}").isoformat(),
        )
    governing = _governing_marker(m)
    if governing:  # 周二将召开, 将于周一举行, 周一已宣布: the verb of the weekday, from two days away
        return Hit(m.start(), m.end(), weekday_date(wd, ref, governing, margin=1).isoformat())
    return Hit(m.start(), m.end(), weekday_date(wd, ref, tense(ctx, True)).isoformat())


_RANGE_END = re.compile(r"[一二三四五六日天\d号號]\s*[至到\-—~～]\s*$")


def _governing_marker(m: re.Match[str]) -> str | None:
    """future or past when a marker of weekday_verb_markers stands right after the weekday (after a part of the
    day) or right before it with 于/在 (将于周一); else None."""
    zh = date_data_zh()
    after = m.string[m.end() : m.end() + 8]
    for part in zh["weekday_parts_of_day"]:
        if after.startswith(part):
            after = after[len(part) :]
            break
    before = re.split(r"[，,。；;：:！!？?]", m.string[max(0, m.start() - 8) : m.start()])[-1]
    for mode, markers in zh["weekday_verb_markers"].items():
        for marker in markers:
            if after.startswith(marker) or re.search(rf"{marker}[于於在]$", before):
                return mode
    return None


@cache
def date_data_zh() -> dict[str, Any]:
    return date_data()["chinese"]


def _on_weekday_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """上周四至周五: from the one weekday to the other in that calendar week."""
    w = words()
    first, last = w.weekdays[m.group("wd1")], w.weekdays[m.group("wd2")]
    if last <= first:
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    mode = f"week{w.week_prefixes[m.group('pre')]}"
    return range_hit(m, weekday_date(first, ref, mode), weekday_date(last, ref, mode), True)


def _on_relative_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    if m.group("w") == "前晚" and m.string[m.end() : m.end() + 1] in _AFTER_EVENING:
        return None  # 睡前晚上, 赛前晚餐: "before X, in the evening", not the night before last
    offset = words().relative_days[m.group("w")]
    if ref is None or in_vaguely_dated_quote(m.string, m.start()):
        return Hit(m.start(), m.end(), None)  # “今天……”近日，……: the speaker's day, unknown
    return Hit(m.start(), m.end(), iso(ref + timedelta(days=offset)))


def _duration_unit(m: re.Match[str]) -> tuple[str, int] | None:
    """(unit, how many of it) of groups unit and ge (个); None when the words are not a duration: 月 needs
    个 (3月前 is "before March"), 天 and 年 take none, 日 after digits is a day of the month (3日前: before the
    3rd; so is a Chinese numeral above ten: 十五日前) and a four-digit year is a year (2010年前: before 2010)."""
    unit, per = words().duration_units[m.group("unit")]
    # 个 is required before 月, optional before 周, 小时 and 世纪 (一个世纪, 两世纪), wrong before 天 and 年
    if unit not in ("week", "hour") and per == 1 and (unit == "month") != bool(m.group("ge")):
        return None
    count = m.group("n").removesuffix(".5")
    if count.isdigit() and (m.group("unit") == "日" or (unit == "year" and len(count) == 4)):
        return None
    if m.group("unit") == "日" and (cn_number(count) or 0) > 10:
        return None  # 於十五日前: more likely "before the 15th" than "15 days ago"
    return unit, per


def _count(m: re.Match[str]) -> tuple[int, bool] | None:
    """(count, and a half) of groups n, more*, half*: 3 -> (3, False), 半 -> (0, True), 一年半 / 一个半月 ->
    (1, True); None for a vague count (几, 数, 十几, 20多, 10余, 两三: no number)."""
    text = m.group("n")
    extra = "".join(m.group(g) or "" for g in ("more", "more_in", "more2"))
    if any(v in text + extra for v in words().vague_counts):
        return None
    half = bool(m.group("half") or m.group("half_in"))
    if text == "半":
        return None if half else (0, True)
    if text.endswith(".5"):  # 1.5年: a year and a half
        return None if half else (int(text[:-2]), True)
    positional = text.isdigit() or len(text) == 1 or any(c in "十百千" for c in text)
    count = cn_number(text) if positional else None  # 三五天: "three or five days", not 35
    return None if count is None else (count, half)


def _on_duration(m: re.Match[str], ref: date | None, ctx: str) -> Hit | None:
    """3天前, 两周前, 三个月前, 半年前, 一年半前 (counted back from the reference date); 三天后, 10天后 (counted
    from the date before it in the sentence, else from the reference date in a future clause); a vague count
    (几天前, 十几年前, 一个多月前) keeps the mention without a value."""
    unit = _duration_unit(m)
    if unit is None or m.string[: m.start()].endswith(words().interval_before):
        return None  # 时隔9年后: the gap between two events, no date
    count = _count(m)
    if count is None or m.string[max(0, m.start() - 1) : m.start()] == "的":
        return Hit(m.start(), m.end(), None)  # a vague count; 开幕的三天前: counted from an event
    if count[1] and unit[1] > 1:  # 半个世纪: 50 years, 一个半世纪: 150
        duration = Duration(unit[0], count[0] * unit[1] + unit[1] // 2)
    else:
        duration = Duration(unit[0], count[0] * unit[1], count[1]).normalised()
    if duration.unit == "hour":
        return None  # 3小时前: a time of day, not a date
    sign = words().duration_directions[m.group("dir")]
    if m.group("today") and sign < 0 and unit[0] in ("month", "year"):  # 三年前的今天: that very day
        return Hit(m.start(), m.end(), iso(moved(ref, duration, sign) if ref else None))
    if m.group("today"):
        return None  # 三天后的今天: no such date
    if sign < 0:  # 较三年前 in statistics: back from the year of its sentence
        whole_years = duration.unit == "year" and not duration.half
        compared = compared_years_back(m, duration.amount, ref) if whole_years else None
        return compared or Hit(m.start(), m.end(), shift(ref, duration, sign) if ref else None)
    # 将于10天后开幕: from the reference date; but 移植后，将在两周后恢复 counts from the event before it
    after_event = any(c in m.string[max(0, m.start() - 15) : m.start()] for c in "后後")
    future = ref is not None and not after_event and tense(ctx, True) == "future"
    fallback = shift(ref, duration, sign) if ref and future else None
    return Hit(m.start(), m.end(), None, shift=Shift(duration, sign, "previous", fallback))


def _on_vague_ago(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    """前几天, 前些天, 前些日子, 前几年, 前两天: "a few days (years) ago", kept without a value."""
    return Hit(m.start(), m.end(), None)


def _on_anaphora(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    """次日, 翌日, 次年: a day (year) after the date before it in the sentence (:func:`.scan.shifted`); without
    one the mention is dropped, as it is right after an event (案发次日: :func:`.zh_context.after_an_event`)."""
    if after_an_event(m.string, m.start()):
        return None
    return anaphora_hit(m, *words().anaphora[m.group("w")])


def _on_relative_week(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """上周, 本周, 下个星期, 上上周 (the calendar week, Monday to Sunday), 上周末 (its Saturday and Sunday): a
    range."""
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    first, last = week_range(ref, words().week_prefixes[m.group("pre")], weekend=bool(m.group("end")))
    return Hit(m.start(), m.end(), first.isoformat(), "range", last.isoformat())


def _on_relative_month(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    if ref is None:
        return Hit(m.start(), m.end(), None)
    y, mo = add_months(ref.year, ref.month, words().relative_months[m.group("w")])
    return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}")


# ---------------------------------------------------------------------------------------------- the table

# str.format templates: {fields} from _fragments(), regex braces doubled.
RULES: tuple[Rule, ...] = (
    # 2026年11月19日至21日, 11月19日—20日, 11月19-20日, 11月30日至12月2日, 2026年11月30日至2027年1月2日
    Rule(
        r"{year_prefix}(?P<m1>{number})月(?P<d1>{number})(?:{day_end}{weekday_paren}{range_time}?|{weekday_paren}){sep}"
        r"(?:(?P<y2>{year})年)?(?:(?P<m2>{number})月)?(?P<d2>{number}){day_end}{weekday_paren}{range_time}?",
        _on_range_md,
    ),
    # 19日至21日 (day-only range)
    Rule(
        r"(?<![\d.月/第每幾几]){no_vague_shu}(?P<d1>\d{{1,2}})(?:{day_end}{weekday_paren}{range_time}?|{weekday_paren})"
        r"{sep}(?P<d2>\d{{1,2}}){day_end}(?![元币幣内內均游]){range_time}?",
        on_day_range,
    ),
    # 1至10月, 1-10月, 今年1月至10月份: a range of months (statistics periods), month precision
    Rule(
        r"(?<![\d.]){year_prefix}(?P<m1>\d{{1,2}})月?(?:份)?{sep}(?P<m2>\d{{1,2}})月(?:份)?(?![\d日号])",
        _on_range_m,
    ),
    # 2005年至2011年12月, 2010年3月至2012年6月: a period across years, start = year or month, end = month
    Rule(
        r"(?<!\d)(?P<y1>{year})年(?:(?P<m1>{number})月)?(?:份)?{sep}(?P<y2>{year})年(?P<m2>{number})月(?:份)?"
        r"(?![\d日号號])",
        _on_range_ym,
    ),
    # 29、30日 / 11月29日、30日: a list of days, one date each
    Rule(
        r"(?<![\d.月/第每幾几]){no_vague_shu}{year_prefix}(?:(?P<m>{number})月)?(?P<d1>\d{{1,2}}){day_end}?、"
        r"(?P<d2>\d{{1,2}}){day_end}",
        _on_day_list,
    ),
    # 本月2日至12日, 上月28日至30日: days of a relative month
    Rule(
        r"(?P<w>{relative_months})(?P<d1>{number})(?:{day_end}{weekday_paren}{range_time}?|{weekday_paren}){sep}"
        r"(?P<d2>{number}){day_end}{weekday_paren}{range_time}?",
        _on_relative_month_range,
    ),
    # 本月16日, 上月30日, 下个月2日
    Rule(r"(?P<w>{relative_months})(?P<d>{number})(?:[日号]|號){weekday_paren}", _on_relative_month_day),
    # 2021年11月16日, 今年11月19日, 11月19日, 十一月十九日, 11月19号
    # (a space may stand between the numbers and 月/日, as modern copy sets them: 3 月 5 日)
    Rule(r"{year_prefix}(?P<m>{number})[ ]?月[ ]?(?P<d>{number})[ ]?{day_end}{weekday_paren}", _on_month_day),
    # 2021年11月, 今年10月, 明年3月份: month precision
    Rule(
        r"(?:(?P<y>{year})年|(?P<ry>{relative_years}))(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?:份)?"
        r"(?![\d日号])",
        _on_year_month,
    ),
    # 3天前, 两周前, 三个月前, 半年前, 一年半前, 十天后, 几天前 (no value): durations
    Rule(
        r"(?<![\d.{cn_count}第每上月])(?P<n>\d{{1,4}}(?:\.5)?|[{cn_count}]+|半|若干|多)(?P<more>[多余餘来來])?"
        r"(?P<ge>[个個])?(?P<more_in>多)?(?P<half_in>半)?(?P<unit>{duration_units})(?P<more2>多)?(?P<half>半)?"
        r"(?P<dir>{duration_directions})(?![前后後期往进進来來去行夕])(?P<today>的?今[天日])?",
        _on_duration,
    ),
    # 10月份, 3月 (digits only: 十月 is also a word): month precision, nearest year
    Rule(r"(?<![\d.个個年第])(?P<m>\d{{1,2}})月(?:份)?(?![\d日号])", _on_bare_month),
    # 16日, 9日下午; 号 only where a date can follow (3号线 is Line 3, 1号楼 Building 1)
    Rule(
        r"(?<![\d.月/第每幾几多]){no_vague_shu}(?P<d>\d{{1,2}})(?:日(?![元币幣内內均游])|[ ]日(?![元币幣内內均游本])|"
        r"[号號](?=[，,。、\s上中下晚早凌午夜起至到前后後开開举舉召])){weekday_paren}",
        _on_day,
    ),
    # 上周四至周五, 本周一到周三: days of a named calendar week (周一至周五 without 上/本/下 is a schedule)
    Rule(
        r"(?<!每)(?P<pre>{week_prefixes})(?:个|個)?(?:{week_words})(?P<wd1>[{weekdays}]){sep}"
        r"(?:{week_words})?(?P<wd2>[{weekdays}])",
        _on_weekday_range,
    ),
    # 上周五, 本周三, 周五, 星期天 (not 每周五, not 周一至周五 which is a schedule)
    Rule(
        r"(?<!每)(?P<pre>{week_prefixes})?(?:个|個)?(?:星期|周|週|礼拜|禮拜)(?P<wd>[{weekdays}])"
        r"(?![至到\-—~～])",
        _on_weekday,
    ),
    # 上周, 本周, 下个星期, 上一周, 上上周, 上周末: calendar weeks (not 上周期, 周年, 周边, 周刊)
    Rule(
        r"(?<!每)(?P<pre>{week_prefixes})(?:个|個|一)?(?:{week_words})"
        r"(?:(?P<end>{weekend})|(?![一二三四五六七日天年期刊边邊围圍转轉岁歲]))",
        _on_relative_week,
    ),
    # 前几天, 前些天, 前些日子, 前几年: "a few days (years) ago", no value; 前两天 too, but not 前两天的 (the
    # first two days') or 前两天内
    Rule(r"前(?:几|幾|些)(?:天|日子|日|年|个月|個月)|前[两兩]天(?![的内內里裡中])", _on_vague_ago),
    # 次日, 翌日, 次年: counted from the date before them in the sentence
    Rule(r"(?P<w>{anaphora})", _on_anaphora),
    # 去年的今天, 去年今日: that day a year ago
    Rule(r"(?P<w>{relative_years})的?今[天日]", on_relative_year_today),
    # 今天, 昨天, 明天, 大前天, 前日 ... (今日头条 is an app, 今日美国 a newspaper, 提前日期 no date: the character
    # before a word of 前 is checked only then, as it makes 提前, 之前, 目前; 艾买提今天 is a name and today)
    Rule(
        r"(?:(?=前)(?<![提之以目此事生空眼])|(?!前))(?!{relative_day_outlets})"
        r"(?P<w>{relative_days})(?!头条|頭條|美国|美國|说法|說法|期|程|记|記|志)",
        _on_relative_day,
    ),
    # 上月, 本月, 下个月, 上月底, 本月中旬: month precision (the part of the month is not a day)
    Rule(r"(?P<w>{relative_months})(?:[初底末]|[上中下]旬)?", _on_relative_month),
    # 今年, 明年, 去年, 去年底, 今年年初 alone: year precision (a year with a month or day was taken above)
    # (not before a month, 今年1-10月, which a rule above takes whole; before a count it is still this year:
    # 他今年35岁, 今年74人获加分, eighth natural sample)
    Rule(
        r"(?P<w>{relative_years})(?:年?[初底末]|年中|[上下]半年)?(?!\d{{1,2}}(?:{sep}\d{{1,2}})?月)",
        on_relative_year,
    ),
    # 上年, 上年度, 上年末 (statistics: 1997年……比上年增长 is 1996): year precision; not 早上, 马上年底, 上年纪
    Rule(
        r"(?<![{previous_year_not_after}])(?:{previous_year_words})[初底末]?(?![{previous_year_not_before}])",
        on_previous_year,
    ),
    # 年内 ("within the year", 有望年内开通): the reference year; not 五年内, 2025年内 (this_year_not_after)
    Rule(r"(?<![{this_year_not_after}])(?:{this_year_words})", on_this_year),
    # 今夏, 今春, 今秋: this year's season, year precision (as "this summer"); not 如今夏天, 至今春节
    Rule(r"(?<![{this_season_not_after}])(?:{this_year_seasons})(?![节節])", on_this_year),
    # 年初, 年底, 年末 alone (在年底完成): this year's part, year precision; not 这年初, 1997年……年底, 大年初一
    Rule(
        r"(?<![{this_year_not_after}{this_year_part_not_after}])(?:{this_year_parts})(?![一二三四五六七八九十级級])",
        on_this_year_part,
    ),
)


@cache
def rules() -> tuple[CompiledRule, ...]:
    """:data:`RULES` compiled, in priority order."""
    return compile_rules(RULES, _fragments())
