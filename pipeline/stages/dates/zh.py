"""The Chinese date rules: 2021年11月16日, 11月19日至21日, 今年10月, 16日, 上周五, 昨天, 3天前, 上周 ...

:data:`RULES` is the table, in priority order (a span is claimed by the first rule that takes it): each
:class:`~.resolve.Rule` pairs a regex template with a module-level handler. The templates' ``{fields}`` are
the fragments of :func:`fragments` (number forms, and word lists from ``pipeline/data/dates.toml``); they
are compiled once, at first use, by :func:`rules`.
"""

from __future__ import annotations

from functools import cache

from pipeline.stages.dates.resolve import (
    CompiledRule,
    Rule,
    compile_rules,
    on_day_range,
)
from pipeline.stages.dates.zh_calendar import (
    on_bare_month,
    on_date_to_relative_day,
    on_day,
    on_day_list,
    on_month_day,
    on_month_last_day,
    on_range_m,
    on_range_md,
    on_range_ym,
    on_relative_month_day,
    on_relative_month_range,
    on_short_year,
    on_year_month,
)
from pipeline.stages.dates.zh_context import (
    on_next_year,
    on_previous_year,
    on_relative_year,
    on_relative_year_today,
    on_this_month_part,
    on_this_year,
    on_this_year_part,
)
from pipeline.stages.dates.zh_relative import (
    on_adjacent_days,
    on_anaphora,
    on_bare_weekend,
    on_bracketed_relative_day,
    on_day_after_tomorrow,
    on_duration,
    on_from_today,
    on_from_today_range,
    on_from_today_to_day,
    on_lone_day,
    on_previous_week,
    on_relative_day,
    on_relative_month,
    on_relative_week,
    on_vague_ago,
    on_weekday,
    on_weekday_list,
    on_weekday_range,
)
from pipeline.stages.dates.zh_words import fragments

# ---------------------------------------------------------------------------------------------- the table

# str.format templates: {fields} from fragments(), regex braces doubled.
RULES: tuple[Rule, ...] = (
    # 2026年11月19日至21日, 11月19日—20日, 11月19-20日, 11月30日至12月2日, 2026年11月30日至2027年1月2日
    Rule(
        r"{year_prefix}(?P<m1>{number})[ ]?月[ ]?(?P<d1>{number})(?:[ ]?{day_end}{weekday_paren}{range_time}?|{weekday_paren})"
        r"{sep}(?:(?P<y2>{year})[ ]?年[ ]?)?(?:(?P<m2>{number})[ ]?月[ ]?)?(?P<d2>{number})[ ]?{day_end}{weekday_paren}"
        r"{range_time}?",
        on_range_md,
    ),
    # 即日起至6日, 即日起至7月6日: from the reference day to that day (zhleads20, dev), before 6日 alone is read
    Rule(
        r"(?P<w>{from_today_words})(?:{from_today_after})?{sep}(?:(?P<m2>{number})[ ]?月[ ]?)?(?P<d2>{number})[ ]?"
        r"{day_end}",
        on_from_today_range,
    ),
    # 今天起到后天, 今起至明天: from the reference day to a relative day (weather copy; zhleads23)
    Rule(
        r"(?P<w>{from_today_words}|今)(?:{from_today_after}){sep}(?P<rel>{relative_days})",
        on_from_today_to_day,
    ),
    # 7月8日凌晨3时到今天零时: from a month and day to a relative day (zhleads23, 中国广播网), before 7月8日 alone
    Rule(
        r"{year_prefix}(?P<m>{number})[ ]?月[ ]?(?P<d>{number})[ ]?{day_end}{range_time}?[到至](?P<rel>{relative_days})",
        on_date_to_relative_day,
    ),
    # 8月的最后一天, 今年2月最后一天: the last day of that month (zhleads23), before 8月 alone is read
    Rule(r"(?<![\d.]){year_prefix}(?P<m>{number})[ ]?月(?:份)?的?最[后後]一[天日]", on_month_last_day),
    # ○四年, 〇八年, 零四年: a year of this century in two Chinese numerals (Hong Kong's 星島: 跟隨○四年拋磚狂徒調查手法;
    # zhleads23); not inside a full year (二○○四年) nor before 代 (年代)
    Rule(
        r"(?<![\d〇○零一二三四五六七八九十])(?P<y>[〇○零][〇○零一二三四五六七八九])年(?![代级級])",
        on_short_year,
    ),
    # 今（28）日, 昨(27)日, 明 (11) 早, 今(5/15)日, 今(12日): a relative day with its day in brackets (Taiwan's and
    # Macau's papers; thirty-ninth natural sample), claimed whole before the day rules would take 12日 alone
    Rule(
        r"(?<![{bracket_day_not_after}])(?P<w>{bracket_day_words})[ ]?[(（][ ]?(?:(?P<m>\d{{1,2}})[/／])?(?P<d>\d{{1,2}})"
        r"[ ]?(?:{day_end}[ ]?[)）]|[)）][ ]?(?:{bracket_day_parts}))",
        on_bracketed_relative_day,
    ),
    # 周四(12月24日), 本周六（1月12日）: a weekday with its date in brackets, as weather copy and schedules write
    # it (forty-first natural sample, 黄海晨报): the bracketed date decides (the nearest such weekday can be a week off)
    Rule(
        r"(?<![每个個])(?:{week_prefixes})?(?:个|個)?(?:星期|周|週|礼拜|禮拜)[{weekdays}][ ]?[(（][ ]?{year_prefix}"
        r"(?P<m>{number})[ ]?月[ ]?(?P<d>{number})[ ]?{day_end}[ ]?[)）]",
        on_month_day,
    ),
    # 19日至21日 (day-only range)
    Rule(
        r"(?<![\d.月/第每幾几])(?<![月第每][ ]){no_vague_shu}(?P<d1>\d{{1,2}})(?:[ ]?{day_end}{weekday_paren}{range_time}?|{weekday_paren})"
        r"{sep}(?P<d2>\d{{1,2}})[ ]?{day_end}(?![元币幣内內均游]){range_time}?",
        on_day_range,
    ),
    # 1至10月, 1-10月, 今年1月至10月份: a range of months (statistics periods), month precision; also with spaces,
    # 2024 年 3 月至 11 月 (zhleads22)
    Rule(
        r"(?<![\d.]){year_prefix}(?P<m1>\d{{1,2}})(?:[ ]?月)?(?:份)?{sep}(?P<m2>\d{{1,2}})[ ]?月(?:份)?(?![ ]?[\d日号])",
        on_range_m,
    ),
    # 2005年至2011年12月, 2010年3月至2012年6月: a period across years, start = year or month, end = month
    Rule(
        r"(?<!\d)(?P<y1>{year})[ ]?年(?:[ ]?(?P<m1>{number})[ ]?月)?(?:份)?{sep}(?P<y2>{year})[ ]?年[ ]?(?P<m2>{number})[ ]?月"
        r"(?:份)?(?![ ]?[\d日号號])",
        on_range_ym,
    ),
    # 29、30日 / 11月29日、30日: a list of days, one date each; also joined by 及, 和, 与 (20及 21日, as Macau's
    # papers write two days of one event: zhleads21)
    Rule(
        r"(?<![\d.月/第每幾几]){no_vague_shu}{year_prefix}(?:(?P<m>{number})月)?(?P<d1>\d{{1,2}}){day_end}?"
        r"(?:、|[ ]?[及和与與][ ]?)(?P<d2>\d{{1,2}}){day_end}",
        on_day_list,
    ),
    # 本月2日至12日, 上月28日至30日: days of a relative month
    Rule(
        r"(?P<w>{relative_months})[ ]?(?P<d1>{number})(?:[ ]?{day_end}{weekday_paren}{range_time}?|{weekday_paren})"
        r"{sep}(?P<d2>{number})[ ]?{day_end}{weekday_paren}{range_time}?",
        on_relative_month_range,
    ),
    # 本月16日, 上月30日, 下个月2日
    # (本月 11 日: numbers set apart by spaces, eighteenth natural sample)
    Rule(
        r"(?P<w>{relative_months})[ ]?(?P<d>{number})[ ]?(?:[日号]|號){weekday_paren}", on_relative_month_day
    ),
    # 2021年11月16日, 今年11月19日, 11月19日, 十一月十九日, 11月19号
    # (a space may stand between the numbers and 月/日, as modern copy sets them: 3 月 5 日)
    Rule(r"{year_prefix}(?P<m>{number})[ ]?月[ ]?(?P<d>{number})[ ]?{day_end}{weekday_paren}", on_month_day),
    # 2021年11月, 今年10月, 明年3月份: month precision
    Rule(
        r"(?:(?P<y>{year})[ ]?年|(?P<ry>{relative_years})的?)[ ]?"
        r"(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[ ]?月(?:份)?(?![\d日号])",
        on_year_month,
    ),
    # 3天前, 两周前, 三个月前, 半年前, 一年半前, 十天后, 几天前 (no value): durations
    Rule(
        # digits set apart from the unit by a space, as modern copy sets them (5 年前: eighteenth natural sample)
        r"(?<![\d.{cn_count}第每上月])(?<![\d第每上][ ])(?P<n>\d{{1,4}}(?:\.5)?"
        r"|[{cn_count}]+|半|若干|多)(?:(?<=\d)[ ])?(?P<more>[多余餘来來])?"
        r"(?P<ge>[个個])?(?P<more_in>多)?(?P<half_in>半)?(?P<unit>{duration_units})(?P<more2>多)?(?P<half>半)?"
        # (前往, 前进, 以后来, 后期: no date; but 十年前进入中国, 三天后进行复查, 两年前来到 are: eighteenth sample's probe)
        r"(?P<dir>{duration_directions})(?!(?!{duration_verbs_after})[前后後期往进進来來去行夕])(?P<today>的?今[天日])?",
        on_duration,
    ),
    # 10月份, 3月 (digits only: 十月 is also a word): month precision, nearest year
    # (预计 5 月发布: digits set apart by spaces, eighteenth natural sample; not 第 5 个月, 5 月 3 日 taken above)
    Rule(r"(?<![\d.个個年第])(?<![\d年第][ ])(?P<m>\d{{1,2}})[ ]?月(?:份)?(?![ ]?[\d日号])", on_bare_month),
    # 16日, 9日下午; 号 only where a date can follow (3号线 is Line 3, 1号楼 Building 1)
    Rule(
        r"(?<![\d.月/第每幾几多])(?<![第每][ ]){no_vague_shu}(?P<d>\d{{1,2}})(?:日(?![元币幣内內均游])|[ ]日(?![元币幣内內均游本])|"
        r"[号號](?=[，,。、\s上中下晚早凌午夜起至到前后後开開举舉召])){weekday_paren}",
        on_day,
    ),
    # 十日, 十三日, 二十五日, 廿三日: a day in Chinese numerals without its month (Taiwan's United Daily News; thirty-ninth
    # natural sample; 廿 and 卅, the old forms of 二十 and 三十, zhleads21), only from the 10th (三日, 五日 are as often "three days"); not a count of days (為期十日,
    # 十日內, 前十日, 第二十日, 這十日來)
    Rule(
        r"(?<![{cn_count}第每前初这這个個月年])(?P<d>[二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?)日"
        r"(?![内內以之后後前来來间間左游遊的期子])",
        on_day,
    ),
    # 上周四至周五, 本周一到周三: days of a named calendar week (周一至周五 without 上/本/下 is a schedule)
    Rule(
        r"(?<!每)(?P<pre>{week_prefixes})(?:个|個)?(?:{week_words})(?P<wd1>[{weekdays}]){sep}"
        r"(?:{week_words})?(?P<wd2>[{weekdays}])",
        on_weekday_range,
    ),
    # 下周一、三、五及六, 本周二和四: days of a named week with 周 written once (zhleads22), each a date
    Rule(
        r"(?<!每)(?P<pre>{week_prefixes})(?:个|個)?(?:{week_words})(?P<wd>[一二三四五六日])"
        r"(?P<more>(?:(?:{weekday_joiners})[一二三四五六日](?![{weekday_list_not_before}]))+)",
        on_weekday_list,
    ),
    # 上周五, 本周三, 周五, 星期天, 下个星期一 (not 每周五, not 周一至周五 which is a schedule; not a counted weekday,
    # 1月的第三个星期一, 最后一个周五: 个 only after a week prefix or 整, 整个周六; sixteenth natural sample; not a
    # frequency, 一週六天, 一周一次, 一星期五日: days or times a week, zhleads21)
    Rule(
        r"(?:(?<![每个個一])|(?<=整[个個])|(?<=一)(?!(?:星期|周|週|礼拜|禮拜)[{weekdays}][天日次回晚个個]))"
        r"(?:(?P<pre>{week_prefixes})(?:个|個)?)?"
        r"(?:星期|周|週|礼拜|禮拜)(?P<wd>[{weekdays}])(?![至到\-—~～])",
        on_weekday,
    ),
    # 本周……较前一周: the week before the calendar week named before it in the sentence (zhleads20, dev)
    Rule(r"(?:{previous_week_words})", on_previous_week),
    # 上周, 本周, 下个星期, 上一周, 上上周, 上周末: calendar weeks (not 上周期, 周年, 周边, 周刊)
    Rule(
        r"(?<!每)(?P<pre>{week_prefixes})(?:个|個|一)?(?:{week_words})"
        r"(?:(?P<end>{weekend})|(?![一二三四五六七日天年期刊边邊围圍转轉岁歲]))",
        on_relative_week,
    ),
    # 周末 alone with a future marker in its sentence (周末受到冷空气影响…将): this week's weekend (zhleads23)
    Rule(r"(?<![{bare_weekend_not_after}])(?:{bare_weekend_words})", on_bare_weekend),
    # 持续至后日: the day after tomorrow, only after 至 or 到 and before a mark (zhleads23)
    Rule(r"(?<=[至到])(?:{day_after_tomorrow_end})(?=[，,。；;、！!？?\s)）]|$)", on_day_after_tomorrow),
    # 前几天, 前些天, 前些日子, 前几年: "a few days (years) ago", no value; 前两天 too, but not 前两天的 (the
    # first two days') or 前两天内
    # (not after the characters that make 之前, 目前, 此前: 之前几天 is "the few days before", a span; zhleads21)
    Rule(
        r"(?<![提之以目此事生空眼])(?:前(?:几|幾|些)(?:天|日子|日|年|个月|個月)|前[两兩]天(?![的内內里裡中]))",
        on_vague_ago,
    ),
    # 次日, 翌日, 次年: counted from the date before them in the sentence
    Rule(r"(?P<w>{anaphora})", on_anaphora),
    # 去年的今天, 去年今日: that day a year ago
    Rule(r"(?P<w>{relative_years})的?今[天日]", on_relative_year_today),
    # 今明两天, 今明兩日, 今明日, 今明2天 (weather copy: today and tomorrow; thirty-ninth natural sample), 明后天,
    # 明后两天, 明後兩日 (tomorrow and the day after; forty-second): one range (adjacent_day_pairs); 天 right after the
    # pair only for 明后天; 昆明后天 is the city and 后天 (relative_day_ming_not_after)
    Rule(
        r"(?:(?=明)(?<![{relative_day_ming_not_after}])|(?!明))"
        r"(?P<w>{adjacent_day_pairs})(?:[两兩二2][天日]|日|(?<=[后後])天)",
        on_adjacent_days,
    ),
    # 即日起, 自即日起: the reference day (即日返回, "the same day", is not read)
    Rule(r"(?P<w>{from_today_words})(?:{from_today_after})", on_from_today),
    # 今天, 昨天, 明天, 大前天, 前日 ... (今日头条 is an app, 今日美国 a newspaper, 提前日期 no date: the character
    # before a word of 前 is checked only then, as it makes 提前, 之前, 目前; 艾买提今天 is a name and today;
    # likewise before a word of 明: 光明日报, 昆明天气, relative_day_ming_not_after; 明日黄花 is an idiom, stale
    # news, forty-second natural sample)
    Rule(
        r"(?:(?=前)(?<![提之以目此事生空眼])|(?=明)(?<![{relative_day_ming_not_after}])"
        r"|(?=[后後])(?<![{relative_day_hou_not_after}])|(?![前明后後]))"
        r"(?!{relative_day_outlets})"
        r"(?P<w>{relative_days})(?!头条|頭條|美国|美國|说法|說法|黄花|黃花|期|程|记|記|志)",
        on_relative_day,
    ),
    # 上月, 本月, 下个月, 上月底, 本月中旬: month precision (the part of the month is not a day)
    Rule(r"(?P<w>{relative_months})(?:[初底末]|[上中下]旬)?", on_relative_month),
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
    # 来年, 来年初 ("the coming year"): the year after; not 未来年度, 看来年底
    Rule(
        r"(?<![{next_year_not_after}])(?:{next_year_words})[初底末]?(?![{next_year_not_before}])",
        on_next_year,
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
    # 月底, 月末, 月初 alone (在月底前需要偿还): this month, month precision; not 3月底, 上月底, 每月底
    Rule(r"(?<![{this_month_part_not_after}])(?:{this_month_parts})", on_this_month_part),
    # 今 or 昨 alone after its subject, before a verb (民進黨今質疑, 立院昨處理: Taiwan's and Hong Kong's papers;
    # zhleads21), last, once every word in 今 and 昨 above has had its span: not 如今, 至今, 今後, 今屬, 今起
    Rule(
        r"(?<=[{han}」』）)】])(?<![{lone_day_not_after}])(?P<w>{lone_day_words})"
        r"(?=[{han}])(?![{lone_day_not_before}])",
        on_lone_day,
    ),
)


@cache
def rules() -> tuple[CompiledRule, ...]:
    """:data:`RULES` compiled, in priority order."""
    return compile_rules(RULES, fragments())
