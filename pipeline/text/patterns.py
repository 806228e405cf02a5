"""Regular-expression building blocks shared by the text readers (credit lines, datelines, dates)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that a longer word wins over its prefix
    (duplicates dropped; ties keep their given order, so the pattern is the same on every run)."""
    return "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))
