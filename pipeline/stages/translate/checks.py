"""Reference-free checks of each translated sentence: what can be told wrong without a reference translation.

Each check is a module-level handler in :data:`CHECKS`, run in that order on every sentence; a sentence with
any kind is flagged (``Article.translation_flags``), and the share of flagged sentences gives the article's
``translation_quality`` (:func:`quality`). The kinds, what they catch and their thresholds are in
docs/translation.md; the thresholds are data (pipeline/data/translation.toml, translation_learned.toml).

They are meant to cost little next to the translation itself (compiled regular expressions, set lookups,
one dictionary pass; ``python -m bench.bench_translate --checks-only`` measures their share). What repeats
from sentence to sentence is worked out once and remembered: a number's quantity (quantities.py), a long
word's syllable loop, a term's folded English, a dictionary word's glosses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from pypinyin.pinyin_dict import pinyin_dict

from pipeline.stages.translate import dictionary
from pipeline.stages.translate.protect import Found, fold, fold_english, missing
from pipeline.stages.translate.quantities import arabic_quantities, en_quantities, mismatches, zh_quantities
from pipeline.stages.translate.vocabulary import vocabulary
from pipeline.text.names import (
    looks_like_pinyin_name,
    segment_pinyin,
    strip_tones,
    surname_pinyin,
    surname_table,
)
from pipeline.text.scripts import CJK_CHAR, HAN_RUN

OK, DOUBTFUL, UNUSABLE = "ok", "doubtful", "unusable"

# The kinds of flag, in the order they are listed on a flag.
NUMBERS, DATES, NAMES, SPLICED, LENGTH = "numbers", "dates", "names", "spliced", "length"
REPETITION, UNTRANSLATED, EMPTY, COVERAGE, FAILED = (
    "repetition",
    "untranslated",
    "empty",
    "coverage",
    "failed",
)
KIND_ORDER = (NUMBERS, DATES, NAMES, SPLICED, LENGTH, REPETITION, UNTRANSLATED, EMPTY, COVERAGE, FAILED)

# "Wang Jianguo", "Li Minghua": a capital not after a letter or digit (the capital first, the look-behind after
# it: the regex engine then skips to the capitals, 1.5x faster than the same with \b first)
NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:[ -][A-Z][a-z]+)+")
CHAR_LOOP = re.compile(r"([a-z]{2,8}?)\1{3,}")  # "itageitageitageitage" (in a lower-cased word)
LONG_WORD = re.compile(r"[a-z]{8,}")  # where a syllable loop can be (the loop search is slow: only there)


@dataclass
class Sentence:
    """One translated sentence and what the checks need to know about how it was made."""

    source: str
    target: str
    lang: str  # the language translated from
    found: list[Found] = field(default_factory=list)  # protected terms in the source
    spliced: bool = False  # the terms' English was inserted between separately translated pieces
    looped: bool = False  # a repeated n-gram loop was cut from the model's output

    @property
    def source_without_terms(self) -> str:
        """The source with the protected terms blanked (their English is known: not the model's work)."""
        if not self.found:
            return self.source
        text, last, out = self.source, 0, []
        for f in self.found:
            out += [text[last : f.start], " "]
            last = f.end
        out.append(text[last:])
        return "".join(out)


def _numbers(s: Sentence) -> Iterable[str]:
    if s.lang == "zh":
        return mismatches(zh_quantities(s.source), en_quantities(s.target))
    source = arabic_quantities(s.source)  # other languages: only the digits are compared
    return mismatches(source, [q for q in en_quantities(s.target) if q.text[:1].isdigit()])


@lru_cache(maxsize=8192)
def _readings(char: str) -> frozenset[str]:
    """Every toneless pinyin reading of a Han character (all of a polyphone's), with its surname reading."""
    readings = {strip_tones(r).lower() for r in pinyin_dict.get(ord(char), "").split(",") if r}
    surname = surname_table().get(char)
    return frozenset(readings | {surname.lower()} if surname else readings)


@lru_cache(maxsize=4096)
def _pinyin_name(text: str) -> tuple[str, list[str]] | None:
    """("wang", ["jian", "guo"]) for "Wang Jianguo"; None when the two words are not a pinyin name."""
    first, second = text.split(" ")
    if first.lower() not in surname_pinyin() or not looks_like_pinyin_name(text):
        return None
    return first.lower(), segment_pinyin(second) or [second.lower()]


def _source_has_reading(source: str, surname: str, given: list[str]) -> bool:
    """Whether the source holds Han characters read surname + given syllables (马云 for "Ma Yun")."""
    chars = "".join(HAN_RUN.findall(source))
    for i in range(len(chars) - len(given)):
        if surname in _readings(chars[i]) and all(
            g in _readings(chars[i + 1 + k]) for k, g in enumerate(given)
        ):
            return True
    return False


def _names(s: Sentence) -> Iterable[str]:
    """A protected term's English still missing, or a Chinese person's name in pinyin that the source does
    not hold (the fixture model writes "Li Minghua said ..." for any sentence with 说)."""
    if missing(s.found, s.target):
        return (NAMES,)
    if s.lang != "zh":
        return ()
    surnames = surname_pinyin()
    folded_source = None  # folded once, when a name needs it
    for run in NAME_RUN.finditer(s.target):
        words = run.group(0).replace("-", " ").split()
        for first, second in zip(words, words[1:], strict=False):
            parsed = _pinyin_name(f"{first} {second}") if first.lower() in surnames else None
            if parsed is None:
                continue
            name = fold(f"{first} {second}")
            if any(name in fold_english(f.term.en) for f in s.found):
                continue  # a protected term's English
            folded_source = fold(s.source) if folded_source is None else folded_source
            if name in folded_source:
                continue  # Latin text of the source
            if not _source_has_reading(s.source, *parsed):
                return (NAMES,)
    return ()


def _spliced(s: Sentence) -> Iterable[str]:
    return (SPLICED,) if s.spliced else ()


def length_ratio(source: str, target: str, han_weight: float) -> float:
    """len(target) / the length expected from the source: ``han_weight`` letters per Han character, one per
    other character (digits, Latin words and punctuation carry over about one for one)."""
    han = sum(map(len, HAN_RUN.findall(source)))
    other = len(source.replace(" ", "")) - han
    return len(target.strip()) / max(1.0, han * han_weight + other)


def _length(s: Sentence) -> Iterable[str]:
    v = vocabulary()
    band = v.length_bands.get(s.lang)
    source = s.source.strip()
    if band is None or len(source) < v.length_min_source_chars:
        return ()
    ratio = length_ratio(source, s.target, band.han_weight)
    return (LENGTH,) if not band.low <= ratio <= band.high else ()


@lru_cache(maxsize=16384)
def _has_syllable_loop(word: str) -> bool:
    """Remembered per word: the same long words come back in sentence after sentence."""
    return CHAR_LOOP.search(word) is not None


def _repetition(s: Sentence) -> Iterable[str]:
    """A loop cut from the output, a word trigram three times, or a syllable loop inside a word."""
    lowered = s.target.lower()
    if s.looped or any(map(_has_syllable_loop, LONG_WORD.findall(lowered))):
        return (REPETITION,)
    words = lowered.split()
    if len(words) - len(set(words)) >= 6:  # a trigram three times repeats at least six words
        trigrams = Counter(zip(words, words[1:], words[2:], strict=False))
        if max(trigrams.values()) >= 3:
            return (REPETITION,)
    return ()


def _untranslated(s: Sentence) -> Iterable[str]:
    return (UNTRANSLATED,) if not s.target.isascii() and CJK_CHAR.search(s.target) else ()


def _empty(s: Sentence) -> Iterable[str]:
    return (EMPTY,) if not s.target.strip() and any(ch.isalnum() for ch in s.source) else ()


def _coverage(s: Sentence) -> Iterable[str]:
    if s.lang != "zh":
        return ()
    share, words = dictionary.coverage(s.source_without_terms, s.target)
    v = vocabulary()
    return (COVERAGE,) if words >= v.coverage_min_words and share < v.coverage_threshold else ()


# The checks, in the order their kinds are listed. Each returns the kinds it finds (none: the sentence passed;
# an empty tuple, the shared one: nothing allocated for the most common answer).
CHECKS: tuple[tuple[str, Callable[[Sentence], Iterable[str]]], ...] = (
    ("numbers", _numbers),
    ("names", _names),
    ("spliced", _spliced),
    ("length", _length),
    ("repetition", _repetition),
    ("untranslated", _untranslated),
    ("empty", _empty),
    ("coverage", _coverage),
)


def check(sentence: Sentence) -> list[str]:
    """The kinds of doubt about one translated sentence (an empty list: nothing found).

    Remembered for the last sentences checked: a re-run over a translated archive, or a second wire copy,
    costs a lookup."""
    terms = tuple((f.term.zh, f.term.en, f.start, f.end) for f in sentence.found) if sentence.found else ()
    key = (sentence.source, sentence.target, sentence.lang, terms, sentence.spliced, sentence.looped)
    kinds = _checked.get(key)
    if kinds is None:
        kinds = _checked[key] = _check(sentence)
        if len(_checked) > CHECKED_MAX:
            del _checked[next(iter(_checked))]  # the oldest
    return list(kinds)


CHECKED_MAX = 20_000  # about 10 MB
_checked: dict[tuple[object, ...], list[str]] = {}


def _check(sentence: Sentence) -> list[str]:
    if not sentence.target.strip():
        return list(_empty(sentence))
    kinds: list[str] = []
    for _name, handler in CHECKS:
        kinds += handler(sentence)
    return [k for k in KIND_ORDER if k in kinds] if len(kinds) > 1 else kinds  # in order, once each


def quality(flagged: int, sentences: int) -> str | None:
    """``ok`` with no flagged sentence, ``unusable`` when more than the configured share is, else ``doubtful``."""
    if sentences == 0:
        return None
    if flagged == 0:
        return OK
    return UNUSABLE if flagged / sentences > vocabulary().unusable_share else DOUBTFUL
