"""The Chinese vocabulary of ``pipeline/data/dates.toml`` the date rules read (:func:`words`, loaded once) and the
regex fragments their templates are filled with (:func:`fragments`: number forms, and word lists)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline.text.datelines import date_data
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN

NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"  # month or day number (廿三: 23)
YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"  # year number
SEP = r"\s*(?:至|到|~|～|-|—|–|－|―|‐)+\s*"
# the weekday printed with a date, in brackets or glued after it (1月7日（星期三）, 2026年1月9日星期五, 7日周三), or
# after a comma (今天是2022年5月9日，星期一: forty-first natural sample): part of the date, no mention of its own
WEEKDAY_PAREN = (
    r"(?:\s*[(（](?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]"
    r"|\s?[,，]?[ ]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?"
)
# The count of a duration: digits, or Chinese numerals with the vague counts (几, 数) that give no value
CN_COUNT = "零〇一二两兩三四五六七八九十百千几幾数數"


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
def fragments() -> dict[str, str]:
    """The ``{fields}`` of the rule templates."""
    w = words()
    relative_years = alternation(w.relative_years)
    parts = alternation(date_data_zh()["weekday_parts_of_day"])
    return {
        "number": NUMBER,
        "year": YEAR,
        "sep": SEP,
        "weekday_paren": WEEKDAY_PAREN,
        # 2026 年 5 月 and 今年 5 月 as modern copy sets them, 今年的1月20号 (sixteenth natural sample)
        "year_prefix": rf"(?:(?:(?P<y>{YEAR})[ ]?年|(?P<ry>{relative_years})的?)[ ]?)?",
        "day_end": r"(?:[日号]|號)",
        # a time of day after a range's day (24日05时至25日05时, 3日上午至5日): still a range of those days
        "range_time": rf"(?:(?:{parts})?\d{{1,2}}(?:[时時点點](?:\d{{1,2}}分?|半)?|[:：]\d{{2}})|{parts})",
        "relative_day_outlets": alternation(date_data_zh()["relative_day_outlets"]),
        "from_today_words": alternation(date_data_zh()["from_today_words"]),
        "previous_week_words": alternation(date_data_zh()["previous_week_words"]),
        "from_today_after": alternation(date_data_zh()["from_today_after"]),
        "weekday_joiners": alternation(date_data_zh()["weekday_joiners"]),
        "weekday_list_not_before": date_data_zh()["weekday_list_not_before"],
        "relative_years": relative_years,
        "relative_months": alternation(w.relative_months),
        "relative_days": alternation(w.relative_days),
        "week_prefixes": alternation(w.week_prefixes),
        "weekdays": "".join(w.weekdays),
        "week_words": alternation(w.week_words),
        "weekend": re.escape(w.weekend),
        "cn_count": CN_COUNT,
        "duration_units": alternation(w.duration_units),
        "duration_directions": alternation(w.duration_directions),
        "duration_verbs_after": alternation(date_data_zh()["duration_verbs_after"]),
        "anaphora": alternation(w.anaphora),
        "this_year_words": alternation(date_data_zh()["this_year_words"]),
        "this_year_not_after": re.escape(date_data_zh()["this_year_not_after"]),
        "this_year_parts": alternation(date_data_zh()["this_year_parts"]),
        "this_year_part_not_after": re.escape(date_data_zh()["this_year_part_not_after"]),
        "this_month_parts": alternation(date_data_zh()["this_month_parts"]),
        "this_month_part_not_after": re.escape(date_data_zh()["this_month_part_not_after"]),
        "this_year_seasons": alternation(date_data_zh()["this_year_seasons"]),
        "this_season_not_after": re.escape(date_data_zh()["this_season_not_after"]),
        "bracket_day_words": alternation(date_data_zh()["bracket_day_words"]),
        "han": HAN,  # a Chinese character (character-class ranges)
        "lone_day_words": alternation(date_data_zh()["lone_day_words"]),
        "lone_day_not_after": re.escape(date_data_zh()["lone_day_not_after"]),
        "lone_day_not_before": re.escape(date_data_zh()["lone_day_not_before"]),
        "adjacent_day_pairs": alternation(date_data_zh()["adjacent_day_pairs"]),
        "bracket_day_not_after": re.escape(date_data_zh()["bracket_day_not_after"]),
        "relative_day_ming_not_after": re.escape(date_data_zh()["relative_day_ming_not_after"]),
        "relative_day_hou_not_after": re.escape(date_data_zh()["relative_day_hou_not_after"]),
        "relative_day_title_marks": re.escape(date_data_zh()["relative_day_title_marks"]),
        "day_after_tomorrow_end": alternation(date_data_zh()["day_after_tomorrow_end"]),
        "bare_weekend_words": alternation(date_data_zh()["bare_weekend_words"]),
        "bare_weekend_not_after": re.escape(date_data_zh()["bare_weekend_not_after"]),
        "bracket_day_parts": alternation(date_data_zh()["bracket_day_parts"]),
        "previous_year_words": alternation(date_data_zh()["previous_year_words"]),
        "previous_year_not_after": re.escape(date_data_zh()["previous_year_not_after"]),
        "previous_year_not_before": re.escape(date_data_zh()["previous_year_not_before"]),
        "next_year_words": alternation(date_data_zh()["next_year_words"]),
        "next_year_not_after": re.escape(date_data_zh()["next_year_not_after"]),
        "next_year_not_before": re.escape(date_data_zh()["next_year_not_before"]),
        # not after the vague count 数 (数10日), but after a noun that ends in it (指数8日, 人数9日)
        "no_vague_shu": rf"(?<!(?<![{re.escape(date_data_zh()['count_nouns_before_shu'])}])[数數])",
    }


@cache
def date_data_zh() -> dict[str, Any]:
    return date_data()["chinese"]
