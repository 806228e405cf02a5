"""The translate stage's knowledge, read once from pipeline/data: the glossary of protected terms
(glossary.toml), the checks' vocabulary and settings (translation.toml) and the numbers learned from parallel
text (translation_learned.toml, written by tools/learn_translation_checks.py)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.config import DATA_FILES

GLOSSARY_TOML = DATA_FILES / "glossary.toml"
SETTINGS_TOML = DATA_FILES / "translation.toml"
LEARNED_TOML = DATA_FILES / "translation_learned.toml"
DATES_TOML = DATA_FILES / "dates.toml"  # English month names: one list for the dates stage and these checks


@dataclass(frozen=True)
class LengthBand:
    """Allowed range of len(English) / the length expected from the original, for one source language
    (checks.length_ratio: ``han_weight`` English letters per Han character, one per other character)."""

    low: float
    high: float
    han_weight: float = 1.0


@dataclass(frozen=True)
class Vocabulary:
    glossary: dict[str, str]  # Chinese term -> the English every translation must use
    foreign_given_chars: frozenset[str]
    zh_counters: tuple[str, ...]  # longest first
    en_words: dict[str, int]
    en_ordinals: dict[str, int]
    en_scales: dict[str, int]
    en_vague: dict[str, int]
    en_months: dict[str, int]
    unusable_share: float
    coverage_min_words: int
    coverage_threshold: float  # learned: a sentence covering less of the original's words is flagged
    length_min_source_chars: int
    length_bands: dict[str, LengthBand]  # source language -> learned band
    provenance: str  # where the learned numbers come from


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    glossary_tables = _read(GLOSSARY_TOML)
    settings = _read(SETTINGS_TOML)
    learned = _read(LEARNED_TOML)
    numbers = settings["numbers"]
    glossary = {zh: en for table in glossary_tables.values() for zh, en in table.items()}
    return Vocabulary(
        glossary=glossary,
        foreign_given_chars=frozenset(settings["names"]["foreign_given_chars"]),
        zh_counters=tuple(sorted(numbers["zh_counters"], key=len, reverse=True)),
        en_words=dict(numbers["en_words"]),
        en_ordinals=dict(numbers["en_ordinals"]),
        en_scales=dict(numbers["en_scales"]),
        en_vague=dict(numbers["en_vague"]),
        en_months=dict(_read(DATES_TOML)["english"]["months"]),
        unusable_share=float(settings["quality"]["unusable_share"]),
        coverage_min_words=int(settings["coverage"]["min_words"]),
        coverage_threshold=float(learned["coverage"]["threshold"]),
        length_min_source_chars=int(settings["length"]["min_source_chars"]),
        length_bands={
            lang: LengthBand(float(band["low"]), float(band["high"]), float(band.get("han_weight", 1.0)))
            for lang, band in learned["length"].items()
        },
        provenance=str(learned.get("provenance", "")),
    )
