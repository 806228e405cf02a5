"""Protected terms: the names and terms whose English is known before translation, and must be in it.

Three sources, the first that knows a term wins:

1. the glossary, pipeline/data/glossary.toml (official bodies, titles, foreign public figures);
2. the conferences of pipeline/data/conferences.toml: the Chinese name, and each Chinese alias that is a part
   of it, with the English name or English alias of about the same share of the name
   (网络文明大会 -> "Internet Civilization Conference");
3. the people the people stage found in this article, when their English form is reliable: an English form
   of the same person in the article, or the pinyin of a Han name with a Chinese surname and no character of
   a transliteration in its given name (马克龙 is left to the model).

How a sentence is kept right (pipeline/stages/translate/translator.py runs the rounds): it is translated as it
is; when an English form is missing, it is translated again with the English written in place of the Chinese
(models copy Latin text through); when that fails too, the pieces around the terms are translated on their
own and the English inserted between them (:func:`splice`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.catalog import load_conferences
from pipeline.record import Article, Person
from pipeline.stages.translate.vocabulary import vocabulary
from pipeline.text.names import split_zh_name, surname_table
from pipeline.text.scripts import has_han

GLOSSARY = "glossary"
CONFERENCE = "conference"
PERSON = "person"

_NAME_DOTS = "·・•‧."
_FOLD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    source: str  # GLOSSARY | CONFERENCE | PERSON


@dataclass(frozen=True)
class Found:
    """A term at a place in a sentence."""

    term: Term
    start: int
    end: int


def fold(text: str) -> str:
    """Text as English forms are compared: lower case, words only (no hyphens, apostrophes or punctuation),
    with a space at each end so that " wang li " is not found in " wang lixin "."""
    return " " + _FOLD.sub(" ", text.lower()).strip() + " "


@lru_cache(maxsize=4096)
def fold_english(english: str) -> str:
    """:func:`fold` of a term's English, remembered: the same terms come back in every article."""
    return fold(english)


# -- where terms come from ----------------------------------------------------------------------------------


def _alias_english(alias_zh: str, conference: dict) -> str | None:
    """The English for a Chinese alias that is a part of the Chinese name: the name or English alias (also a
    part of the English name) whose share of the English name is closest to the alias's share of the name."""
    name_zh, name_en = conference.get("name_zh") or "", conference.get("name_en") or ""
    if not name_zh or not name_en or alias_zh not in name_zh:
        return None
    share = len(alias_zh) / len(name_zh)
    candidates = [name_en] + [a for a in conference.get("aliases_en", []) if a in name_en]
    return min(candidates, key=lambda en: abs(len(en) / len(name_en) - share))


@lru_cache(maxsize=1)
def fixed_terms() -> dict[str, Term]:
    """The terms every article shares: conferences, then the glossary over them."""
    terms: dict[str, Term] = {}
    for conference in load_conferences().values():
        if conference.get("name_zh") and conference.get("name_en"):
            terms[conference["name_zh"]] = Term(conference["name_zh"], conference["name_en"], CONFERENCE)
        for alias in conference.get("aliases_zh", []):
            english = _alias_english(alias, conference)
            if english:
                terms.setdefault(alias, Term(alias, english, CONFERENCE))
    for zh, en in vocabulary().glossary.items():
        terms[zh] = Term(zh, en, GLOSSARY)
    return terms


def looks_like_han_name(name: str) -> bool:
    """A Chinese name whose pinyin is its English: a known surname, and a given name without the characters
    of transliterations (马克龙, 米歇尔 are foreign names written in Han characters)."""
    if any(dot in name for dot in _NAME_DOTS) or not 2 <= len(name) <= 4:
        return False
    surname, given = split_zh_name(name)
    if not surname or not given or surname not in surname_table():
        return False
    return not any(ch in vocabulary().foreign_given_chars for ch in given)


def person_terms(person: Person) -> list[Term]:
    """The Chinese forms of a person to protect, each with the person's English form (or none)."""
    if person.surname_only or not person.name_zh or not person.name_en:
        return []
    linked = any(not has_han(form) for form in person.forms)  # an English form of them in the same article
    if not linked and not looks_like_han_name(person.name_zh):
        return []
    forms = [person.name_zh] + [f for f in person.forms if has_han(f) and f != person.name_zh]
    return [Term(form, person.name_en, PERSON) for form in forms if len(form) >= 2 and split_zh_name(form)[1]]


class Protector:
    """The protected terms of one article, and finding them in its sentences."""

    def __init__(self, record: Article | None = None) -> None:
        terms = dict(fixed_terms())
        for person in record.people if record is not None else []:
            for term in person_terms(person):
                terms.setdefault(term.zh, term)  # the glossary wins over a person's pinyin
        self.terms = terms
        by_first: dict[str, list[Term]] = {}
        for term in sorted(terms.values(), key=lambda t: len(t.zh), reverse=True):
            by_first.setdefault(term.zh[0], []).append(term)
        self._by_first = by_first

    def find(self, sentence: str) -> list[Found]:
        """The terms in ``sentence``, left to right, the longest where they overlap."""
        found: list[Found] = []
        i = 0
        while i < len(sentence):
            for term in self._by_first.get(sentence[i], ()):
                if sentence.startswith(term.zh, i):
                    found.append(Found(term, i, i + len(term.zh)))
                    i += len(term.zh)
                    break
            else:
                i += 1
        return found


# -- keeping them in the translation --------------------------------------------------------------------------


def missing(found: list[Found], translation: str) -> list[Term]:
    """The terms whose English form is not in ``translation``."""
    if not found:
        return []
    folded = fold(translation)
    return [f.term for f in found if fold_english(f.term.en) not in folded]


def with_english(sentence: str, found: list[Found]) -> str:
    """The sentence with each term's English written in its place (the second try)."""
    out, last = [], 0
    for f in found:
        out += [sentence[last : f.start], f" {f.term.en} "]
        last = f.end
    out.append(sentence[last:])
    return re.sub(r" {2,}", " ", "".join(out)).strip()


_PUNCTUATION = {
    "，": ",",
    "、": ",",
    "。": ".",
    "：": ":",
    "；": ";",
    "！": "!",
    "？": "?",
    "（": "(",
    "）": ")",
}
_PUNCTUATION |= {"“": '"', "”": '"', "‘": "'", "’": "'", "《": '"', "》": '"'}
_NOTHING_TO_TRANSLATE = re.compile(r"^[\s\W_]*$")


def pieces(sentence: str, found: list[Found]) -> list[str]:
    """The text between the terms (the third try translates these on their own)."""
    out, last = [], 0
    for f in found:
        out.append(sentence[last : f.start])
        last = f.end
    out.append(sentence[last:])
    return out


def needs_model(piece: str) -> bool:
    """Whether a piece between terms has words to translate (not only spaces and punctuation)."""
    return not _NOTHING_TO_TRANSLATE.match(piece)


def splice(found: list[Found], translated_pieces: list[str]) -> str:
    """The translated pieces with each term's English between them."""
    parts: list[str] = []
    for i, piece in enumerate(translated_pieces):
        text = piece.strip()
        if text:
            parts.append(text)
        if i < len(found):
            parts.append(found[i].term.en)
    joined = " ".join(parts)
    joined = re.sub(r"\s+([,.:;!?)])", r"\1", joined)
    return joined[:1].upper() + joined[1:] if joined else joined


def punctuation_only(piece: str) -> str:
    """A piece with nothing to translate, in English punctuation (， -> ",")."""
    return "".join(_PUNCTUATION.get(ch, ch) for ch in piece).strip()
