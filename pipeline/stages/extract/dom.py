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
from dataclasses import dataclass, field

from lxml import etree, html

from pipeline.text.scripts import HAN

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
TOKEN = re.compile(rf"[{HAN}]|[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)?")
SENTENCE_PUNCT = re.compile(r"[，。；！？、：”」]|(?<!\d)[,.;!?:](?!\d)")  # not "15:32", "3.8"
SPACES = re.compile(r"\s+")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def tokens(text: str) -> int:
    """Length in tokens: one per CJK character, one per Latin word or number."""
    return len(TOKEN.findall(text))


def clean_text(text: str) -> str:
    """Whitespace runs (ideographic, no-break and zero-width spaces too) folded to one space, trimmed."""
    return WS.sub(" ", text).strip()


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

    @property
    def text(self) -> str:
        return clean_text("".join(self.parts))


ENTER, TAIL, EXIT = 0, 1, 2
WRAPPER_SHARE = 0.6  # a skip-named element holding more than this share of the page's text is a wrapper


class Walker:
    """Turns a tree into lines in document order, skipping noisy subtrees."""

    def __init__(self, skip: re.Pattern[str] | None = None, weak: re.Pattern[str] | None = None) -> None:
        self.skip = skip
        self.weak = weak
        self.total_chars = 0  # text length of the walked tree (set by lines_of when `weak` is given)
        self.lines: list[Line] = []
        self.current: Line | None = None

    def _new(self, owner: html.HtmlElement) -> None:
        self.current = Line(owner, heading=owner.tag in ("h1", "h2", "h3", "h4", "h5", "h6"))
        self.lines.append(self.current)

    def _add(self, text: str, owner: html.HtmlElement, in_link: bool) -> None:
        if not text:
            return
        if self.current is None or self.current.owner is not owner:
            self._new(owner)
        assert self.current is not None
        self.current.parts.append(text)
        n = len(text.strip())
        self.current.chars += n
        if in_link:
            self.current.link_chars += n

    def is_skipped(self, el: html.HtmlElement) -> bool:
        if el.tag in NEVER_SKIPPED or (self.skip is None and self.weak is None):
            return False
        attrs = (el.get("class") or "") + " " + (el.get("id") or "")
        if not attrs.strip():
            return False
        if self.skip is not None and self.skip.search(attrs):
            # a page-wide wrapper that happens to carry such a name (id="nextpage" around a gallery)
            return not (self.total_chars and len(el.text_content()) > WRAPPER_SHARE * self.total_chars)
        if self.weak is not None and self.weak.search(attrs):
            # old CMS templates wrap the whole article in class="nav": walk it when it holds prose
            return not (holds_prose(el) or len(el.text_content()) > 0.5 * self.total_chars)
        return False

    def walk(self, root: html.HtmlElement, owner: html.HtmlElement, in_link: bool = False) -> None:
        """Depth-first walk with an explicit stack (pages nest thousands deep: no recursion)."""
        # stack items: (action, element, owner, in_link); "enter" an element, "tail" after it, "exit" a block
        stack: list[tuple[int, html.HtmlElement, html.HtmlElement, bool]] = [(ENTER, root, owner, in_link)]
        while stack:
            action, el, owner, in_link = stack.pop()
            if action == TAIL:
                if el.tail:
                    if el.tag in BLOCK_TAGS or el.tag == "br":
                        self.current = None
                    self._add(el.tail, owner, in_link)
                continue
            if action == EXIT:
                self.current = None
                continue
            tag = el.tag
            if not isinstance(tag, str) or self.is_skipped(el):
                continue
            if tag in BLOCK_TAGS:
                self.current = None
                owner = el
                stack.append((EXIT, el, owner, in_link))
            elif tag == "br":
                self.current = None
                continue
            elif tag == "a":
                in_link = True
            elif tag == "img":
                continue
            if el.text:
                self._add(el.text, owner, in_link)
            for child in reversed(el):
                stack.append((TAIL, child, owner, in_link))
                stack.append((ENTER, child, owner, in_link))


def holds_prose(el: html.HtmlElement) -> bool:
    """Whether a subtree carries article-like text: ≥ 200 characters outside links, ≥ half of its text,
    with sentence punctuation (menus and link lists do not)."""
    text = el.text_content()
    if len(text) < 200:
        return False
    link = sum(len(a.text_content()) for a in el.iter("a"))
    plain = len(text) - link
    return plain >= 200 and plain >= 0.5 * len(text) and len(SENTENCE_PUNCT.findall(text)) >= 5


def lines_of(
    root: html.HtmlElement, skip: re.Pattern[str] | None = None, weak: re.Pattern[str] | None = None
) -> list[Line]:
    """The text lines of a subtree in document order (empty ones dropped), skipping noise-named blocks."""
    w = Walker(skip, weak=weak)
    if skip is not None or weak is not None:
        w.total_chars = len(root.text_content())
    w.walk(root, root)
    return [ln for ln in w.lines if ln.chars]


def good_line(line: Line, text: str) -> int:
    """Tokens this line contributes as main-text evidence (0 for link lists, menus, stubs)."""
    if line.link_chars > 0.3 * max(line.chars, 1):
        return 0
    return good_line_text(text)


ANCESTOR_WEIGHTS = (1.0, 0.9, 0.5, 0.25)  # a good line's score, credited to its block and three ancestors


@dataclass
class Candidate:
    el: html.HtmlElement
    score: float = 0.0
    chars: int = 0
    link_chars: int = 0


def find_main(
    root: html.HtmlElement,
    lines: list[Line],
    positive: re.Pattern[str] | None = None,
    negative: re.Pattern[str] | None = None,
) -> html.HtmlElement | None:
    """The element holding the main text: text-density scoring of block elements (generic fallback)."""
    cands: dict[int, Candidate] = {}

    def cand(el: html.HtmlElement) -> Candidate:
        c = cands.get(id(el))
        if c is None:
            c = cands[id(el)] = Candidate(el)
        return c

    for line in lines:
        text = line.text
        el = line.owner
        # totals (for link density) on every ancestor
        anc = el
        while anc is not None:
            c = cand(anc)
            c.chars += line.chars
            c.link_chars += line.link_chars
            anc = anc.getparent()
        n = good_line(line, text)
        if not n:
            continue
        commas = len(SENTENCE_PUNCT.findall(text))
        score = n + min(commas, 10) * 2
        anc = el
        for w in ANCESTOR_WEIGHTS:
            if anc is None:
                break
            cand(anc).score += score * w
            anc = anc.getparent()
    best: Candidate | None = None
    best_score = 0.0
    for c in cands.values():
        if c.score <= 0 or c.el.tag in ("html", "body"):
            continue
        density = c.link_chars / max(c.chars, 1)
        s = c.score * (1 - density)
        attrs = (c.el.get("class") or "") + " " + (c.el.get("id") or "")
        if attrs.strip():
            if positive is not None and positive.search(attrs):
                s *= 1.25
            if negative is not None and negative.search(attrs):
                s *= 0.5
        if s > best_score:
            best, best_score = c, s
    return None if best is None else best.el


def head_meta(root: html.HtmlElement) -> dict[str, str]:
    """The page's <meta> values by lowercased name/property/itemprop/http-equiv (the first of each wins)."""
    metas: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv") or "").lower()
        content = m.get("content")
        if key and content and key not in metas:
            metas[key] = content.strip()
    return metas
