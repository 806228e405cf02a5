"""Later occurrences of names already found, which the models miss: the same string again, and the last name
of a full English name alone before or after a speech verb ("… Petra Lindqvist. Lindqvist said")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.stages.people.en_roles import en_role
from pipeline.stages.people.kinds import en_kind, zh_kind
from pipeline.stages.people.mentions import CREDIT_KINDS, Mention, TextUnit, sentence_of
from pipeline.stages.people.occurrences import at_boundary, literal_spans, starts
from pipeline.stages.people.recognisers import lac_tokens
from pipeline.stages.people.vocabulary import patterns
from pipeline.text.names import looks_like_pinyin_name, name_key
from pipeline.text.scripts import has_han


@dataclass(frozen=True)
class _Found:
    """Where the mentions found so far are: (unit, start, end) spans and (unit, start) starts."""

    spans: list[tuple[int, int, int]]
    starts: frozenset[tuple[int, int]]

    @classmethod
    def of(cls, mentions: list[Mention]) -> _Found:
        return cls(
            [(m.unit, m.start, m.end) for m in mentions], frozenset((m.unit, m.start) for m in mentions)
        )

    def free(self, unit: int, pos: int) -> bool:
        return (unit, pos) not in self.starts and not any(
            u == unit and s <= pos < e for u, s, e in self.spans
        )

    def others(self, unit: int) -> list[tuple[int, int]]:
        return [(s, e) for u, s, e in self.spans if u == unit]

    def next_start(self, unit: int, pos: int, default: int) -> int:
        return min((s for u, s, _e in self.spans if u == unit and s > pos), default=default)


def _repeats_of_forms(
    units: list[TextUnit], forms: list[str], singles: set[str], found: _Found
) -> list[Mention]:
    """Every free occurrence of the ``forms`` (an English one as a whole word), with its own role and kind; a
    credit is read where the name is first given, not from a repeat."""
    out: list[Mention] = []
    for unit, text in units:
        for form in forms:
            lang = "zh" if has_han(form) else "en"
            for start, end in literal_spans(text, form, whole_word=lang == "en"):
                if not found.free(unit, start):
                    continue
                role = None
                if lang == "en":  # "Soelistyo, head of Indonesia's search and rescue agency, told ..."
                    role = en_role(text, start, end, found.next_start(unit, start, len(text)))
                    kind = en_kind(text, start, end, found.others(unit))  # "… Lindqvist. Lindqvist said"
                else:
                    kind = zh_kind(text, lac_tokens(text), start, end)
                if kind in CREDIT_KINDS:
                    kind = "mentioned"
                out.append(
                    Mention(
                        form,
                        lang,
                        unit,
                        start,
                        end,
                        sentence_of(text, start, lang),
                        kind=kind,
                        role=role,
                        single=form in singles,
                    )
                )
    return out


def _last_names(known: set[str]) -> dict[str, list[str]]:
    """Last name (the surname first for a pinyin name) -> the full English forms with it."""
    surnames: dict[str, list[str]] = {}
    for form in known:
        words = form.split()
        if not has_han(form) and len(words) >= 2:
            sur = words[0] if looks_like_pinyin_name(" ".join(words[:2])) else words[-1]
            surnames.setdefault(sur, []).append(form)
    return surnames


_SAID_BEFORE = re.compile(r"\bsaid\s")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")


@lru_cache(maxsize=4)
def _speech_after(speech: str) -> re.Pattern[str]:
    return re.compile(rf"\s+{speech}")  # the speech pattern's text alone, without its flags (as before)


def _last_name_spans(text: str, sur: str, speech_after: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    r"""``re.finditer(rf"\b{sur}\b(?=\s+{speech})|(?<=\bsaid\s){sur}\b(?!\s+[A-Z])", text)`` (``sur``
    escaped), without compiling that for each name: "Lindqvist said", "said Lindqvist"."""
    size, taken = len(sur), 0
    for start in starts(text, sur):
        end = start + size
        if start < taken or not at_boundary(text, end):
            continue
        before_speech = at_boundary(text, start) and speech_after.match(text, end)
        after_said = (
            start >= 5
            and _SAID_BEFORE.fullmatch(text, start - 5, start)
            and not _CAPITALISED_NEXT.match(text, end)
        )
        if before_speech or after_said:
            yield start, end
            taken = end


def _last_name_repeats(units: list[TextUnit], known: set[str], found: _Found) -> list[Mention]:
    """ "… trade commissioner Petra Lindqvist. Lindqvist said …": the last name of a full English name, alone
    before or after a speech verb (spaCy often calls it ORG), when no other full name shares it."""
    out: list[Mention] = []
    speech_after = _speech_after(patterns().speech_en.pattern)
    for sur, forms in _last_names(known).items():
        if len({name_key(f) for f in forms}) != 1 or len(sur) < 3 or not sur[:1].isupper():
            continue
        for unit, text in units:
            for start, end in _last_name_spans(text, sur, speech_after):
                if not found.free(unit, start):
                    continue
                kind = en_kind(text, start, end, found.others(unit))
                out.append(
                    Mention(
                        sur,
                        "en",
                        unit,
                        start,
                        end,
                        sentence_of(text, start, "en"),
                        kind,
                        single=True,
                    )
                )
    return out


def repeated_mentions(units: list[TextUnit], mentions: list[Mention]) -> list[Mention]:
    """Later plain-string occurrences of names already found (the models miss some repeats)."""
    known = {m.form for m in mentions if not m.single and len(m.form) >= 2}
    singles = {m.form for m in mentions if m.single and m.lang == "en" and len(m.form) >= 4}
    found = _Found.of(mentions)
    out = _repeats_of_forms(units, sorted(known | singles), singles - known, found)
    out.extend(_last_name_repeats(units, known, found))
    return out
