"""The article body: the container a site rule names, or the element the text-density engine finds.

A rule's container wins unless its text is nearly empty or mostly links (a layout its selectors only seem
to fit); then the generic engine (density.find_main, with trafilatura as a second opinion and resiliparse
as a third voter on non-Chinese pages: second_opinion.py, ensemble.py) decides, and its body is used when
it holds more text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

from pipeline.stages.extract.density import Hints, find_main
from pipeline.stages.extract.dom import Line, clean_text, lines_of, tokens
from pipeline.stages.extract.ensemble import Readings, fill_gaps, vote
from pipeline.stages.extract.page_kinds import MIN_BODY_TOKENS
from pipeline.stages.extract.paragraphs import clean_paragraphs
from pipeline.stages.extract.rules import Noise, Rule, Site
from pipeline.stages.extract.second_opinion import choose_lines

LINK_HEAVY = 0.4  # a rule container whose text is more than this share of link text is not the body


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # noise lines and dropped elements: credits live here
    rule: Rule | None = None  # None: the generic engine chose the body


def choose_rule(site: Site | None, root: lxml_html.HtmlElement) -> tuple[Rule | None, Any]:
    """The first rule of the site whose `match` selector finds an element; and its body container."""
    if site is None:
        return None, None
    for rule in site.rules:
        if not any(sel(root) for sel in rule.match):
            continue
        for sel in rule.body:
            for el in sel(root):
                if not isinstance(el, str):
                    return rule, el
    return None, None


def find_body(
    rule: Rule | None,
    container: Any,
    body_root: lxml_html.HtmlElement,
    all_lines: list[Line],
    nz: Noise,
    title: str | None,
    readings: Callable[[], Readings] | None = None,
) -> Body:
    """The body paragraphs: from the rule's container, or from the generic engine's element (or
    trafilatura's lines, when ``readings`` gives them and they lie mostly elsewhere), after the vote of the
    three readers (ensemble.vote)."""
    body = Body()
    link_heavy = False
    if container is not None and rule is not None:
        body, link_heavy = _rule_body(rule, container, nz, title)
    # no rule, a nearly empty rule body, or a rule container that is mostly links (a layout the rule's
    # selectors only seem to fit): let the text-density extractor decide
    if link_heavy or _body_tokens(body.paragraphs) < MIN_BODY_TOKENS * 2:
        generic = find_main(body_root, all_lines, Hints(nz.positive, nz.negative, nz.body))
        other = readings() if readings is not None else Readings()
        region = generic.indexes() if generic else []
        lines, theirs = choose_lines(all_lines, region, other.trafilatura, body_root, nz.under_story)
        if not theirs:
            lines = vote(all_lines, region, lines, other)
        else:
            lines = fill_gaps(all_lines, region, lines, other)
        lines = _without_headline(lines)
        if lines:
            g_pars, g_rm = clean_paragraphs(lines, nz, title, drop_captions=True)
            g_tokens = _body_tokens(g_pars)
            if g_tokens > _body_tokens(body.paragraphs) or (link_heavy and g_tokens >= MIN_BODY_TOKENS * 2):
                return Body(g_pars, body.removed + g_rm, None)
    return body


def _without_headline(lines: list[Line]) -> list[Line]:
    """The generic body's lines without the <h1> lines it starts with: the page's headline (and a kicker
    set as one), however it differs from the title read from <title> or og:title (a shorter SEO title, a
    section name, another wording)."""
    start = 0
    while start < len(lines) and lines[start].owner.tag == "h1":
        start += 1
    return lines[start:]


def _rule_body(rule: Rule, container: Any, nz: Noise, title: str | None) -> tuple[Body, bool]:
    """The rule's container, its `drop` elements removed first (they go to `removed`); and whether its text
    is mostly links."""
    removed: list[str] = []
    for sel in rule.drop:
        for el in sel(container):
            if not isinstance(el, str) and el is not container and el.getparent() is not None:
                removed.append(clean_text(el.text_content()))
                el.drop_tree()
    rule_lines = lines_of(container, nz.names)
    paragraphs, rm = clean_paragraphs(rule_lines, nz, title)
    chars = sum(ln.chars for ln in rule_lines)
    link_heavy = sum(ln.link_chars for ln in rule_lines) > LINK_HEAVY * max(chars, 1)
    return Body(paragraphs, removed + rm, rule), link_heavy


def _body_tokens(paragraphs: list[str]) -> int:
    return sum(tokens(p) for p in paragraphs)
