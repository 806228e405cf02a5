"""The generic body finder: which lines of a page are the article (text density).

1. Every line that reads like prose (≥ 8 tokens or sentence punctuation, link text ≤ 30 %) is evidence:
   its tokens plus a bonus per punctuation mark. One pass sums, for every element, the evidence of its
   subtree, its other text (menus, labels, link lists), its headings and the range of lines it holds.
2. The *core* is the element where prose concentrates: evidence credited to a line's block and, decaying,
   to three ancestors, times (1 − link density), nudged by class/id names (noise.toml [blocks]).
3. A core that is itself one paragraph, list or table row grows to its container.
4. The container's siblings that continue the text join it (after Readability's sibling rule): blocks of
   the core's own tag and class (an article split into sections or text columns; for a core that stayed
   one paragraph because its parent is <body>, its unclassed sister paragraphs too) and, before the core,
   blocks of prose without a heading (a lead paragraph in its own box). Never the blocks after it that
   are merely prose-like: teasers, promotions and related-story summaries follow articles.
5. Prose paragraphs just before the region join it (a standfirst or lead outside the body container).

Everything is a sum over lines and one pass over the elements: linear in the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import html

from pipeline.stages.extract.class_names import WordPattern
from pipeline.stages.extract.dom import SENTENCE_PUNCT, Line, good_line_text, tokens

ANCESTOR_WEIGHTS = (1.0, 0.9, 0.5, 0.25)  # a good line's score, credited to its block and three ancestors
PROSE_MAX_LINK_SHARE = 0.3  # a line (or block) with more link text than this is navigation, not prose
POSITIVE_BONUS = 1.25  # class/id hints: article-like names
BODY_BONUS = 1.25  # names of an article body ("article-body", "entry-content", itemprop=articleBody)
NEGATIVE_MALUS = 0.5  # sidebar, comment, related... names
# A core that is one paragraph, list or table row is part of the text, not its container.
LEAF_BLOCKS = frozenset("p li ol ul dl dd dt tr tbody thead blockquote pre h1 h2 h3 h4 h5 h6 figure".split())
SIBLING_SHARE = 0.1  # a sibling before the core joins with this share of the core's evidence (and ≥ 10)
SIBLING_MIN = 10.0
SIBLING_PROSE_SHARE = 0.7  # ... when at least this share of its tokens is prose
LEAD_LINES = 2  # short lines skipped looking back from the region for lead paragraphs
LEAD_MIN_TOKENS = 15  # a lead paragraph: this many prose tokens
LEAD_MIN_CHARS = 80  # and characters (15 Chinese characters are no paragraph)


def good_line(line: Line) -> int:
    """Tokens this line contributes as main-text evidence (0 for link lists, menus, stubs)."""
    if line.link_chars > PROSE_MAX_LINK_SHARE * max(line.chars, 1):
        return 0
    return good_line_text(line.text)


@dataclass
class Block:
    """What one element's subtree holds."""

    el: html.HtmlElement
    first: int = -1  # index of its first line in the page's lines (-1: none)
    last: int = -1
    evidence: float = 0.0  # prose evidence of its lines
    other: float = 0.0  # tokens of its lines that are not prose
    chars: int = 0
    link_chars: int = 0
    headings: int = 0  # heading lines (h1-h6)
    core: float = 0.0  # evidence credited with decaying weights (for finding the core)

    def add_range(self, first: int, last: int) -> None:
        if first < 0:
            return
        self.first = first if self.first < 0 else min(self.first, first)
        self.last = max(self.last, last)


@dataclass
class MainText:
    """The article's place on the page: the element found and the line ranges it covers."""

    el: html.HtmlElement
    ranges: list[tuple[int, int]]  # inclusive (first, last) line indexes, in document order

    def lines(self, lines: list[Line]) -> list[Line]:
        return [lines[i] for i in self.indexes()]

    def indexes(self) -> list[int]:
        return sorted({i for first, last in self.ranges for i in range(first, last + 1)})


@dataclass
class Hints:
    """Class/id names that nudge the scorer (noise.toml [blocks])."""

    positive: WordPattern | None = None
    negative: WordPattern | None = None
    body: WordPattern | None = None

    def factor(self, el: html.HtmlElement) -> float:
        factor = BODY_BONUS if el.get("itemprop") == "articleBody" else 1.0
        attrs = (el.get("class") or "") + " " + (el.get("id") or "")
        if not attrs.strip():
            return factor
        if self.body is not None and self.body.search(attrs):
            factor *= BODY_BONUS
        if self.positive is not None and self.positive.search(attrs):
            factor *= POSITIVE_BONUS
        if self.negative is not None and self.negative.search(attrs):
            factor *= NEGATIVE_MALUS
        return factor

    def negative_name(self, el: html.HtmlElement) -> bool:
        attrs = (el.get("class") or "") + " " + (el.get("id") or "")
        return self.negative is not None and bool(attrs.strip()) and self.negative.search(attrs)


def blocks_of(root: html.HtmlElement, lines: list[Line]) -> dict[html.HtmlElement, Block]:
    """The Block of every element that holds a line (keyed by the element: the keys keep lxml's proxies
    alive, so an element is the same object every time it is met)."""
    blocks: dict[html.HtmlElement, Block] = {}

    def block(el: html.HtmlElement) -> Block:
        b = blocks.get(el)
        if b is None:
            b = blocks[el] = Block(el)
        return b

    for i, line in enumerate(lines):
        b = block(line.owner)
        b.add_range(i, i)
        b.chars += line.chars
        b.link_chars += line.link_chars
        b.headings += line.heading
        n = good_line(line)
        if not n:
            b.other += tokens(line.text)
            continue
        score = n + min(len(SENTENCE_PUNCT.findall(line.text)), 10) * 2
        b.evidence += score
        anc = line.owner
        for w in ANCESTOR_WEIGHTS:
            if anc is None:
                break
            block(anc).core += score * w
            anc = anc.getparent()
    # subtree sums: children before their parents
    for el in reversed([e for e in root.iter() if isinstance(e.tag, str)]):
        child = blocks.get(el)
        parent = el.getparent()
        if child is None or parent is None or el is root:
            continue
        p = block(parent)
        p.add_range(child.first, child.last)
        p.evidence += child.evidence
        p.other += child.other
        p.chars += child.chars
        p.link_chars += child.link_chars
        p.headings += child.headings
    return blocks


def find_main(root: html.HtmlElement, lines: list[Line], hints: Hints | None = None) -> MainText | None:
    """Where the main text is: the core element, grown into the whole article (see the module doc)."""
    hints = hints or Hints()
    blocks = blocks_of(root, lines)
    best: Block | None = None
    best_score = 0.0
    for b in blocks.values():
        if b.core <= 0 or b.el.tag in ("html", "body"):
            continue
        density = b.link_chars / max(b.chars, 1)
        s = b.core * (1 - density) * hints.factor(b.el)
        if s > best_score:
            best, best_score = b, s
    if best is None:
        return None
    best = _container(best, blocks, root)
    return MainText(best.el, _with_lead(_with_siblings(best, blocks, hints), lines))


def _container(core: Block, blocks: dict[html.HtmlElement, Block], root: html.HtmlElement) -> Block:
    """The nearest ancestor of a paragraph-, list- or row-sized core that is a container."""
    current = core
    while current.el.tag in LEAF_BLOCKS:
        parent_el = current.el.getparent()
        if parent_el is None or parent_el is root or parent_el.tag in ("html", "body"):
            break
        parent = blocks.get(parent_el)
        if parent is None:
            break
        current = parent
    return current


def _with_siblings(core: Block, blocks: dict[html.HtmlElement, Block], hints: Hints) -> list[tuple[int, int]]:
    """The core's line range and those of its siblings that continue the text (step 4 of the module doc)."""
    parent = core.el.getparent()
    if parent is None:
        return [(core.first, core.last)]
    threshold = max(SIBLING_MIN, SIBLING_SHARE * core.evidence)
    core_class = core.el.get("class")
    # a core still one paragraph (step 3 stops at <body>): the text is its run of sister paragraphs, classed or not
    leaf_core = core.el.tag in LEAF_BLOCKS
    ranges = []
    before = True
    for child in parent:
        b = blocks.get(child)
        if b is None or b.first < 0:
            continue
        if child is core.el:
            ranges.append((b.first, b.last))
            before = False
            continue
        if hints.negative_name(child) or b.link_chars >= PROSE_MAX_LINK_SHARE * max(b.chars, 1):
            continue
        same_kind = (
            (bool(core_class) or leaf_core) and child.get("class") == core_class and child.tag == core.el.tag
        )
        lead = (
            before
            and not b.headings
            and b.evidence >= threshold
            and b.evidence >= SIBLING_PROSE_SHARE * (b.evidence + b.other)
        )
        if (same_kind and b.evidence > 0) or lead:
            ranges.append((b.first, b.last))
    return ranges


FURNITURE_TAGS = frozenset(("aside", "nav", "footer"))


def _in_page_furniture(el: html.HtmlElement) -> bool:
    """Whether a line's block lies in an <aside>, <nav> or <footer> (a teaser there is the page's, not the
    article's; a <header> paragraph next to the body is its standfirst, and stays a candidate)."""
    while el is not None:
        if el.tag in FURNITURE_TAGS:
            return True
        el = el.getparent()
    return False


def _with_lead(ranges: list[tuple[int, int]], lines: list[Line]) -> list[tuple[int, int]]:
    """Prose paragraphs right before the region join it (step 5); short lines between are skipped, never
    taken."""

    def lead(i: int) -> bool:
        ln = lines[i]
        return (
            good_line(ln) >= LEAD_MIN_TOKENS
            and len(ln.text) >= LEAD_MIN_CHARS
            and not ln.heading
            and not _in_page_furniture(ln.owner)
        )

    extra: list[tuple[int, int]] = []
    i, gap = ranges[0][0] - 1, 0
    while i >= 0 and gap <= LEAD_LINES:
        if lead(i):
            extra.append((i, i))
            gap = 0
        else:
            gap += 1
        i -= 1
    return sorted(ranges + extra)
