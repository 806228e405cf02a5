"""The mentions of the English text units of an article: the English CRF runs over all units at once (its
document features and the article's place names help tell a person from a place), names are found per unit (en_names.py), and each gets its role
(en_roles.py) and kind (kinds.py); a sign-off line after a name-only paragraph gives a role too."""

from __future__ import annotations

import re

from pipeline.stages.people.en_names import EnglishUnit, NameSpan, name_spans
from pipeline.stages.people.en_roles import en_role, ends_with_role
from pipeline.stages.people.kinds import en_kind
from pipeline.stages.people.mentions import Mention, TextUnit, sentence_of
from pipeline.stages.people.recognisers import english_entities

_PLACE_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|off|near|across|(?:side|south|north|east|west|coast|islands?|capital|parts?)\s+of)"
    r"\s+(?:[A-Z][a-z]+\s+and\s+)?([A-Z][a-z]+)\b(?!['’]s|\s+[A-Z])"
)
_REPORTER_WORDS = frozenset({"correspondent", "reporter", "writer", "journalist"})


Entities = dict[str, list[tuple[int, int]]]


def _texts(text: str, entities: Entities, label: str) -> set[str]:
    return {text[s:e] for s, e in entities.get(label, [])}


def _article_places(texts: list[str], entities: list[Entities]) -> set[str]:
    """Place names of the whole article: the CRF's LOC spans, plus places it tagged otherwise ("Authority of
    Nepal", "in Kyiv", "south of Borneo")."""
    places: set[str] = set()
    for text, ents in zip(texts, entities, strict=True):
        places |= _texts(text, ents, "LOC")
        for org in _texts(text, ents, "ORG"):
            places.update(re.findall(r"\bof\s+([A-Z][a-z]+)\b", org))
        places.update(_PLACE_AFTER_PREPOSITION.findall(text))
    return places


def _sign_off(text: str, span: NameSpan, sign_off: str) -> tuple[str, bool] | None:
    """A sign-off: a paragraph that is only the name, followed by a short line ending with a title word
    ("Patrick Atack" / "Digital business correspondent"): (role, is a reporter)."""
    words = sign_off.split()
    if text.strip() == span.name and 0 < len(words) <= 5 and ends_with_role(words):
        return sign_off, words[-1].lower() in _REPORTER_WORDS
    return None


def _unit_mentions(unit: int, text: str, spans: list[NameSpan], next_text: str) -> list[Mention]:
    """The mentions of one unit's names, with role and kind."""
    out: list[Mention] = []
    others = [(s, e) for s, e, _n, _x in spans]
    for i, span in enumerate(spans):
        s, e = span.start, span.end
        next_start = spans[i + 1].start if i + 1 < len(spans) else len(text)
        role = en_role(text, s, e, next_start)
        kind = en_kind(text, s, e, [o for o in others if o != (s, e)])
        if not role:
            sign_off = _sign_off(text, span, next_text)
            if sign_off:
                role = sign_off[0]
                if sign_off[1]:
                    kind = "reporter"
        out.append(
            Mention(
                form=span.name,
                lang="en",
                unit=unit,
                start=s,
                end=e,
                sentence=sentence_of(text, s, "en"),
                kind=kind,
                role=role,
                single=span.single,
            )
        )
    return out


def en_mentions(units: list[TextUnit]) -> list[Mention]:
    """Every English name mention of the text units ``units``."""
    texts = [t for _u, t in units]
    entities = english_entities(texts)
    places = _article_places(texts, entities)
    out: list[Mention] = []
    for k, ((unit, text), ents) in enumerate(zip(units, entities, strict=True)):
        spans = name_spans(EnglishUnit(text, ents, places))
        next_text = units[k + 1][1].strip() if k + 1 < len(units) else ""
        out.extend(_unit_mentions(unit, text, spans, next_text))
    return out
