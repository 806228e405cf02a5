"""Personal names: pinyin, normalisation and cross-language keys.

``person_key`` gives 盛荣华, "Sheng Ronghua", "SHENG Ronghua", "Sheng Rong-hua" and "Ronghua Sheng" the same
key, ``"sheng ronghua"``, so that the store can keep one row per person across Chinese and English
articles. Chinese names go through pypinyin with a surname table (polyphonic surnames such as 曾 zeng,
单 shan, 解 xie, 仇 qiu, 区 ou are read as surnames, not by their commonest reading); the table lives in
``pipeline/data/people.toml``.

Keys are pinyin without tones, so two different people whose names sound alike (张伟 / 章伟) share one;
that is the price of linking across scripts and is documented in docs/people.md.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from itertools import product
from typing import Any

from pipeline.config import DATA_FILES
from pipeline.text.scripts import has_han
from pipeline.text.traditional import fold_traditional, traditional_forms

PEOPLE_TOML = DATA_FILES / "people.toml"

_TOKEN_SPLIT = re.compile(r"[\s\u00a0]+")
# Middle dots used between parts of transliterated names (阿卜杜勒·艾尼, 马克·扎克伯格).
_MIDDLE_DOTS = "·•・‧."


@lru_cache(maxsize=1)
def people_data() -> dict[str, Any]:
    """The parsed pipeline/data/people.toml (cached)."""
    with PEOPLE_TOML.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def surname_table() -> dict[str, str]:
    """Chinese surname -> pinyin reading as a surname (single and compound surnames)."""
    data = people_data()
    table = dict(data["surnames"])
    table.update(data["compound_surnames"])
    # the same surnames in traditional characters (陳, 鍾 / 鐘, 歐陽), from the one fold of text/traditional.py
    forms = traditional_forms()
    for surname, reading in list(table.items()):
        for traditional in product(*[(ch, *forms.get(ch, ())) for ch in surname]):
            table.setdefault("".join(traditional), reading)
    return table


@lru_cache(maxsize=1)
def surname_pinyin() -> frozenset[str]:
    """Pinyin spellings of the known surnames, lower case ("wang", "ouyang", "sima")."""
    return frozenset(surname_table().values())


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows (about 410), plus the usual spellings of ü."""
    from pypinyin.pinyin_dict import pinyin_dict

    syllables: set[str] = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = strip_tones(reading).lower()
            if plain.isascii() and plain.isalpha():
                syllables.add(plain)
    syllables.update({"lv", "nv", "lyu", "nyu", "lve", "nve", "lue", "nue"})
    # interjection-only readings that never occur in names but would let English words pass as pinyin
    syllables.difference_update({"m", "n", "ng", "hm", "hng", "r", "e", "o", "ei", "yo", "lo", "dia"})
    return frozenset(syllables)


def strip_tones(text: str) -> str:
    """ "Shèng Rónghuá" -> "Sheng Ronghua"; ü becomes v (pypinyin's toneless spelling)."""
    text = text.replace("ü", "v").replace("Ü", "V").replace("ǖ", "v").replace("ǘ", "v")
    text = text.replace("ǚ", "v").replace("ǜ", "v")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def split_zh_name(name: str) -> tuple[str, str]:
    """Split a Chinese name into (surname, given name); compound surnames stay whole.

    Transliterated names with a middle dot have no Chinese surname: ("", name).
    """
    name = name.strip()
    if any(dot in name for dot in _MIDDLE_DOTS) or len(name) < 2:
        return "", name
    if name[:2] in people_data()["compound_surnames"] and len(name) >= 3:
        return name[:2], name[2:]
    return name[0], name[1:]


@lru_cache(maxsize=1)
def _transliteration_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(strong, all) transliteration characters of people.toml ``[transliteration]``."""
    data = people_data()["transliteration"]
    strong = frozenset(data["strong_chars_zh"])
    return strong, strong | frozenset(data["weak_chars_zh"])


def is_transliterated_zh(name: str) -> bool:
    """A Chinese rendering of a foreign name (马克龙, 古特雷斯, 比尔·克林顿), which pinyin does not romanise: a middle
    dot; four or more characters without a compound surname; no leading surname; or a surname followed only by
    transliteration syllables, one of them a strong one (people.toml ``[transliteration]``)."""
    name = name.strip()
    if any(dot in name for dot in _MIDDLE_DOTS):
        return True
    if len(name) < 2 or not has_han(name) or name[:2] in people_data()["compound_surnames"]:
        return False
    if len(name) >= 4 or name[0] not in surname_table():
        return True
    strong, every = _transliteration_chars()
    rest = name[1:]
    return len(name) == 3 and all(c in every for c in rest) and any(c in strong for c in rest)


def _pinyin_word(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(strip_tones(p) for p in lazy_pinyin(text, errors="ignore"))


def zh_to_pinyin(name: str) -> str:
    """盛荣华 -> "Sheng Ronghua", 曾庆红 -> "Zeng Qinghong", 欧阳修 -> "Ouyang Xiu"; 陳建華 -> "Chen Jianhua"
    (traditional-only characters folded first, so that the surname readings hold for both scripts)."""
    name = fold_traditional(name.strip())
    surname, given = split_zh_name(name)
    if not surname:
        parts = [p for p in re.split("[" + re.escape(_MIDDLE_DOTS) + r"\s]+", name) if p]
        return " ".join(_pinyin_word(p).capitalize() for p in parts)
    sur = surname_table().get(surname) or _pinyin_word(surname)
    given_py = _pinyin_word(given)
    return f"{sur.capitalize()} {given_py.capitalize()}".strip()


def segment_pinyin(word: str) -> list[str] | None:
    """Split pinyin ("ronghua", "rong-hua", "xi'an") into syllables; None when it is not pinyin."""
    word = strip_tones(word).lower()
    parts = [p for p in re.split(r"['’\-]", word) if p]
    if not parts:
        return None
    syllables = pinyin_syllables()
    result: list[str] = []
    for part in parts:
        if not part.isascii() or not part.isalpha():
            return None
        n = len(part)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for end in range(1, n + 1):
            for start in range(max(0, end - 6), end):
                prev = best[start]
                if prev is not None and part[start:end] in syllables:
                    cand = prev + [part[start:end]]
                    if best[end] is None or len(cand) < len(best[end] or []):
                        best[end] = cand
        if best[n] is None:
            return None
        result.extend(best[n] or [])
    return result


def is_pinyin_surname(word: str) -> bool:
    return strip_tones(word).lower().replace("-", "") in surname_pinyin()


_DISTINCT_PINYIN = re.compile(r"^(?:zh|ch|sh|x|q|j)|iang|uang|iong|iao")


def looks_like_pinyin_place(word: str) -> bool:
    """ "Zhejiang", "Guangdong", "Shenzhen": one word of two or more pinyin syllables, one of them unlike
    English spelling (zh-, ch-, sh-, x-, q-, j-, -iang, -uang, -iong, -iao), that is not a surname. Such a
    word alone is a Chinese place far more often than a given name ("Biden", "Anna", "Manning" are not)."""
    if " " in word or not word[:1].isupper() or is_pinyin_surname(word):
        return False
    syllables = segment_pinyin(word)
    return (
        syllables is not None and len(syllables) >= 2 and any(_DISTINCT_PINYIN.search(s) for s in syllables)
    )


def is_pinyin_given(word: str, max_syllables: int = 2) -> bool:
    """A given name in pinyin: one token of one or two syllables ("Ronghua", "Hui", "Rong-hua")."""
    if not word[:1].isupper():
        return False
    syl = segment_pinyin(word)
    return syl is not None and 1 <= len(syl) <= max_syllables


def looks_like_pinyin_name(text: str) -> bool:
    """ "Zhang Liming", "Xi Jinping", "SHENG Ronghua", "Ouyang Xiu": surname + pinyin given name."""
    tokens = [t for t in _TOKEN_SPLIT.split(text.strip()) if t]
    if len(tokens) != 2:
        return False
    sur, given = tokens
    if not sur[:1].isupper() or not (sur[1:].islower() or sur.isupper()):
        return False
    if not (given[1:].islower() or "-" in given):
        return False
    return is_pinyin_surname(sur) and is_pinyin_given(given)


def _clean_latin(name: str) -> list[str]:
    name = strip_tones(name)
    name = re.sub(r"[,;:()\"“”‘’]+", " ", name.replace("’s", "").replace("'s", ""))
    return [t for t in _TOKEN_SPLIT.split(name.strip()) if t]


def normalise_en(name: str) -> str:
    """Canonical Latin form of a name: "SHENG Ronghua", "Ronghua Sheng", "Sheng Rong-hua" -> "Sheng Ronghua".

    Names that do not look Chinese keep their order and spelling, with whitespace collapsed and an
    all-capitals word title-cased ("Margaret CHAN" -> "Margaret Chan").
    """
    tokens = _clean_latin(name)
    if not tokens:
        return ""
    if len(tokens) == 2:
        a, b = tokens
        a_sur, b_sur = is_pinyin_surname(a), is_pinyin_surname(b)
        a_giv = segment_pinyin(a) is not None
        b_giv = segment_pinyin(b) is not None
        if a_giv and b_giv:
            if b.isupper() and len(b) > 1 and not a.isupper() and b_sur:
                a, b = b, a  # "Ronghua SHENG": capitals mark the surname
            elif b_sur and not a_sur and len(segment_pinyin(a) or []) >= 2:
                a, b = b, a  # "Ronghua Sheng": a two-syllable given name first
            return f"{a.capitalize()} {b.replace('-', '').replace(chr(39), '').capitalize()}"
    if (
        len(tokens) == 3
        and is_pinyin_surname(tokens[0])
        and all(segment_pinyin(t) is not None and len(segment_pinyin(t) or []) == 1 for t in tokens[1:])
    ):
        # "Sheng Rong Hua": a given name written as separate syllables
        return f"{tokens[0].capitalize()} {(tokens[1] + tokens[2]).lower().capitalize()}"
    return " ".join(t.capitalize() if t.isupper() and len(t) > 1 else t for t in tokens)


def english_form(name: str) -> str:
    """The Latin form of any name: pinyin for Chinese, the normalised name otherwise."""
    return zh_to_pinyin(name) if has_han(name) else normalise_en(name)


def name_key(name: str) -> str:
    """The cross-language key of a bare name string (see :func:`person_key`)."""
    latin = english_form(name)
    key = latin.lower().replace("-", "").replace("'", "").replace(".", " ")
    return " ".join(key.split())


def person_key(person: Any) -> str:
    """A stable key for one person across articles and languages.

    盛荣华, "Sheng Ronghua", "SHENG Ronghua" and "Ronghua Sheng" all give ``"sheng ronghua"``. The Chinese
    form
    wins when known (it is unambiguous to romanise); otherwise the English form is normalised. A surname-only
    mention ("Xu said") gets ``"~xu"``: it must not be merged with other articles' people of that surname.
    """
    name_zh = getattr(person, "name_zh", None)
    name_en = getattr(person, "name_en", None)
    name = getattr(person, "name", None) or ""
    if isinstance(person, str):
        name = person
    base = name_zh if has_han(name_zh) else (name_en or name)
    key = name_key(base) if base else ""
    if getattr(person, "surname_only", False):
        return "~" + key
    return key
