"""The Chinese calendar-date handlers: full and partial dates (2021年11月16日, 11月19日, 16日, 今年10月, 10月份), ranges
and lists of them (11月19日至21日, 1至10月, 2005年至2011年12月, 29、30日) and days of a relative month (本月16日)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.stages.dates.resolve import (
    PAST_TENSE_MAX_AHEAD,
    Hit,
    Resolved,
    add_months,
    iso,
    nearest_month,
    nearest_month_year,
    nearest_year,
    range_hit,
)
from pipeline.stages.dates.zh_context import (
    told_in_past,
    told_since,
)
from pipeline.stages.dates.zh_words import words
from pipeline.text.datelines import safe_date
from pipeline.text.numbers import cn_number

# 每年的12月和1月, 每年3月、4月: the months of a recurring period, not dates
_RECURRING_MONTHS = re.compile(r"每[年个個]?的?(?:\d{1,2}月(?:份)?[和、及与與至到或]|[^，。；！？\d]){0,3}$")


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


def on_range_md(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
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


def on_range_m(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    m1, m2 = int(m.group("m1")), int(m.group("m2"))
    if not (1 <= m1 < m2 <= 12):
        return None
    y = _year_of(m, ref)
    if y is None and ref is not None:
        y = int(nearest_month_year(m2, ref)[:4])
    if y is None:
        return Hit(m.start(), m.end(), None, "range")
    return Hit(m.start(), m.end(), f"{y:04d}-{m1:02d}", "range", f"{y:04d}-{m2:02d}")


def on_range_ym(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    y1, y2, m2 = cn_number(m.group("y1")), cn_number(m.group("y2")), cn_number(m.group("m2"))
    m1 = cn_number(m.group("m1")) if m.group("m1") else None
    if y1 is None or y2 is None or m2 is None or not 1 <= m2 <= 12 or (m1 is not None and not 1 <= m1 <= 12):
        return None
    if (y2, m2) < (y1, m1 or 1):
        return Hit(m.start(), m.end(), None, "range")  # contradictory: keep the text, invent nothing
    start = f"{y1:04d}" if m1 is None else f"{y1:04d}-{m1:02d}"
    return Hit(m.start(), m.end(), start, "range", f"{y2:04d}-{m2:02d}")


def on_day_list(m: re.Match[str], ref: date | None, _ctx: str) -> list[Hit] | None:
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


def on_relative_month_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
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


def on_relative_month_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    d = cn_number(m.group("d"))
    if d is None or not 1 <= d <= 31:
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None)
    y, mo = add_months(ref.year, ref.month, words().relative_months[m.group("w")])
    res = safe_date(y, mo, d)
    return Hit(m.start(), m.end(), iso(res)) if res else None


def on_month_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    mo, d = cn_number(m.group("m")), cn_number(m.group("d"))
    res = _full_date(_year_of(m, ref), mo, d, ref)
    if res is False or mo is None or d is None:
        return None
    explicit = bool(m.group("y") or m.group("ry"))
    if not explicit and isinstance(res, date) and ref and (res - ref).days > PAST_TENSE_MAX_AHEAD:
        if told_in_past(m.string, m.start()) or told_since(m.string, m.end()):
            res = safe_date(res.year - 1, mo, d) or res  # 4月15日，警方已将其拘留 told in October: that April
    return Hit(
        m.start(),
        m.end(),
        iso(res or None),
        anchor=explicit and bool(res),
        partial=None if explicit else (mo, d),
    )


def on_year_month(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    mo = cn_number(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    y = _year_of(m, ref)
    return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}" if y is not None else None)


def on_bare_month(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    mo = int(m.group("m"))
    if not 1 <= mo <= 12 or _RECURRING_MONTHS.search(m.string[max(0, m.start() - 16) : m.start()]):
        return None  # 每年的12月 (and 每年的12月和1月): every December, not one
    return Hit(m.start(), m.end(), nearest_month_year(mo, ref) if ref else None)


def on_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    d = cn_number(m.group("d")) or 0  # 16日, and 十三日 written in Chinese numerals
    if not 1 <= d <= 31:
        return None
    if m.string[m.end() : m.end() + 2] in ("以内", "之内", "以內", "之內"):
        return None
    before = m.string[max(0, m.start() - 3) : m.start()]
    if any(before.endswith(w) for w in words().duration_before):
        return None  # 拘留15日, 为期3日: a number of days
    if m.group(0)[len(m.group("d"))] in "号號" and before[-1:] in words().address_before:
        return None  # 马甸东路9号: a street number
    res = nearest_month(d, ref) if ref else None
    if (
        res
        and ref
        and (res - ref).days > 1
        and (told_in_past(m.string, m.start()) or told_since(m.string, m.end()))
    ):
        # 于5日黎明攻占了小镇 in a story of 25 February: the 5th told in the past is February's, not March's (a day
        # ahead stays, a story stamped before midnight; forty-second natural sample)
        y, mo = add_months(res.year, res.month, -1)
        res = safe_date(y, mo, d) or res
    return Hit(m.start(), m.end(), iso(res) if res else None, partial=(None, d))


def on_month_last_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """8月的最后一天, 今年2月最后一天: the last day of that month, in its year or the nearest (zhleads23)."""
    mo = cn_number(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    y = _year_of(m, ref)
    if y is None and ref is not None:
        y = int(nearest_month_year(mo, ref)[:4])
    if y is None:
        return Hit(m.start(), m.end(), None)
    y2, mo2 = add_months(y, mo, 1)
    return Hit(m.start(), m.end(), iso(date(y2, mo2, 1) - timedelta(days=1)))


def on_short_year(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    """○四年, 〇八年, 零四年: a year of this century written in two Chinese numerals (zhleads23)."""
    n = cn_number(m.group("y").replace("○", "〇").replace("零", "〇"))
    return Hit(m.start(), m.end(), f"{2000 + n:04d}") if n is not None and 0 <= n <= 99 else None


def on_date_to_relative_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """7月8日凌晨3时到今天零时: from a month and day to a relative day, a range (zhleads23)."""
    mo, d = cn_number(m.group("m")), cn_number(m.group("d"))
    start = _full_date(_year_of(m, ref), mo, d, ref)
    if start is False:
        return None
    if ref is None or start is None:
        return Hit(m.start(), m.end(), None, "range")
    return range_hit(m, start, ref + timedelta(days=words().relative_days[m.group("rel")]), True)
