"""Numbers written in Chinese characters: 十六, 二十一, 二〇二一."""

from __future__ import annotations

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


def cn_number(text: str) -> int | None:
    """'16' -> 16, '十六' -> 16, '二十一' -> 21, '二〇二一' -> 2021 (digit by digit when there is no 十)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        if not all(c in CN_DIGITS for c in text):
            return None
        return int("".join(str(CN_DIGITS[c]) for c in text)) if text else None
    tens, _, units = text.partition("十")
    if (tens and tens not in CN_DIGITS) or (units and units not in CN_DIGITS):
        return None
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[units] if units else 0)
