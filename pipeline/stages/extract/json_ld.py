"""The page's JSON-LD blocks (schema.org), read before scripts are removed from the tree: the authors
(authors.json_ld_authors) and the publication date (times.find_published) come from them.

``datePublished`` is language-free: a page whose printed date is in a script or a calendar the date parser
does not read (Burmese or Arabic month names) still states it there, as most CMS templates write it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

MAX_BLOCKS = 5  # <script type="application/ld+json"> blocks read per page
MAX_DEPTH = 4  # nesting levels walked (lists and @graph entries)
MAX_ITEMS = 20  # entries of a list walked
# the schema.org types of a story: NewsArticle, ReportageNewsArticle, Article, BlogPosting, LiveBlogPosting,
# Report; a WebPage or an ItemList of teasers states no date of the story
STORY_TYPE = re.compile(r"(?:Article|BlogPosting|Report)$")


def blocks(root: Any) -> list[Any]:
    """The parsed JSON-LD blocks of the page (those that do not parse are left out)."""
    out: list[Any] = []
    for script in root.xpath("//script[@type='application/ld+json']")[:MAX_BLOCKS]:
        try:  # strict=False: raw newlines inside strings are common
            out.append(json.loads(script.text or "", strict=False))
        except ValueError:
            continue
    return out


def walk(data: Any, visit: Callable[[dict[str, Any]], None], depth: int = 0) -> None:
    """Call ``visit`` on every object of a JSON-LD block: lists and ``@graph`` entries, a few levels deep."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data[:MAX_ITEMS]:
            walk(item, visit, depth + 1)
    elif isinstance(data, dict):
        visit(data)
        if "@graph" in data:
            walk(data["@graph"], visit, depth + 1)


def published(data: list[Any]) -> str | None:
    """The first ``datePublished`` of a story object (STORY_TYPE) in the blocks ``data``, as written."""
    found: list[str] = []

    def visit(node: dict[str, Any]) -> None:
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        date = node.get("datePublished")
        if (
            isinstance(date, str)
            and date.strip()
            and any(isinstance(k, str) and STORY_TYPE.search(k) for k in kinds)
        ):
            found.append(date.strip())

    for block in data:
        walk(block, visit)
    return found[0] if found else None
