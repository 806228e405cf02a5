"""Datelines: the "where and when" a wire story was filed, e.g. 新华社天津8月30日电（记者 X）,
中新网北京11月16日电(记者 刘育英), "HANGZHOU, Nov. 19 (Xinhua) --", "Xinhua News Agency, Tianjin, August 30".

The dateline is the reference date against which relative dates in the story are resolved.
Shared by pipeline.stages.dates (``parse_dateline``: the reference date) and pipeline.stages.extract
(``lead_dateline``: the dateline field, reporters and agency, and where a lead photo caption ends).

Agency names, month names and reporter role words live in ``pipeline/data/dates.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from pipeline.config import DATA_FILES
from pipeline.text.bylines import REPORTER, read_credits_zh, split_names_zh
from pipeline.text.bylines_en import is_person_en, split_names_en
from pipeline.text.credit_names import PLAIN_NAME, bare_glued_names, has_surname
from pipeline.text.numbers import cn_number
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN, fold_width, nfkc
from pipeline.text.traditional import fold_traditional


@dataclass
class Dateline:
    text: str  # the matched dateline text
    place: str | None  # e.g. "北京", "Tianjin", "HANGZHOU" normalised to "Hangzhou"
    month: int | None
    day: int | None
    date: date | None  # resolved with the reference (publication) date's year; None when unknown
    agency: str | None = None  # e.g. "新华社", "中新网", "Xinhua", "China News Service"
    reporters: list[str] = field(default_factory=list)  # names from （记者 X Y） / "(Reporter X)"
    end: int = 0  # index in the input text just after the dateline (and reporter parenthesis)


@cache
def date_data() -> dict[str, Any]:
    """The parsed ``pipeline/data/dates.toml``."""
    with open(DATA_FILES / "dates.toml", "rb") as fh:
        return tomllib.load(fh)


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)``, or None where that day does not exist (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_year(month: int, day: int, reference: date | None, year: int | None = None) -> date | None:
    """The date of a month/day dateline: the reference year, unless the month lies more than one month
    after the reference month (a December dateline in a January story: the previous year) or the dateline is
    January and the reference December (a story stamped in another time zone: the next year)."""
    if year is None:
        if reference is None:
            return None
        year = reference.year
        if month - reference.month > 1:
            year -= 1
        elif reference.month - month > 10:
            year += 1
    return safe_date(year, month, day)


# ---------------------------------------------------------------------------------------------- patterns


def _zh_agency() -> str:
    """The agency of a Chinese dateline: a known one, or up to eight characters ending in an agency suffix
    (group ``agency``)."""
    zh = date_data()["chinese"]
    known, suffix = alternation(zh["agencies"]), alternation(zh["agency_suffixes"])
    return rf"(?P<agency>{known}|[{HAN}]{{1,8}}?(?:{suffix}))"


# a month or a day in Chinese numerals (新华社拉萨二月二日电, 十二月三十一日电)
_CN_DAY = "[一二三四五六七八九十]{1,3}"


def _month_or_day(value: str) -> int:
    """2 -> 2, 二 -> 2, 三十一 -> 31 (0 when the numerals read as no number)."""
    return int(value) if value.isdigit() else cn_number(value) or 0


@cache
def _zh_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    zh = date_data()["chinese"]
    ends = alternation(zh["dateline_ends"])
    agency = _zh_agency()
    paren = r"(?:[ \t]*[(\[【](?P<paren>[^()\[\]【】\n]{1,60})[)\]】])?"
    # an outlet's app between the agency and the place: 中新网客户端北京3月14日电, 新华社客户端北京…电
    apps = rf"(?:{alternation(zh['agency_apps'])})?"
    # the bracket of names right after the day, 电 left out (新华社北京12月16日（孔一凡、陶禾）): the dateline all the same
    bracketed = r"(?=[ \t]*[(\[【][^()\[\]【】\n]{1,60}[)\]】])"
    # a space between the day and 电 before the bracket of names (中新网长河5月23日 电 (孔一凡 陶禾))
    spaced = r"(?:[ \t](?=[电電][ \t]*[(\[【]))?"
    dated = re.compile(
        rf"^[ \t]*{agency}{apps}(?P<place>[{HAN}·/、]{{0,12}}?)[ \t]*"
        rf"(?:(?P<year>\d{{4}})年)?(?P<month>\d{{1,2}}|{_CN_DAY})月(?P<day>\d{{1,2}}|{_CN_DAY})[日号]"
        rf"{spaced}(?:{ends}|{bracketed}){paren}"
    )
    # 楚天都市报讯 （记者嚴瓏 通訊員黃冬香）: a local paper's "report" line without a date.
    undated = re.compile(rf"^[ \t]*{agency}(?P<place>)(?:讯|訊){paren}")
    # 【长河IT消息】（孔一凡）: a portal channel's tag in black brackets, then the bracket of names (required); the tag's
    # brackets mark the outlet, so it need not end in an agency suffix, and 消息 closes it as 讯 does
    tagged = re.compile(
        rf"^[ \t]*【(?P<agency>[{HAN}A-Za-z0-9]{{2,10}}?)(?P<place>)(?:讯|訊|消息)】{paren[:-1]}"
    )
    return dated, undated, tagged


# a person's name in a byline: one to four title-case words ("Jane Doe", "Mary-Ann O'Neil")
_TITLE_NAME = r"[A-Z][a-z][\w'.-]*?(?:[ \t]+[A-Z][a-z'][\w'.-]*?){0,3}"


@cache
def _en_patterns() -> dict[str, re.Pattern[str]]:
    en = date_data()["english"]
    month = rf"(?P<month>(?i:{alternation(en['months'])}))\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    year = r"(?:\s*,?\s*(?P<year>\d{4})\b)?"
    known = alternation(en["agencies"])
    wires = alternation(en["press_wires"])
    # An agency name written out: a known one, or capitalised words ending in an agency-like noun.
    agency_words = r"(?:[A-Z][\w'.&-]*\s+){0,4}(?:Agency|Service|Network|Net|Online|Daily|News|Times|Press)"
    agency = rf"(?P<agency>(?i:{known})(?![\w])|{agency_words})"
    place = r"(?P<place>[A-Z][A-Za-z'.-]*(?:[ /-]+[A-Z][A-Za-z'.-]*){0,4})"
    paren = r"(?:\s*\((?P<paren>[^()\n]{1,80})\))?"
    dash = r"(?:\s*(?:--|—|–|-))?"
    return {
        # "Xinhua News Agency, Tianjin, August 30th."
        # "China News Service, Beijing, November 16 (Reporter X)"
        "agency_first": re.compile(
            rf"^\s*{agency}\s*,\s*{place}\s*,\s*{month}\s+{day}{year}\s*[.,:]?{paren}{dash}"
        ),
        # "HANGZHOU, Nov. 19 (Xinhua) --", "WASHINGTON, Dec. 14, 2011 (Xinhua) --",
        # "LONDON, Jan 12 (Reuters) -"
        "place_first": re.compile(
            rf"^\s*{place}(?:\s*,\s*(?P<region>[A-Z][A-Za-z.' ]{{1,30}}?))?\s*,\s*{month}\s+{day}{year}"
            rf"(?:\s*\((?P<agency>[^()\n]{{1,40}})\)\s*(?:--|—|–|-|:)?|\s*/(?P<wire>(?i:{wires}))/\s*(?:--|—|–|-)"
            rf"|\s*(?:--|—|–|:))"
        ),
        # "Dec 6 (Reuters) -", "May 3 (Reuters Breakingviews) -": a wire dateline with no place (a story compiled
        # from several places); only a known agency in the parenthesis, so "May 3 (Tuesday) -" is no dateline
        "agency_dated": re.compile(
            rf"^\s*{month}\s+{day}{year}\s*\((?P<agency>(?i:{known}))(?:\s+[A-Z][a-z]+)?\)\s*(?:--|—|–|-)"
        ),
        # "MEXICO CITY (AP) —", "GENEVA:" — place in capitals, no date.
        "place_only": re.compile(
            r"^\s*(?P<place>[A-Z][A-Z'.-]{2,}(?:[ /-]+[A-Z][A-Z'.-]+){0,4})(?:\s*,\s*[A-Z][A-Za-z.]+)?"
            r"(?:\s*\((?P<agency>[^()\n]{1,40})\)\s*(?:--|—|–|-)|:)"
        ),
        # "LONDON 1996-08-30", "NICE , France 1996-08-30": the dateline paragraph of Reuters copy as RCV1 (and
        # CoNLL-2003) print it, place in capitals and an ISO date, nothing else
        "place_iso": re.compile(
            r"^\s*(?P<place>[A-Z][A-Z'.&-]+(?:[ /-]+[A-Z'][A-Z'.&-]*){0,4})(?:\s*,\s*[A-Z][A-Za-z.' ]{1,30}?)?"
            r"\s+(?P<iso>\d{4}-\d{2}-\d{2})\s*$"
        ),
        # "By Liu Yuying and Zhang San, Xinhua News Agency reporters" / "By X"
        "byline": re.compile(
            r"^\s*By[ \t]+(?P<names>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3}"
            r"(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3})*?)"
            r"(?:\s*,\s*(?P<agency>(?:[A-Z][\w'.]*\s+){0,4}?)(?:staff\s+)?"
            r"(?:reporters?|correspondents?|writers?)\b|(?=\s*(?:[\n.;]|$)))\s*[.,;]?"
        ),
        # "By Jane Doe and John Smith NEW YORK, Aug 14 (Reuters) -": a byline run into the wire dateline, as
        # scraped feeds print it (the line break lost, "By Maria LopezMADRID, ..." even without a space); the names
        # are title-case words, the place that follows is in capitals (ninth natural sample)
        "byline_dateline": re.compile(
            rf"^\s*By[ \t]+(?P<names>{_TITLE_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+){_TITLE_NAME})*)"
            rf"(?=\s*[A-Z][A-Z'.-]+(?:[ /-]+[A-Z][A-Z'.-]+){{0,4}}\s*,\s*{month}\s+\d)(?P<agency>)"
        ),
        # "Xinhua News Agency reporter Liu Yuying"; not a contributors' credit closing a story ("Associated Press
        # reporters X and Y contributed to this report": contributors are not reporters)
        "agency_reporter": re.compile(
            rf"^\s*{agency}\s+(?:reporters?|correspondents?)\b(?![^.;\n]*\b(?i:contribut(?:ed|ing))\b)"
            r"(?P<names>(?:\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}(?:\s*,|\s+and)?)*)\s*[.,;]?"
        ),
    }


# ---------------------------------------------------------------------------------------------- reporters

_EN_NAME = re.compile(r"^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}$")


def _zh_reporters(paren: str) -> list[str]:
    """The reporters of a dateline parenthesis: 记者 刘育英 张三 / 记者刘育英、张三 / 新华社记者X / (张晓宁);
    not 通讯员, 实习生, photographers or editors (the byline grammar of pipeline.text.bylines)."""
    run = read_credits_zh(paren)
    head, _, last = paren.strip().rpartition(" ")
    if run is None and head and PLAIN_NAME.fullmatch(last) and not has_surname(fold_traditional(last)):
        # a name, then a desk's short name that opens with no surname (孔一凡 粤纪宣: an office's publicity desk)
        run = read_credits_zh(head)
    if run is None:
        # （孔凡陶禾）: two names written without a space, no label (the reader reads glued names after a label only)
        return bare_glued_names(paren)
    return run.lead_names()  # （记者孔一凡摄影报道）: a photo report's photographer reported the story


@cache
def _en_reporter_label() -> re.Pattern[str]:
    """ "Reporter", "Xinhua reporters:" opening a dateline parenthesis."""
    words = date_data()["english"]["reporter_words"]
    return re.compile(rf"^\s*(?:(?:[A-Z][\w'.]*\s+){{0,4}})?(?i:{alternation(words)})\b[:\s]*")


def _en_reporters(paren: str) -> list[str]:
    """ "Reporter Liu Yuying", "Reporters Liu Yuying and Zhang San", "By X"."""
    stripped = _en_reporter_label().sub("", paren)
    if stripped == paren and not re.match(r"^\s*[A-Z]", paren):
        return []
    names = [n.strip() for n in re.split(r"\s*,\s*|\s+and\s+|\s*、\s*", stripped) if n.strip()]
    if not names or not all(_EN_NAME.match(n) for n in names):
        return []
    return names


def _norm_place(place: str | None) -> str | None:
    if not place:
        return None
    place = place.strip(" ,")
    if place.isupper():
        place = "".join(p.capitalize() for p in re.split(r"([ /-])", place.lower()))
    return place or None


def _norm_agency_en(agency: str | None) -> str | None:
    if not agency:
        return None
    agency = agency.strip()
    english = date_data()["english"]
    return english["agencies"].get(agency.lower()) or english["press_wires"].get(agency.lower(), agency)


# ---------------------------------------------------------------------------------------------- parse


def parse_dateline(text: str, reference: date | None = None) -> Dateline | None:
    """Find a dateline at the start of ``text`` (the first paragraph of a story).

    ``reference`` is the publication date, used to pick the year (a dateline of December 31 in a story
    published January 1 belongs to the previous year). Returns None when the text has no dateline.
    """
    if not text:
        return None
    folded = fold_width(text)
    return _parse_zh(text, folded, reference) or _parse_en(text, folded, reference)


def _parse_zh(text: str, folded: str, reference: date | None) -> Dateline | None:
    dated, undated, tagged = _zh_patterns()
    cna = _parse_zh_bracketed(text, folded, reference)
    if cna:
        return cna
    m = dated.match(folded)
    offset = 0
    if not m and (offset := _bullet_headline_end(folded)):
        m = dated.match(folded[offset:])
        offset = offset if m else 0
    month = day = None
    when = None
    if m:
        month, day = _month_or_day(m.group("month")), _month_or_day(m.group("day"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        year = int(m.group("year")) if m.group("year") else None
        when = resolve_year(month, day, reference, year)
    else:
        m = undated.match(folded) or tagged.match(folded)
        if not m:
            return None
    paren = m.group("paren")
    return Dateline(
        text=text[offset + m.start("agency") : offset + m.end()],
        place=m.group("place") or None,
        month=month,
        day=day,
        date=when,
        agency=m.group("agency"),
        reporters=_zh_reporters(paren) if paren else [],
        end=offset + m.end(),
    )


@cache
def _bullet_headline() -> re.Pattern[str]:
    known = alternation(date_data()["chinese"]["agencies"])
    # without its bullet a headline needs 据 ("according to") before the agency, and no comma or colon: then
    # 据新华社北京5月18日电 after a few words is the brief's dateline, not a sentence's source
    return re.compile(
        rf"^[ \t]*(?:[●■◆▲][^。！？!?\n]{{2,40}}?(?:据|據)?|[^。！？!?，,：:\n]{{2,40}}?(?:据|據))(?=(?:{known}))"
    )


def _bullet_headline_end(folded: str) -> int:
    """Where a news brief's own headline ends: ●温家宝会见芬兰农林部长据新华社北京6月10日电 …, also without the
    bullet, 陈慕华会见吉布提客人据新华社北京5月18日电 … (People's Daily briefs print the headline, the dateline and the
    text in one paragraph); 0 when there is none."""
    m = _bullet_headline().match(folded)
    return m.end() if m else 0


@cache
def _zh_bracketed_pattern() -> re.Pattern[str]:
    """（中央社記者黃雅詩台北2日電）, （中央社台北2日電）: the whole dateline in a bracket, the reporter inside,
    often the day alone."""
    zh = date_data()["chinese"]
    return re.compile(
        rf"^[ \t]*\({_zh_agency()}(?P<inner>[^()\n\d]{{0,40}}?)(?:(?P<month>\d{{1,2}})月)?(?P<day>\d{{1,2}})日"
        rf"(?:{alternation(zh['dateline_ends'])})\)"
    )


def _parse_zh_bracketed(text: str, folded: str, reference: date | None) -> Dateline | None:
    m = _zh_bracketed_pattern().match(folded)
    if not m:
        return None
    # the grammar cuts "記者黃雅詩台北2日電" into name, place and day (a month before the day would hide the place)
    run = read_credits_zh(folded[m.start("agency") : m.end("inner")] + m.group("day") + "日電")
    reporters = run.names(REPORTER) if run else []
    inner = m.group("inner")
    after_names = max((inner.rfind(n) + len(n) for n in reporters if n in inner), default=0)
    place = inner[after_names:].strip("、 ") if reporters or len(inner) <= 4 else ""
    day, month = int(m.group("day")), int(m.group("month") or 0)
    when = _day_on_or_before(day, reference) if not month else resolve_year(month, day, reference)
    return Dateline(
        text=text[m.start("agency") - 1 : m.end()],
        place=place or None,
        month=when.month if when else (month or None),
        day=day,
        date=when,
        agency=m.group("agency"),
        reporters=reporters,
        end=m.end(),
    )


def _day_on_or_before(day: int, reference: date | None) -> date | None:
    """The date of a day-only dateline: that day of the reference month, or of the month before when the day is
    more than a day after the reference (a story is filed on or before its publication day; a day ahead allows
    for time zones)."""
    if reference is None:
        return None
    year, month = reference.year, reference.month
    if day > reference.day + 1:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return safe_date(year, month, day)


def _parse_en(text: str, folded: str, reference: date | None) -> Dateline | None:
    pats = _en_patterns()
    months = date_data()["english"]["months"]
    reporters: list[str] = []
    agency: str | None = None
    offset = 0
    start: int | None = None

    byline = (
        pats["byline"].match(folded)
        or pats["byline_dateline"].match(folded)
        or pats["agency_reporter"].match(folded)
    )
    if byline and byline.group("names") and byline.group("names").strip():
        names = [n.strip() for n in re.split(r"\s*,\s*|\s+and\s+", byline.group("names")) if n.strip()]
        reporters = [n for n in names if _EN_NAME.match(n) and is_person_en(n)]  # not "Reuters"
        agency = _norm_agency_en(byline.group("agency"))
        offset = byline.end()
        start = byline.start() + len(folded[byline.start() :]) - len(folded[byline.start() :].lstrip())

    rest = folded[offset:]
    for name in ("agency_first", "place_first", "agency_dated", "place_only", "place_iso"):
        m = pats[name].match(rest)
        if not m:
            continue
        gd = m.groupdict()
        month = day = None
        when = None
        if gd.get("iso"):
            when = safe_date(*(int(part) for part in gd["iso"].split("-")))
            if when is None:
                return None
            month, day = when.month, when.day
        elif gd.get("month"):
            month = months[gd["month"].casefold()]  # casefold: the long s of old pages (Auguſt) folds to s
            day = int(gd["day"])
            if not 1 <= day <= 31:
                return None
            when = resolve_year(month, day, reference, int(gd["year"]) if gd.get("year") else None)
        paren = gd.get("paren")
        if name == "agency_first" and paren:
            reporters = reporters or _en_reporters(paren)
        first = offset + len(rest) - len(rest.lstrip())
        return Dateline(
            text=text[(start if start is not None else first) : offset + m.end()].strip(),
            place=_norm_place(gd.get("place")),
            month=month,
            day=day,
            date=when,
            agency=_norm_agency_en(gd.get("agency") or gd.get("wire")) or agency,
            reporters=reporters,
            end=offset + m.end(),
        )
    if reporters:  # a byline alone: who, but not where or when
        return Dateline(
            text=text[start or 0 : offset].strip(),
            place=None,
            month=None,
            day=None,
            date=None,
            agency=agency,
            reporters=reporters,
            end=offset,
        )
    return None


# A wire dateline run into what comes before it in the same paragraph, as scraped feeds print a photo caption
# and its credit: "... February 11, 2015. REUTERS/Jane RoeLONDON, Nov 16 (Reuters) - ..." (tenth natural sample).
# The place in capitals right after a lower-case letter, a full stop or a space, a date, a known agency in
# parentheses and a dash; only near the start of the paragraph (a dateline quoted later is another story's).
_INLINE_REACH = 400


@cache
def _inline_wire() -> re.Pattern[str]:
    en = date_data()["english"]
    months = alternation(en["months"])
    return re.compile(
        rf"(?<=[a-z.)\s])[A-Z][A-Z'.-]+(?:[ /-]+[A-Z][A-Z'.-]+){{0,4}}(?:\s*,\s*[A-Z][A-Za-z.' ]{{1,30}}?)?"
        rf"\s*,\s*(?i:{months})\.?\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?\s*\((?i:{alternation(en['agencies'])})\)"
        r"\s*(?:--|—|–|-)"
    )


# A line that may come before the dateline in wire copy as feeds carry it: a byline or an editor's note in brackets
# ("By Reuters Staff\n(Updates prices, adds sector details)\nMay 26 (Reuters) -"; eleventh natural sample)
_NOTE_LINE = re.compile(r"[ \t]*(?:By\s[^\n]{1,80}|\([^\n()]{1,120}\))?[ \t]*\n")


def _dateline_after_note_lines(text: str, reference: date | None) -> Dateline | None:
    """A dated dateline with a known agency opening a line of ``text`` after byline and note lines only."""
    at = 0
    while at < _INLINE_REACH and (line := _NOTE_LINE.match(text, at)):
        at = line.end()
        found = parse_dateline(text[at:], reference)
        if found is not None and found.month is not None and found.agency:
            return replace(found, end=at + found.end)
    return None


def inline_wire_dateline(text: str, reference: date | None) -> Dateline | None:
    """A wire dateline (place, date, known agency) within the first characters of ``text`` but not at its start,
    after a caption or after byline and note lines; its ``end`` is an offset in ``text`` (what comes before it is
    not scanned for dates)."""
    if after_notes := _dateline_after_note_lines(text, reference):
        return after_notes
    m = _inline_wire().search(fold_width(text)[:_INLINE_REACH])
    if not m:
        return None
    found = parse_dateline(text[m.start() :], reference)
    if found is None or found.month is None:
        return None
    return replace(found, end=m.start() + found.end)


# ---------------------------------------------------------------------------------------------- lead paragraph

# Looser forms the extractor also reads in a story's first paragraph, where parse_dateline (strict, because
# the dates stage resolves relative dates against it) finds nothing: a Chinese dateline without an agency
# ("北京1月15日电"), and "Place, jan. 15" with neither an agency parenthesis nor a dash. Month names in lower
# case only: what this form has always matched (capitalised ones are parse_dateline's).
LEAD_DATELINE_ZH = re.compile(
    rf"^\s*(?:【[^】]{{0,20}}】)?\s*(?P<agency>新华社|新華社|新华网|新華網|中新社|中新网|中新網|人民网|人民網|人民日报|中国网|中國網|中广网|中廣網|央视网|国际在线|[{HAN}]{{2,8}}?(?:网|網|社|报|報|台)"
    # an outlet in Latin capitals (NBA3月8日讯)
    r"|[A-Z]{2,6})?"
    # a broadcaster's programme between the outlet and the place: 中国之声《国防时空》北京2月22日电
    rf"(?:[{HAN}]{{0,8}}《[^》\n]{{1,16}}》)?"
    rf"(?P<place>[{HAN}]{{0,8}}?)[ ]?(?P<m>\d{{1,2}})[ ]?月[ ]?(?P<d>\d{{1,2}})[ ]?日(?:专电|電|电|讯|訊|消息|專電|报道|報道)"
    rf"(?:\s*[（(](?P<paren>[^）)]{{1,40}})[）)])?"
)
LEAD_DATELINE_EN = re.compile(
    r"^\s*(?:(?P<agency1>Xinhua News Agency|China News Service|China News Agency|People's Daily Online"
    r"|Xinhua),\s*)?"
    r"(?P<place>[A-Z][A-Za-z .'/-]{1,40}?),\s+"
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,\s*(?P<y>\d{4}))?\.?\s*(?:\((?P<paren>[^)]{1,60})\))?\s*(?:--|—|–|-)?"
)
_LEAD_REPORTERS_EN = re.compile(r"\s*(?:Reporters?|By)\s+(.+)", re.I)


def lead_dateline(text: str, reference: date | None) -> Dateline | None:
    """The dateline of a story's first paragraph as the extractor reads it: parse_dateline's, else one of
    the looser forms above (read from the NFKC-normalised paragraph: their text and end offset are in it)."""
    try:
        found = parse_dateline(text, reference)
    except Exception:  # noqa: BLE001 - parse_dateline fails on a few odd inputs (a month spelt with a long ſ
        # matches its case-insensitive month pattern but is no key of the month table): read the loose forms
        found = None
    return found or _loose_dateline(nfkc(text), reference)


def lead_dateline_zh(text: str, reference: date | None) -> Dateline | None:
    """The looser Chinese form alone, read on ``text`` as it is (an outlet parse_dateline does not know: 虎扑1月6日讯,
    本站北京3月17日电, 中国之声《国防时空》北京2月22日电, a paper's own 7月19日讯). The dates stage takes it when
    parse_dateline finds no dated dateline, so that the story's own date is its dateline, not one of its events."""
    m = LEAD_DATELINE_ZH.match(text)
    if not m:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    reporters = split_names_zh(m.group("paren")) if m.group("paren") else []
    when = loose_year(month, day, reference)
    return Dateline(
        m.group(0), m.group("place") or None, month, day, when, m.group("agency"), reporters, end=m.end()
    )


# A headline run into the lead's paragraph (scraped feeds, seventh natural sample): up to 40 characters with no
# full stop or semicolon (an exclamation may stand inside: 发挥出色！戴维斯砍下28分), then two spaces or more or an
# ideographic space, then the lead's dateline (a clause ending in a comma or a colon is no headline).
_HEADLINE_BEFORE_LEAD_ZH = re.compile(r"\s*[^。；;\n]{4,40}?(?<![，、：,:])(?:[ \t]{2,}|\u3000+)")


def headline_lead_dateline_zh(text: str, reference: date | None) -> Dateline | None:
    """A Chinese dateline (strict or the looser lead form) right after a headline run into its paragraph; its
    ``end`` is an offset in ``text`` (the headline before it is not scanned for dates)."""
    m = _HEADLINE_BEFORE_LEAD_ZH.match(text)
    if not m:
        return None
    rest = text[m.end() :]
    found = parse_dateline(rest, reference)
    if found is None or found.month is None:
        found = lead_dateline_zh(fold_width(rest), reference)
    if found is None or found.month is None:
        return None
    return replace(found, text=rest[: found.end].strip(), end=m.end() + found.end)


def _loose_dateline(text: str, reference: date | None) -> Dateline | None:
    found = lead_dateline_zh(text, reference)
    if found:
        return found
    m = LEAD_DATELINE_EN.match(text)
    if not m:
        return None
    reporters: list[str] = []
    month = date_data()["english"]["months"][m.group("mon")[:3]]
    day = int(m.group("d"))
    place = m.group("place").strip()
    place = place.title() if m.group("place").isupper() else place
    agency = m.group("agency1")
    paren = m.group("paren") or ""
    by = _LEAD_REPORTERS_EN.match(paren)
    if by:
        reporters = split_names_en(by.group(1))
    elif paren and not agency:
        agency = paren.strip()
    when = loose_year(month, day, reference)
    matched = m.group(0).strip()
    return Dateline(matched, place, month, day, when, agency=agency, reporters=reporters, end=m.end())


def loose_year(month: int, day: int, reference: date | None) -> date | None:
    """The reference year, a year back for a December dateline in a January story, a year on for a January
    dateline in a December story (the loose forms' rule; parse_dateline's is resolve_year)."""
    if reference is None or not 1 <= month <= 12:
        return None
    year = reference.year
    if month == 12 and reference.month == 1:
        year -= 1
    elif month == 1 and reference.month == 12:
        year += 1
    return safe_date(year, month, day)
