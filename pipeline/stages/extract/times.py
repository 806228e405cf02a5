"""When a page was published: dates and times in page text, <meta> and URLs, as ISO 8601.

``parse_datetime`` reads the first date (and time) in a text; ``find_published`` decides where on a page to
look (the site rule's selector, <meta> dates, <time>, the date line under the headline, the URL).
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache

from lxml import html as lxml_html

from pipeline.config import DATA_FILES
from pipeline.stages.extract.class_names import name_words
from pipeline.stages.extract.dom import Line, compact
from pipeline.stages.extract.rules import Rule
from pipeline.text.scripts import nfkc

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]  # fmt: skip
    )
    for m in names
}
ZONES = {
    "utc": "+00:00", "gmt": "+00:00", "z": "+00:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
    "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00",
    "cet": "+01:00", "cest": "+02:00", "ist": "+05:30", "jst": "+09:00", "hkt": "+08:00", "bjt": "+08:00",
}  # fmt: skip
MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

NUMERIC_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:[-/.年]|\s)\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:(?:T|\s|[^\d\n]{0,4}?)(?P<H>\d{1,2})\s*[:：时時]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|\b(?:UTC|GMT|EST|EDT|CST|CDT|PST|PDT|BST|CET|IST|JST)\b)?)?",
    re.I,
)
ENGLISH_DATE = re.compile(
    MONTH_RE + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
    r"(?:[^\d\n]{0,8}?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?P<tz>\b(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|JST|HKT)\b|[+-]\d{2}:?\d{2})?)?",
    re.I,
)
# the time first: "09:07, June 12, 2025" (People's Daily Online)
ENGLISH_TIME_DATE = re.compile(
    r"(?<![\d:])(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?,?\s+"
    + MONTH_RE
    + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)",
    re.I,
)
ENGLISH_DATE_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+" + MONTH_RE + r"\.?,?\s+(?P<y>(?:19|20)\d\d)", re.I)


@cache
def world_months() -> dict[str, int]:
    """Month names of other languages (pipeline/data/month_names.toml, tools/build_month_names.py)."""
    with open(DATA_FILES / "month_names.toml", "rb") as fh:
        return {str(k): int(v) for k, v in tomllib.load(fh)["months"].items()}


@cache
def world_date() -> re.Pattern[str]:
    """ "D <month> YYYY" in the languages of world_months: ``28 آب/اغسطس 2013`` (a second name after a slash
    is skipped), ``8 de enero de 2014``, ``12. März 2020``, ``12 мая 2020 г.``; a time right after it is read."""
    names = "|".join(re.escape(n) for n in sorted(world_months(), key=len, reverse=True))
    return re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})\.?\s*(?:de\s+)?(?<!\w)(?P<wmon>{names})(?!\w)\.?(?:\s*/\s*\w+)?,?\s*(?:de\s+)?"
        r"(?P<y>(?:19|20)\d\d)(?!\d)"
        r"(?:[^\d\n]{0,4}?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?",
        re.I,
    )


URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[-/]?(?P<m>[01]\d)[-/]?(?P<d>[0-3]\d)(?=/|\d{0,2}/|[_-])"
    r"|/(?P<y2>(?:19|20)\d\d)/(?P<m2>[01]\d)-(?P<d2>[0-3]\d)/"
    r"|/(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)/(?P<d3>[0-3]\d)/"
)


def _iso(
    y: int, m: int, d: int, hh: int | None, mm: int | None, ss: int | None, tz: str | None
) -> str | None:
    try:
        date(y, m, d)
    except ValueError:
        return None
    out = f"{y:04d}-{m:02d}-{d:02d}"
    if hh is not None and mm is not None and 0 <= hh < 24 and 0 <= mm < 60:
        out += f"T{hh:02d}:{mm:02d}:{ss if ss is not None and 0 <= ss < 60 else 0:02d}"
        if tz:
            out += tz
    return out


def _zone(text: str | None) -> str | None:
    if not text:
        return None
    t = text.strip().lower()
    if t in ZONES:
        return ZONES[t]
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", t)
    return f"{m.group(1)}{m.group(2)}:{m.group(3)}" if m else None


def _hour(h: str | None, ampm: str | None) -> int | None:
    if h is None:
        return None
    hh = int(h)
    if ampm:
        pm = ampm.lower().startswith("p")
        if pm and hh < 12:
            hh += 12
        if not pm and hh == 12:
            hh = 0
    return hh


def parse_datetime(text: str | None, tz: str | None = None) -> str | None:
    """The first date (and time) in ``text`` as ISO 8601.

    A date alone stays a date; a time gets the offset the text states, else ``tz`` (the site's zone).
    """
    if not text:
        return None
    text = nfkc(text)
    candidates = []
    for rx in (NUMERIC_DATE, ENGLISH_TIME_DATE, ENGLISH_DATE, ENGLISH_DATE_DMY, world_date()):
        m = rx.search(text)
        if m:
            candidates.append((m.start(), rx, m))
    for _, _rx, m in sorted(candidates, key=lambda c: c[0]):
        g = m.groupdict()
        month = _month_number(g)
        hh = _hour(g.get("H"), g.get("ampm"))
        mm = int(g["M"]) if g.get("M") else None
        ss = int(g["S"]) if g.get("S") else None
        zone = _zone(g.get("tz")) or (tz if hh is not None else None)
        iso = _iso(int(g["y"]), month, int(g["d"]), hh, mm, ss, zone)
        if iso:
            return iso
    return None


def _month_number(g: dict[str, str | None]) -> int:
    if g.get("wmon"):
        return world_months().get(nfkc(str(g["wmon"])).lower(), 0)
    return _month_of(str(g["mon"])) if g.get("mon") else int(str(g["m"]))


def _month_of(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    return MONTHS.get(key[:3], 0)


def url_date(url: str | None) -> str | None:
    """A date written in the URL path (/2019-12/10/, /20230115/, /2012/01-12/), as ISO date."""
    if not url:
        return None
    m = URL_DATE.search(url)
    if not m:
        return None
    g = m.groupdict()
    suffix = "" if g["y"] else "2" if g["y2"] else "3"
    y, mo, d = g["y" + suffix], g["m" + suffix], g["d" + suffix]
    return _iso(int(y), int(mo), int(d), None, None, None, None)


# -- on the page -----------------------------------------------------------------------------------

META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "publishdate", "pubdate",
    "publish_date", "publishtime", "publish-date", "firstpublishedtime", "dc.date.issued", "dc.date.created",
    "dc.date", "date", "sailthru.date", "parsely-pub-date", "datepublished", "article.published",
    "originalpublicationdate", "displaydate", "dateline",
)  # fmt: skip
# class words of a <time> that gives the story's last change, not its publication ("date-updated", "modified")
UPDATE_WORDS = frozenset({"updated", "update", "modified"})
HEADER_LINES = 25  # lines under the headline searched for its date line
PAGE_LINES = 200  # lines searched when the headline is not found in the page text
MAX_DATE_LINE = 200  # characters: a longer line is prose, whose dates are not the page's
# a Chinese sentence mark: the line is prose ("2019年2月27日下午，…调研"), its date the event's, not the page's
PROSE_MARK = re.compile(r"[，。！？；]")
BARE_YEAR = re.compile(r"(?:19|20)\d\d\s*年?")
SPLIT_DATE_PARTS = 3  # year, month/day, time
SPLIT_DATE_PART_CHARS = 12  # a longer line is not a piece of a date


def find_published(
    root: lxml_html.HtmlElement,
    rule: Rule | None,
    metas: dict[str, str],
    lines: list[Line],
    title: str | None,
    url: str | None,
    tz: str | None,
    ld_published: str | None = None,
    html: str | None = None,
) -> str | None:
    """The page's publication time: the rule's selector, <meta> dates, <time>, the story's JSON-LD
    ``datePublished`` (``ld_published``, read by json_ld before scripts go), the date line under the
    headline (a date with a time wins over a bare date), a date in the URL, then htmldate's reading of
    the whole page ``html`` (a day only)."""
    return (
        _rule_published(root, rule, tz)
        or _markup_published(root, metas, tz)
        or parse_datetime(ld_published, tz)
        or _date_line(lines, title, tz)
        or url_date(url)
        or htmldate_day(html, url)
    )


def htmldate_day(html: str | None, url: str | None) -> str | None:
    """htmldate's publication day of the page (its fast search, the original date rather than an update),
    as ``YYYY-MM-DD``: a day only, since its times carry no offset we could trust. The last resort: it
    reads what our sources skip (script data, dates in furniture blocks, more languages), and it
    also guesses more often (docs/extraction.md)."""
    if not html:
        return None
    # imported here: only pages where every source of ours is silent pay its import (about 0.3 s)
    from htmldate import find_date

    try:
        # bytes, never str: htmldate downloads a str that reads like a URL (a page whose text is "http://…")
        document = html.encode("utf-8")
        found = find_date(
            document, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError):  # a page htmldate cannot parse has no date from it
        return None
    return str(found) if found else None


def _rule_published(root: lxml_html.HtmlElement, rule: Rule | None, tz: str | None) -> str | None:
    if rule is None:
        return None
    for sel in rule.published:
        for found in sel(root):
            text = found if isinstance(found, str) else " ".join(found.itertext())
            iso = parse_datetime(str(text), tz)
            if iso:
                return iso
    return None


def _markup_published(root: lxml_html.HtmlElement, metas: dict[str, str], tz: str | None) -> str | None:
    for key in META_DATE_KEYS:
        if key in metas:
            iso = parse_datetime(metas[key], tz)
            if iso:
                return iso
    for el in root.xpath("//time[@datetime] | //*[@itemprop='datePublished'][@content]"):
        if _marks_an_update(el):
            continue
        iso = parse_datetime(el.get("datetime") or el.get("content"), tz)
        if iso:
            return iso
    return None


def _marks_an_update(el: lxml_html.HtmlElement) -> bool:
    """A <time> marked as the story's last change (``itemprop="dateModified"``, hAtom's ``class="updated"``
    without ``published``): a page printing "Mis à jour le 06/04" before "Publié le 05/04" is not
    published on the day of its update."""
    if el.get("itemprop") == "datePublished":
        return False
    if (el.get("itemprop") or "").strip() == "dateModified":
        return True
    words = set(name_words(el.get("class") or "").split())
    return bool(words & UPDATE_WORDS) and "published" not in words


def _date_line(lines: list[Line], title: str | None, tz: str | None) -> str | None:
    """A date line right under the headline: the first with a time, else the first date. When the headline
    is not in the page text, the first lines of the page are searched instead."""
    start = _headline_index(lines, title)
    window = lines[start : start + HEADER_LINES] if start is not None else lines[:PAGE_LINES]
    texts = [line.text for line in window]
    best_date = None
    for i, text in enumerate(texts):
        if len(text) > MAX_DATE_LINE or PROSE_MARK.search(text):
            continue
        iso = parse_datetime(text, tz) or _split_date(texts, i, tz)
        if iso:
            if "T" in iso:
                return iso
            best_date = best_date or iso
    return best_date


def _headline_index(lines: list[Line], title: str | None) -> int | None:
    compact_title = compact(title) if title else ""
    if not compact_title:
        return None
    return next((i for i, line in enumerate(lines) if compact_title in compact(line.text)), None)


def _split_date(texts: list[str], i: int, tz: str | None) -> str | None:
    """A date printed over adjacent short elements (``2019`` / ``09/07`` / ``19:02``, a calendar-leaf
    widget): a line that is a bare year read together with the short lines after it."""
    if not BARE_YEAR.fullmatch(texts[i].strip()):
        return None
    parts = [texts[i].strip()]
    for text in texts[i + 1 : i + 1 + SPLIT_DATE_PARTS - 1]:
        if len(text.strip()) > SPLIT_DATE_PART_CHARS:
            break
        parts.append(text.strip())
    return parse_datetime(" ".join(parts), tz) if len(parts) > 1 else None
