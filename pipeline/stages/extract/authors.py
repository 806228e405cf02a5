"""Who wrote, edited and photographed an article, and the agency that filed it: set on the record.

The order of evidence for authors (the first that names anyone wins, the first two add up): the lead
paragraph's dateline (``（记者 刘育英）``, ``(Reporter X)``) and the credit run after it (``本报讯 记者张三``),
bylines in the first paragraphs (``本报记者 张三``, ``记者X报道``, ``By X (AFP)``), a header line between the
headline and the body (``作者：记者X``, ``By X | Reuters``), a closing credit or signature (``（记者张明、李华）``,
``（来源：光明日报 作者：张三 编辑：李四）``, ``（新民网 李欣）``), byline markup (``.byline``, ``rel=author``),
``<meta name=author>`` and JSON-LD authors of non-Chinese pages, then the wire's closing ``(Reporting by X;
Editing by Y)`` or contact block (``To contact the reporter on this story: X in London at …``), a closing sign-off (``CNN's X reported from Beirut.``) or a signature after the last sentence
(``… geöffnet. Jane Roe``, ``Jane Roe is a senior writer at …``). Byline-only paragraphs and the closing wire credit leave the body once read.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from pipeline.record import Article
from pipeline.stages.extract import json_ld
from pipeline.stages.extract.credits import (
    AFTER_BODY_LINES,
    closing_reporters,
    editor_from_text,
    header_reporters,
    is_byline,
    labelled_reporters,
    lead_reporters,
    photographers_from,
    removed_byline,
    reporting_by,
    top_reporters,
)
from pipeline.stages.extract.dom import Line, clean_text, compact, head_meta
from pipeline.stages.extract.rules import Rule, first_text
from pipeline.text.bylines import REPORTER, read_credits_zh
from pipeline.text.bylines_en import english_byline, name_before_title, split_names_en
from pipeline.text.datelines import Dateline, lead_dateline, parse_dateline
from pipeline.text.scripts import HAN, HAN_CHAR, nfkc

# a closing credit paragraph: "(Reporting by X in Chicago; additional reporting by Y; editing by Z)"
# (in brackets, or bare without a full stop: "Reported by X, the figures show …" is a sentence and stays)
CREDIT_LINE = re.compile(
    r"^\s*(?:\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()\n]{0,400}\)"
    r"|(?:additional\s+)?(?:reporting|writing)\s+by\b[^.!?\n]{0,300})\s*$",
    re.I,
)
SOURCE_LINE = re.compile(r"(?:来源|來源|稿源|出处|Source)\s*[:：]\s*(?P<src>[^\s|｜丨]{2,20})")
AUTHOR_LINE = re.compile(
    r"(?:^|\s)(?:作者|作\s*者|文)\s*[:：/]"
)  # "作者：记者王敬照" anywhere in the page head
BYLINE_MARKUP = (  # one pass over the tree: itemprop/rel=author, .byline, .author, .author-name …
    "//*[@itemprop='author' or @rel='author' or contains(@class,'author') or contains(@class,'Author')"
    " or contains(@class,'byline') or contains(@class,'Byline')]"
)
# containers whose bylines belong to other texts: reader comments, related and recommended stories
# (the page's footer and sidebars too, not a post's own footer, which often holds its byline)
NOT_THE_STORY = re.compile(
    r"(?i)comment|respond|reply|related|recommend|teaser|(?:^|\s)(?:sidebar|widget|footer)(?:$|\s)|site-footer"
)
CC_ATTRIBUTION = (  # a Creative Commons notice's licensor
    "//*[contains(concat(' ', normalize-space(@rel), ' '), ' cc:attributionURL ')"
    " or contains(concat(' ', normalize-space(@property), ' '), ' cc:attributionName ')]"
)
VISIBLE_TEXT = "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
META_AUTHORS = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")
HEADER_LINES = 400  # page lines searched for a "作者：" header line
ABOVE_HEADLINE = 1  # the line right above the headline: a kicker or a meta line "04.02.2022 | NAME"
HEADER_WINDOW = 12  # lines above the body searched for a byline when the headline is not found
DATELINE_PARAGRAPHS = 3  # the dateline is in one of the first paragraphs
COMMON_LABELS = frozenset(
    ("www", "com", "net", "org", "news", "blog", "blogs", "online", "co", "wordpress", "archive")
)


def apply_people(
    record: Article,
    paragraphs: list[str],
    removed: list[str],
    lang: str,
    root: Any = None,
    page_lines: list[Line] | None = None,
    ld_authors: list[str] | None = None,
) -> None:
    """Set dateline, agency, authors and photographers; move credit paragraphs from ``paragraphs`` to
    ``removed``."""
    authors = _dateline_people(record, paragraphs)
    for n in top_reporters(paragraphs):
        if n not in authors:
            authors.append(n)
    if not authors and page_lines:
        authors = header_reporters(_header_window(page_lines, record.title, paragraphs))
        if not authors and lang == "zh":
            texts = [ln.text for ln in page_lines[:HEADER_LINES]]
            authors = header_reporters([t for t in texts if AUTHOR_LINE.search(t)])
    if not authors:
        authors = closing_reporters(paragraphs, removed)
    if not authors and lang != "zh":
        authors = removed_byline(removed)
    if not authors and root is not None and lang != "zh":
        # (Chinese pages: a labelled header line "作者：X" is read from the page lines above)
        authors = byline_elements(root, lang) or meta_authors(head_meta(root), ld_authors or [])
    if not authors and lang != "zh":
        authors = labelled_reporters(paragraphs, _after_body(page_lines or [], paragraphs))
    if not authors:
        authors = reporting_by(paragraphs)
    if not authors and root is not None and lang != "zh":
        authors = licence_holder(root)
    record.authors = [a for a in authors if not _names_the_site(a, record.url, root)]
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
    """Set the record's dateline (and agency, when it has none) from the first paragraphs; its reporters, or
    the credit run right after it (本报讯 记者张三 通讯员李四 近日，…)."""
    ref = None
    if record.published:
        try:
            ref = date.fromisoformat(record.published[:10])
        except ValueError:
            ref = None
    found: tuple[str, Dateline] | None = next(
        ((p, d) for p in paragraphs[:DATELINE_PARAGRAPHS] if (d := lead_dateline(p, ref))), None
    )
    if found is None:
        return _reporters_after_glued_headline(paragraphs[0], ref) if paragraphs else []
    paragraph, dl = found
    record.dateline = {"place": dl.place, "date": dl.date.isoformat() if dl.date else None, "text": dl.text}
    if dl.agency and not record.agency:
        record.agency = dl.agency
    if dl.reporters:
        return list(dl.reporters)
    return lead_reporters(paragraph, dl.end) if HAN_CHAR.search(paragraph[: dl.end + 8]) else []


# a Chinese headline run into the lead's paragraph, its full stop glued to a wire's dateline (长河大桥恢复通行。新华网
# 长河5月3日电 (孔一凡，陶禾)…): one sentence of no clause, at most 40 characters
HEADLINE_SENTENCE_ZH = re.compile(rf"^\s*[^。！？!?，,；;：:\n]{{4,40}}[。！？!?]\s*(?=[{HAN}])")


def _reporters_after_glued_headline(paragraph: str, ref: date | None) -> list[str]:
    """The reporters of a wire's dateline (its agency named) right after a headline sentence glued before it: the
    dateline's bracket or the credit run after it. The record's dateline is left as it was (the dates stage reads a
    headline before the dateline its own way)."""
    m = HEADLINE_SENTENCE_ZH.match(paragraph)
    rest = paragraph[m.end() :] if m else ""
    dl = parse_dateline(rest, ref) if m else None
    if dl is None or not dl.agency or dl.month is None:
        return []
    return list(dl.reporters) or lead_reporters(rest, dl.end)


def _names_the_site(name: str, url: str | None, root: Any) -> bool:
    """A Latin "name" that is the site itself: it holds the domain's name ("OÖ Volksblatt" on volksblatt.at,
    "El Espectador" on elespectador.com) or equals <meta property=og:site_name>."""
    if HAN_CHAR.search(name):
        return False
    key = re.sub(r"[\W_]+", "", name.casefold())
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [
        re.sub(r"[\W_]+", "", lab) for lab in host.casefold().split(".")[:-1] if lab not in COMMON_LABELS
    ]
    if any(len(lab) >= 4 and lab in key for lab in labels):
        return True
    site_name = head_meta(root).get("og:site_name", "") if root is not None else ""
    return bool(site_name) and re.sub(r"[\W_]+", "", site_name.casefold()) == key


def _header_window(page_lines: list[Line], title: str | None, paragraphs: list[str]) -> list[str]:
    """The page lines between the headline and the first body paragraph (where a byline stands above the
    text; without a headline, the few lines above the body), blank where a line sits in a figure, a caption or
    a credit block: its "Noah Berger / AP" credits a photographer, not the story."""
    texts = [ln.text for ln in page_lines]
    end = _index_of(texts, paragraphs[0]) if paragraphs else None
    if end is None:
        return []
    head = compact(title or "")
    start = next(
        (i for i in range(end - 1, max(-1, end - 41), -1) if head and texts[i] and head in compact(texts[i])),
        None,
    )
    if start is None:
        start = max(0, end - HEADER_WINDOW)
    else:
        start = max(0, start - ABOVE_HEADLINE)
    verdicts: dict[Any, bool] = {}
    headline = _spaced(head)
    return [
        "" if _in_caption(ln.owner, verdicts) else _without_headline(ln.text, head, headline)
        for ln in page_lines[start:end]
    ]


def _spaced(head: str) -> re.Pattern[str] | None:
    """The headline as printed, whatever whitespace its line puts between its characters."""
    return re.compile(r"\s*".join(map(re.escape, head))) if head else None


def _without_headline(text: str, head: str, headline: re.Pattern[str] | None) -> str:
    """A header line with the headline taken out: a headline credits no one, though it may read like a credit
    (本报评论员：再论…, a column's title, or a "正在阅读：" bar repeating it); what stands beside it on its line
    may (标题 记者 张三)."""
    if headline is None or head not in compact(text):
        return text
    return headline.sub(" ", text, count=1)


def _after_body(page_lines: list[Line], paragraphs: list[str]) -> list[str]:
    """The page lines after the body's last paragraph (a post's "Autor: X" under the article)."""
    texts = [ln.text for ln in page_lines]
    end = _index_of(texts, paragraphs[-1]) if paragraphs else None
    return [] if end is None else texts[end + 1 : end + 1 + 2 * AFTER_BODY_LINES]


def _index_of(texts: list[str], paragraph: str) -> int | None:
    """Where ``paragraph`` starts among the page lines (a body paragraph is a page line, whitespace aside)."""
    try:
        return texts.index(paragraph)
    except ValueError:
        first = compact(paragraph)[:40]
        return next((i for i, t in enumerate(texts) if first and compact(t).startswith(first)), None)


CAPTION_CLASS = re.compile(r"(?i)caption|credit|figure|photo|picture|(?:^|[\s_-])(?:image|img)(?:$|[\s_-])")
CAPTION_DEPTH = 6  # ancestors looked at


def _in_caption(el: Any, verdicts: dict[Any, bool]) -> bool:
    if el in verdicts:
        return verdicts[el]
    found = False
    node = el
    for _ in range(CAPTION_DEPTH):
        if node is None or not isinstance(node.tag, str):
            break
        if node.tag in ("figure", "figcaption") or CAPTION_CLASS.search(
            f"{node.get('class') or ''} {node.get('id') or ''}"
        ):
            found = True
            break
        node = node.getparent()
    verdicts[el] = found
    return found


def byline_elements(root: Any, lang: str) -> list[str]:
    """Author names from byline markup (itemprop/rel=author, .byline, .author): "By X", "X and Y" on
    Western pages, a labelled credit ("作者：X", "记者 X") on Chinese ones."""
    for el in root.xpath(BYLINE_MARKUP)[:8]:
        text = clean_text(" ".join(el.itertext()))
        if not 2 < len(text) < 120 or _under(el, NOT_THE_STORY):
            continue  # a comment's or a related story's author is not this story's
        if HAN_CHAR.search(text):
            run = read_credits_zh(text, "lenient")
            found = run.names(REPORTER) if run and run.labelled else []
        elif lang != "zh":
            found = _names_in_markup(text)
            for twin in _twins(el):  # co-authors marked up alike: <a rel=author>A</a> and <a rel=author>B</a>
                found += [
                    n for n in _names_in_markup(clean_text(" ".join(twin.itertext()))) if n not in found
                ]
        else:
            found = []
        if found:
            return found
    return []


def _names_in_markup(text: str) -> list[str]:
    return split_names_en(re.sub(r"^\s*(?:By|Von|Por|Par|Door)\s+", "", text, flags=re.I))


def _twins(el: Any) -> list[Any]:
    """The later siblings of a byline element with its tag, class, rel and itemprop (up to four)."""
    parent = el.getparent()
    if parent is None:
        return []
    key = (el.tag, el.get("class"), el.get("rel"), el.get("itemprop"))
    later = el.itersiblings()
    return [s for s in later if (s.tag, s.get("class"), s.get("rel"), s.get("itemprop")) == key][:4]


def licence_holder(root: Any) -> list[str]:
    """The person a blog's Creative Commons notice attributes the work to ("<a rel="cc:attributionURL">Jane
    Roe</a>"), the last evidence: a personal blog credits its writer nowhere else."""
    for el in root.xpath(CC_ATTRIBUTION)[:2]:
        found = split_names_en(clean_text(" ".join(el.itertext())))
        if len(found) == 1:
            return found
    return []


def _under(el: Any, names: re.Pattern[str]) -> bool:
    """``el`` or an ancestor has a class/id matching ``names`` (comments, related stories, footers)."""
    for node in el.iterancestors():
        if node.tag in ("body", "html"):
            break  # their classes describe the whole page ("single-post right-sidebar")
        if names.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return names.search(f"{el.get('class') or ''} {el.get('id') or ''}") is not None


def meta_authors(metas: dict[str, str], ld_authors: list[str]) -> list[str]:
    """Person names in the page's JSON-LD authors or in <meta name=author> (and its kin); organisations,
    URLs and Chinese names (on Chinese sites' pages that meta names the editor) are left out."""
    found: list[str] = []
    for value in ld_authors:  # one name each
        found += [n for n in _person_names(value) if n not in found]
    for value in [metas[k] for k in META_AUTHORS if metas.get(k)] if not found else ():
        found = _person_names(value)
        if found:
            break
    return found


# a feed's author field: an e-mail address and the name in brackets (RSS 2.0 <author>: "jdoe@example.com (Jane Doe)")
MAIL_AND_NAME = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\((?P<name>[^()@]{3,80})\)\s*")


# markup a news API or a CMS leaves in an author field: "By <a href=\"/profiles/jane-doe\">Jane Doe</a>, KXN"
AUTHOR_MARKUP = re.compile(r"<[^<>]*>")


def _person_names(value: str) -> list[str]:
    value = " ".join(AUTHOR_MARKUP.sub(" ", value).split())
    mail = MAIL_AND_NAME.fullmatch(value)
    value = mail.group("name") if mail else value
    if "://" in value or HAN_CHAR.search(value):
        return []
    # an archive's author field of bar-separated parts: "November 25, 2011|By Jane Doe | Tribune reporter"
    fields = english_byline(value, header=True) if "|" in value else None
    # a name and its title without a comma, read last: "Jane Doe Whitehall editor"
    return fields or split_names_en(value.replace(";", ",")) or name_before_title(value)


def json_ld_authors(root: Any, data: list[Any]) -> list[str]:
    """The author names of the page's JSON-LD blocks ``data`` (json_ld.blocks; schema.org ``author``: a
    name, a Person, a list of them, or a reference ``{"@id": …}`` to a Person elsewhere in the graph, as
    Yoast writes it)."""
    named: dict[str, str] = {}
    for block in data:
        json_ld.walk(block, lambda node: _ld_named(node, named))
    out: list[str] = []
    referenced: list[str] = []
    for block in data:
        json_ld.walk(block, lambda node: _ld_author_names(node, named, out, referenced))
    if referenced:
        # a referenced Person is the CMS account that posted the page (often an admin or a marketing desk):
        # it counts only when the page's text names that person too
        text = " ".join(" ".join(root.xpath(VISIBLE_TEXT)).split())
        out = [n for n in out if n not in referenced or n in text]
    return out


def _ld_named(node: dict[str, Any], named: dict[str, str]) -> None:
    """Remember the name of an object that has an ``@id``, for the author references to it."""
    if isinstance(node.get("@id"), str) and isinstance(node.get("name"), str) and node["name"].strip():
        named.setdefault(node["@id"], node["name"].strip())


def _ld_author_names(
    node: dict[str, Any], named: dict[str, str], out: list[str], referenced: list[str]
) -> None:
    author = node.get("author")
    for a in author if isinstance(author, list) else [author]:
        name = a.get("name") if isinstance(a, dict) else a
        if isinstance(a, dict) and not name and str(a.get("@id")) in named:
            name = named[str(a.get("@id"))]
            referenced.append(name.strip())
        if isinstance(name, str) and name.strip() and name.strip() not in out:
            out.append(name.strip())


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
            record.authors = split_names_en(re.sub(r"^\s*By\s+", "", text, flags=re.I))
        elif text:
            run = read_credits_zh(text, "whole") or read_credits_zh(text, "lenient")
            record.authors = run.names(REPORTER) if run else []


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
