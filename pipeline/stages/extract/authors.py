"""Who wrote, edited and photographed an article, and the agency that filed it: set on the record.

The order of evidence for authors: the lead paragraph's dateline (``（记者 刘育英）``, ``(Reporter X)``), bylines and
closing signatures in the body, a header line ``作者：记者X`` outside the body, byline markup of Western
pages, then the wire's closing ``(Reporting by X; Editing by Y)``. Byline-only paragraphs and the closing
credit leave the body once read.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from lxml import html as lxml_html

from pipeline.record import Article
from pipeline.stages.extract.credits import (
    AUTHOR_LINE,
    editor_from_text,
    is_byline,
    photographers_from,
    reporters_from_paragraphs,
    reporting_by,
)
from pipeline.stages.extract.dom import clean_text
from pipeline.stages.extract.rules import Rule, first_text
from pipeline.text.bylines import split_names_en, split_names_zh
from pipeline.text.datelines import lead_dateline
from pipeline.text.scripts import nfkc

# a closing credit paragraph: "(Reporting by X in Chicago; additional reporting by Y; editing by Z)"
# (in brackets, or bare without a full stop: "Reported by X, the figures show …" is a sentence and stays)
CREDIT_LINE = re.compile(
    r"^\s*(?:\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()\n]{0,400}\)"
    r"|(?:additional\s+)?(?:reporting|writing)\s+by\b[^.!?\n]{0,300})\s*$",
    re.I,
)
SOURCE_LINE = re.compile(r"(?:来源|來源|稿源|出处|Source)\s*[:：]\s*(?P<src>[^\s|｜丨]{2,20})")
BYLINE_MARKUP = (
    "//*[@itemprop='author']//*[@itemprop='name'] | //*[@rel='author'] | //*[contains(@class,'byline')]"
    " | //*[contains(@class,'Byline')] | //*[contains(@class,'author-name')]"
)
HEADER_LINES = 400  # page lines searched for a "作者：" header line
DATELINE_PARAGRAPHS = 3  # the dateline is in one of the first paragraphs


def apply_people(
    record: Article,
    paragraphs: list[str],
    removed: list[str],
    lang: str,
    root: Any = None,
    page_lines: list[str] | None = None,
) -> None:
    """Set dateline, agency, authors and photographers; move credit paragraphs from ``paragraphs`` to
    ``removed``."""
    authors = _dateline_people(record, paragraphs)
    for n in reporters_from_paragraphs(paragraphs):
        if n not in authors:
            authors.append(n)
    if not authors and page_lines:
        authors = _author_header(page_lines)
    if not authors and root is not None and lang == "en":
        authors = byline_elements(root)
    if not authors:
        authors = reporting_by(paragraphs)
    record.authors = authors
    # byline-only paragraphs are credits, not body text
    head = [p for p in paragraphs[:3] if is_byline(p)]
    if head and len(paragraphs) > len(head):
        removed.extend(head)
        paragraphs[:] = [p for p in paragraphs if p not in head]
    # the wire's closing credit "(Reporting by X; Editing by Y)" is a credit line like 责任编辑, not body text
    while len(paragraphs) > 1 and CREDIT_LINE.match(nfkc(paragraphs[-1])):
        removed.append(paragraphs.pop())
    record.photographers = photographers_from(removed + paragraphs[:40])


def _dateline_people(record: Article, paragraphs: list[str]) -> list[str]:
    """Set the record's dateline (and agency, when it has none) from the first paragraphs; its reporters."""
    ref = None
    if record.published:
        try:
            ref = date.fromisoformat(record.published[:10])
        except ValueError:
            ref = None
    dl = next((d for p in paragraphs[:DATELINE_PARAGRAPHS] if (d := lead_dateline(p, ref))), None)
    if dl is None:
        return []
    record.dateline = {"place": dl.place, "date": dl.date.isoformat() if dl.date else None, "text": dl.text}
    if dl.agency and not record.agency:
        record.agency = dl.agency
    return list(dl.reporters)


def _author_header(page_lines: list[str]) -> list[str]:
    """Names of a header line "作者： 记者王敬照" outside the body."""
    for line in page_lines[:HEADER_LINES]:
        if len(line) < 80:
            m = AUTHOR_LINE.search(nfkc(line))
            if m:
                authors = split_names_zh(m.group("names"))
                if authors:
                    return authors
    return []


def byline_elements(root: Any) -> list[str]:
    """Author names from byline markup of Western pages (itemprop/rel=author, .byline, meta author)."""
    out: list[str] = []
    for el in root.xpath(BYLINE_MARKUP)[:5]:
        text = clean_text(" ".join(el.itertext()))
        text = re.sub(r"^\s*By\s+", "", text, flags=re.I)
        if 2 < len(text) < 120:
            for n in split_names_en(text):
                if n not in out:
                    out.append(n)
        if out:
            break
    return out


def apply_rule_credits(record: Article, root: lxml_html.HtmlElement, rule: Rule, lang: str) -> None:
    """The rule's source element ("来源：X") as the agency, and its author element when nothing else named
    the authors."""
    if rule.source:
        text, _ = first_text(root, rule.source)
        if text:
            m = SOURCE_LINE.search(text)
            src = m.group("src") if m else (text if len(text) <= 20 else None)
            record.agency = src or record.agency
    if rule.authors and not record.authors:
        text, _ = first_text(root, rule.authors)
        if text and lang == "en":
            # "By Wang Xiaoming (People's Daily Online)", "By Chen Lin in Xiamen | chinadaily.com.cn | Updated: …"
            record.authors = split_names_en(re.sub(r"^\s*By\s+|\s*[(（][^)）]*[)）]", "", text, flags=re.I))
        elif text:
            record.authors = split_names_zh(re.sub(r"^.*?(?:作者|记者|記者)\s*[:：]?", "", text))


def find_editor(
    root: Any, rule: Rule | None, metas: dict[str, str], removed: list[str], page_text: str
) -> str | None:
    """The editor: the rule's editor element, removed editor lines, <meta name=editor>, then the page text."""
    if rule:
        for sel in rule.editor:
            for found in sel(root):
                text = clean_text(found if isinstance(found, str) else found.text_content())
                if not text:
                    continue
                ed = editor_from_text(text)
                if ed:
                    return ed
                if isinstance(found, str) and 2 <= len(text) <= 20:
                    return text
    for text in removed:
        ed = editor_from_text(text)
        if ed:
            return ed
    if metas.get("editor"):
        return clean_text(metas["editor"])
    return editor_from_text(page_text)
