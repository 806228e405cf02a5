"""Credits in page text: reporters in bylines and signatures, the editor, photographers in captions.

Pure string functions (no DOM), shared by HTML and .txt articles; names are split by pipeline.text.bylines.
"""

from __future__ import annotations

import re

from pipeline.text.bylines import (
    NAME_STOP,
    NAME_ZH,
    NAMES_ZH,
    REPORTER_WORDS,
    split_names_en,
    split_names_zh,
)
from pipeline.text.scripts import HAN, HAN_CHAR, nfkc

BYLINE_PAREN = re.compile(
    rf"[（(]\s*(?:[^（）()]{{0,12}}?)\s*{REPORTER_WORDS}\s*(?P<names>[^）)]{{2,40}})[）)]"
)
BYLINE_INLINE = re.compile(rf"{REPORTER_WORDS}\s*(?P<names>{NAME_ZH}(?:[\s、]+{NAME_ZH})*)\s*(?:报道|報道)")
BYLINE_LINE = re.compile(
    rf"^\s*[□■●◆—-]*\s*(?:[{HAN}·]{{0,12}}?)?{REPORTER_WORDS}\s*"
    rf"(?P<names>{NAME_ZH}(?:[\s、，,]+{NAME_ZH}){{0,4}})\s*(?:(?:来源|來源)[:：].{{0,20}})?$"
)
AUTHOR_LINE = re.compile(
    rf"(?:^|\s)(?:作者|作\s*者|文)\s*[:：]\s*(?:{REPORTER_WORDS})?\s*(?P<names>{NAMES_ZH})"
)
SIGNATURE = re.compile(
    rf"[（(]\s*(?:[{HAN}]{{2,8}}?(?:网|網|报|報|社|台|刊)\s*)?(?:{REPORTER_WORDS}\s*)?"
    rf"(?P<names>{NAME_ZH}(?:[\s、]+{NAME_ZH}){{0,3}})\s*[）)]\s*$"
)
BY_EN = re.compile(
    r"^\s*By\s+(?:(?:Xinhua|AP|AFP|Reuters|UPI|China\s+Daily|CGTN|Global\s+Times)\s+)?"
    r"(?:(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+)?(?P<names>[A-Z][^\n]{2,120})$",
    re.I,
)
REPORTING_BY = re.compile(r"\(?\s*Reporting\s+by\s+(?P<names>[^;)\n]+)", re.I)


def reporters_from_paragraphs(paragraphs: list[str]) -> list[str]:
    """Reporters from bylines in the first paragraphs, else signatures at the end (Chinese and English)."""
    found: list[str] = []
    for p in paragraphs[:4]:
        t = nfkc(p)
        m = BYLINE_LINE.match(t)
        if m and len(t) <= 40:
            _add_new(found, split_names_zh(m.group("names")))
            continue
        m = BY_EN.match(t)
        if m and len(t) < 160:
            _add_new(found, split_names_en(m.group("names")))
            continue
        for m in BYLINE_PAREN.finditer(t[:160]):
            _add_new(found, split_names_zh(m.group("names")))
        m = BYLINE_INLINE.search(t[:120])
        if m:
            _add_new(found, split_names_zh(m.group("names")))
        if found:
            break
    if not found and paragraphs:
        _add_new(found, _signature(paragraphs))
    return found


def _signature(paragraphs: list[str]) -> list[str]:
    """Names signed at the end of the story: "（新民网 李欣）", or a last byline-only line."""
    for p in paragraphs[-2:][::-1]:
        t = nfkc(p)
        m = SIGNATURE.search(t)
        if m and not re.search(r"\d", m.group(0)):
            return split_names_zh(m.group("names"))
        m = BYLINE_LINE.match(t)
        if m and len(t) <= 40:
            return split_names_zh(m.group("names"))
    return []


def _add_new(found: list[str], names: list[str]) -> None:
    for n in names:
        if n not in found:
            found.append(n)


def is_byline(paragraph: str) -> bool:
    """A paragraph that is only a byline ("中新社记者 宗晨亮", "by Xinhua writer Chen Xiaoyan")."""
    t = nfkc(paragraph)
    if len(t) <= 40 and BYLINE_LINE.match(t):
        return True
    m = BY_EN.match(t)
    return bool(m and len(t) <= 100 and split_names_en(m.group("names")))


def reporting_by(paragraphs: list[str]) -> list[str]:
    """Western wire credit at the end: "(Reporting by X and Y; Editing by Z)"."""
    for p in paragraphs[-4:]:
        m = REPORTING_BY.search(p)
        if m:
            return split_names_en(m.group("names"))
    return []


EDITOR_PATTERNS = [
    re.compile(p)
    for p in (
        rf"(?:责任编辑|責任編輯)\s*[:：]?\s*(?P<names>{NAMES_ZH})",
        rf"(?:责编|責編)\s*[:：]?\s*(?P<names>{NAMES_ZH})",
        rf"(?:实习编辑|實習編輯|值班编辑)\s*[:：]?\s*(?P<names>{NAMES_ZH})",
        rf"(?<![审審])(?:编辑|編輯)\s*[:：]\s*(?P<names>{NAMES_ZH})",
        r"(?:Web\s+editor|Editor)\s*[:：]\s*(?P<names>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}(?:\s*(?:,|and)\s*[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})*)",
    )
]
EDITOR_END = re.compile(r"\s*(?:$|[\]】)）\n]|\s{2,})")


def editor_from_text(text: str) -> str | None:
    """The editor credited in a text ("【责任编辑：刘峻凌】", "(责编：萧潇、张妍)", "Editor: X")."""
    t = nfkc(text)
    for rx in EDITOR_PATTERNS:
        for m in rx.finditer(t):
            names = m.group("names").strip()
            rest = t[m.end("names") :]
            parts = re.split(r"([\s、，,]+)", names)
            # several names only when the credit ends there (a bracket, line end), else the first name
            if len(parts) > 1 and not EDITOR_END.match(rest):
                names = parts[0]
            names = names.strip(" ,，")
            first = re.split(r"[\s、，,]+", names)[0]
            if first in NAME_STOP:
                continue
            return names
    return None


PHOTO_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        rf"(?:^|[\s(（/：:]|记者|記者|摄影|攝影|发|發)\s*(?P<names>{NAME_ZH}(?:[\s、]+{NAME_ZH}){{0,2}})\s*(?:摄|攝)\s*(?:$|[）)\]】。])",
        r"Photo(?:s)?\s+by\s+(?:[A-Z][\w ]{0,40}?\s+(?:reporter|photographer)\s+)?"
        r"(?P<names>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})",
        r"\((?:Xinhua|Photo|IC|VCG)\s*/\s*(?P<names>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*\)",
    )
]


def photographers_from(texts: list[str]) -> list[str]:
    """Photographers credited in ``texts`` ("记者 张三 摄", "Photo by X", "(Xinhua/X)"), in order, once each."""
    out: list[str] = []
    for t in texts:
        t = nfkc(t)
        for rx in PHOTO_PATTERNS:
            for m in rx.finditer(t):
                names = m.group("names")
                for n in split_names_zh(names) if HAN_CHAR.search(names) else [names]:
                    if n not in out:
                        out.append(n)
    return out
