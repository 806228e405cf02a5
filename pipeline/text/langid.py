"""Language of a piece of text: a title, a paragraph, a set of paragraphs.

* CJK-dominant text is decided by its script, without a statistical model: Han characters with
  no kana are Chinese, kana means Japanese, Hangul means Korean. This is exact for news text and
  over 100x faster than langdetect (``python -m bench.bench_translate --lang-only``).
* Other text goes to langdetect with a fixed seed and a fresh detector per call, so the answer for
  a given text never varies between calls, runs or processes. ``zh-cn``/``zh-tw`` become ``zh``.
* Text too short to tell (fewer than :data:`MIN_LETTERS` letters, fewer than :data:`MIN_CJK` CJK
  characters) or a detector answer under :data:`MIN_PROBABILITY` gives ``"und"``, never a guess.
* A set of units takes the language with most text, weighting one CJK character as
  :data:`CJK_WEIGHT` Latin letters (about what it takes in English), so a mostly English page with
  Chinese quotes is ``"en"`` with those paragraphs ``"zh"``.

The language stage (pipeline/stages/language.py) applies it to an article; the translation stage asks it
about titles and paragraphs too.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.text.scripts import CJK_CHAR as _CJK
from pipeline.text.scripts import HAN_CHAR as _HAN
from pipeline.text.scripts import HANGUL_CHAR as _HANGUL
from pipeline.text.scripts import KANA_CHAR as _KANA

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

UND = "und"
MIN_LETTERS = 20  # Latin/Cyrillic/... letters needed before langdetect's answer is trusted
MIN_CJK = 2  # Han/kana/Hangul characters needed for a script-based answer
MIN_PROBABILITY = 0.6  # below this, langdetect's best answer is reported as "und"
CJK_WEIGHT = 3.0  # one Chinese character ~ 3 English letters (measured on the 61 fixture pairs)
SEED = 0
# A paragraph is only given a language other than its page's with this much text and certainty.
MIN_OTHER_LETTERS = 60
MIN_OTHER_PROBABILITY = 0.9


# langdetect codes -> ISO 639-1 (the script variant is dropped; the record keeps one code)
_CODE_MAP = {"zh-cn": "zh", "zh-tw": "zh"}


@dataclass(frozen=True)
class Guess:
    """The language of one piece of text."""

    lang: str  # ISO 639-1 or "und"
    confidence: float  # 0..1
    weight: float  # amount of text, in Latin-letter equivalents
    method: str  # "script" | "langdetect" | "short" | "empty" | "unsure"


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded once (about 0.1 s); our own factory, not langdetect's global one."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = SEED  # a Detector copies the seed and reseeds its RNG at every detect()
    DetectorFactory.seed = SEED  # also for anyone using langdetect.detect() in this process
    return factory


def _langdetect(text: str) -> tuple[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()  # fresh detector: no state shared between calls
    detector.append(text)
    try:
        best = detector.get_probabilities()
    except LangDetectException:
        return UND, 0.0
    if not best:
        return UND, 0.0
    top = best[0]
    return _CODE_MAP.get(top.lang, top.lang), float(top.prob)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def guess_text(text: str | None) -> Guess:
    """Language of one piece of text (a title or a paragraph)."""
    if not text or not text.strip():
        return Guess(UND, 0.0, 0.0, "empty")
    text = unicodedata.normalize("NFC", text)
    cjk = len(_CJK.findall(text))
    other = _letters(text) - cjk
    weight = cjk * CJK_WEIGHT + other
    if cjk and cjk * CJK_WEIGHT >= other:  # CJK-dominant: the script decides
        if cjk < MIN_CJK:
            return Guess(UND, 0.0, weight, "short")
        kana = len(_KANA.findall(text))
        hangul = len(_HANGUL.findall(text))
        share = cjk * CJK_WEIGHT / weight
        if hangul >= 0.3 * cjk:
            return Guess("ko", share, weight, "script")
        if kana >= max(1, 0.05 * cjk):
            return Guess("ja", share, weight, "script")
        if len(_HAN.findall(text)) >= MIN_CJK:
            return Guess("zh", share, weight, "script")
        return Guess(UND, 0.0, weight, "short")
    # Not CJK-dominant: take CJK runs out (quoted names, short quotes) and ask langdetect.
    rest = _CJK.sub(" ", text) if cjk else text
    if other < MIN_LETTERS:
        return Guess(UND, 0.0, weight, "short")
    lang, prob = _langdetect(rest)
    if lang == UND or prob < MIN_PROBABILITY:
        return Guess(UND, prob, weight, "unsure")
    return Guess(lang, prob, weight, "langdetect")


def guess_units(units: list[str]) -> tuple[str, float, list[Guess]]:
    """Language of a document made of ``units`` (title + paragraphs): (lang, confidence, per unit)."""
    guesses = [guess_text(u) for u in units]
    total = sum(g.weight for g in guesses)
    votes: dict[str, float] = defaultdict(float)
    scored: dict[str, float] = defaultdict(float)
    for g in guesses:
        if g.lang != UND:
            votes[g.lang] += g.weight
            scored[g.lang] += g.weight * g.confidence
    # Units too short on their own (a page of short lines) may still tell together.
    short = [u for u, g in zip(units, guesses, strict=True) if g.lang == UND and g.method == "short"]
    if len(short) > 1:
        joined = guess_text("\n".join(short))
        if joined.lang != UND:
            votes[joined.lang] += joined.weight
            scored[joined.lang] += joined.weight * joined.confidence
    if not votes or total <= 0:
        return UND, 0.0, guesses
    lang = max(sorted(votes), key=lambda k: votes[k])  # sorted: ties broken the same way every time
    confidence = min(1.0, scored[lang] / total)
    # A short or doubtful statistical answer that disagrees with the whole page ("Forum opens in
    # Hangzhou" -> nl in an English article) is not trusted: "und". Script-based answers stay.
    guesses = [
        Guess(UND, g.confidence, g.weight, "unsure")
        if g.method == "langdetect"
        and g.lang != lang
        and (g.weight < MIN_OTHER_LETTERS or g.confidence < MIN_OTHER_PROBABILITY)
        else g
        for g in guesses
    ]
    return lang, round(confidence, 4), guesses
