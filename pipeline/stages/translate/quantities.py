"""Numbers and dates of a sentence and of its translation, as values that can be compared.

``zh_quantities("本届论坛共签约合作项目45个，总金额约38亿元。")`` gives 45 and 3.8e9; ``en_quantities("45 projects
worth about 3.8 billion yuan")`` gives the same values, so nothing is missing and nothing is invented. Dates
are compared by their parts: 11月19日 gives 11 and 19, "November 19" gives 11 (the month's number) and 19.

What is compared, and what is left alone on purpose (the value 1, because 一 is often "a" and "one" a pronoun;
Chinese numerals inside words, 一起, 十分, 三农): docs/translation.md. The vocabulary (counter words, English
number words, month names) is data: pipeline/data/translation.toml and dates.toml.

The Chinese numeral reading here covers 万 and 亿 (amounts); pipeline.text.numbers.cn_number reads the small
numbers of dates. Both are Chinese-number knowledge: one module should hold both once they meet.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.stages.translate.vocabulary import vocabulary
from pipeline.text.scripts import nfkc

NUMBERS = "numbers"
DATES = "dates"

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_CN_DIGIT |= {"八": 8, "九": 9}
_CN_POWER = {"十": 10, "百": 100, "千": 1000}
_CN_SCALE = {"万": 10_000, "亿": 100_000_000}
_SCALE_FACTOR = {"千": 1e3, "百": 1e2, "万": 1e4, "亿": 1e8}  # after a number: 3.8亿, 45万
_CN_CHARS = "".join(_CN_DIGIT) + "".join(_CN_POWER) + "".join(_CN_SCALE)

# An Arabic number not glued to a Latin word or another number (4Corners7Seas gives 4, on both sides).
_ARABIC = r"(?=\d)(?<![A-Za-z\d])(?<!\d[.,])(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?"
_ZH_NUMBER = re.compile(
    rf"(?=[第数几上\d{_CN_CHARS}])(?P<pre>[第数几上]?)(?:{_ARABIC}|(?P<cn>[{_CN_CHARS}]+(?:点[{''.join(_CN_DIGIT)}]+)?))"
    rf"\s*(?P<about>[多余来几]?)\s*(?P<scale>[千百万亿]*)\s*(?P<percent>%)?"
)
_ANY_ZH_NUMBER = re.compile(rf"[\d{_CN_CHARS}双]")
_ZH_PERCENT_WORDS = re.compile(rf"百分之([{_CN_CHARS}]+(?:点[{''.join(_CN_DIGIT)}]+)?)")
_ZH_MINUTES = re.compile(r"[时点]\s*(\d{1,2}|[〇零一二三四五六七八九十]+)\s*分")
_EN_TIME = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")
_EN_NUMBER = re.compile(
    _ARABIC + r"(?:(?P<ordinal>st|nd|rd|th)\b|(?P<decade>s)\b|\s*(?P<scale>[a-z]+)\b)?", re.IGNORECASE
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_DIGIT_NEXT = re.compile(r"\s*\d")
_DIGIT = re.compile(r"\d")
_A_BEFORE = re.compile(r"\b[Aa]\s+$")
_NUMBER_GAP = re.compile(r"[\s-]+")
_MAY_BEFORE = frozenset(
    "in of since until by early late mid last next this from to through on before after during".split()
)


class Quantity(NamedTuple):
    """One number or date part: the values it may be written as, and whether it must appear at all."""

    text: str
    values: frozenset[str]  # normalised (see _key)
    kind: str  # NUMBERS | DATES
    vague: bool = False  # may stand for a number on the other side, never required or invented


def _key(value: float) -> str:
    return f"{value:.6g}"


def _quantity(text: str, values: list[float], kind: str, vague: bool = False) -> Quantity | None:
    """The quantity, or None when only 1 is left: 1 is never checked (一 is "a", "one" a pronoun)."""
    if len(values) == 1:  # nearly always: no list to filter
        value = values[0]
        return None if value == 1 else Quantity(text, frozenset((_key(value),)), kind, vague)
    keys = frozenset([_key(v) for v in values if v != 1])
    return Quantity(text, keys, kind, vague) if keys else None


# -- Chinese ---------------------------------------------------------------------------------------------


def _cn_small(text: str) -> float | None:
    """一千零八 -> 1008, 二十 -> 20, 十五 -> 15, 二〇二一 -> 2021 (digit by digit without 十/百/千)."""
    if not text:
        return 0
    if not any(c in _CN_POWER for c in text):
        if not all(c in _CN_DIGIT for c in text):
            return None
        return float("".join(str(_CN_DIGIT[c]) for c in text))
    total, digit = 0.0, None
    for c in text:
        if c in _CN_DIGIT:
            digit = _CN_DIGIT[c]
        elif c in _CN_POWER:
            total += (1 if digit is None else digit) * _CN_POWER[c]
            digit = None
        else:
            return None
    return total + (digit or 0)


def cn_value(text: str) -> float | None:
    """A Chinese numeral: 三 -> 3, 一万 -> 10000, 三亿五千万 -> 350000000, 三点五 -> 3.5; None if not one."""
    whole, _, decimals = text.partition("点")
    total = 0.0
    for unit, scale in (("亿", 1e8), ("万", 1e4)):
        if unit in whole:
            head, whole = whole.split(unit, 1)
            head_value = _cn_small(head) if head else 1
            if head_value is None:
                return None
            total += head_value * scale
    rest = _cn_small(whole)
    if rest is None:
        return None
    total += rest
    if decimals:
        if not all(c in _CN_DIGIT for c in decimals):
            return None
        total += float("0." + "".join(str(_CN_DIGIT[c]) for c in decimals))
    return total


def _arabic(whole: str, decimals: str | None) -> float:
    return float(whole.replace(",", "") + ("." + decimals if decimals else ""))


@lru_cache(maxsize=1)
def _counter_word() -> re.Pattern[str]:
    """Any counter word (个, 年, 摄氏度 ...); the longest where one is the start of another."""
    return re.compile(_alternation(set(vocabulary().zh_counters)))


def _counter_after(text: str, end: int) -> str | None:
    """The counter word that starts at ``end``, if any."""
    m = _counter_word().match(text, end)
    return m.group(0) if m else None


def _zh_kind(value: float, after: str | None, integer: bool) -> tuple[str, list[float]]:
    """The kind of a Chinese number from the word after it, and the values its English may show."""
    if integer and after == "年" and 1000 <= value <= 2100:
        return DATES, [value]
    if integer and after == "月" and 1 <= value <= 12:
        return DATES, [value]
    if integer and after in ("日", "号") and 1 <= value <= 31:
        return DATES, [value]
    if integer and after in ("时", "点") and 0 <= value <= 24:
        return DATES, [value, value - 12] if value > 12 else [value]  # 15时 is "3 p.m."
    return NUMBERS, [value]


# The numbers already read are remembered (years, days and counts come back in article after article): a
# number's quantity depends only on its text and, in Chinese, on the counter word after it. The text matched in
# a sentence is matched again on its own to read its parts, which come out the same: the look-behinds at its
# start held where it was found and hold at the start of a text, and the match ended where the text ends.


@lru_cache(maxsize=4096)
def _zh_number(number: str, after: str | None) -> Quantity | None:
    """The quantity of a number found by _ZH_NUMBER, with the counter word after it."""
    m = _ZH_NUMBER.fullmatch(number)
    if m is None:  # never: the text was matched by the same expression
        return None
    pre, cn, whole, dec, about, scale, percent = m.group(
        "pre", "cn", "whole", "dec", "about", "scale", "percent"
    )
    value = cn_value(cn) if cn else _arabic(whole, dec)
    if value is None:
        return None
    for c in scale:
        value *= _SCALE_FACTOR[c]
    integer = value == int(value)
    vague = (
        pre in ("数", "几", "上")  # 数千, 几百: "thousands", "hundreds"
        or about == "几"  # 十几: "a dozen or so"
        or (cn is not None and "两" in cn and value == 2)  # 两国: "both countries" as often as "two"
        or (cn is not None and after is None and not percent and pre != "第")
        or (cn is not None and after != "年" and not any(c in cn for c in "十百千万亿") and len(cn) > 1)
    )  # a Chinese numeral with no counter after it is part of a word (两岸, 三农, 一带一路); digit by digit
    # it is a year (二〇一七年) or a name (八一大楼)
    kind, values = (NUMBERS, [value]) if percent else _zh_kind(value, after, integer)
    return _quantity(m.group(0), values, kind, vague)


def zh_quantities(text: str) -> list[Quantity]:
    """The numbers and date parts of a Chinese sentence."""
    text = nfkc(text)
    if not _ANY_ZH_NUMBER.search(text):
        return []
    found: list[Quantity] = []
    for m in _ZH_NUMBER.finditer(text):
        q = _zh_number(m.group(0), _counter_after(text, m.end()))
        if q:
            found.append(q)
    for m in _ZH_PERCENT_WORDS.finditer(text) if "百分之" in text else ():
        value = cn_value(m.group(1))
        q = _quantity(m.group(0), [value], NUMBERS) if value is not None else None
        if q:
            found.append(q)
    if "双" in text:  # 双方, 双边: "the two sides"
        found.append(Quantity("双", frozenset({_key(2)}), NUMBERS, vague=True))
    for m in _ZH_MINUTES.finditer(text) if "分" in text else ():
        value = cn_value(m.group(1)) if not m.group(1).isdigit() else float(m.group(1))
        q = _quantity(m.group(0), [value], DATES) if value is not None else None
        if q:
            found.append(q)
    return found


# -- English ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _spelled_word() -> re.Pattern[str]:
    """Any English word the number vocabulary knows (found first, so that a sentence without one costs
    one search). Searched in the lower-cased text: 5x faster than IGNORECASE."""
    v = vocabulary()
    words = {*v.en_words, *v.en_ordinals, *v.en_vague, *v.en_months}
    words |= {w for w in v.en_scales if len(w) > 2}  # "m", "bn" only count glued to digits ("£5m")
    return re.compile(rf"\b{_alternation(words)}\b")


def _alternation(words: set[str]) -> str:
    """``words`` as one regular expression, a trie ("t(?:hree|wo)" for "three|two"): at each position the
    engine tries one branch per first letter, not every word (half the time of the flat list)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # greedy: the longest word first, as the flat list had it


def _after_month(text: str, start: int) -> bool:
    """Whether a month name is right before ``start`` ("November 19", "Nov. 19"): the number is a day."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return False
    word = before.group(1)
    return word[:1].isupper() and word.lower() in vocabulary().en_months


def _is_month(text: str, word: str, m: re.Match[str]) -> bool:
    """A capitalised month name; "May" only next to a number or after a word that introduces a date (not the
    verb, not Theresa May)."""
    if not word[:1].isupper() or word.lower() not in vocabulary().en_months:
        return False
    if word.lower() != "may":
        return True
    before = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
    return bool(before and before.group(1).lower() in _MAY_BEFORE) or bool(_DIGIT_NEXT.match(text, m.end()))


def _spelled_number(text: str, hits: list[re.Match[str]], i: int) -> tuple[float, int] | None:
    """The value of the spelled number starting at hits[i] ("twenty-five", "three million", "a hundred")
    and the index of the hit after it; None when no number starts there."""
    v = vocabulary()
    low = hits[i].group(0)  # hits are found in the lower-cased text
    if low in v.en_words:
        value = float(v.en_words[low])
    elif low in v.en_scales and _A_BEFORE.search(text, max(0, hits[i].start() - 4), hits[i].start()):
        value = float(v.en_scales[low])  # a hundred, a million
    else:
        return None
    j = i + 1
    while j < len(hits) and _NUMBER_GAP.fullmatch(text, hits[j - 1].end(), hits[j].start()):
        nxt = hits[j].group(0)
        if nxt in v.en_words and value >= 20 and value % 10 == 0 and v.en_words[nxt] < 10:
            value += v.en_words[nxt]  # twenty-five
        elif nxt in v.en_scales:
            value *= v.en_scales[nxt]  # three million, two hundred
        else:
            break
        j += 1
    return value, j


def _en_number_words(text: str) -> list[Quantity]:
    """ "two", "twenty-five", "three million", "a hundred", "sixth", "November", "thousands"."""
    v = vocabulary()
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: offsets would not match
        return []
    hits = list(_spelled_word().finditer(lowered))
    if not hits:
        return []
    found: list[Quantity | None] = []
    i = 0
    while i < len(hits):
        low = hits[i].group(0)
        word = text[hits[i].start() : hits[i].end()]
        # only a number word or a scale starts a spelled number: "November" is not looked at there
        spelled = _spelled_number(text, hits, i) if low in v.en_words or low in v.en_scales else None
        if spelled is not None:
            value, j = spelled
            found.append(_quantity(text[hits[i].start() : hits[j - 1].end()], [value], NUMBERS))
            i = j
            continue
        if _is_month(text, word, hits[i]):
            found.append(_quantity(word, [v.en_months[low]], DATES))
        elif low in v.en_vague:
            found.append(_quantity(word, [v.en_vague[low]], NUMBERS, vague=True))
        elif low in v.en_ordinals:
            found.append(_quantity(word, [v.en_ordinals[low]], NUMBERS))
        i += 1
    return [q for q in found if q]


def arabic_quantities(text: str) -> list[Quantity]:
    """The numbers written in digits, in any language (the numbers check of sources other than Chinese)."""
    text = nfkc(text)
    return [
        q
        for m in _EN_NUMBER.finditer(text)
        if (q := _quantity(m.group(0), [_arabic(m.group("whole"), m.group("dec"))], NUMBERS))
    ]


@lru_cache(maxsize=4096)
def _en_number(number: str) -> tuple[Quantity | None, Quantity | None]:
    """The quantity of a number found by _EN_NUMBER; and, when it can be a day (a whole number from 1 to 31),
    its quantity right after a month name ("November 19"), else None. Remembered: see _zh_number."""
    m = _EN_NUMBER.fullmatch(number)
    if m is None:  # never: the text was matched by the same expression
        return None, None
    whole, dec, scale, decade = m.group("whole", "dec", "scale", "decade")
    value = _arabic(whole, dec)
    if scale and (factor := vocabulary().en_scales.get(scale.lower())) is not None:
        value *= factor
    year_like = not dec and "," not in whole and len(whole) == 4 and 1000 <= value <= 2100
    plain = _quantity(m.group(0), [value], DATES if year_like or decade else NUMBERS)
    return plain, _quantity(m.group(0), [value], DATES) if not dec and 1 <= value <= 31 else None


def en_quantities(text: str) -> list[Quantity]:
    """The numbers and date parts of an English sentence."""
    text = nfkc(text)
    found: list[Quantity] = []
    timed: list[tuple[int, int]] = []
    for m in _EN_TIME.finditer(text) if ":" in text else ():
        timed.append(m.span())
        found += [q for g in m.groups() if g and (q := _quantity(g, [float(g)], DATES))]
    for m in _EN_NUMBER.finditer(text) if _DIGIT.search(text) else ():
        start = m.start()
        if timed and any(begin <= start < end for begin, end in timed):
            continue
        plain, day = _en_number(m.group(0))
        q = day if day is not None and _after_month(text, start) else plain
        if q:
            found.append(q)
    found += _en_number_words(text)
    return found


# -- comparing -------------------------------------------------------------------------------------------


def mismatches(source: list[Quantity], output: list[Quantity]) -> set[str]:
    """Kinds (NUMBERS, DATES) of the source's quantities missing from the output and of invented ones."""
    if not source and not output:
        return set()
    source_values = {value for q in source for value in q.values}
    output_values = {value for q in output for value in q.values}
    if source_values == output_values:  # each quantity's values are then on the other side too
        return set()
    kinds = {q.kind for q in source if not q.vague and q.values.isdisjoint(output_values)}
    kinds |= {q.kind for q in output if not q.vague and q.values.isdisjoint(source_values)}
    return kinds
