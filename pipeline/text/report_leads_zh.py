"""The report leads the dateline forms of :mod:`pipeline.text.datelines` do not reach (新浪科技讯 5月28日上午消息,
经济日报-中国经济网北京4月17日讯, 腾讯科技讯（相欣）3月27日消息, 腾讯财经讯 9月2日，), read by the dates stage only, after
those forms: the story's own date is its dateline, not an event of the same day that would hide 今天."""

from __future__ import annotations

import re
from datetime import date

from pipeline.text.datelines import (
    Dateline,
    _day_on_or_before,
    date_data,
    loose_year,
    resolve_year,
    safe_date,
)
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN

# A report's lead the forms above do not reach (sixteenth natural sample): an outlet joined by a dash or opening with
# digits (经济日报-中国经济网北京4月17日讯, 21CN娱乐8月23日讯), a 讯 line before the date (新浪科技讯 5月28日上午消息), a part
# of the day before 消息 (3月30日下午消息), a year and no outlet (2019年6月26日讯，), a name set apart by spaces (雷帝网 乐天
# 7月16日报道); never an attribution (据韩联社4月18日报道 gives the source's date, not the story's). A credit in
# brackets may stand between the outlet and the date (腾讯科技讯（相欣）3月27日消息: eighteenth natural sample) when a
# word of report follows the date (中证网讯（记者 王某）26日 is a reporter's event, no dateline).
_REPORT_AGENCY_ZH = r"[^\s，。；：,;:！？!?“”\"（）()据據]"
REPORT_LEAD_ZH = re.compile(
    rf"^\s*(?P<agency>{_REPORT_AGENCY_ZH}{{0,16}}?(?:[ ][^\W\d据據]{{2,4}})?)[ ]?(?:\([^()\n]{{1,20}}\)[ ]?)?"
    r"(?:(?P<y>\d{4})[ ]?年[ ]?)?(?P<m>\d{1,2})[ ]?月[ ]?(?P<d>\d{1,2})[ ]?日"
    r"(?:上午|下午|中午|午间|早间|晚间|凌晨)?(?:专电|專電|电|電|讯|訊|消息|报道|報道)"
)
# An outlet's 讯 right before the date, the date closed by a comma (腾讯财经讯 9月2日，: eighteenth natural sample):
# the 讯 is the report's word, the date the story's — only when it is the publication day or the day before, as a
# dateline is: the same form opens a story with an earlier event (福州新聞網訊 1月9日，本報報道了…, published on the 12th:
# a page of the shared corpus).
REPORT_LEAD_XUN_ZH = re.compile(
    rf"^\s*(?P<agency>{_REPORT_AGENCY_ZH}{{1,16}}?[讯訊])[ ]?"
    r"(?:(?P<y>\d{4})[ ]?年[ ]?)?(?P<m>\d{1,2})[ ]?月[ ]?(?P<d>\d{1,2})[ ]?日(?=[ ]?[，,])"
)


def report_lead_dateline_zh(text: str, reference: date | None) -> Dateline | None:
    """The report lead above, read by the dates stage when no other form finds a dated dateline."""
    m = REPORT_LEAD_ZH.match(text)
    xun = None if m else REPORT_LEAD_XUN_ZH.match(text)
    m = m or xun
    if not m or not 1 <= int(m.group("m")) <= 12:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    when = safe_date(int(m.group("y")), month, day) if m.group("y") else loose_year(month, day, reference)
    if xun and (when is None or reference is None or not 0 <= (reference - when).days <= 1):
        return None
    return Dateline(m.group(0), None, month, day, when, m.group("agency").strip() or None, end=m.end())


# A place and a day in brackets with no agency, as Malaysia's Chinese papers open a story: (吉隆坡3日讯), （新山4日訊）,
# （怡保3月30日讯）, (吉隆坡3日综合电) (thirty-ninth natural sample, 星洲日报). The text is folded to ASCII brackets first.
PLACE_BRACKET_ZH = re.compile(
    rf"^[ \t]*\((?P<place>[{HAN}]{{2,8}}?)(?:(?P<m>\d{{1,2}})月)?(?P<d>\d{{1,2}})日"
    rf"(?:{alternation(date_data()['chinese']['place_bracket_dateline_ends'])})\)"
)


def place_bracket_dateline_zh(text: str, reference: date | None) -> Dateline | None:
    """The bracketed place-and-day lead above: the story's dateline, so that its 今日 is that day, not the paper's
    date the day after (the day on or before the reference, as a day-only dateline is)."""
    m = PLACE_BRACKET_ZH.match(text)
    if not m:
        return None
    day, month = int(m.group("d")), int(m.group("m") or 0)
    when = _day_on_or_before(day, reference) if not month else resolve_year(month, day, reference)
    month = when.month if when else month
    if not month:
        return None
    return Dateline(m.group(0).strip(), m.group("place"), month, day, when, end=m.end())
