"""A plain-text (.txt) article: blank-line paragraphs, a "date YYYY-MM-DD" marker, a "Topic:" title line,
byline and photo lines that are credits, not body text."""

from __future__ import annotations

import re

from pipeline.record import Article
from pipeline.stages.extract.authors import apply_people
from pipeline.stages.extract.credits import editor_from_text, photographers_from
from pipeline.stages.extract.dom import clean_text, tokens
from pipeline.stages.extract.page_kinds import MIN_BODY_TOKENS
from pipeline.stages.extract.rules import Noise, noise
from pipeline.stages.extract.site_detection import page_lang, site_of_url
from pipeline.text.bylines_en import split_names_en
from pipeline.text.scripts import nfkc
from pipeline.text.sentences import split_at_indents

DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*", re.I)
TOPIC = re.compile(r"^\s*(?:Topic|Title|题|標題|标题)\s*[:：]\s*(.+)$", re.I)
BYLINE_ONLY = re.compile(
    r"^\s*(?:(?:Xinhua News Agency|China News Service|China News Agency|Xinhua|新华社|中新社)\s+)?"
    r"(?:reporters?|记者)\s*$",
    re.I,
)
REPORTER_LINE_EN = re.compile(
    r"^\s*(?:(?:Xinhua News Agency|China News Service|China News Agency|Xinhua)\s+)?reporters?\s+"
    r"(?P<names>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}(?:\s*(?:,|and)\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})*)\s*$"
)
PHOTO_LINE = re.compile(
    r"^\s*(?:Photo|Photos|Picture)\s+by\b.{0,120}$|^\s*(?:图为|圖為).{0,200}$|(?:摄|攝)\s*$", re.I
)
BLANK_LINES = re.compile(r"\n\s*\n")
LINE_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
TAIL_CHARS = 200  # the end of the text searched for an editor credit when no removed line names one


def extract_text(record: Article) -> Article:
    """Fill site, rule ("text"), title, published, paragraphs, page_kind and credits from record.html."""
    nz = noise()
    text = (record.html or "").replace("\r\n", "\n").replace("\r", "\n")
    blocks = _blocks(text)
    site = site_of_url(record.url)
    record.site = site.name if site else None
    record.rule = "text"
    record.title = None
    if blocks:
        m = DATE_MARKER.match(blocks[0])
        if m:
            record.published = m.group(1)
            blocks[0] = blocks[0][m.end() :].strip()
            if not blocks[0]:
                blocks.pop(0)
    paragraphs, removed, authors = _sort_blocks(record, blocks, nz)
    _strip_tail_credit(paragraphs, nz, removed)
    record.paragraphs = paragraphs
    if not paragraphs:
        record.page_kind = "empty"
        record.fail("no article text found in the text file")
        return record
    # text given as an article is processed however short it is; a web page that short would be no article
    n = sum(tokens(p) for p in paragraphs)
    if n < MIN_BODY_TOKENS:
        record.warnings.append(f"short text: {n} words or characters (an HTML page this short is no article)")
    record.page_kind = "article"
    apply_people(record, paragraphs, removed, page_lang(" ".join(paragraphs)))
    for a in authors:
        if a not in record.authors:
            record.authors.append(a)
    record.photographers = photographers_from(removed) or record.photographers
    record.editor = editor_from_text("\n".join(removed)) or editor_from_text(nfkc(text[-TAIL_CHARS:]))
    if not record.agency and site:
        record.agency = site.agency
    return record


def _blocks(text: str) -> list[str]:
    """Paragraphs separated by blank lines (by line breaks when the text has no blank lines), each on one
    line."""
    blocks = [b.strip() for b in BLANK_LINES.split(text)]
    if len([b for b in blocks if b]) <= 1 and text.count("\n") > 2:
        blocks = [b.strip() for b in text.split("\n")]
    # a block that runs paragraphs together at their indents (标题　　本报记者 X　　正文…) is those paragraphs
    return [LINE_BREAK.sub(" ", piece) for b in blocks if b for piece in split_at_indents(b)]


def _sort_blocks(record: Article, blocks: list[str], nz: Noise) -> tuple[list[str], list[str], list[str]]:
    """(paragraphs, removed credit and noise lines, reporters named on their own lines); the first
    "Topic:" line becomes the record's title."""
    paragraphs: list[str] = []
    removed: list[str] = []
    authors: list[str] = []
    for b in blocks:
        b = clean_text(b)
        m = TOPIC.match(b)
        if m and record.title is None:
            record.title = m.group(1).strip()
            continue
        if BYLINE_ONLY.match(b):
            removed.append(b)
            continue
        m = REPORTER_LINE_EN.match(b)
        if m:
            authors += split_names_en(m.group("names"))
        if m or (PHOTO_LINE.search(b) and tokens(b) < 40) or any(rx.search(b) for rx in nz.drop):
            removed.append(b)
            continue
        paragraphs.append(b)
    return paragraphs, removed, authors


def _strip_tail_credit(paragraphs: list[str], nz: Noise, removed: list[str]) -> None:
    """A final editor credit glued to the last paragraph ("... 责编：袁晴 ]") goes to ``removed``."""
    if not paragraphs:
        return
    last = paragraphs[-1]
    for rx in nz.strip_tail:
        m = rx.search(last)
        if m:
            removed.append(last[m.start() :])
            last = last[: m.start()].rstrip()
    if last:
        paragraphs[-1] = last
    else:
        paragraphs.pop()
