"""Where the English names of a text unit are: the English CRF's PER spans (recognisers.py) that are not
brands, companies or places (en_contexts.py, ``ORG_CONTEXT_RULES``), pinyin names it misses ("Zhang Liming"),
Western names it misses or calls ORG in a person context (en_contexts.py, ``PERSON_CONTEXT_RULES``: "Pentagon
spokesman Mark Wright", "Kurt Volker said", credit lines), and surname-only speakers ("Xu said").

``EnglishUnit.spans`` collects them; ``SPAN_SOURCES`` run in order, each skipping what is already found."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from pipeline.stages.people.credits import (
    en_caption_credit_names,
    en_credit_kind,
    en_credit_line_names,
    en_print_credit_names,
)
from pipeline.stages.people.en_byline_lines import byline_names, lead_byline_names
from pipeline.stages.people.en_contexts import (
    clean_in_person_context,
    context_names,
    org_context,
    shows_a_person,
)
from pipeline.stages.people.en_name_ends import byline_cut, name_end, name_start
from pipeline.stages.people.en_org_names import portfolio_cut, portfolio_persons
from pipeline.stages.people.en_shapes import (
    Found,
    administration_surnames,
    apposed_names,
    arabic_names,
    honorific_surnames,
    korean_names,
    listed_persons,
    persons_called_organisations,
    pope_names,
    possessive_without_apostrophe,
    spaced_korean_names,
    titled_names,
)
from pipeline.stages.people.famous import covered_by, famous_en_names, tied_surname
from pipeline.stages.people.name_forms import clean_en_name, title_cut
from pipeline.stages.people.recognisers import english_tagger
from pipeline.stages.people.vocabulary import vocabulary
from pipeline.text.names import is_pinyin_surname, looks_like_pinyin_name, normalise_en

Span = tuple[int, int]


class NameSpan(NamedTuple):
    start: int
    end: int
    name: str
    single: bool  # a one-word name (or "van Sebille"), to be linked to a full name


@dataclass
class EnglishUnit:
    """One English text unit with the CRF's entity spans by label, the article's place names, and the names
    found so far (``blocked``: the CRF's non-person entities)."""

    text: str
    entities: dict[str, list[Span]]
    places: set[str]
    spans: list[NameSpan] = field(default_factory=list)
    blocked: list[Span] = field(default_factory=list)
    rejected: set[str] = field(default_factory=set)  # names an organisation context ruled out here
    person_words: set[str] = field(default_factory=set)  # one-word PER spans of the whole article


# ----------------------------------------------------------------------------------------- the sources


# Given name, quoted nickname, family name: Lee “Faker” Sang-hyeok, Joaquin "El Chapo" Guzman; not a possessive
# before a quoted title ("CNN’s “State of the Union,” Esper"): no 's before the quote, no comma inside it.
_NICKNAMED = re.compile(
    r"\b(?P<given>[A-Z][\w'’-]*)(?<!['’]s)\s+[“\"](?P<nick>[A-Z][^”\"\n,]{0,24}?)[”\"]\s+"
    r"(?P<family>[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*)"
)


def _nicknamed_persons(unit: EnglishUnit) -> None:
    """A name with a quoted nickname inside, one name as printed, when the CRF tags a part of it PER or MISC
    (it cuts such names into pieces, "Lee", "Crisp” Qing-Song", or calls the whole MISC) and the name without
    the nickname is a name."""
    tagged = unit.entities.get("PER", []) + unit.entities.get("MISC", [])
    for m in _NICKNAMED.finditer(unit.text):
        if not any(a < m.end() and m.start() < b for a, b in tagged):
            continue
        if clean_en_name(f"{m['given']} {m['family']}") != f"{m['given']} {m['family']}":
            continue
        unit.spans.append(NameSpan(m.start(), m.end(), m.group(), False))


def _lead_byline_persons(unit: EnglishUnit) -> None:
    """The reporters of a byline that opens a lead paragraph before its dateline (:func:`lead_byline_names`),
    before the CRF's spans, which run the name into the place ("Jane Doe LISBON")."""
    for s0, e0, name in lead_byline_names(unit.text):
        unit.spans.append(NameSpan(s0, e0, name, False))


def _capital_byline_persons(unit: EnglishUnit) -> None:
    """The names of an all-capital byline line ("BY SAM TELLER AND CHINEDU OKORO"), before the CRF's spans:
    it tags a first name alone there ("SAM")."""
    if unit.text.lstrip().startswith("BY "):
        unit.spans.extend(NameSpan(s0, e0, name, False) for s0, e0, name in byline_names(unit.text))


# A monarch or pope by regnal number ("Queen Jane II's coffin", "Leo XIV"): the CRF calls most of them ORG or
# nothing. "I" alone only after a title; "IIs" is a possessive that lost its apostrophe.
_REGNAL = re.compile(
    r"\b(?P<title>(?:King|Queen|Pope|Emperor|Empress|Tsar|Tsarina|Prince|Princess)\s+)?"
    r"(?P<name>[A-Z][a-z]+\s+(?P<number>X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,2}))(?:['’]?s)?\b"
)


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*\s+$")


def _regnal_names(unit: EnglishUnit) -> None:
    """A census first name or a title before a regnal number, the title left out: "King Arthur IV" -> "Arthur
    IV"; not "World War II", "Apollo XI"."""
    table = english_tagger().words
    taken = [(s.start, s.end) for s in unit.spans]
    for m in _REGNAL.finditer(unit.text):
        before = unit.text[max(0, m.start() - 30) : m.start()]
        if any(a < m.end() and m.start() < b for a, b in taken) or _ARTICLE_BEFORE.search(before):
            continue  # "the Mark II", "a Queen Mary II": a model or a ship
        if not m["title"] and _NAME_WORD_BEFORE.search(before):
            continue  # "Lloyd J. Austin III", "Martin Luther King III": the end of a longer name
        first = m["name"].split()[0]
        if m["title"] or ("F" in table.get(first.upper(), "").split(",") and m["number"] != "I"):
            unit.spans.append(NameSpan(m.start("name"), m.end("name"), m["name"], False))


def _name_before_suffix(text: str, start: int, end: int) -> tuple[int, str, str | None]:
    """(start, raw, name) of the name a lone "Jr." closes: the one to three capitalised words before it."""
    m = re.search(r"(?:\b[A-Z][a-z]+\s+){1,3}$", text[:start])
    if not m:
        return start, text[start:end], None
    raw = text[m.start() : end]
    name = clean_en_name(raw)
    return m.start(), raw, name if name and " " in name else None


@lru_cache(maxsize=1)
def _particle_tail() -> re.Pattern[str]:
    """One or two lower-case particles of people.toml and a capitalised word right after a name ("Erik | ten
    Hag", "Rafael | van der Vaart")."""
    particles = "|".join(sorted(vocabulary().particles_en, key=len, reverse=True))
    return re.compile(rf"\s(?:{particles})(?:\s(?:{particles}))?\s[A-Z][a-z][\w'’-]*")


def _recognised_persons(unit: EnglishUnit) -> None:
    """The CRF's PER spans, cleaned, that are not brands, companies or places, nor inside a name already
    found; its other entities block the pinyin rule."""
    text = unit.text
    for label in ("LOC", "ORG", "MISC"):
        unit.blocked.extend(unit.entities.get(label, []))
    found = [(s.start, s.end) for s in unit.spans]
    for start, end in unit.entities.get("PER", []):
        # "Delacroix By LI": the CRF runs the name into a byline that a credit finder took already
        end = byline_cut(text, start, end)
        if any(a < end and start < b for a, b in found):
            continue
        tail = _particle_tail().match(text, end)  # "Erik ten Hag": the CRF stops before the particle
        end = tail.end() if tail else end
        raw = text[start:end]
        if text[end : end + 8].startswith(" Thought"):
            continue
        name = clean_en_name(raw) or clean_in_person_context(text, start, end, raw)
        if not name and portfolio_cut(text, start, raw) != raw:
            # "Minister of Science and | Technology Jane Doe": the portfolio word ran in is an organisation word
            name = clean_en_name(portfolio_cut(text, start, raw))
        if not name:
            continue
        name = title_cut(name)
        if name.lower().rstrip(".") in {"jr", "sr"}:
            # "the Martin Luther King Jr. holiday": the CRF tags the suffix alone
            start, raw, name = _name_before_suffix(text, start, end)
            if not name:
                continue
        name = portfolio_cut(text, start, name)  # "Commissioner for Competition Jane Doe"
        if org_context(text, start, end, name, unit.places):
            unit.rejected.add(name)  # "liquor brand Kweichow Moutai": not a person anywhere in the article
            continue
        name = possessive_without_apostrophe(text, end, name)  # "Jane Trumbles plan"
        s = start + raw.find(name) if name in raw else start
        # "van Sebille": a surname with its particle, to be linked like a one-word name
        unit.spans.append(NameSpan(s, s + len(name), name, " " not in name or name[:1].islower()))


_PINYIN_CANDIDATE = re.compile(r"\b([A-Z][a-z]{0,5}|[A-Z]{2,6})\s([A-Z][a-z]+(?:-[a-z]+)?)\b")


def _pinyin_names(unit: EnglishUnit) -> None:
    """Pinyin names the CRF missed or mislabelled ("Zhang Liming"); not inside another entity unless a comma
    or speech verb follows, nor before an organisation word or another capitalised word."""
    v = vocabulary()
    text = unit.text
    for m in _PINYIN_CANDIDATE.finditer(text):
        if not looks_like_pinyin_name(m.group(0)) or m.group(0).lower() in v.never_en:
            continue
        # "Vice Premier He Lifeng": the CRF took "He" for the pronoun and tagged "Lifeng" alone
        given_only = [span for span in unit.spans if (span[0], span[1]) == m.span(2)]
        others = [span for span in unit.spans if span not in given_only]
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _n, _x in others):
            continue
        nxt = text[m.end() : m.end() + 30].split()
        if nxt and nxt[0].lower().strip(",.’'") in v.org_words_en:
            continue
        if re.match(r" [A-Z][a-z]", text[m.end() :]):
            continue  # "Hai Ba Trung district": two words of a longer run (a place, a longer name)
        if any(
            bs <= m.start() < be and clean_en_name(text[bs:be]) != m.group(0)  # "Comrade Xi Jinping" as ORG
            for bs, be in unit.blocked
        ):
            credited = en_credit_kind(text, m.start())  # "Photo by Gao Chen / China Daily"
            if not credited and not re.match(r"\s*(?:,|said|says|told|added)", text[m.end() :]):
                continue
        unit.spans = [*others, NameSpan(m.start(), m.end(), normalise_en(m.group(0)), False)]


def _credit_line_persons(unit: EnglishUnit) -> None:
    """The names of a credit line ("Reporting by Indulal PM; Editing by Sunil Nair") and of a caption's credit
    ("EPA/JANE ROE", "Jane Roe/AP"; in print-edition capitals "JANE ROE / XINHUA", "… By JANE ROE in London"),
    before the CRF's spans: the line's grammar knows where each name ends, where the CRF may take part of one
    ("Indulal")."""
    credits = en_credit_line_names(unit.text) + en_caption_credit_names(unit.text)
    for s0, e0, raw in credits + en_print_credit_names(unit.text):
        if not any(a < e0 and s0 < b for a, b in _taken(unit)):
            unit.spans.append(NameSpan(s0, e0, raw, False))


def _names_in_person_contexts(unit: EnglishUnit) -> None:
    """See :func:`context_names`."""
    for s0, e0, name in context_names(unit.text, unit.entities, _taken(unit)):
        unit.spans.append(NameSpan(s0, e0, name, False))


_SURNAME_SPEAKER = re.compile(r"\b([A-Z][a-z]{1,7})(?=\s+(?:said|says|added|noted|told|stated|explained)\b)")


def _surname_speakers(unit: EnglishUnit) -> None:
    """Surname-only speakers the CRF missed: "Xu said" (a known pinyin surname)."""
    for m in _SURNAME_SPEAKER.finditer(unit.text):
        word = m.group(1)
        if is_pinyin_surname(word) and not any(s <= m.start() < e for s, e, _n, _x in unit.spans):
            unit.spans.append(NameSpan(m.start(), m.end(), word, True))


def _taken(unit: EnglishUnit) -> list[Span]:
    return [(s.start, s.end) for s in unit.spans]


def _add(unit: EnglishUnit, found: list[Found]) -> None:
    unit.spans.extend(NameSpan(*f) for f in found)


def _korean_and_arabic_names(unit: EnglishUnit) -> None:
    _add(unit, korean_names(unit.text, _taken(unit)))
    _add(unit, spaced_korean_names(unit.text, unit.entities, _taken(unit)))
    _add(unit, arabic_names(unit.text, _taken(unit)))


def _pope_names(unit: EnglishUnit) -> None:
    _add(unit, pope_names(unit.text, _taken(unit)))


def _portfolio_persons(unit: EnglishUnit) -> None:
    """ "Minister of Treasury and Finance Berat Albayrak" read as one organisation: the name after the portfolio
    (en_org_names.portfolio_persons)."""
    found = portfolio_persons(unit.text, unit.entities, _taken(unit))
    covered = covered_by(found, _taken(unit))  # the CRF's surname alone gives way to the whole name
    unit.spans = [x for x in unit.spans if (x.start, x.end) not in covered]
    _add(unit, found)


def _shapes_after_the_crf(unit: EnglishUnit) -> None:
    """en_shapes.py's finders that yield to the CRF's persons: a full name it calls ORG whose surname it
    reads as a person elsewhere, a name it calls ORG in a list of persons, "the Doe administration", "Ms. Doe"."""
    called_orgs = persons_called_organisations(unit.text, unit.entities, _taken(unit), unit.person_words)
    # an organisation context still rules ("liquor brand Kweichow Moutai"); the CRF's places do not: it
    # tags the surname of such a name LOC as often as PER
    _add(unit, [f for f in called_orgs if not org_context(unit.text, f[0], f[1], f[2], set())])
    apposed = apposed_names(unit.text, unit.entities, _taken(unit))
    _add(unit, [f for f in apposed if not org_context(unit.text, f[0], f[1], f[2], set())])
    listed = listed_persons(unit.text, unit.entities, _taken(unit))
    _add(unit, [f for f in listed if not org_context(unit.text, f[0], f[1], f[2], set())])
    _add(unit, administration_surnames(unit.text, unit.entities, _taken(unit)))
    _add(unit, honorific_surnames(unit.text, _taken(unit)))


def _titled_names(unit: EnglishUnit) -> None:
    """ "Sen. Jane Doe" whose given name the CRF read as a place or left out (en_shapes.titled_names): the full
    name replaces the CRF's surname alone, and stands where the CRF found nothing."""
    found = [f for f in titled_names(unit.text, unit.entities) if not _overlaps_other(unit, f)]
    covered = covered_by(found, _taken(unit))
    unit.spans = [x for x in unit.spans if (x.start, x.end) not in covered]
    _add(unit, found)


def _overlaps_other(unit: EnglishUnit, found: tuple[int, int, str, bool]) -> bool:
    """Does a span already found cross ``found`` without lying inside it (a longer name holds it)?"""
    s, e = found[0], found[1]
    return any(a < e and s < b and not (s <= a and b <= e) for a, b in _taken(unit))


def _famous_names(unit: EnglishUnit) -> None:
    """Famous persons the CRF calls something else ("Elon Musk" ORG, "Putin" O): famous.py; an organisation
    context still rules ("a Bloomberg terminal" is the company's)."""
    found = famous_en_names(unit.text, unit.entities, _taken(unit))
    # a tied surname ("Trump", also a word; "Obama", also a town) only where this occurrence reads as a person's;
    # there the CRF's places of the article (it tags "Obama" LOC) do not rule it out, an organisation still does
    tied = {f for f in found if f[3] and tied_surname(f[2])}
    found = [
        f
        for f in found
        if not org_context(unit.text, f[0], f[1], f[2], set() if f in tied else unit.places)
        and (f not in tied or shows_a_person(unit.text, f[0], f[1]))
    ]
    covered = covered_by(found, _taken(unit))
    unit.spans = [x for x in unit.spans if (x.start, x.end) not in covered]
    _add(unit, found)


def _name_ends(unit: EnglishUnit) -> None:
    """A sentence's opening preposition cut off, a generational suffix taken in, a verb of a headline cut off
    (en_name_ends.py)."""
    out = []
    for span in unit.spans:
        start, name, single = name_start(unit.text, span.start, span.end, span.name)
        if start != span.start:
            span = NameSpan(start, span.end, name, single)
        end, name = name_end(unit.text, span.start, span.end, span.name, span.single)
        out.append(
            span if (end, name) == (span.end, span.name) else NameSpan(span.start, end, name, span.single)
        )
    unit.spans = out


SPAN_SOURCES: tuple[Callable[[EnglishUnit], None], ...] = (
    _nicknamed_persons,
    _lead_byline_persons,
    _capital_byline_persons,
    _korean_and_arabic_names,
    _regnal_names,
    _pope_names,
    _credit_line_persons,
    _recognised_persons,
    _portfolio_persons,
    _shapes_after_the_crf,
    _titled_names,
    _famous_names,
    _pinyin_names,
    _names_in_person_contexts,
    _surname_speakers,
    _name_ends,
)


def name_spans(unit: EnglishUnit) -> list[NameSpan]:
    """The names of ``unit`` found by ``SPAN_SOURCES``, in text order."""
    for source in SPAN_SOURCES:
        source(unit)
    unit.spans.sort()
    return unit.spans
