"""A third reader, resiliparse, as a voter beside the generic engine and trafilatura (issue 10).

Bevendorff et al. ("An Empirical Comparison of Web Content Extraction Algorithms", SIGIR 2023) found that
a vote of several extractors beats each of them. The engine (density.py) and trafilatura already form a
pair (second_opinion.choose_lines); resiliparse's main-content reader (its own DOM rules, written by the
same authors, C++ and ~3 ms a page) is the third voter. Where the engine's region stands
(second_opinion.choose_lines did not take trafilatura's reading), each page line gets up to three votes:

- a line of the region that neither trafilatura nor resiliparse keeps goes (one vote of three), even a long
  one: prose that no other reader sees in the article is a teaser, a pull quote or an aside;
- a line outside the region with PROSE_TOKENS prose tokens that both keep joins it, in page order (two
  votes of three): a paragraph the engine's block missed (a lead in its own box, a section after an ad).

Short lines outside the region never join on the vote (bylines, headings and link labels that both
readers keep are what the engine's line rules leave out on purpose). When the vote would leave less than
a body, the engine's lines stand. Where trafilatura's reading was taken, only ``fill_gaps`` asks the vote:
a prose line of the region inside the span of trafilatura's reading that trafilatura left out and resiliparse
keeps joins it (a boxed paragraph within the article). Chinese pages never ask (html_page._readings); pages
over second_opinion's size limits are read by the engine alone; a failing or missing resiliparse is simply
no third vote, its error text never reaches the record.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from pipeline.stages.extract.density import good_line
from pipeline.stages.extract.dom import Line, tokens
from pipeline.stages.extract.page_kinds import MIN_BODY_TOKENS
from pipeline.stages.extract.second_opinion import (
    PROSE_TOKENS,
    confirmed_lines,
    matched_lines,
    too_large_to_hand_over,
)

log = logging.getLogger(__name__)
# a paragraph ends its last sentence; a photo caption ("X (l.) and Y with the artist Z") usually does not
SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’»」)\]]*\s*$")


@dataclass
class Readings:
    """The other readers' lines of one page (None: that reader gave nothing)."""

    trafilatura: list[str] | None = None
    resiliparse: list[str] | None = None


def resiliparse_lines(page_html: str, text_chars: int = 0) -> list[str] | None:
    """resiliparse's main-content text as lines; None when it finds nothing, fails, is not installed, or
    the page is larger than the second opinion's limits."""
    if too_large_to_hand_over(page_html, text_chars):
        return None
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
    except ImportError:
        return None
    try:
        tree = HTMLTree.parse(page_html)
        text = extract_plain_text(
            tree, main_content=True, list_bullets=False, alt_texts=False, links=False, form_fields=False
        )
    except Exception:  # noqa: BLE001 - the third vote is optional; the other two stand
        log.debug("resiliparse failed", exc_info=True)
        return None
    lines = [" ".join(raw.split()) for raw in text.split("\n")]
    return [ln for ln in lines if ln] or None


def kept_by(page_lines: list[Line], indexes: list[int], other: list[str]) -> set[int]:
    """Which of the page lines ``indexes`` the reader of ``other`` keeps: one of its lines is that line (or
    lies inside it), or the line is found inside its text."""
    where = matched_lines(page_lines, other)
    wanted = set(indexes)
    return {i for i in where.values() if i in wanted} | confirmed_lines(page_lines, indexes, other, where)


def vote(page_lines: list[Line], region: list[int], kept: list[Line], readings: Readings) -> list[Line]:
    """The body lines after the vote (see the module doc). ``region``: the engine's line indexes;
    ``kept``: the lines second_opinion.choose_lines kept of it."""
    if not readings.trafilatura or not readings.resiliparse or not region:
        return kept
    inside = set(region)
    kept_ids = {id(line) for line in kept}
    asked = [
        i
        for i, line in enumerate(page_lines)
        if (i in inside and id(line) in kept_ids) or (i not in inside and good_line(line) >= PROSE_TOKENS)
    ]
    by_trafilatura = kept_by(page_lines, asked, readings.trafilatura)
    by_resiliparse = kept_by(page_lines, asked, readings.resiliparse)
    agreed = [i for i in asked if i in inside and (i in by_trafilatura or i in by_resiliparse)]
    chosen = [
        page_lines[i]
        for i in asked
        if _keeps(i, inside, agreed, page_lines[i], by_trafilatura, by_resiliparse)
    ]
    if sum(tokens(line.text) for line in chosen) < MIN_BODY_TOKENS * 2:
        return kept
    return chosen


def fill_gaps(page_lines: list[Line], region: list[int], taken: list[Line], readings: Readings) -> list[Line]:
    """trafilatura's lines (``taken``, its reading chosen over the engine's region) with the prose lines it
    left out *inside* the span of its own reading that the engine's region and resiliparse both keep (two
    votes of three): a boxed paragraph within the article ("Kickstarter stretch features" set over an image
    between two paragraphs of a review), which trafilatura drops with the box; a line that ends no sentence (a
    photo caption) does not join. Lines before its first or after its last page line never join: there the
    engine may have settled on teasers that resiliparse shares."""
    if not readings.resiliparse or not readings.trafilatura or not region or not taken:
        return taken
    index = {id(line): i for i, line in enumerate(page_lines)}
    placed = [index.get(id(line)) for line in taken]
    known = {i for i in placed if i is not None}
    if len(known) < 2:
        return taken
    first, last = min(known), max(known)
    asked = [
        i
        for i in region
        if first < i < last
        and i not in known
        and good_line(page_lines[i]) >= PROSE_TOKENS
        and SENTENCE_END.search(page_lines[i].text)
    ]
    if not asked:
        return taken
    by_resiliparse = kept_by(page_lines, asked, readings.resiliparse)
    by_trafilatura = kept_by(page_lines, asked, readings.trafilatura)
    joining = [i for i in asked if i in by_resiliparse and i not in by_trafilatura]
    if not joining:
        return taken
    out: list[Line] = []
    pending = sorted(joining)  # region indexes, in page order
    for line, at in zip(taken, placed, strict=True):
        while pending and at is not None and pending[0] < at:
            out.append(page_lines[pending.pop(0)])
        out.append(line)
    return out + [page_lines[i] for i in pending]


def _keeps(
    i: int,
    inside: set[int],
    agreed: list[int],
    line: Line,
    by_trafilatura: set[int],
    by_resiliparse: set[int],
) -> bool:
    """Whether line ``i`` stays after the vote: inside the region, kept by another reader, or one the other
    readers leave out by their design (a caption, or a standfirst before the first line they keep);
    outside it, kept by both."""
    if i not in inside:
        return i in by_trafilatura and i in by_resiliparse
    standfirst = bool(agreed) and i < agreed[0] and good_line(line) >= PROSE_TOKENS
    return i in by_trafilatura or i in by_resiliparse or line.caption or standfirst
