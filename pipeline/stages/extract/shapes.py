"""Markup shapes that say an element is not article text, whatever its class names say (issue 10).

- **Hidden**: the ``hidden`` attribute, an inline style ``display: none`` or ``visibility: hidden``, or a
  class that CSS frameworks use to hide an element from the screen (``d-none``, ``sr-only``,
  ``visually-hidden``, ``screen-reader-text``...: noise.toml ``[blocks] hidden_classes``, whole class names
  only, so Drupal's ``field-label-hidden`` body wrapper is not one), unless another of its classes shows it
  again from some screen width on (``d-none d-md-block``, ``visible-lg``: ``[blocks] shown_class``). Print-
  only blocks (``d-none d-print-block``: a citation, a copyright notice) stay hidden. The walker does not
  skip such an element when it holds most of the page's text (a page-wide wrapper that a script reveals).
- **An image's caption**: a short block of text, one line without a heading, that is all the text of its
  parent, and the parent also holds an ``<img>`` or ``<picture>`` (``<div class="image"><img><p>In this
  file photo, …</p></div>``, ``<td><img><div>The core stage … (credit: NASA)</div></td>``). Quotes and list
  items beside an avatar are not captions (a ``<blockquote>`` or list parent), nor are text columns beside
  a portrait (a column holds a heading or several blocks).

Both are decided per element from bounded work: the parent must be small (few elements, little text), so
the walk stays linear on any page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from lxml import html

HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
CAPTION_MAX_CHARS = 400  # characters of text a caption has at most
FIGURE_MAX_ELEMENTS = 30  # elements inside the parent of an image and its caption, at most
NOT_FIGURES = frozenset(("blockquote", "li", "ul", "ol", "dl", "html", "body", "main", "article"))
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
IMAGES = ("img", "picture")
WS = re.compile(r"\s+")


@dataclass(frozen=True)
class HiddenClasses:
    """Class names that hide an element (``hidden``) and the pattern of those that show it again."""

    hidden: frozenset[str] = frozenset()
    shown: re.Pattern[str] | None = None


def is_hidden(el: html.HtmlElement, classes: HiddenClasses) -> bool:
    """Whether the page's own markup hides ``el`` from the reader (see the module doc)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and HIDING_STYLE.search(style):
        return True
    names = (el.get("class") or "").split()
    if not names or not classes.hidden.intersection(names):
        return False
    shown = classes.shown
    return shown is None or not any(shown.match(name) for name in names)


def _text(el: html.HtmlElement) -> str:
    return WS.sub(" ", el.text_content()).strip()


def is_image_caption(
    el: html.HtmlElement, block_tags: frozenset[str], chars_of: Callable[[html.HtmlElement], int]
) -> bool:
    """Whether the block ``el`` is the caption of an image beside it (see the module doc). ``chars_of``:
    the characters of text in an element's subtree (precomputed by the caller)."""
    parent = el.getparent()
    if parent is None or el.tag in HEADINGS or parent.tag in NOT_FIGURES or not isinstance(parent.tag, str):
        return False
    if chars_of(el) > 2 * CAPTION_MAX_CHARS or chars_of(parent) > 3 * CAPTION_MAX_CHARS:
        return False  # the precomputed sizes: a cheap bound before any text is read
    inside = list(islice(parent.iterdescendants(), FIGURE_MAX_ELEMENTS + 1))
    if len(inside) > FIGURE_MAX_ELEMENTS:
        return False
    blocks = [d for d in el.iterdescendants() if isinstance(d.tag, str) and d.tag in block_tags]
    if len(blocks) > 1 or any(d.tag in HEADINGS for d in blocks):
        return False  # a caption is one line (perhaps wrapped once), never a section with a heading
    own = _text(el)
    if not own or len(own) > CAPTION_MAX_CHARS or _text(parent) != own:
        return False
    own_elements = set(el.iterdescendants())
    return any(d.tag in IMAGES and d not in own_elements for d in inside)
