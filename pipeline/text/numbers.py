"""Numbers written in words: Chinese characters (十六, 二十一, 二〇二一, 一百三十一) and English words
("three", "twenty-five", "a couple of")."""

from __future__ import annotations

import re

CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_POWERS = {"十": 10, "百": 100, "千": 1000}
_CN_TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}


def cn_number(text: str) -> int | None:
    """'16' -> 16, '十六' -> 16, '二十一' -> 21, '廿三' -> 23, '一百三十一' -> 131, '两千' -> 2000, '二〇二一' -> 2021
    (digit by digit when there is no 十, 百 or 千); None when ``text`` is not a number."""
    if text.isdigit():
        return int(text)
    if not text:
        return None
    if (
        text[0] in _CN_TENS
    ):  # 廿三 (23), 卅 (30): the old forms of 二十, 三十 that dates still use (八月廿三日)
        text = _CN_TENS[text[0]] + text[1:]
    if not any(c in _CN_POWERS for c in text):
        if not all(c in CN_DIGITS for c in text):
            return None
        return int("".join(str(CN_DIGITS[c]) for c in text))
    total, digit, last_power = 0, None, 10_000
    for c in text:
        if c in CN_DIGITS:
            if digit is not None and CN_DIGITS[c] != 0:
                return None  # 二三十: two digits in a row is a vague "twenty or thirty", not a number
            digit = CN_DIGITS[c] if CN_DIGITS[c] else None  # 一千零八: 零 only marks the gap
        elif c in _CN_POWERS:
            power = _CN_POWERS[c]
            if power >= last_power:
                return None  # 十百: not a number
            total += (1 if digit is None else digit) * power
            digit, last_power = None, power
        else:
            return None
    return total + (digit or 0)


# English number words. "a"/"an" count one ("a week ago"); "a couple (of)" is taken as two (its dictionary
# sense; docs/dates.md); vague counts ("a few", "several") are not numbers.
_EN_UNITS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a couple of": 2,
    "a couple": 2,
    "a dozen": 12,
    "half a dozen": 6,
    "a hundred": 100,
    "one hundred": 100,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def en_number(text: str) -> int | None:
    """'3' -> 3, '1,000' -> 1000, 'three' -> 3, 'twenty-five' -> 25, 'a' -> 1, 'a couple of' -> 2;
    None when ``text`` is not a number ("a few", "several")."""
    words = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", words):
        return int(words.replace(",", ""))
    if words in _EN_UNITS:
        return _EN_UNITS[words]
    if words in _EN_TENS:
        return _EN_TENS[words]
    tens, _, unit = words.replace("-", " ").partition(" ")
    if tens in _EN_TENS and unit in _EN_UNITS and 1 <= _EN_UNITS[unit] <= 9 and unit not in ("a", "an"):
        return _EN_TENS[tens] + _EN_UNITS[unit]
    return None


def en_number_pattern() -> str:
    """A regex alternation of the number words :func:`en_number` reads (longest first), without digits."""
    ones = [w for w, n in _EN_UNITS.items() if 1 <= n <= 9 and w not in ("a", "an")]
    compounds = [rf"{t}[-\s]{o}" for t in _EN_TENS for o in ones]
    words = [re.escape(w).replace(r"\ ", r"\s+") for w in (*_EN_UNITS, *_EN_TENS)]
    return "|".join(sorted([*compounds, *words], key=len, reverse=True))
