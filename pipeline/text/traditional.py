"""Traditional Chinese characters folded to simplified ones, one character to one: the one home of the fold.

The recognisers of the people stage learnt simplified text only; big5 pages, Hong Kong / Taiwan editions and
their reprints write 陳建華說. Folding 陳建華說 to 陈建华说 lets the same models and word lists read it, and since
every character maps to exactly one character, an offset found in the folded text is the offset in the text as
printed: names are cut from the original (陳建華), never from the fold.

The table (pipeline/data/traditional_fold.tsv) is OpenCC's conversion of each character alone, written by
tools/build_traditional_fold.py. It has two tiers:

- ``always`` (4,555 characters: 陳, 說, 記, 報 …): no character of simplified writing, so folding is the identity
  on simplified text and is applied to any text (:func:`fold_traditional`);
- ``traditional`` (21: 後, 於, 乾, 夥, 徵 …): characters simplified text uses too (于 and 於 are distinct surnames,
  乾 stays in 乾隆), folded only in a text found to be traditional (:func:`is_traditional`,
  :func:`fold_traditional_text`).

Characters OpenCC keeps when they stand alone (著, 藉, 覆, written in both scripts by sense) are never folded.
"""

from __future__ import annotations

from functools import cache

from pipeline.config import DATA_FILES
from pipeline.text.scripts import HAN_CHAR

FOLD_TABLE = DATA_FILES / "traditional_fold.tsv"

# A text is traditional when at least this many of its characters are traditional-only (the ``always`` tier),
# and they make at least this share of its Han characters. Traditional news text has one such character in
# four or five; a simplified article quoting a Hong Kong paper's name (《明報》) has a handful in thousands.
MIN_TRADITIONAL_CHARS = 2
MIN_TRADITIONAL_SHARE = 0.05


@cache
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """(the ``always`` tier, both tiers) as str.translate tables."""
    always: dict[int, str] = {}
    both: dict[int, str] = {}
    for line in FOLD_TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        traditional, simplified, when = line.split("\t")
        both[ord(traditional)] = simplified
        if when == "always":
            always[ord(traditional)] = simplified
    return always, both


def fold_traditional(text: str) -> str:
    """Traditional-only characters to simplified ones (陳建華說 -> 陈建华说; 後 and 於 stay): same length as
    ``text``, and ``text`` itself when it is simplified."""
    return text.translate(_tables()[0])


def traditional_count(text: str) -> int:
    """How many characters of ``text`` are traditional-only (the ``always`` tier)."""
    folded = fold_traditional(text)
    if folded == text:
        return 0
    return sum(1 for a, b in zip(text, folded, strict=True) if a != b)


def is_traditional(text: str) -> bool:
    """Is ``text`` written in traditional characters (see MIN_TRADITIONAL_CHARS / MIN_TRADITIONAL_SHARE)?"""
    count = traditional_count(text)
    if count < MIN_TRADITIONAL_CHARS:
        return False
    return count >= MIN_TRADITIONAL_SHARE * len(HAN_CHAR.findall(text))


def fold_traditional_text(text: str, traditional: bool | None = None) -> str:
    """``text`` folded to simplified characters, same length: both tiers when the text is traditional
    (``traditional``, or :func:`is_traditional` when None), else only the traditional-only characters."""
    if traditional is None:
        traditional = is_traditional(text)
    return text.translate(_tables()[1] if traditional else _tables()[0])


@cache
def traditional_forms() -> dict[str, tuple[str, ...]]:
    """Simplified character -> the traditional-only characters that fold to it (陈 -> (陳,), 钟 -> (鍾, 鐘))."""
    out: dict[str, list[str]] = {}
    for code, simplified in _tables()[0].items():
        out.setdefault(simplified, []).append(chr(code))
    return {k: tuple(v) for k, v in out.items()}
