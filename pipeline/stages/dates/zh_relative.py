"""The Chinese relative-date handlers: weekdays (上周五, 周二将召开), relative days (昨天, 前晚), durations (3天前,
三天后), anaphora (次日), calendar weeks (上周, 上周末) and relative months (上月)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pipeline.stages.dates.resolve import (
    Duration,
    Hit,
    Shift,
    add_months,
    anaphora_hit,
    iso,
    moved,
    nearest_month,
    nearest_year,
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
    told_ahead,
)
from pipeline.stages.dates.zh_words import date_data_zh, words
from pipeline.text.datelines import safe_date
from pipeline.text.numbers import cn_number
from pipeline.text.patterns import alternation
from pipeline.text.scripts import is_chinese

# After 前晚 these make it "before X + evening / dinner" (睡前晚上, 赛前晚餐), not "the night before last"
_AFTER_EVENING = set("上餐饭飯宴会會间間霞期")
# After 前午 these make it "before X + noon / lunch" (赛前午餐, 睡前午休), and 日前午间 is 日前 + 午间 (zhleads23)
_AFTER_NOON = set("餐饭飯间間休睡市夜宴")


def on_weekday(m: re.Match[str], ref: date | None, ctx: str) -> Hit | None:
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
    if _in_timetable(m.string, m.start()):
        return None  # 星期一停驶尾号3和8，星期二停驶……: a weekly timetable
    value = _bare_weekday(m.string, m.start(), m.end(), wd, ref, ctx)
    return Hit(m.start(), m.end(), value.isoformat(), weekday=wd) if value else None


def on_weekday_list(m: re.Match[str], ref: date | None, _ctx: str) -> list[Hit] | None:
    """下周一、三、五及六, 本周二和四: the named weekday and each numeral after a joiner, days of the same calendar
    week; None (the weekday alone is read by the next rule) unless the days run in the order of time (zhleads22)."""
    w = words()
    days = [(m.start("wd"), w.weekdays[m.group("wd")])]
    days += [
        (m.start("more") + i, w.weekdays[c]) for i, c in enumerate(m.group("more")) if c in "一二三四五六日"
    ]
    if any(later <= earlier for (_, earlier), (_, later) in zip(days, days[1:], strict=False)):
        return None
    week = f"week{w.week_prefixes[m.group('pre')]}"
    hits = []
    for k, (at, wd) in enumerate(days):
        value = weekday_date(wd, ref, week).isoformat() if ref else None
        hits.append(Hit(m.start() if k == 0 else at, at + 1, value))
    return hits


_RANGE_END = re.compile(r"[一二三四五六日天\d号號]\s*[至到\-—~～]\s*$")
_SENTENCE_ENDS = "。！？!?\n"


def _bare_weekday(
    string: str, start: int, end: int, wd: int, ref: date, ctx: str, depth: int = 0
) -> date | None:
    """A weekday without 上/本/下: after a weekday and a joiner (周三和周六, 周四、周五) the first such day after that
    one (pairs and lists are written in the order of time; after 每周三和 a schedule: None); else by the verb that
    governs it, else by the tense of its clause (nearest within two or three days)."""
    joined = _joined().search(string[max(0, start - 14) : start]) if depth < 6 else None
    if joined:
        if joined.group("every"):
            return None  # 每周三和周六: a schedule
        offset = max(0, start - 14)
        first_start, first_end = offset + joined.start("week"), offset + joined.end("wd")
        first_wd = words().weekdays[joined.group("wd")]
        if joined.group("pre"):
            first = weekday_date(first_wd, ref, f"week{words().week_prefixes[joined.group('pre')]}")
        else:
            found = _bare_weekday(string, first_start, first_end, first_wd, ref, ctx, depth + 1)
            if found is None:
                return None
            first = found
        return first + timedelta(days=(wd - first.weekday()) % 7 or 7)
    governing = _governing_marker(string, start, end)
    if governing:  # 周二将召开, 将于周一举行, 周一已宣布: the verb of the weekday, from two days away
        return weekday_date(wd, ref, governing, margin=1)
    return weekday_date(wd, ref, tense(ctx, True))


@cache
def _joined() -> re.Pattern[str]:
    """A weekday and a joiner right before another weekday: 周三和, 本周四、, 星期一或 (groups every, pre, wd)."""
    w = words()
    return re.compile(
        rf"(?P<every>每)?(?:(?P<pre>{alternation(w.week_prefixes)})(?:个|個)?)?(?P<week>星期|周|週|礼拜|禮拜)"
        rf"(?P<wd>[{''.join(w.weekdays)}])\s*(?:{alternation(date_data_zh()['weekday_joiners'])})\s*$"
    )


_BARE_WEEKDAY = re.compile(r"(?<![上下本这這每个個])(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])(.)")


def _in_timetable(string: str, pos: int) -> bool:
    """True when the weekday at ``pos`` is one of three or more bare weekdays of its sentence, from Monday on in
    calendar order, each followed by the same character (限行：星期一停驶……星期二停驶……星期三停驶……): a weekly
    timetable, no dates (zhleads20, dev). Weather copy lists days by their weather (周四晴，周五多云), not so."""
    start = max(string.rfind(c, 0, pos) for c in _SENTENCE_ENDS) + 1
    ends = [i for i in (string.find(c, pos) for c in _SENTENCE_ENDS) if i >= 0]
    seen = [
        (m.start(), words().weekdays[m.group(1)], m.group(2))
        for m in _BARE_WEEKDAY.finditer(string, start, min(ends) if ends else len(string))
    ]
    for i, (first_at, first_wd, follower) in enumerate(seen):
        if first_wd != 0:
            continue
        j = i
        while j + 1 < len(seen) and seen[j + 1][1] == seen[j][1] + 1 and seen[j + 1][2] == follower:
            j += 1
        if j - i >= 2 and first_at <= pos <= seen[j][0]:
            return True
    return False


def _governing_marker(string: str, start: int, end: int) -> str | None:
    """future or past when a marker of weekday_verb_markers stands right after the weekday (after a part of the
    day) or right before it with 于/在 (将于周一); else None."""
    zh = date_data_zh()
    after = string[end : end + 8]
    for part in zh["weekday_parts_of_day"]:
        if after.startswith(part):
            after = after[len(part) :]
            break
    before = re.split(r"[，,。；;：:！!？?]", string[max(0, start - 8) : start])[-1]
    for mode, markers in zh["weekday_verb_markers"].items():
        for marker in markers:
            if after.startswith(marker) or re.search(rf"{marker}[于於在]$", before):
                return mode
    return None


def on_weekday_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """上周四至周五: from the one weekday to the other in that calendar week."""
    w = words()
    first, last = w.weekdays[m.group("wd1")], w.weekdays[m.group("wd2")]
    if last <= first:
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    mode = f"week{w.week_prefixes[m.group('pre')]}"
    return range_hit(m, weekday_date(first, ref, mode), weekday_date(last, ref, mode), True)


def on_from_today(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """即日起, 自即日起 ("from this very day"): the reference day (zhleads20, dev)."""
    return Hit(m.start(), m.end(), iso(ref) if ref else None)


def on_from_today_range(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """即日起至6日, 即日起至7月6日: from the reference day to that day, the first such day on or after it (in the
    nearest such month when a month is given; zhleads20, dev)."""
    day = cn_number(m.group("d2")) or 0
    if not 1 <= day <= 31:
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    if m.group("m2"):
        end = nearest_year(cn_number(m.group("m2")) or 0, day, ref)
    else:
        y, mo = (ref.year, ref.month) if day >= ref.day else add_months(ref.year, ref.month, 1)
        end = safe_date(y, mo, day)
    return range_hit(m, ref, end, True)


def on_from_today_to_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """今天起到后天, 今起至明天: from the reference day to a relative day, a range (zhleads23)."""
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    return range_hit(m, ref, ref + timedelta(days=words().relative_days[m.group("rel")]), True)


def on_day_after_tomorrow(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """持续至后日: the day after tomorrow, after 至 or 到 and before a mark (zhleads23)."""
    return Hit(m.start(), m.end(), iso(ref + timedelta(days=2)) if ref else None)


def on_bare_weekend(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """周末 alone: this calendar week's Saturday and Sunday when its sentence has a future marker and no past one
    (周末受到冷空气影响，……届时气温将再次下滑; zhleads23); else no mention (週末迎面而來的壞消息: the weekend just over)."""
    before = m.string[max(0, m.start() - 3) : m.start()]
    if not told_ahead(m.string, m.start()) or before.endswith(
        tuple(date_data_zh()["bare_weekend_not_after_words"])
    ):
        return None  # no future marker, or 明后两天为周末 (the two days restated)
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    first, last = week_range(ref, 0, weekend=True)
    return Hit(m.start(), m.end(), first.isoformat(), "range", last.isoformat())


def _in_named_title(text: str, at: int) -> bool:
    """True when the word at ``at`` opens a title in 《》 that the sentence goes on after (《今日观察》正在评论: a
    programme's name); a heading that is the whole paragraph (《今天重點》, a column "Today's highlights") is read."""
    if text[at - 1 : at] not in date_data_zh()["relative_day_title_marks"]:
        return False
    close = text.find("》" if text[at - 1] == "《" else "〉", at)
    return close >= 0 and bool(text[close + 1 :].strip())


def on_relative_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    if m.group("w") == "前晚" and m.string[m.end() : m.end() + 1] in _AFTER_EVENING:
        return None  # 睡前晚上, 赛前晚餐: "before X, in the evening", not the night before last
    if m.group("w") == "前午" and (
        m.string[m.end() : m.end() + 1] in _AFTER_NOON or m.string[m.start() - 1 : m.start()] == "日"
    ):
        return None  # 赛前午餐, 日前午间: not the day before yesterday
    if _in_named_title(m.string, m.start()):
        return None  # 《今日观察》正在评论: a programme's name
    offset = words().relative_days[m.group("w")]
    if ref is None or in_vaguely_dated_quote(m.string, m.start()):
        return Hit(m.start(), m.end(), None)  # “今天……”近日，……: the speaker's day, unknown
    return Hit(m.start(), m.end(), iso(ref + timedelta(days=offset)))


def on_lone_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """今 or 昨 alone after its subject (民進黨今質疑, 立院昨處理): today, yesterday, as 今天 and 昨天 are read; not
    in a classical pair with 古 (古为今用, 古往今来), nor the end of a two-character name opening its clause (张今发明)."""
    zh = date_data_zh()
    before = m.string[max(0, m.start() - 3) : m.start()]
    clause = re.split(r"[^\w]", m.string[max(0, m.start() - 2) : m.start()])[-1]
    if "古" in before or (len(clause) == 1 and clause not in zh["lone_day_pronouns"]):
        return None
    offset = zh["lone_day_words"][m.group("w")]
    if ref is None or in_vaguely_dated_quote(m.string, m.start()):
        return Hit(m.start(), m.end(), None)
    return Hit(m.start(), m.end(), iso(ref + timedelta(days=offset)))


def on_bracketed_relative_day(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """今（28）日, 明 (11) 早, 今(5/15)日: a relative day with its day (and month) in brackets. The bracketed day
    wins where the two disagree (a story stamped just after midnight about 今(28)日): the day nearest the relative
    day, in the bracketed month when one is given."""
    if ref is None:
        return Hit(m.start(), m.end(), None)
    day = ref + timedelta(days=date_data_zh()["bracket_day_words"][m.group("w")])
    d = int(m.group("d"))
    value = nearest_year(int(m.group("m")), d, day) if m.group("m") else nearest_month(d, day)
    return Hit(m.start(), m.end(), iso(value))


def on_adjacent_days(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """今明两天, 今明日 (today and tomorrow), 明后天, 明後兩日 (tomorrow and the day after): a range of the two days."""
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    first = ref + timedelta(days=date_data_zh()["adjacent_day_pairs"][m.group("w")])
    return Hit(m.start(), m.end(), iso(first), "range", iso(first + timedelta(days=1)))


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


def on_duration(m: re.Match[str], ref: date | None, ctx: str) -> Hit | None:
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


def on_vague_ago(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    """前几天, 前些天, 前些日子, 前几年, 前两天: "a few days (years) ago", kept without a value."""
    return Hit(m.start(), m.end(), None)


def on_anaphora(m: re.Match[str], _ref: date | None, _ctx: str) -> Hit | None:
    """次日, 翌日, 次年: a day (year) after the date before it in the sentence (:func:`.scan.shifted`); without
    one the mention is dropped, as it is right after an event (案发次日: :func:`.zh_context.after_an_event`)."""
    if after_an_event(m.string, m.start()):
        return None
    return anaphora_hit(m, *words().anaphora[m.group("w")])


def on_relative_week(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """上周, 本周, 下个星期, 上上周 (the calendar week, Monday to Sunday), 上周末 (its Saturday and Sunday): a
    range."""
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    first, last = week_range(ref, words().week_prefixes[m.group("pre")], weekend=bool(m.group("end")))
    return Hit(m.start(), m.end(), first.isoformat(), "range", last.isoformat())


def on_previous_week(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    """前一周, 前一个星期 ("the week before") after a calendar week of its sentence (本周……较前一周, 上周……比前一周): that
    week's previous week, a range; with no week word before it in the sentence, or right after a word other than one of
    comparison (较, 比) or of anaphora_date_before (考试前一周: before an event), no mention (zhleads20, dev)."""
    before = m.string[m.start() - 1 : m.start()] if m.start() else ""
    zh = date_data_zh()
    if is_chinese(before) and before not in "".join(zh["comparison_words"]) + zh["anaphora_date_before"]:
        return None  # 考试前一周: the week before an event (本周是期末考试前一周), not the one before 本周
    start = max(m.string.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
    named = list(_week_word().finditer(m.string, start, m.start()))
    if not named:
        return None
    if ref is None:
        return Hit(m.start(), m.end(), None, "range")
    first, last = week_range(ref, words().week_prefixes[named[-1].group("pre")] - 1)
    return Hit(m.start(), m.end(), first.isoformat(), "range", last.isoformat())


@cache
def _week_word() -> re.Pattern[str]:
    """A calendar week: 本周, 上个星期, 下一周 (group pre); not 本周五, a day."""
    w = words()
    return re.compile(
        rf"(?<!每)(?P<pre>{alternation(w.week_prefixes)})(?:个|個|一)?(?:{alternation(w.week_words)})"
        rf"(?![{''.join(w.weekdays)}])"
    )


def on_relative_month(m: re.Match[str], ref: date | None, _ctx: str) -> Hit | None:
    if ref is None:
        return Hit(m.start(), m.end(), None)
    y, mo = add_months(ref.year, ref.month, words().relative_months[m.group("w")])
    return Hit(m.start(), m.end(), f"{y:04d}-{mo:02d}")
