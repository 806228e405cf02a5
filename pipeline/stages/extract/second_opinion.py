"""trafilatura's reading of a page, as a second candidate for the generic body.

The text-density engine (density.py) and trafilatura fail differently: the engine sometimes settles on a
teaser, a slider or one section of an article; trafilatura, whose body XPaths know many CMS layouts,
finds those articles but keeps more page furniture around them. ``choose_lines`` compares the two
readings line by line:

- trafilatura finds the article *elsewhere* (less than half of its text inside the engine's region, or
  less than 90 % and what lies outside is prose): its lines are taken, then cleaned like the engine's,
  without those of a block named like furniture under a story (a comment list, a newsletter form) that
  the engine skipped;
- otherwise the engine's region stands, without its short lines (under 15 prose tokens: bylines, dates,
  captions, share prompts, "read more" links) that trafilatura's reading does not have.

Chinese pages never ask (the engine reads them better; docs/choices.md has the figures). A page larger
than ``MAX_CHARS`` or with more than ``MAX_TEXT_CHARS`` of text is not handed over (trafilatura's fallback
extractors are not linear in the page), and any failure of the library simply means "no second opinion":
its error text never reaches the record.
"""

from __future__ import annotations

import bisect
import logging

from lxml import html as lxml_html

from pipeline.stages.extract.class_names import WordPattern
from pipeline.stages.extract.density import good_line
from pipeline.stages.extract.dom import Line, tokens

log = logging.getLogger(__name__)

# Pages larger than this are read by the engine alone: trafilatura's fallback extractors are not linear, and
# a second opinion must not cost more than the engine (a 5 MB page takes about a second). 345 of the 349
# corpus-web pages have less text.
MAX_CHARS = 2_000_000  # decoded HTML characters
MAX_TEXT_CHARS = 150_000  # characters of text in the page's <body>
COVERED_LOW = 0.5  # below this share of trafilatura's text inside the region, its reading is taken
COVERED_HIGH = 0.9  # ... and below this one, when what lies outside the region is mostly prose
OUTSIDE_PROSE = 0.7
PROSE_TOKENS = 15  # a line with this many prose tokens is article text, whoever keeps it
MATCH_MIN_CHARS = 25  # a shorter trafilatura line must equal a page line to match it
CONFIRM_MIN_CHARS = 12  # a page line this long found inside trafilatura's text is confirmed by it
# Substring searches cost the length of the text searched: at most this many characters are scanned per
# page (a page of thousands of short lines must not make matching quadratic); past it, lines only match
# exactly.
SEARCH_BUDGET = 30_000_000
FURNITURE_SHARE = 0.5  # a furniture-named block with this share of the page's text is a page-wide wrapper


def too_large_to_hand_over(page_html: str, text_chars: int) -> bool:
    """Whether the page (``text_chars`` of text) is read by the engine alone: the other readers are not linear."""
    return len(page_html) > MAX_CHARS or text_chars > MAX_TEXT_CHARS


def trafilatura_lines(page_html: str, url: str | None, text_chars: int = 0) -> list[str] | None:
    """trafilatura's extracted text as lines (list markers and table bars removed); None when it finds
    nothing, fails, is not installed, or the page (``text_chars`` of text) is too large to hand over."""
    if too_large_to_hand_over(page_html, text_chars):
        return None
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        text = trafilatura.extract(page_html, url=url, include_comments=False, include_tables=True)
    except Exception:  # noqa: BLE001 - the second opinion is optional; the engine's answer stands
        log.debug("trafilatura failed on %s", url, exc_info=True)
        return None
    if not text:
        return None
    lines = [ln for ln in (_strip_markup(raw) for raw in text.split("\n")) if ln]
    return lines or None


def _strip_markup(line: str) -> str:
    """ "- item" -> "item", "| a | b |" -> "a b" (trafilatura's plain-text rendering of lists and tables)."""
    line = line.strip()
    if line.startswith("- "):
        line = line[2:]
    if line.startswith("|") and line.endswith("|"):
        line = " ".join(cell.strip() for cell in line.strip("|").split("|") if cell.strip())
    return line


def _squash(text: str) -> str:
    return "".join(text.split())


def matched_lines(page_lines: list[Line], other: list[str]) -> dict[int, int]:
    """Which page line each of ``other``'s lines is: {index in other: index in page_lines}. Equal text, or
    (from MATCH_MIN_CHARS on) text found inside a page line; one pass over the page's text."""
    exact: dict[str, int] = {}
    starts: list[int] = []
    pieces: list[str] = []
    pos = 0
    for i, line in enumerate(page_lines):
        sq = _squash(line.text)
        exact.setdefault(sq, i)
        starts.append(pos)
        pieces.append(sq)
        pos += len(sq)
    joined = "".join(pieces)
    searches = SEARCH_BUDGET // max(len(joined), 1)
    found: dict[int, int] = {}
    for k, text in enumerate(other):
        sq = _squash(text)
        if not sq:
            continue
        at_line = exact.get(sq)
        if at_line is None and len(sq) >= MATCH_MIN_CHARS and searches > 0:
            searches -= 1
            at = joined.find(sq)
            if at >= 0:
                at_line = bisect.bisect_right(starts, at) - 1
        if at_line is not None:
            found[k] = at_line
    return found


def choose_lines(
    page_lines: list[Line],
    region: list[int] | None,
    other: list[str] | None,
    owner: lxml_html.HtmlElement,
    furniture_names: WordPattern | None = None,
) -> tuple[list[Line], bool]:
    """The lines to read the body from (see the module doc), and whether they are trafilatura's.
    ``region``: indexes of the engine's lines; ``other``: trafilatura's lines; ``owner``: the element
    trafilatura's lines are attributed to (the page's <body>); ``furniture_names``: names of the blocks
    under a story whose text leaves trafilatura's lines (noise.toml ``[blocks] under_story``)."""
    ours = [page_lines[i] for i in region] if region else []
    if not other:
        return ours, False
    where = matched_lines(page_lines, other)
    if region and not _elsewhere(page_lines, set(region), other, where):
        return _trimmed(page_lines, region, confirmed_lines(page_lines, region, other, where)), False
    furniture = _in_furniture(other, where, owner, furniture_names)
    return [
        _as_line(text, page_lines[where[k]] if k in where else None, owner)
        for k, text in enumerate(other)
        if k not in furniture
    ], True


def _in_furniture(
    other: list[str], where: dict[int, int], owner: lxml_html.HtmlElement, names: WordPattern | None
) -> set[int]:
    """Lines of ``other`` that the page's lines do not have and that lie inside a block named like furniture
    under a story (``names``: a comment list, a newsletter form): trafilatura keeps such a block when its
    class is not one it knows, and the engine skipped it by name. A block holding half the page's text or
    more is a page-wide wrapper ("single-post comments-open"), not such a block."""
    if names is None:
        return set()
    total = len(_squash(owner.text_content())) or 1
    texts = []
    for el in owner.iter():
        if not isinstance(el.tag, str):
            continue
        attrs = (el.get("class") or "") + " " + (el.get("id") or "")
        if attrs.strip() and names.search(attrs):
            text = _squash(el.text_content())
            if len(text) < FURNITURE_SHARE * total:
                texts.append(text)
    if not texts:
        return set()
    joined = "\x00".join(texts)
    return {k for k, text in enumerate(other) if k not in where and _squash(text) and _squash(text) in joined}


def _elsewhere(page_lines: list[Line], inside: set[int], other: list[str], where: dict[int, int]) -> bool:
    """Whether ``other`` (trafilatura's lines) finds the article elsewhere than the region ``inside``."""
    total = sum(tokens(t) for t in other) or 1
    covered = outside = outside_prose = 0
    for k, i in where.items():
        n = tokens(other[k])
        if i in inside:
            covered += n
        else:
            outside += n
            outside_prose += n if good_line(page_lines[i]) >= PROSE_TOKENS else 0
    share = covered / total
    return share < COVERED_LOW or (share < COVERED_HIGH and outside_prose >= OUTSIDE_PROSE * max(outside, 1))


def confirmed_lines(
    page_lines: list[Line], region: list[int], other: list[str], where: dict[int, int]
) -> set[int]:
    """Lines of ``region`` that ``other`` (a reader's lines) also has: matched line to line, or found inside
    its text (trafilatura joins some lines the engine keeps apart)."""
    found = set(where.values())
    joined = "".join(_squash(t) for t in other)
    searches = SEARCH_BUDGET // max(len(joined), 1)
    for i in region:
        if i not in found and searches > 0:
            sq = _squash(page_lines[i].text)
            if len(sq) >= CONFIRM_MIN_CHARS:
                searches -= 1
                if sq in joined:
                    found.add(i)
    return found


def _trimmed(page_lines: list[Line], region: list[int], confirmed: set[int]) -> list[Line]:
    """The region's lines, without the short ones trafilatura does not have."""
    return [page_lines[i] for i in region if i in confirmed or good_line(page_lines[i]) >= PROSE_TOKENS]


def _as_line(text: str, page_line: Line | None, owner: lxml_html.HtmlElement) -> Line:
    """A line of trafilatura's text: the page's own line when it is that line (its link text, caption and
    heading marks kept), else a line of that text with the link share of the page line holding it."""
    if page_line is not None and _squash(page_line.text) == _squash(text):
        return page_line
    chars = len(text)
    if page_line is None:
        return Line(owner, parts=[text], chars=chars, text=" ".join(text.split()))
    links = round(chars * page_line.link_chars / max(page_line.chars, 1))
    return Line(
        page_line.owner,
        parts=[text],
        chars=chars,
        link_chars=links,
        caption=page_line.caption,
        text=" ".join(text.split()),
    )
