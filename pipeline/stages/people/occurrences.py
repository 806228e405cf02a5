"""Where a name occurs in a text, found with ``str.find`` and patterns compiled once, instead of a regex compiled
for each name of each article (``re.finditer(rf"\\b{re.escape(name)}\\b", text)``): compiling those took a third
of the English people stage's time.

The functions give what those regexes give: the same spans, in the same order, non-overlapping as
``re.finditer`` returns them. A word boundary is tested with a compiled ``\\b`` at the position, which sees the
characters on both sides (a regex's ``match(text, pos)`` reads the text before ``pos``), so it is the regex's
own ``\\b``."""

from __future__ import annotations

import re
from collections.abc import Iterator

_BOUNDARY = re.compile(r"\b")


def at_boundary(text: str, pos: int) -> bool:
    """Is there a word boundary (regex ``\\b``) at ``pos``?"""
    return _BOUNDARY.match(text, pos) is not None


def starts(text: str, literal: str) -> Iterator[int]:
    """Every position where ``literal`` (not empty) starts in ``text``, overlapping ones too."""
    pos = text.find(literal)
    while pos >= 0:
        yield pos
        pos = text.find(literal, pos + 1)


def literal_spans(text: str, literal: str, whole_word: bool = False) -> Iterator[tuple[int, int]]:
    """The spans ``re.finditer(re.escape(literal), text)`` finds, or with ``whole_word``
    ``re.finditer(rf"\\b{re.escape(literal)}\\b", text)``."""
    if not literal:  # an empty pattern matches everywhere: leave that to re
        pattern = r"\b\b" if whole_word else ""
        yield from (m.span() for m in re.finditer(pattern, text))
        return
    size, pos = len(literal), text.find(literal)
    while pos >= 0:
        end = pos + size
        if not whole_word or (at_boundary(text, pos) and at_boundary(text, end)):
            yield pos, end
            pos = text.find(literal, end)
        else:
            pos = text.find(literal, pos + 1)


def literal_then(text: str, literal: str, after: re.Pattern[str], word_start: bool = True) -> bool:
    """``re.search(rf"\\b{re.escape(literal)}(?:{after.pattern})", text)`` (``\\b`` only with ``word_start``),
    with ``after`` compiled once: is there an occurrence of ``literal`` that ``after`` matches right after?"""
    size = len(literal)
    return any(
        (not word_start or at_boundary(text, pos)) and after.match(text, pos + size)
        for pos in starts(text, literal)
    )


def preceded_by(text: str, pos: int, before: re.Pattern[str], longest: int) -> bool:
    """Does ``before`` match a stretch of ``text`` that ends exactly at ``pos`` and is at most ``longest``
    characters long? (A variable-width look-behind: ``before`` ending right where a literal starts.)"""
    return any(before.fullmatch(text, start, pos) for start in range(max(0, pos - longest), pos))
