"""Writing systems: the one definition of the CJK character ranges, and of "is this text Chinese".

Every module that needs to tell Chinese from other text imports from here, so that a character counted as
Chinese by the extractor is Chinese for the people and dates stages and for the search index too.
"""

from __future__ import annotations

import re
import unicodedata

# Character-class bodies (for use inside [...] in other patterns).
# The basic block only: what GB2312/GBK/Big5 text is made of. The decoder judges candidate decodings by it
# (kana, hangul or the rare extension blocks would make mojibake look like Chinese).
HAN_BASIC = "\u4e00-\u9fff"
HAN_BMP = "\u3400-\u4dbf\u4e00-\u9fff"  # ext. A + basic: the Chinese name model's character type "C"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"  # ideographs, ext. A, compat., ext. B-F
KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d"
HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
CJK = HAN + KANA + HANGUL

HAN_CHAR = re.compile(f"[{HAN}]")
HAN_RUN = re.compile(f"[{HAN}]+")
KANA_CHAR = re.compile(f"[{KANA}]")
HANGUL_CHAR = re.compile(f"[{HANGUL}]")
CJK_CHAR = re.compile(f"[{CJK}]")
CJK_RUN = re.compile(f"[{CJK}]+")

# Full-width ASCII (１１月１６日, （记者）) and the ideographic space, mapped one character to one character so
# that offsets found in the folded text are offsets in the original text too. Each maps to its NFKC form.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_WIDE_CHAR = re.compile("[\uff01-\uff5e\u3000]")

# A text is Chinese when Han characters make at least this share of its letters: one Chinese character
# carries about as much as two or three Latin letters, so a mostly Chinese paragraph with an English name
# or acronym stays Chinese, and an English paragraph quoting a Chinese name stays English.
CHINESE_SHARE = 1 / 3


def fold_width(text: str) -> str:
    """Full-width digits, letters and brackets to ASCII; same length as ``text``."""
    return text.translate(_WIDTH)


# Kangxi radicals (U+2F00-U+2FD5), which text copied out of PDF files puts in place of the ideographs they look
# like (8⽉29⽇: ⽉ U+2F49 for 月), mapped to those ideographs (their NFKC forms, one character each).
_RADICALS = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
_RADICAL = re.compile("[\u2f00-\u2fd5]")


def fold_radicals(text: str) -> str:
    """Kangxi radicals to the ideographs they stand for (⽉ -> 月); same length as ``text``."""
    return text.translate(_RADICALS) if _RADICAL.search(text) else text


def nfkc(text: str) -> str:
    """Unicode NFKC: full-width forms, ligatures and compatibility characters folded (lengths may change,
    unlike fold_width).

    Chinese text is rarely NFKC only because of its full-width punctuation (，：（）): those few characters are
    replaced by their NFKC forms first, and the whole normalisation runs only when a quick check still finds
    something to fold (3x faster on a Chinese sentence). Same result: a character and its NFKC form are
    compatibility-equivalent, so replacing one by the other anywhere leaves the NFKC of the text unchanged."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    text = _WIDE_CHAR.sub(_narrow, text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def _narrow(m: re.Match[str]) -> str:
    return chr(_WIDTH[ord(m.group(0))])


def has_han(text: str | None) -> bool:
    """True when ``text`` holds a Chinese character (Han only: kana and hangul are not Chinese)."""
    return bool(text and HAN_CHAR.search(text))


def has_cjk(text: str | None) -> bool:
    """True when ``text`` holds a Chinese, Japanese or Korean character."""
    return bool(text and CJK_CHAR.search(text))


def han_share(text: str) -> float:
    """Share of Han characters among the letters of ``text`` (0.0 when there are none)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if HAN_CHAR.match(ch)) / len(letters)


def is_chinese(text: str) -> bool:
    """Is ``text`` (a title, a paragraph, an article) written in Chinese?"""
    return has_han(text) and han_share(text) >= CHINESE_SHARE


LATIN_WORD = re.compile(r"[A-Za-z]+")


def han_outnumbers_latin_words(text: str) -> bool:
    """More Han characters than Latin words in ``text``: the extractor's guess of a whole page's
    conventions (Chinese bylines and datelines, the +08:00 zone) before the language stage has run.

    It differs from is_chinese on purpose: it weighs text as the extractor measures it (one token per Han
    character, one per Latin word, see extract.dom.tokens) rather than by a share of letters, and it is
    applied to a whole page with its menus and footers. The extractor's figures are measured with this rule.
    """
    return len(HAN_CHAR.findall(text)) > len(LATIN_WORD.findall(text))
