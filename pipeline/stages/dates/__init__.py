"""The dates stage: every date an article mentions, resolved against its reference date.

``find_dates(record)`` fills ``record.dates`` with :class:`~pipeline.record.DateMention` objects:

- ``published``: the publication date (``record.published``; Chinese articles are read in Beijing time);
- ``dateline``: the date of the dateline (新华社天津8月30日电, "HANGZHOU, Nov. 19 (Xinhua) --");
- ``event``: any other date in the title or body: full dates, month/day ("Nov. 19", 11月19日), day only
  ("on the 16th", 16日), month or year precision (今年10月 -> "2026-10", 明年 -> "2027"), relative days
  (昨天, yesterday, 上周五, "last Friday", "on Thursday");
- ``range``: "11月19日至21日", "Nov. 19-20": ``value`` is the first day, ``end`` the last.

The reference date is the dateline's date, else the publication date. Without either, relative and partial
dates keep ``value=None`` (nothing is invented). Paragraphs are read with Chinese or English rules by their
script. Language knowledge (month names, relative-day words, tense markers) is in ``data/dates.toml``;
the rules are described in docs/dates.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import Any

from pipeline.record import Article, DateMention
from pipeline.text.datelines import alternation, date_data, parse_dateline, safe_date
from pipeline.text.numbers import cn_number
from pipeline.text.scripts import fold_width, is_chinese
from pipeline.text.sentences import sentence_at, sentence_spans

BEIJING = timezone(timedelta(hours=8))

# ---------------------------------------------------------------------------------------------- helpers

def _nearest(candidates: list[date | None], reference: date) -> date | None:
    """The candidate closest to the reference; on a tie the earlier one (news reports the past)."""
    valid = [c for c in candidates if c is not None]
    if not valid:
        return None
    return min(valid, key=lambda c: (abs((c - reference).days), c))


def nearest_year(month: int, day: int, reference: date) -> date | None:
    """A month/day without a year ("Nov. 19", 11月19日): the year that puts it nearest the reference."""
    return _nearest([safe_date(reference.year + k, month, day) for k in (-1, 0, 1)], reference)


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def nearest_month(day: int, reference: date) -> date | None:
    """A day without a month ("on the 16th", 16日): this, last or next month, whichever is nearest."""
    cands = []
    for k in (-1, 0, 1):
        y, m = _add_months(reference.year, reference.month, k)
        cands.append(safe_date(y, m, day))
    return _nearest(cands, reference)


def nearest_month_year(month: int, reference: date) -> str:
    """A month without a year ("in November", 10月份): the nearest such month, "YYYY-MM"."""
    best = min(
        (reference.year + k for k in (-1, 0, 1)),
        key=lambda y: (abs((y * 12 + month) - (reference.year * 12 + reference.month)), y),
    )
    return f"{best:04d}-{month:02d}"


def weekday_date(weekday: int, reference: date, mode: str) -> date:
    """Resolve a weekday. mode: "past" (on or before the reference), "future" (on or after), "nearest"
    (within three days either way; past/future apply only when the day is 3-4 days away either way),
    "last"/"next" (strictly before/after), or a calendar-week offset
    "week-1"/"week0"/"week1" (上周五/本周五/下周五, weeks run Monday to Sunday)."""
    if mode.startswith("week"):
        monday = reference - timedelta(days=reference.weekday())
        return monday + timedelta(days=7 * int(mode[4:]) + weekday)
    back = (reference.weekday() - weekday) % 7
    fwd = (weekday - reference.weekday()) % 7
    if min(back, fwd) <= 2 and mode in ("past", "future"):
        mode = "nearest"  # within two days the nearest wins over tense ("runs through Friday, was announced")
    if mode == "last":
        return reference - timedelta(days=back or 7)
    if mode == "next":
        return reference + timedelta(days=fwd or 7)
    if mode == "past":
        return reference - timedelta(days=back)
    if mode == "future":
        return reference + timedelta(days=fwd)
    return reference - timedelta(days=back) if back <= fwd else reference + timedelta(days=fwd)


def parse_published(published: str | None, chinese: bool) -> date | None:
    """The publication date. An ISO timestamp with an offset is moved to Beijing time for Chinese articles
    (state media publish in +08:00); a naive timestamp is taken as printed (local time of the site)."""
    if not published:
        return None
    text = published.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        m = re.match(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", fold_width(text))
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    if chinese and when.tzinfo is not None:
        when = when.astimezone(BEIJING)
    return when.date()


# ---------------------------------------------------------------------------------------------- matching


@dataclass
class _Hit:
    start: int
    end: int
    value: str | None
    kind: str = "event"
    end_value: str | None = None
    anchor: bool = False  # a full date with its year given (2011年1月28日, "Nov. 19, 2026", 去年1月27日)
    partial: tuple[int | None, int] | None = None  # (month or None, day) of a date written without a year


# A rule: a compiled pattern and a function (match, reference, context) -> _Hit | None (None = not a date).
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], date | None, str], "_Hit | list[_Hit] | None"]]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# A range whose end day is smaller than its start day runs into the next month ("Nov. 30-2"), but only
# a short one: "Nov. 21-19" is a mistake, not a four-week event.
MAX_ROLLOVER_DAYS = 14


def _range_hit(
    m: re.Match[str], start: date | None, end: date | None, has_ref: bool, rolled: bool = False
) -> _Hit:
    if start and end and (end < start or (rolled and (end - start).days > MAX_ROLLOVER_DAYS)):
        return _Hit(m.start(), m.end(), None, "range")  # contradictory: keep the text, invent nothing
    if start is None and has_ref:
        return _Hit(m.start(), m.end(), None, "range")
    return _Hit(m.start(), m.end(), _iso(start), "range", _iso(end))


def _on_day_range(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
    """Groups d1, d2: a range of days without a month (19日至21日, "from the 19th to the 21st"), in the
    month nearest the reference; an end day below the start day is in the next month."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    if ref is None:
        return _Hit(m.start(), m.end(), None, "range")
    start = nearest_month(d1, ref)
    if start is None:
        return None
    y, mo = (start.year, start.month) if d2 >= d1 else _add_months(start.year, start.month, 1)
    return _range_hit(m, start, safe_date(y, mo, d2), True, d2 < d1)


def _tense(context: str, chinese: bool) -> str:
    data = date_data()["chinese" if chinese else "english"]
    if chinese:
        if any(w in context for w in data["future_markers"]):
            return "future"
        if any(w in context for w in data["past_markers"]):
            return "past"
        return "nearest"
    low = context.lower()
    if _has_en_word(low, "future_markers"):
        return "future"
    if _has_en_word(low, "past_markers"):
        return "past"
    return "nearest"


@cache
def _en_words(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    """One whole-word pattern for the English word lists ``keys`` of dates.toml (None when they are empty)."""
    words = [w for k in keys for w in date_data()["english"][k]]
    return re.compile(rf"\b(?:{alternation(words)})\b") if words else None


def _has_en_word(text: str, *keys: str) -> bool:
    """True when lower-cased ``text`` holds a word (or phrase) of the dates.toml English lists ``keys``."""
    pattern = _en_words(keys)
    return bool(pattern and pattern.search(text))


# -- Chinese ------------------------------------------------------------------------------------------------

_ZN = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # month or day number
_ZY = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"  # year number
_ZSEP = r"\s*(?:至|到|~|～|-|—|–|－|―|‐)+\s*"
_ZWD_PAREN = r"(?:\s*[(（](?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）])?"


# 每年的12月和1月, 每年3月、4月: the months of a recurring period, not dates
_RECURRING_MONTHS = re.compile(r"每[年个個]?的?(?:\d{1,2}月(?:份)?[和、及与與至到或]|[^，。；！？\d]){0,3}$")


@cache
def _zh_rules() -> list[_Rule]:
    zh = date_data()["chinese"]
    rel_years: dict[str, int] = zh["relative_years"]
    rel_days: dict[str, int] = zh["relative_days"]
    rel_months: dict[str, int] = zh["relative_months"]
    ry = alternation(rel_years)
    rm = alternation(rel_months)
    year_prefix = rf"(?:(?P<y>{_ZY})年|(?P<ry>{ry}))?"
    day_end = r"(?:[日号]|號)"

    def year_of(m: re.Match[str], ref: date | None, g: str = "y", rg: str = "ry") -> int | None:
        if m.group(g):
            return cn_number(m.group(g))
        if m.group(rg) and ref:
            return ref.year + rel_years[m.group(rg)]
        return None

    def full_date(y: int | None, mo: int | None, d: int | None, ref: date | None) -> date | None | bool:
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

    rules: list[_Rule] = []

    # 2026年11月19日至21日, 11月19日—20日, 11月19-20日, 11月30日至12月2日, 2026年11月30日至2027年1月2日
    range_md = re.compile(
        rf"{year_prefix}(?P<m1>{_ZN})月(?P<d1>{_ZN}){day_end}?{_ZWD_PAREN}{_ZSEP}"
        rf"(?:(?P<y2>{_ZY})年)?(?:(?P<m2>{_ZN})月)?(?P<d2>{_ZN}){day_end}{_ZWD_PAREN}"
    )

    def on_range_md(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        m1, d1, d2 = cn_number(m.group("m1")), cn_number(m.group("d1")), cn_number(m.group("d2"))
        m2 = cn_number(m.group("m2")) if m.group("m2") else None
        if m1 is None or d1 is None or d2 is None:
            return None
        y = year_of(m, ref)
        start = full_date(y, m1, d1, ref)
        if start is False:
            return None
        rolled = m2 is None and d2 < d1
        if m2 is None:
            m2 = m1 if d2 >= d1 else m1 % 12 + 1  # 11月30日至2日: the 2nd of the next month
        y2 = cn_number(m.group("y2")) if m.group("y2") else None
        if y2 is None and isinstance(start, date):
            y2 = start.year + (1 if m2 < m1 else 0)
        end = full_date(y2, m2, d2, ref) if y2 is not None else None
        if end is False:
            return None
        return _range_hit(m, start or None, end or None, ref is not None, rolled)

    rules.append((range_md, on_range_md))

    # 19日至21日 (day-only range)
    range_d = re.compile(
        rf"(?<![\d.月/第每数幾几])(?P<d1>\d{{1,2}}){day_end}?{_ZWD_PAREN}{_ZSEP}(?P<d2>\d{{1,2}}){day_end}"
        r"(?![元币幣内內均游])"
    )

    rules.append((range_d, _on_day_range))

    # 1至10月, 1-10月, 今年1月至10月份: a range of months (statistics periods), month precision
    range_m = re.compile(
        rf"(?<![\d.]){year_prefix}(?P<m1>\d{{1,2}})月?(?:份)?{_ZSEP}(?P<m2>\d{{1,2}})月(?:份)?(?![\d日号])"
    )

    def on_range_m(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        if not (1 <= m1 < m2 <= 12):
            return None
        y = year_of(m, ref)
        if y is None and ref is not None:
            y = int(nearest_month_year(m2, ref)[:4])
        if y is None:
            return _Hit(m.start(), m.end(), None, "range")
        return _Hit(m.start(), m.end(), f"{y:04d}-{m1:02d}", "range", f"{y:04d}-{m2:02d}")

    rules.append((range_m, on_range_m))

    # 2005年至2011年12月, 2010年3月至2012年6月: a period across years, start = year or month, end = month
    range_ym = re.compile(
        rf"(?<!\d)(?P<y1>{_ZY})年(?:(?P<m1>{_ZN})月)?(?:份)?{_ZSEP}(?P<y2>{_ZY})年(?P<m2>{_ZN})月(?:份)?(?![\d日号號])"
    )

    def on_range_ym(m: re.Match[str], _ref: date | None, _ctx: str) -> _Hit | None:
        y1, y2, m2 = cn_number(m.group("y1")), cn_number(m.group("y2")), cn_number(m.group("m2"))
        m1 = cn_number(m.group("m1")) if m.group("m1") else None
        if (
            y1 is None
            or y2 is None
            or m2 is None
            or not 1 <= m2 <= 12
            or (m1 is not None and not 1 <= m1 <= 12)
        ):
            return None
        if (y2, m2) < (y1, m1 or 1):
            return _Hit(m.start(), m.end(), None, "range")  # contradictory: keep the text, invent nothing
        start = f"{y1:04d}" if m1 is None else f"{y1:04d}-{m1:02d}"
        return _Hit(m.start(), m.end(), start, "range", f"{y2:04d}-{m2:02d}")

    rules.append((range_ym, on_range_ym))

    # 29、30日 / 11月29日、30日: a list of days, one date each
    day_list = re.compile(
        rf"(?<![\d.月/第每数數幾几]){year_prefix}(?:(?P<m>{_ZN})月)?(?P<d1>\d{{1,2}}){day_end}?、(?P<d2>\d{{1,2}}){day_end}"
    )

    def on_day_list(m: re.Match[str], ref: date | None, _ctx: str) -> list[_Hit] | None:
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        mo = cn_number(m.group("m")) if m.group("m") else None
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
            return None
        if mo is not None:
            a, b = full_date(year_of(m, ref), mo, d1, ref), full_date(year_of(m, ref), mo, d2, ref)
            if a is False or b is False:
                return None
        elif ref is not None:
            a, b = nearest_month(d1, ref), nearest_month(d2, ref)
        else:
            a = b = None
        mid = m.start("d2")
        return [_Hit(m.start(), mid - 1, _iso(a or None)), _Hit(mid, m.end(), _iso(b or None))]

    rules.append((day_list, on_day_list))

    # 本月16日, 上月30日, 下个月2日
    rel_md = re.compile(
        rf"(?P<w>{rm})(?P<d>{_ZN})(?:[日号]|號){_ZWD_PAREN}"
    )

    def on_rel_md(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        d = cn_number(m.group("d"))
        if d is None or not 1 <= d <= 31:
            return None
        if ref is None:
            return _Hit(m.start(), m.end(), None)
        y, mo = _add_months(ref.year, ref.month, rel_months[m.group("w")])
        res = safe_date(y, mo, d)
        return _Hit(m.start(), m.end(), _iso(res)) if res else None

    rules.append((rel_md, on_rel_md))

    # 2021年11月16日, 今年11月19日, 11月19日, 十一月十九日, 11月19号
    md = re.compile(rf"{year_prefix}(?P<m>{_ZN})月(?P<d>{_ZN}){day_end}{_ZWD_PAREN}")

    def on_md(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        mo, d = cn_number(m.group("m")), cn_number(m.group("d"))
        res = full_date(year_of(m, ref), mo, d, ref)
        if res is False or mo is None or d is None:
            return None
        explicit = bool(m.group("y") or m.group("ry"))
        return _Hit(
            m.start(),
            m.end(),
            _iso(res or None),
            anchor=explicit and bool(res),
            partial=None if explicit else (mo, d),
        )

    rules.append((md, on_md))

    # 2021年11月, 今年10月, 明年3月份: month precision
    ym = re.compile(
        rf"(?:(?P<y>{_ZY})年|(?P<ry>{ry}))(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?:份)?(?![\d日号])"
    )

    def on_ym(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        mo = cn_number(m.group("m"))
        if mo is None or not 1 <= mo <= 12:
            return None
        y = year_of(m, ref)
        return _Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}" if y is not None else None)

    rules.append((ym, on_ym))

    # 10月份, 3月 (digits only: 十月 is also a word): month precision, nearest year
    bare_m = re.compile(r"(?<![\d.个個年第])(?P<m>\d{1,2})月(?:份)?(?![\d日号])")

    def on_bare_m(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        mo = int(m.group("m"))
        if not 1 <= mo <= 12 or _RECURRING_MONTHS.search(m.string[max(0, m.start() - 16) : m.start()]):
            return None  # 每年的12月 (and 每年的12月和1月): every December, not one
        return _Hit(m.start(), m.end(), nearest_month_year(mo, ref) if ref else None)

    rules.append((bare_m, on_bare_m))

    # 16日, 9日下午; 号 only where a date can follow (3号线 is Line 3, 1号楼 Building 1)
    day_only = re.compile(
        r"(?<![\d.月/第每数數幾几多])(?P<d>\d{1,2})(?:日(?![元币幣内內均游])|[号號](?=[，,。、\s上中下晚早凌午夜起至到前后後开開举舉召]))"
        + _ZWD_PAREN
    )

    def on_day(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        d = int(m.group("d"))
        if not 1 <= d <= 31:
            return None
        if m.string[m.end() : m.end() + 2] in ("以内", "之内", "以內", "之內"):
            return None
        before = m.string[max(0, m.start() - 3) : m.start()]
        if any(before.endswith(w) for w in zh["duration_before"]):
            return None  # 拘留15日, 为期3日: a number of days
        if m.group(0)[len(m.group("d"))] in "号號" and before[-1:] in zh["address_before"]:
            return None  # 马甸东路9号: a street number
        return _Hit(m.start(), m.end(), _iso(nearest_month(d, ref)) if ref else None, partial=(None, d))

    rules.append((day_only, on_day))

    # 上周五, 本周三, 周五, 星期天 (not 每周五, not 周一至周五 which is a schedule)
    prefixes: dict[str, int] = zh["week_prefixes"]
    wds: dict[str, int] = zh["weekdays"]
    weekday = re.compile(
        rf"(?<!每)(?P<pre>{'|'.join(prefixes)})?(?:个|個)?(?:星期|周|週|礼拜|禮拜)(?P<wd>[{''.join(wds)}])"
        r"(?![至到\-—~～])"
    )

    def on_weekday(m: re.Match[str], ref: date | None, ctx: str) -> _Hit | None:
        if m.start() > 0 and m.string[m.start() - 1] in "至到-—~～":
            return None
        if ref is None:
            return _Hit(m.start(), m.end(), None)
        wd = wds[m.group("wd")]
        mode = f"week{prefixes[m.group('pre')]}" if m.group("pre") else _tense(ctx, True)
        return _Hit(m.start(), m.end(), weekday_date(wd, ref, mode).isoformat())

    rules.append((weekday, on_weekday))

    # 今天, 昨天, 明天 ... (今日头条 is an app, 今日美国 a newspaper)
    rel_day = re.compile(
        rf"(?P<w>{alternation(rel_days)})(?!头条|頭條|美国|美國|说法|說法)"
    )

    def on_rel_day(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        return _Hit(m.start(), m.end(), _iso(ref + timedelta(days=rel_days[m.group("w")])) if ref else None)

    rules.append((rel_day, on_rel_day))

    # 上月, 本月, 下个月: month precision
    rel_month = re.compile(rf"(?P<w>{rm})")

    def on_rel_month(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        if ref is None:
            return _Hit(m.start(), m.end(), None)
        y, mo = _add_months(ref.year, ref.month, rel_months[m.group("w")])
        return _Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}")

    rules.append((rel_month, on_rel_month))

    # 今年, 明年, 去年 alone: year precision (a year with a month or day was taken by the rules above)
    rel_year = re.compile(rf"(?P<w>{ry})(?!\d)")

    def on_rel_year(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        return _Hit(m.start(), m.end(), f"{ref.year + rel_years[m.group('w')]:04d}" if ref else None)

    rules.append((rel_year, on_rel_year))
    return rules


# -- English -----------------------------------------------------------------------------------------------


@cache
def _en_rules() -> list[_Rule]:
    en = date_data()["english"]
    months: dict[str, int] = en["months"]
    weekdays: dict[str, int] = en["weekdays"]
    rel_days: dict[str, int] = en["relative_days"]
    rel_years: dict[str, int] = en["relative_years"]
    rel_months: dict[str, int] = en["relative_months"]
    followers = set(en["ordinal_day_followers"])

    # Month names are capitalised in running text ("may" and "march" are also verbs).
    mon_words = sorted({w.capitalize() for w in months} | {w.upper() for w in months}, key=len, reverse=True)

    def mon(g: str) -> str:
        return rf"\b(?P<{g}>{'|'.join(mon_words)})(?:\.|\b)"

    full_wd = [w for w in weekdays if len(w) > 4]
    wd_prefix = rf"(?:\b(?:{'|'.join(w.capitalize() for w in full_wd)}),?\s+)?"
    ordinal = r"(?:st|nd|rd|th)?"
    year_suffix = rf"(?:\s*,?\s*(?P<y>\d{{4}})(?!\d)|\s+(?P<ry>{alternation(rel_years)}))?"
    dash = r"\s*(?:-|–|—|to|through|until|till)\s*"

    def month_no(s: str) -> int:
        return months[s.lower()]

    def year_of(m: re.Match[str], ref: date | None) -> int | None:
        if m.group("y"):
            return int(m.group("y"))
        if m.group("ry") and ref:
            return ref.year + rel_years[m.group("ry").lower()]
        return None

    def resolve(y: int | None, mo: int, d: int, ref: date | None) -> date | None | bool:
        if not 1 <= d <= 31 or safe_date(2000, mo, d) is None:
            return False
        if y is not None:
            return safe_date(y, mo, d) or False
        return nearest_year(mo, d, ref) if ref else None

    rules: list[_Rule] = []

    # "Nov. 19-20", "November 19 to 21, 2026", "Nov. 30-Dec. 2", "from Nov. 19 to Nov. 21",
    # "between Nov. 19 and 21"
    range_md = re.compile(
        rf"{wd_prefix}{mon('m1')}\s*(?P<d1>\d{{1,2}}){ordinal}(?!\d|:)"
        rf"(?:{dash}|\s+and\s+(?=(?:{'|'.join(mon_words)})?\.?\s*\d))"
        rf"(?:{wd_prefix}{mon('m2')}\s*)?(?P<d2>\d{{1,2}}){ordinal}(?![\d:%]){year_suffix}"
    )
    # "19-20 November 2026", "19 to 21 Nov"
    range_dm = re.compile(
        rf"\b(?P<d1>\d{{1,2}}){ordinal}{dash}(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?{mon('m1')}(?P<m2>)"
        + year_suffix
    )

    # "30 March to 2 April", "30th March - 2nd April 2024"
    range_dmdm = re.compile(
        rf"\b(?P<d1>\d{{1,2}}){ordinal}\s+(?:of\s+)?{mon('m1')}{dash}(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?"
        rf"{mon('m2')}" + year_suffix
    )

    def on_range(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        m1 = month_no(m.group("m1"))
        m2 = month_no(m.group("m2")) if m.group("m2") else None
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if (
            m.re is range_md
            and "between" not in m.string[max(0, m.start() - 10) : m.start()].lower()
            and " and " in m.group(0)
        ):
            return None
        y = year_of(m, ref)
        start = resolve(y, m1, d1, ref)
        if start is False:
            return None
        rolled = m2 is None and d2 < d1
        if m2 is None:
            m2 = m1 if d2 >= d1 else m1 % 12 + 1
        y2 = None
        if isinstance(start, date):
            y2 = start.year + (1 if m2 < m1 else 0)
        end = resolve(y2, m2, d2, ref) if y2 is not None else None
        if end is False:
            return None
        return _range_hit(m, start or None, end or None, ref is not None, rolled)

    rules.append((range_md, on_range))
    rules.append((range_dmdm, on_range))
    rules.append((range_dm, on_range))

    # "from the 19th to the 21st"
    range_ord = re.compile(
        r"\b(?i:from|between)\s+the\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)\s+(?:to|and|until|till|through)\s+"
        r"the\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)\b"
    )

    rules.append((range_ord, _on_day_range))

    # "November 19 this year", "Thursday, Nov. 19, 2026", "Nov 19th"
    md = re.compile(rf"{wd_prefix}{mon('m')}\s*(?P<d>\d{{1,2}}){ordinal}(?![\d:%]){year_suffix}")
    # "19 November 2026", "the 19th of November"
    dm = re.compile(
        rf"{wd_prefix}(?:\bthe\s+)?\b(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?{mon('m')}(?!\s*\d{{1,2}}\b(?!\d))"
        + year_suffix
    )

    def on_md(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        mo, d = month_no(m.group("m")), int(m.group("d"))
        res = resolve(year_of(m, ref), mo, d, ref)
        if res is False:
            return None
        explicit = bool(m.group("y") or m.group("ry"))
        if not explicit and isinstance(res, date) and ref is not None and _told_as_past(m, res, ref):
            res = safe_date(res.year - 1, mo, d) or res
        return _Hit(
            m.start(),
            m.end(),
            _iso(res or None),
            anchor=explicit and bool(res),
            partial=None if explicit else (mo, d),
        )

    rules.append((md, on_md))
    rules.append((dm, on_md))

    # "November 2021", "Nov. this year", "in November", "late last November": month precision
    my = re.compile(rf"{mon('m')}\s*(?:,?\s*(?P<y>\d{{4}})(?!\d)|\s+(?P<ry>{alternation(rel_years)}))")
    m_alone = re.compile(
        rf"\b(?P<pre>(?i:(?:in|since|until|till|by|from|during|through|before|after|early|late|end\s+of|"
        rf"(?:week|month|half|part|middle|beginning|start)\s+of|this|next|last)\s+|mid-?\s*)){mon('m')}(?!\s*\d)"
    )
    # "a January discount", "a key September conversation": a month name used as an adjective before a noun
    # (a capitalised word after it is a name: "the May Fourth Movement")
    m_attr = re.compile(
        rf"\b(?P<pre>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext)\s+(?:[a-z]+\s+)?){mon('m')}(?=\s+[a-z]{{3,}})"
        r"(?!\s+(?:and|or|to|of|through|until|till|in|on|at|for|by)\b)"
    )

    def on_my(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        y = year_of(m, ref)
        mo = month_no(m.group("m"))
        return _Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}" if y is not None else None)

    def on_m_alone(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        mo = month_no(m.group("m"))
        pre = m.group("pre").lower().strip()
        if ref is None:
            return _Hit(m.start(), m.end(), None)
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
            return _Hit(m.start(), m.end(), nearest_month_year(mo, ref))
        return _Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}")

    rules.append((my, on_my))
    rules.append((m_alone, on_m_alone))
    rules.append((m_attr, on_m_alone))

    # "on the 16th", "On the 29th," — an ordinal day after a preposition, not "the 18th National Congress"
    day_only = re.compile(
        r"\b(?i:on|by|until|till|since|from|through|before|after|between|and|to)\s+the\s+"
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?P<after>\s*(?:of\s+)?(?P<next>[A-Za-z]+)?)"
    )

    def on_day(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        d = int(m.group("d"))
        nxt = m.group("next")
        if not 1 <= d <= 31:
            return None
        if nxt and nxt.lower() not in followers and not re.match(r"^\s*,", m.group("after")):
            return None
        if nxt and nxt[0].isupper() and nxt.lower() not in followers:
            return None
        end = m.start("after")
        if ref is None:
            return _Hit(m.start(), end, None)
        return _Hit(m.start(), end, _iso(nearest_month(d, ref)), partial=(None, d))

    rules.append((day_only, on_day))

    # today, yesterday, the day before yesterday, this morning
    rel_day = re.compile(rf"\b(?P<w>(?i:{alternation(rel_days)}))\b")

    def on_rel_day(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        word = m.group("w")
        before = m.string[: m.start()].rstrip()
        if word[0].isupper() and before and before[-1] not in '.!?"“‘:(—-' and before[-1].isalpha():
            return None  # "USA Today", "China Today": a name
        if ref is None:
            return _Hit(m.start(), m.end(), None)
        return _Hit(m.start(), m.end(), _iso(ref + timedelta(days=rel_days[word.lower()])))

    rules.append((rel_day, on_rel_day))

    # "this year", "next year", "last month": year / month precision
    rel_ym = re.compile(rf"\b(?P<w>(?i:{alternation(rel_years)}|{alternation(rel_months)}))\b")

    def on_rel_ym(m: re.Match[str], ref: date | None, _ctx: str) -> _Hit | None:
        w = m.group("w").lower()
        if ref is None:
            return _Hit(m.start(), m.end(), None)
        if w in rel_years:
            return _Hit(m.start(), m.end(), f"{ref.year + rel_years[w]:04d}")
        y, mo = _add_months(ref.year, ref.month, rel_months[w])
        return _Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}")

    rules.append((rel_ym, on_rel_ym))

    # "last Friday", "next Monday", "on Thursday", "Sunday"
    weekday = re.compile(
        rf"\b(?:(?P<pre>(?i:last|next|this))\s+)?(?P<wd>{'|'.join(w.capitalize() for w in full_wd)})\b"
    )

    def on_weekday(m: re.Match[str], ref: date | None, ctx: str) -> _Hit | None:
        if ref is None:
            return _Hit(m.start(), m.end(), None)
        wd = weekdays[m.group("wd").lower()]
        pre = (m.group("pre") or "").lower()
        mode = {"last": "last", "next": "next", "this": "week0"}.get(pre) or _tense(ctx, False)
        return _Hit(m.start(), m.end(), weekday_date(wd, ref, mode).isoformat())

    rules.append((weekday, on_weekday))
    return rules


# 2021-11-16, 2021/11/16, 2021.11.16 in either language
_ISO = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d.]\d)")


# A month/day without a year told in the past ("the flight that went missing on March 8", "since June 3")
# is not a date weeks ahead: beyond this many days after the reference the previous year's date is taken.
PAST_TENSE_MAX_AHEAD = 30


def _told_as_past(m: re.Match[str], resolved: date, reference: date) -> bool:
    """True when the English clause before the date puts it in the past although the nearest year puts it
    after the reference: "since" always; a past-tense clause when the date would be over a month ahead."""
    if resolved <= reference:
        return False
    before = m.string[max(0, m.start() - 60) : m.start()]
    clause = re.split(r"[,;:.!?()\"“”]|\b(?:and|but|while|as)\b", before)[-1].lower()
    if re.search(r"\bsince\s+$", clause):
        return True
    if (resolved - reference).days <= PAST_TENSE_MAX_AHEAD or re.search(
        r"\b(?:to|until|till|for|by|before|on\s+or\s+before)\s+$", clause
    ):
        return False  # "was postponed to March 15", "was scheduled for": a target date, not a past one
    if _has_en_word(clause, "future_markers"):
        return False
    return _has_en_word(clause, "past_markers", "past_verbs")


def _on_iso(m: re.Match[str], _ref: date | None, _ctx: str) -> _Hit | None:
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _Hit(m.start(), m.end(), d.isoformat()) if d else None


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


def _scan(text: str, reference: date | None, chinese: bool, skip_until: int = 0) -> Iterator[_Hit]:
    """Every date in one paragraph, longest and most specific rules first; a span is claimed once."""
    folded = fold_width(text)
    taken = [False] * len(folded)
    for i in range(min(skip_until, len(folded))):
        taken[i] = True
    hits: list[_Hit] = []
    rules: list[_Rule] = [(_ISO, _on_iso), *(_zh_rules() if chinese else _en_rules())]
    for pattern, handler in rules:
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


# ---------------------------------------------------------------------------------------------- the stage


def _parse_iso_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def find_dates(record: Article) -> Article:
    """Fill ``record.dates``. Never raises: a failure is recorded in ``record.error``."""
    try:
        record.dates = _find(record)
    except Exception as exc:  # a stage must not lose the record (docs/dates.md)
        record.fail(f"dates: {type(exc).__name__}: {exc}")
    return record


def _find(record: Article) -> list[DateMention]:
    texts = ([record.title] if record.title else []) + [p for p in record.paragraphs if p]
    chinese_article = (
        record.lang == "zh" if record.lang in ("zh", "en") else is_chinese("".join(texts)[:2000])
    )
    published = parse_published(record.published, chinese_article)

    # The dateline opens the story, but a photo caption or a subtitle may come first: look at three.
    first, parsed, first_index = "", None, 0
    for i, paragraph in enumerate(record.paragraphs[:3]):
        candidate = parse_dateline(paragraph, published)
        if candidate is not None and candidate.month is not None:
            first, parsed, first_index = paragraph, candidate, i
            break
    if not first and record.paragraphs:
        first = record.paragraphs[0]
    dl_date = _parse_iso_date(record.dateline.get("date")) if record.dateline else None
    dl_text = (record.dateline or {}).get("text") or (parsed.text if parsed else None)
    if dl_date is None and parsed is not None:
        dl_date = parsed.date
    reference = dl_date or published

    found: list[DateMention] = []
    if published:
        found.append(DateMention(text=record.published or "", value=published.isoformat(), kind="published"))
    if dl_date:
        found.append(
            DateMention(
                text=dl_text or "",
                value=dl_date.isoformat(),
                kind="dateline",
                sentence=sentence_at(first, 0, is_chinese(first)) if first else None,
            )
        )

    body_start = len(texts) - len(record.paragraphs)
    for index, text in enumerate(texts):
        chinese = is_chinese(text)
        is_first_paragraph = record.paragraphs and index == body_start + first_index
        skip = parsed.end if (is_first_paragraph and parsed and parsed.month is not None) else 0
        if not skip and index > body_start + first_index and record.paragraphs:
            # A later paragraph opening with a wire dateline (本报郑州12月15日电, a second story on the page):
            # a dateline mention of its own; the reference stays the story's first dateline.
            later = parse_dateline(text, reference)
            if later is not None and later.date is not None and later.agency and later.end > 0:
                found.append(
                    DateMention(
                        text=later.text,
                        value=later.date.isoformat(),
                        kind="dateline",
                        sentence=sentence_at(text, 0, chinese),
                    )
                )
                skip = later.end
        spans = sentence_spans(text, chinese)
        for hit in _anchored(list(_scan(text, reference, chinese, skip)), spans):
            sentence = next((text[a:b].strip() for a, b in spans if a <= hit.start < b), None)
            found.append(
                DateMention(
                    text=text[hit.start : hit.end].strip(),
                    value=hit.value,
                    kind=hit.kind,
                    sentence=sentence,
                    end=hit.end_value,
                )
            )
    return _dedupe(found)


def _anchored(hits: list[_Hit], spans: list[tuple[int, int]]) -> list[_Hit]:
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
            hit.value = _iso(nearest_year(month, day, anchor) if month else nearest_month(day, anchor))
    return hits


def _dedupe(mentions: list[DateMention]) -> list[DateMention]:
    seen: set[tuple[str | None, str, str | None, str | None]] = set()
    out: list[DateMention] = []
    for d in mentions:
        key = (d.value, d.kind, d.end, d.text if d.value is None else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(d)
    return out
