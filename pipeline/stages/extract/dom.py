"""The DOM side of extraction: parse with lxml, cut the page into text lines, find the main text.

One walk over the tree turns the page into *lines*: runs of text between block boundaries (a block element
starting or ending, a ``<br>``), each remembering the block element that owns it and how much of it is link
text. Everything else works on lines:

- the generic body finder scores block elements by the text of the good lines they hold (a text-density
  method in the spirit of Readability/CETD: long, punctuated, link-poor lines count, link lists do not);
- a site rule's body selector simply picks the container, and the same lines inside it become paragraphs.

lxml only (no BeautifulSoup tree walking) keeps this fast.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field, replace
from itertools import islice

from lxml import etree, html

from pipeline.stages.extract.class_names import WordPattern
from pipeline.stages.extract.shapes import (
    CAPTION_MAX_CHARS,  # a caption-named block longer than this is text, not a caption
    HEADINGS,
    HiddenClasses,
    is_hidden,
    is_image_caption,
)
from pipeline.text.scripts import HAN, KANA, fold_radicals
from pipeline.text.sentences import split_at_indents

BLOCK_TAGS = frozenset(
    "p div td th tr table tbody thead tfoot li ul ol dl dd dt h1 h2 h3 h4 h5 h6 section article main "
    "header footer aside nav blockquote pre center form fieldset figure figcaption address hr body html "
    "caption details summary".split()
)
# Removed with their content before anything else: never article text.
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "object", "embed", "svg", "select", "button", "textarea",
    "input", "template", "map", "video", "audio", "canvas",
)  # fmt: skip

NEVER_SKIPPED = frozenset(
    ("html", "body", "main", "article")
)  # page-wide classes ("one-sidebar") say nothing
WS = re.compile(r"[\s\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
# Combining marks that belong inside words: Latin diacritics, Hebrew and Arabic points, Indic vowel signs
# (Devanagari to Sinhala), Thai, Tibetan and Myanmar signs. Python's \w leaves them out.
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u0f18-\u0fbc\u102b-\u103e"
# One token per Chinese or Japanese character, one per word of every other script (Latin, Cyrillic, Greek,
# Arabic, Hebrew, Devanagari, Bengali, Hangul...): a page in any language is measured. Counted as words
# (runs of letters, digits and marks; CJK runs included), then each CJK run counted by its characters:
# two plain character classes, fast on megabytes of text.
WORD = re.compile(rf"[\w{MARKS}]+(?:['’][^\W\d_]+)?")
CJK_RUN = re.compile(f"[{HAN}{KANA}]+")
# sentence punctuation of the scripts above: CJK, Latin (not "15:32", "3.8"), Arabic, Devanagari, Armenian,
# Ethiopic, Greek question mark
SENTENCE_PUNCT = re.compile(r"[，。；！？、：”」،؛؟۔।॥։።፧;]|(?<!\d)[,.;!?:](?!\d)")
SPACES = re.compile(r"\s+")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def tokens(text: str) -> int:
    """Length in tokens: one per Chinese/Japanese character, one per word or number of other scripts."""
    n = len(WORD.findall(text))
    if not text.isascii():
        runs = CJK_RUN.findall(text)
        n += sum(map(len, runs)) - len(runs)
    return n


def clean_text(text: str) -> str:
    """Whitespace runs (ideographic, no-break and zero-width spaces too) folded to one space, trimmed; Kangxi
    radicals put for ideographs by PDF copies (8⽉29⽇) read as those ideographs."""
    return fold_radicals(WS.sub(" ", text).strip())


def compact(text: str) -> str:
    """Text with every whitespace character removed: headlines compare equal however they were wrapped."""
    return SPACES.sub("", text)


def good_line_text(text: str) -> int:
    """Tokens of a paragraph that reads like a sentence (not a label, time or menu entry)."""
    n = tokens(text)
    return n if n >= 8 or SENTENCE_PUNCT.search(text) else 0


_PARSERS = threading.local()
# "<title>Headline" followed by another tag before any "</title>": an unclosed title that would swallow the
# page (libxml2 reads everything up to a "</title>" as the title's text)
UNCLOSED_TITLE = re.compile(r"(<title\b[^>]*>)([^<]{0,2000})(?=<(?!/title\s*>))", re.I)


# a run of one tag opened (or closed) hundreds of times in a row, as broken CMS templates produce
DEEP_OPEN = re.compile(
    r"(?:<(?P<t>[a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,200}>\s*)(?:<(?P=t)\b[^<>]{0,200}>\s*){100,}"
)
DEEP_CLOSE = re.compile(r"(?:</(?P<t>[a-zA-Z][a-zA-Z0-9]{0,9})\s*>\s*){101,}")
DEEP_KEEP = 100
TAG_RE = re.compile(r"<[^<>]*>")


def _keep_some(m: re.Match[str]) -> str:
    return "".join(TAG_RE.findall(m.group(0))[:DEEP_KEEP])


def _parser() -> html.HTMLParser:
    """One lxml parser per thread; ``huge_tree`` so pages nested deeper than 255 elements keep their text."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = html.HTMLParser(huge_tree=True)
    return parser


def parse(page: str) -> html.HtmlElement | None:
    """Parse HTML text; None when there is no document at all."""
    page = XML_DECLARATION.sub("", page)  # lxml refuses str input carrying an encoding declaration
    if not page.strip():
        return None
    head = page[:200000]
    if "</title" not in head.lower() or UNCLOSED_TITLE.search(head):
        page = UNCLOSED_TITLE.sub(r"\1\2</title>", page, count=1)
    parser = _parser()
    try:
        root = html.document_fromstring(page, parser=parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            # deeper than libxml2's hard limit (2048 even with huge_tree): cut runs of one repeated tag
            page = DEEP_OPEN.sub(_keep_some, DEEP_CLOSE.sub(_keep_some, page))
            root = html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError):
        try:
            root = html.fragment_fromstring(page, create_parent="div", parser=_parser())
        except (etree.ParserError, ValueError):
            return None
    return root


def strip_junk(root: html.HtmlElement) -> None:
    """Remove scripts, styles, comments and form widgets in place (keeping their tail text)."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)


@dataclass
class Line:
    owner: html.HtmlElement  # the block element the text sits in
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    chars: int = 0
    heading: bool = False
    caption: bool = False  # inside a <figcaption> or a caption/credit-named block
    text: str = ""  # the parts joined, whitespace folded (set when the walk ends)


@dataclass
class BlockNames:
    """What the walker skips by class/id name (noise.toml [blocks], read as whole words)."""

    skip: WordPattern  # never article text (share bars, comments, ads...)
    weak: WordPattern  # layout-ambiguous ("nav", "menu"): skipped unless the subtree is prose
    positive: WordPattern  # article container names: a skip-named element that also has one is kept if prose
    caption: WordPattern  # names of photo captions and credits: their lines are marked (Line.caption)
    hidden: HiddenClasses = HiddenClasses()  # class names that hide an element (shapes.is_hidden)


ENTER, AFTER, EXIT = 0, 1, 2
# a skip-named element holding more than this share of the page's text outside links is a wrapper
WRAPPER_SHARE = 0.6


class SubtreeText:
    """Text length and link text length of every subtree, computed in one pass the first time they are
    asked for (a page-wide wrapper named like noise is found in linear time, however deeply such wrappers
    nest)."""

    def __init__(self, root: html.HtmlElement) -> None:
        self.root = root
        self._stats: dict[html.HtmlElement, tuple[int, int]] | None = None

    def of(self, el: html.HtmlElement) -> tuple[int, int]:
        if self._stats is None:
            self._stats = subtree_stats(self.root)
        return self._stats.get(el, (0, 0))

    @property
    def total(self) -> int:
        return self.of(self.root)[0]


def visible_len(text: str | None) -> int:
    """Characters of ``text`` with each run of whitespace counted as one (templates indent by thousands)."""
    if not text:
        return 0
    if "  " not in text and "\n" not in text and "\t" not in text:  # most text: nothing to collapse
        return len(text)
    return len(SPACES.sub(" ", text))


def subtree_stats(root: html.HtmlElement) -> dict[html.HtmlElement, tuple[int, int]]:
    """(characters, characters inside links) of each element's subtree, a run of whitespace counted as one
    character (as the walker's budget counts them). Keyed by the element itself: the
    dictionary keeps lxml's proxy objects alive, so they stay the same objects (``id()`` of a proxy that
    was let go can be reused by another element)."""
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    stats: dict[html.HtmlElement, tuple[int, int]] = {}
    for el in reversed(elements):  # children before their parents
        chars = visible_len(el.text)
        links = 0
        for child in el:
            c_chars, c_links = stats.get(child, (0, 0))
            chars += c_chars + visible_len(child.tail)
            links += c_links
        stats[el] = (chars, chars if el.tag == "a" else links)
    return stats


def has_sentences(text: str, at_least: int = 5) -> bool:
    """Whether ``text`` has ``at_least`` sentence punctuation marks (stops scanning at the last one needed)."""
    return next(islice(SENTENCE_PUNCT.finditer(text), at_least - 1, None), None) is not None


class Walker:
    """Turns a tree into lines in document order, skipping noisy subtrees."""

    def __init__(
        self, root: html.HtmlElement, names: BlockNames | None = None, max_chars: int | None = None
    ) -> None:
        self.names = names
        self.sizes = SubtreeText(root)
        self.lines: list[Line] = []
        self.current: Line | None = None
        self.budget = max_chars  # characters of text still read, whitespace runs as one (None: no limit)
        self.dropped = False  # whether text was left unread (the budget ran out)
        self.at: html.HtmlElement | None = None  # the element the walk was at (where it stopped)
        self._prose: dict[html.HtmlElement, bool] = {}

    def _new(self, owner: html.HtmlElement, caption: bool) -> None:
        self.current = Line(owner, heading=owner.tag in HEADINGS, caption=caption)
        self.lines.append(self.current)

    def _add(self, text: str, owner: html.HtmlElement, in_link: bool, caption: bool = False) -> None:
        if not text:
            return
        if self.budget is not None:
            # Characters as read, a run of whitespace as one: templates indent their menus by thousands of
            # spaces, which must not use up the budget before the article (a 480,000-character nav whose
            # words are 5,000 characters).
            size = visible_len(text)
            if size > self.budget:
                self.dropped = True
                text = SPACES.sub(" ", text)[: self.budget]
                if not text:
                    return
                size = len(text)
            self.budget -= size
        if self.current is None or self.current.owner is not owner:
            self._new(owner, caption)
        assert self.current is not None
        self.current.parts.append(text)
        n = len(text.strip())
        self.current.chars += n
        if in_link:
            self.current.link_chars += n

    def is_skipped(self, el: html.HtmlElement) -> bool:
        names = self.names
        if names is None or el.tag in NEVER_SKIPPED:
            return False
        if is_hidden(el, names.hidden):
            # a page-wide wrapper a script reveals holds sentences; a hidden block of search keywords larger
            # than the article (space-separated phrases, no punctuation) is no wrapper and stays unread
            return not (self.is_wrapper(el) and self.has_punctuation(el))
        attrs = (el.get("class") or "") + " " + (el.get("id") or "")
        if not attrs.strip():
            return False
        if names.skip.search(attrs):
            if self.is_wrapper(el):
                return False
            # "l-sidebar-fixed l-article-body-segment": another of its names says article, and it is prose
            others = " ".join(n for n in attrs.split() if not names.skip.search(n))
            return not (others and names.positive.search(others) and self.holds_prose(el))
        if names.weak.search(attrs):
            # old CMS templates wrap the whole article in class="nav": walk it when it holds prose
            return not (self.holds_prose(el) or self.sizes.of(el)[0] > 0.5 * self.sizes.total)
        return False

    def is_wrapper(self, el: html.HtmlElement) -> bool:
        """Whether ``el`` holds most of the page's text outside links: a page-wide wrapper that happens to
        carry a noise name (id="nextpage" around a gallery, "content-sidebar-wrap") or a hiding class
        that a script lifts."""
        chars, links = self.sizes.of(el)
        total, total_links = self.sizes.of(self.sizes.root)
        return chars - links > WRAPPER_SHARE * (total - total_links)

    def holds_prose(self, el: html.HtmlElement) -> bool:
        """Whether a subtree carries article-like text: ≥ 200 characters outside links, ≥ half of its text,
        with sentence punctuation (menus and link lists do not)."""
        chars, links = self.sizes.of(el)
        plain = chars - links
        if plain < 200 or plain < 0.5 * chars:
            return False
        return self.has_punctuation(el)

    def has_punctuation(self, el: html.HtmlElement) -> bool:
        """Whether a subtree's text has sentences (has_sentences; cached per element)."""
        prose = self._prose.get(el)
        if prose is None:
            prose = self._prose[el] = has_sentences(el.text_content())
        return prose

    def is_caption(self, el: html.HtmlElement) -> bool:
        """A <figcaption>, a short block named like a caption or a credit (a page-wide class such as
        "hide-caption" on <body> says nothing; a long "caption" is a text block), or a short block that is
        all the text beside an image (shapes.is_image_caption)."""
        if el.tag == "figcaption":
            return True
        if self.names is None or el.tag in NEVER_SKIPPED:
            return False
        attrs = (el.get("class") or "") + " " + (el.get("id") or "")
        if attrs.strip() and self.names.caption.search(attrs):
            return self.sizes.of(el)[0] <= CAPTION_MAX_CHARS
        return is_image_caption(el, BLOCK_TAGS, lambda e: self.sizes.of(e)[0])

    def walk(self, root: html.HtmlElement, owner: html.HtmlElement) -> None:
        """Depth-first walk with an explicit stack (pages nest thousands deep: no recursion). Siblings are
        reached one at a time (getnext), so an element with 70,000 children costs nothing past the point
        where the text budget runs out."""
        # stack items: (action, element, owner, in_link, in_caption). ENTER an element; AFTER it: its tail,
        # then its next sibling; EXIT: the end of a block.
        Item = tuple[int, html.HtmlElement, html.HtmlElement, bool, bool]
        stack: list[Item] = [(ENTER, root, owner, False, False)]
        while stack and not self.dropped:
            action, el, owner, in_link, in_caption = stack.pop()
            self.at = el
            if action == EXIT:
                self.current = None
                continue
            if action == AFTER:
                if el.tail:
                    if el.tag in BLOCK_TAGS or el.tag == "br":
                        self.current = None
                    self._add(el.tail, owner, in_link, in_caption)
                nxt = el.getnext() if el is not root else None
                if nxt is not None:
                    stack.append((ENTER, nxt, owner, in_link, in_caption))
                continue
            if el is not root:
                stack.append((AFTER, el, owner, in_link, in_caption))
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if self.is_skipped(el):
                if self.budget is not None:  # skipped text counts: the walk's cost is bounded by the page
                    self.budget -= self.sizes.of(el)[0]
                    self.dropped = self.budget < 0
                continue
            if tag in BLOCK_TAGS:
                self.current = None
                owner = el
                in_caption = in_caption or self.is_caption(el)
                stack.append((EXIT, el, owner, in_link, in_caption))
            elif tag == "br":
                self.current = None
                continue
            elif tag == "a":
                in_link = True
            elif tag == "img":
                continue
            if el.text:
                self._add(el.text, owner, in_link, in_caption)
            if len(el):
                stack.append((ENTER, el[0], owner, in_link, in_caption))


def lines_of(root: html.HtmlElement, names: BlockNames | None = None) -> list[Line]:
    """The text lines of a subtree in document order (empty ones dropped), skipping noise-named blocks."""
    return read_lines(root, names)[0]


def read_lines(
    root: html.HtmlElement, names: BlockNames | None = None, max_chars: int | None = None
) -> tuple[list[Line], bool]:
    """lines_of, reading at most ``max_chars`` characters of text (the walk stops there: its cost is
    bounded too); and whether text was left unread."""
    w = Walker(root, names, max_chars)
    w.walk(root, root)
    if w.dropped and w.at is not None:
        cut_after(root, w.at)
    lines = []
    for ln in w.lines:
        if not ln.chars:
            continue
        joined = "".join(ln.parts)
        pieces = split_at_indents(joined)  # paragraphs run together at their indents: one line each
        for piece in pieces:
            part = ln if len(pieces) == 1 else _line_part(ln, piece, len(joined))
            part.text = clean_text(piece)
            lines.append(part)
    return lines, w.dropped


def _line_part(line: Line, piece: str, length: int) -> Line:
    """The share of ``line`` (``length`` characters) that ``piece`` of its text is: same block, its characters,
    links pro rata."""
    share = len(piece) / max(1, length)
    return replace(line, parts=[piece], chars=len(piece), link_chars=round(line.link_chars * share))


def cut_after(root: html.HtmlElement, el: html.HtmlElement) -> None:
    """Remove everything that follows ``el`` in document order inside ``root`` (its descendants stay): the
    unread rest of a huge page, so that every later look at the tree (XPaths for dates, bylines, titles)
    costs no more than the text that was read. Slice deletion: a few calls into libxml2, not one per
    element."""
    node = el
    while node is not None and node is not root:
        parent = node.getparent()
        if parent is None:
            break
        del parent[parent.index(node) + 1 :]
        node = parent


def head_meta(root: html.HtmlElement) -> dict[str, str]:
    """The page's <meta> values by lowercased name/property/itemprop/http-equiv (the first of each wins)."""
    metas: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv") or "").lower()
        content = m.get("content")
        if key and content and key not in metas:
            metas[key] = content.strip()
    return metas
