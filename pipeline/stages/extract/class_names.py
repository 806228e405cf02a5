"""class/id names read as words, and matched against noise.toml's word lists as whole words.

A class name is a small phrase: ``PageBuilder-pageRow`` is "page builder page row", ``l-sidebar-fixed`` is
"l sidebar fixed", ``relatedRail`` is "related rail". Matching whole words of that phrase, never substrings
of the raw name, keeps ``pageRow`` from reading as "pager", ``non-ad-column`` from reading as an ad and
``content-with-sidebar-wrp`` from reading as a sidebar. A word that follows a modifier such as ``no``,
``non``, ``with``, ``has`` or the layout prefix ``l`` describes the element's layout, not what it is
(``no-share``, ``with-sidebar``, ``l-sidebar-fixed``): it does not count.
"""

from __future__ import annotations

import re

# camelCase humps, runs of capitals (HTMLContent -> HTML Content), digit runs, letters of other scripts
CACHE_SIZE = 50_000  # distinct "class id" strings remembered (pages of one site repeat theirs)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|[^\W\d_A-Za-z]+")


def name_words(value: str) -> str:
    """A class or id value as lowercase words joined by single spaces (several classes: " | " between them,
    so that a phrase never runs across two class names). A BEM modifier (``--`` and what follows:
    ``TestReport__Section--Ads``, ``id-Article--layoutAdRight``) is a variant of the block, not what the
    block is: it is left out."""
    return " | ".join(
        " ".join(w.lower() for w in _WORD.findall(name.split("--", 1)[0])) for name in value.split()
    )


class WordPattern:
    """Whole words (or phrases of words) of class/id names, each given as a regular expression for one word
    or a run of words: "share", "comments?", "font ?size", "right lm"."""

    def __init__(self, items: list[str], modifiers: list[str] | None = None) -> None:
        self.items = list(items)
        alternation = "|".join(f"(?:{item})" for item in items) or "(?!)"
        self.rx = re.compile(rf"(?:^| )(?:{alternation})(?= |$)")
        mods = "|".join(re.escape(m) for m in modifiers or [])
        # a modifier and the word after it: removed before matching
        self.modified = re.compile(rf"(?:^| )(?:{mods}) [^ |]+") if mods else None
        self._cache: dict[str, bool] = {}

    def search(self, attrs: str) -> bool:
        """Whether a "class id" string has a name containing one of the words."""
        hit = self._cache.get(attrs)
        if hit is None:
            if len(self._cache) > CACHE_SIZE:
                self._cache.clear()
            hit = self._cache[attrs] = self._search(attrs)
        return hit

    def _search(self, attrs: str) -> bool:
        phrase = name_words(attrs)
        if self.modified is not None:
            phrase = self.modified.sub(" ", phrase)
        return self.rx.search(phrase) is not None
