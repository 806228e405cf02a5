"""An HTML article: parse, recognise the site, find title, time and body, then the credits.

The steps and where they live: the site (site_detection), the site rule and body (body), the title
(titles), the publication time (times), paragraphs (paragraphs), what the page is when it is not an article
(page_kinds), authors, editor and agency (authors).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import html as lxml_html

from pipeline.record import Article
from pipeline.stages.extract import json_ld
from pipeline.stages.extract.authors import (
    apply_people,
    apply_rule_credits,
    find_editor,
    json_ld_authors,
)
from pipeline.stages.extract.body import Body, choose_rule, find_body
from pipeline.stages.extract.dom import Line, head_meta, parse, read_lines, strip_junk
from pipeline.stages.extract.ensemble import Readings, resiliparse_lines
from pipeline.stages.extract.page_kinds import media_kind, not_an_article
from pipeline.stages.extract.rules import Noise, Site, noise
from pipeline.stages.extract.second_opinion import trafilatura_lines
from pipeline.stages.extract.site_detection import page_lang, site_of_page
from pipeline.stages.extract.times import find_published
from pipeline.stages.extract.titles import find_title

CHINA_TIME = "+08:00"  # the zone of printed times on Chinese pages of sites that name none
# No article is this long. A page's text past PAGE_TEXT_MAX characters is not read, and a body longer than
# BODY_MAX_CHARS is cut (each with a warning): extraction and the later stages stay fast on any page.
PAGE_TEXT_MAX = 300_000
BODY_MAX_CHARS = 100_000


@dataclass
class Page:
    """A parsed page and what holds for all of it."""

    root: lxml_html.HtmlElement
    body_root: lxml_html.HtmlElement  # <body>, or the root when there is none
    metas: dict[str, str]
    site: Site | None
    lines: list[Line]  # the text lines of the whole body, noise-named blocks skipped
    text: str  # the lines joined
    lang: str  # "zh" or "en": which byline and date conventions apply
    tz: str | None  # the zone of printed times that state none
    ld_authors: list[str]  # JSON-LD author names, read before scripts go
    ld_published: str | None  # JSON-LD datePublished of the story, as written


def extract_html(record: Article) -> Article:
    """Fill site, rule, title, published, paragraphs, page_kind and credits from record.html."""
    nz = noise()
    root = parse(record.html or "")
    if root is None or not root.text_content().strip():
        record.page_kind = "empty"
        record.fail("empty page: no text in the HTML")
        return record
    page = read_page(record, root, nz)
    rule, container = choose_rule(page.site, root)
    title = find_title(root, rule, page.site, page.metas, nz)
    record.published = find_published(
        root, rule, page.metas, page.lines, title, record.url, page.tz, page.ld_published, record.html
    )
    body = find_body(rule, container, page.body_root, page.lines, nz, title, _readings(record, page))
    record.rule = body.rule.name if body.rule else "generic"
    record.title = title
    body.paragraphs = cap_body(body.paragraphs, record.warnings)
    record.paragraphs = body.paragraphs
    failure = not_an_article(root, title, page.lines, body.paragraphs)
    if failure:
        record.page_kind, reason = failure
        record.fail(reason)
        return record
    record.page_kind = media_kind(record.url, page.lines, nz) or "article"
    apply_credits(record, page, body)
    return record


def _readings(record: Article, page: Page) -> Callable[[], Readings] | None:
    """trafilatura's and resiliparse's lines, asked for only if the generic engine runs, and never for a
    Chinese page."""
    if page.lang == "zh":
        return None
    html_text, url, body = record.html or "", record.url or record.fetch_url, page.body_root

    def read() -> Readings:
        text_chars = len(body.text_content())
        return Readings(
            trafilatura_lines(html_text, url, text_chars), resiliparse_lines(html_text, text_chars)
        )

    return read


def read_page(record: Article, root: lxml_html.HtmlElement, nz: Noise) -> Page:
    """Site (sets record.site), <meta> values and text lines of a parsed page; scripts and widgets removed."""
    metas = head_meta(root)
    site, record.site = site_of_page(
        record.url or record.fetch_url, root
    )  # before scripts go: their hosts count
    ld = json_ld.blocks(root)
    ld_authors = json_ld_authors(root, ld)
    strip_junk(root)
    body_root = root.find("body")
    if body_root is None:
        body_root = root
    lines, dropped = read_lines(body_root, nz.names, PAGE_TEXT_MAX)
    if dropped:
        record.warnings.append(
            f"page text over {PAGE_TEXT_MAX} characters: only the first {PAGE_TEXT_MAX} were read"
        )
    text = "\n".join(ln.text for ln in lines)
    lang = (site.lang if site and site.lang else None) or page_lang(text)
    tz = (site.tz if site else None) or (CHINA_TIME if lang == "zh" else None)
    return Page(root, body_root, metas, site, lines, text, lang, tz, ld_authors, json_ld.published(ld))


def cap_body(paragraphs: list[str], warnings: list[str]) -> list[str]:
    """The paragraphs, cut after BODY_MAX_CHARS characters (with a warning): the body handed to the later
    stages (language, people, dates) is bounded."""
    total = sum(len(p) for p in paragraphs)
    if total <= BODY_MAX_CHARS:
        return paragraphs
    kept: list[str] = []
    room = BODY_MAX_CHARS
    for p in paragraphs:
        if room <= 0:
            break
        kept.append(p[:room])
        room -= len(p)
    warnings.append(f"body of {total} characters cut to {BODY_MAX_CHARS}")
    return kept


def apply_credits(record: Article, page: Page, body: Body) -> None:
    """Authors, dateline, photographers, agency (the dateline's, else the rule's source line, else the
    site's) and editor. Credit paragraphs leave record.paragraphs."""
    apply_people(record, body.paragraphs, body.removed, page.lang, page.root, page.lines, page.ld_authors)
    if body.rule:
        apply_rule_credits(record, page.root, body.rule, page.lang)
    if not record.agency and page.site:
        record.agency = page.site.agency
    record.editor = find_editor(page.root, body.rule, page.metas, body.removed, page.text)
