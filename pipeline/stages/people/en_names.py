"""Where the English names of a text unit are: the English CRF's PER spans (recognisers.py) that are not
brands, companies or places (``ORG_CONTEXT_RULES``), pinyin names it misses ("Zhang Liming"), Western names it
misses or calls ORG in a person context (``PERSON_CONTEXT_RULES``: "Pentagon spokesman Mark Wright", "Kurt
Volker said", credit lines), and surname-only speakers ("Xu said").

``EnglishUnit.spans`` collects them; ``SPAN_SOURCES`` run in order, each skipping what is already found."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from pipeline.stages.people.credits import en_credit_kind, en_credit_line_names, en_photo_credit_names
from pipeline.stages.people.en_byline_lines import byline_names, lead_byline_names
from pipeline.stages.people.en_name_ends import name_end, name_start
from pipeline.stages.people.en_org_names import organisation_name_cut, portfolio_cut
from pipeline.stages.people.en_roles import role_right_before
from pipeline.stages.people.en_shapes import (
    Found,
    administration_surnames,
    apposed_names,
    arabic_names,
    honorific_surnames,
    korean_names,
    persons_called_organisations,
    pope_names,
    possessive_without_apostrophe,
    spaced_korean_names,
)
from pipeline.stages.people.famous import covered_by, famous_en_names, tied_surname
from pipeline.stages.people.name_forms import clean_en_name, title_cut
from pipeline.stages.people.recognisers import english_tagger
from pipeline.stages.people.vocabulary import patterns, vocabulary
from pipeline.text.names import is_pinyin_surname, looks_like_pinyin_name, normalise_en
from pipeline.text.scripts import has_han

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


# --------------------------------------------------------------------------- not a person: org context


@dataclass(frozen=True)
class _Candidate:
    text: str
    start: int
    end: int
    name: str
    places: set[str]

    @property
    def before(self) -> str:
        return self.text[max(0, self.start - 40) : self.start].lower()

    @property
    def after(self) -> str:
        return self.text[self.end : self.end + 40]


def _after_brand_word(c: _Candidate) -> bool:
    """ "Chinese liquor brand Kweichow Moutai", "carrier flydubai", "the tech giant's Copilot"."""
    return bool(re.search(rf"\b(?:{'|'.join(vocabulary().org_heads_en)})(?:['’]s)?\s*$", c.before))


def _ticker_or_company_after(c: _Candidate) -> bool:
    """ "Lanco Infratech (LAIN.NS)", "Tesla (NASDAQ:TSLA)", "Express Scripts Inc"."""
    return bool(
        re.match(r"\s*\((?:[A-Z0-9]{1,6}\.[A-Z]{1,3}|[A-Z]{2,8}:\s?[A-Z0-9.]{1,8})\)", c.after)
        or re.match(r"['’]?\s*(?:Inc|Co|Corp|Ltd)\b", c.after)
    )


def _opens_with_brand_word(c: _Candidate) -> bool:
    """ "Chipmaker Veltronix said", "Drugmaker Marlow Benning said": the recogniser takes the capitalised
    head opening the sentence into the run."""
    first = c.name.split()[0].lower()
    return len(c.name.split()) > 1 and any(re.fullmatch(h, first) for h in vocabulary().org_heads_en)


def _one_word_after_article(c: _Candidate) -> bool:
    """ "a Walgreens"."""
    if re.match(r"(?:['’]s)?\s+administration\b", c.after):
        return False  # "the Doe administration": a person's government (en_shapes.py)
    return len(c.name.split()) == 1 and bool(re.search(r"\b(?:a|an|the)\s+(?:typical\s+|new\s+)?$", c.before))


def _a_place(c: _Candidate) -> bool:
    """ "Mountainous Nepal", "Borneo": the name or its last word is a place of the article."""
    return c.name.split()[-1] in c.places or c.name in c.places


def _in_organisation_chain(c: _Candidate) -> bool:
    """ "Department of International Trade and Economic Affairs"."""
    chain = re.search(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)*)+)(?:and|of|for)\s+(?:the\s+)?$", c.text[: c.start]
    )
    return chain is not None and any(
        w.lower() in vocabulary().org_words_en for w in chain.group(1).split()[-8:]
    )


def _possessive_company(c: _Candidate) -> bool:
    """A possessive company form: the name ends with an apostrophe, or ends with s before one ("Walgreens'
    stores")."""
    return bool(re.search(r"['’]$", c.name)) or bool(re.match(r"['’]\s", c.after) and c.name.endswith("s"))


_OPENING_QUOTE = frozenset("“\"‘'")
_CLOSING_QUOTE = re.compile(r"[,.!?]?[”\"’']")


def _a_quoted_title(c: _Candidate) -> bool:
    """A title in quotes, the whole quotation: “Sunny Hollow,” (a show), 'Jan Seva' centres (a scheme)."""
    return c.text[c.start - 1 : c.start] in _OPENING_QUOTE and bool(_CLOSING_QUOTE.match(c.after))


def _dateline_state(c: _Candidate) -> bool:
    """ "WILMINGTON, Del., July 12": a state's abbreviation after a dateline's city in capitals."""
    return bool(
        re.search(r"\b[A-Z]{3,}(?:\s+[A-Z]{2,})*,\s*$", c.text[max(0, c.start - 60) : c.start])
        and c.after.startswith(".")
    )


def _first_of_paired_organisation(c: _Candidate) -> bool:
    """ "the Jane R. and Tom L. Doe Foundation": a name joined by "and" to a run ending with an organisation
    word."""
    m = re.match(r"\.?\s+(?:and|&)\s+((?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]*)", c.text[c.end : c.end + 80])
    return m is not None and m.group(1).split()[-1].lower() in vocabulary().org_words_en


def _organisation_name_cut(c: _Candidate) -> bool:
    """ "SAA Technical (SAAT)", "Philippine Atmospheric, Geophysical and … Administration", a title in
    quotes, an address (en_org_names.py)."""
    return organisation_name_cut(c.text, c.start, c.end, c.name)


ORG_CONTEXT_RULES: tuple[Callable[[_Candidate], bool], ...] = (
    _dateline_state,
    _organisation_name_cut,
    _first_of_paired_organisation,
    _a_quoted_title,
    _after_brand_word,
    _opens_with_brand_word,
    _ticker_or_company_after,
    _one_word_after_article,
    _a_place,
    _in_organisation_chain,
    _possessive_company,
)


def org_context(text: str, start: int, end: int, name: str, places: set[str]) -> bool:
    """A capitalised run that the article uses as a company, brand or place, not a person."""
    candidate = _Candidate(text, start, end, name, places)
    return any(rule(candidate) for rule in ORG_CONTEXT_RULES)


# ----------------------------------------------------------------------------------- a person context

_SPEECH_AFTER_EN = re.compile(r"\s*(?:,[^,]{3,80},\s*)?(?:said|says|told|added|argued|noted|testified)\b")
_SPEECH_AFTER_RUN = re.compile(
    r"\s*(?:,[^,]{3,80},\s*)?(?:said|says|told|added|argued|noted|testified|wrote|explained)\b"
)


def _speech_verb_after(before: str, after: str) -> bool:
    """ "Kurt Volker said", "Kurt Volker, a former envoy, said"."""
    return bool(_SPEECH_AFTER_RUN.match(after))


def _from_the_organisation(before: str, after: str) -> bool:
    """ "Raj Padwal from the University of …"."""
    return bool(re.match(r"\s+(?:from|of)\s+the\s+[A-Z]", after))


def _head_appositive_after(before: str, after: str) -> bool:
    """ "Mark Wright, the company's president"."""
    return bool(
        re.match(r",\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:['’]s)?\s+(?:president|director|chief|head)", after)
    )


def _title_right_before(before: str, after: str) -> bool:
    """ "Pentagon spokesman Mark Wright"."""
    return role_right_before(before)


# and the clerical titles and military ranks of people.toml's strip_prefix_en ("Ayatollah Jane Doe led prayers")
_HONORIFIC_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Honourable|Honorable|Hon|Ayatollah|Imam|Rabbi|Cardinal|Rev|Reverend"
    r"|Col|Colonel|Lt|Sgt|Adm|Brig|Cpl|Capt|Cmdr)\.?\s+$"
)


def _honorific_right_before(before: str, after: str) -> bool:
    """ "Lead researcher Dr Rao Seshasai", "Mrs Alison Hale", "the Honourable Jane Doe" (government releases
    of Canada, the UK, India)."""
    return bool(_HONORIFIC_BEFORE.search(before))


# (text before the run, text after it) -> is this a person's context?
PERSON_CONTEXT_RULES: tuple[Callable[[str, str], bool], ...] = (
    _title_right_before,
    _honorific_right_before,
    _speech_verb_after,
    _from_the_organisation,
    _head_appositive_after,
)


_ADMINISTRATION_AFTER = re.compile(r"(?:['’]s)?\s+(?:administration|government|cabinet)\b")


def shows_a_person(text: str, start: int, end: int) -> bool:
    """Does the context of ``text[start:end]`` say a person: a title or honorific right before, a speech verb
    or an appositive after (``PERSON_CONTEXT_RULES``), or "the Doe administration" / "Doe's government"?"""
    before, after = text[:start], text[end:]
    if any(rule(before, after) for rule in PERSON_CONTEXT_RULES) or _ADMINISTRATION_AFTER.match(after):
        return True
    verb = patterns().speech_en.match(after, len(after) - len(after.lstrip(" ")))  # "Obama insisted"
    return verb is not None and verb.start() == 1


def _clean_in_person_context(text: str, start: int, end: int, raw: str) -> str | None:
    """A recognised name whose last word is also an organisation word ("Jeff Hall", "Tom Bank"), kept only
    between a title and a speech verb or right before one ("Chief Financial Officer Jeff Hall said")."""
    words = raw.strip().split()
    if len(words) not in (2, 3) or not all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) for w in words):
        return None
    v = vocabulary()
    if any(w.lower() in v.org_words_en for w in words[:-1]) or raw.lower() in v.never_en:
        return None
    before = text[max(0, start - 60) : start]
    if role_right_before(before) and _SPEECH_AFTER_EN.match(text[end : end + 60]):
        return " ".join(words)
    if (
        len(words) == 2
        and _census_first_and_last(words)
        and not re.search(r"\b(?:the|a|an|\d+)\s+$", before, re.I)  # "the 2030 Winter Games": an event
    ):
        return " ".join(words)  # "Ellie Hall tweeted", "Kim Park": a census first name and last name
    return None


def _census_first_and_last(words: list[str]) -> bool:
    """Is the first word a census first name and the second a census last name (the CRF's word flags)?"""
    table = english_tagger().words
    first, last = table.get(words[0].upper(), "").split(","), table.get(words[1].upper(), "").split(",")
    return "F" in first and any(f.startswith("L") for f in last)


_CAP_WORD = r"[A-Z][a-z][\w'’-]*"
_NAME_RUN = re.compile(rf"{_CAP_WORD}(?:\s+(?:van|de|von|der|da|al|bin)\s+{_CAP_WORD}|\s+{_CAP_WORD}){{1,2}}")
_LONG_RUN = re.compile(rf"{_CAP_WORD}(?:\s+{_CAP_WORD}){{3,}}")
# the CRF's labels that rule out a person context (ORG does not: the CRF calls some persons ORG)
_BAD_LABELS = ("LOC", "MISC")


@dataclass
class _ContextNames:
    """The names found in person contexts of one unit, kept apart from what is already ``taken`` and from
    spaCy's non-person entities (``bad``)."""

    taken: list[Span]
    bad: list[Span]
    found: list[tuple[int, int, str]] = field(default_factory=list)

    def free(self, s0: int, e0: int) -> bool:
        return not any(a < e0 and s0 < b for a, b in self.taken)

    def acceptable(self, s0: int, e0: int, name: str, sure: bool = False) -> bool:
        """``sure``: a title before and a speech verb after outweigh the CRF's MISC inside the name ("Acme
        Chief Executive Jane Dow said": "Dow" MISC for the index)."""
        if not self.free(s0, e0) or any(a < e0 and s0 < b for a, b in self.bad if not (sure and s0 <= a)):
            return False
        v = vocabulary()
        low = [w.lower().strip("’'") for w in name.split()]
        if any(w in v.org_words_en or w in v.role_words_en or w in v.never_en for w in low):
            return False
        if low[0] in {"st", "st."}:  # St George's: a place
            return False
        if low[0].rstrip(".") in v.strip_prefix_en:  # "Though Pompeo said": the shorter run is tried next
            return False
        return name.lower() not in v.never_en and not has_han(name)

    def add(self, s0: int, e0: int, name: str) -> None:
        self.found.append((s0, e0, name))
        self.taken.append((s0, e0))


def _name_in_person_context(text: str, start: int, end: int, names: _ContextNames) -> bool:
    """Try a capitalised run and its shorter right parts ("Ukraine Kurt Volker" -> "Kurt Volker"); add the
    first that stands in a person context."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in range(0, len(words) - 1):
        s0 = start + words[k].start()
        name = text[s0:end]
        before = text[max(0, s0 - 60) : s0]
        after = text[end : end + 40]
        if re.search(r"\b(?:the|a|an)\s+$", before, re.I) or before.count("“") > before.count("”"):
            continue  # "the New Trend of the Times", a title in quotes
        if portfolio_cut(text, s0, name) != name:
            continue  # "Commissioner for Competition Jane Doe": the shorter run is tried next
        context = any(rule(before, after) for rule in PERSON_CONTEXT_RULES)
        sure = _title_right_before(before, after) and _speech_verb_after(before, after)
        if context and names.acceptable(s0, end, name, sure) and not org_context(text, s0, end, name, set()):
            names.add(s0, end, name)
            return True
    return False


def context_names(
    text: str, entities: dict[str, list[Span]], spans: list[NameSpan]
) -> list[tuple[int, int, str]]:
    """Western names the CRF missed or labelled ORG, in a person context: credit lines ("Reporting by Indulal
    PM"), photo credits, after a title, before a speech verb, "from the <Org>", or an appositive head."""
    bad = [span for label in _BAD_LABELS for span in entities.get(label, [])]
    names = _ContextNames(taken=[(s.start, s.end) for s in spans], bad=bad)
    for s0, e0, raw in en_credit_line_names(text):
        if names.free(s0, e0):
            names.add(s0, e0, raw)
    for s0, e0, name in en_photo_credit_names(text):
        if names.acceptable(s0, e0, name):
            names.add(s0, e0, name)
    for s0, e0, raw in byline_names(text):
        if names.free(s0, e0):
            names.add(s0, e0, raw)
    for m in _NAME_RUN.finditer(text):
        _name_in_person_context(text, m.start(), m.end(), names)
    for m in _LONG_RUN.finditer(text):
        # a name at the end of a longer capitalised title ("Acme Inc Chief Executive Officer Jane Doe said"),
        # which the three-word runs above cut in two: its last three words, then its last two
        last_three = list(re.finditer(r"\S+", m.group()))[-3]
        _name_in_person_context(text, m.start() + last_three.start(), m.end(), names)
    return names.found


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


def _recognised_persons(unit: EnglishUnit) -> None:
    """The CRF's PER spans, cleaned, that are not brands, companies or places, nor inside a name already
    found; its other entities block the pinyin rule."""
    text = unit.text
    for label in ("LOC", "ORG", "MISC"):
        unit.blocked.extend(unit.entities.get(label, []))
    found = [(s.start, s.end) for s in unit.spans]
    for start, end in unit.entities.get("PER", []):
        if any(a < end and start < b for a, b in found):
            continue
        raw = text[start:end]
        if text[end : end + 8].startswith(" Thought"):
            continue
        name = clean_en_name(raw) or _clean_in_person_context(text, start, end, raw)
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
    or speech verb follows, nor before an organisation word."""
    v = vocabulary()
    text = unit.text
    for m in _PINYIN_CANDIDATE.finditer(text):
        if not looks_like_pinyin_name(m.group(0)) or m.group(0).lower() in v.never_en:
            continue
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _n, _x in unit.spans):
            continue
        nxt = text[m.end() : m.end() + 30].split()
        if nxt and nxt[0].lower().strip(",.’'") in v.org_words_en:
            continue
        if any(
            bs <= m.start() < be and clean_en_name(text[bs:be]) != m.group(0)  # "Comrade Xi Jinping" as ORG
            for bs, be in unit.blocked
        ):
            credited = en_credit_kind(text, m.start())  # "Photo by Gao Chen / China Daily"
            if not credited and not re.match(r"\s*(?:,|said|says|told|added)", text[m.end() :]):
                continue
        unit.spans.append(NameSpan(m.start(), m.end(), normalise_en(m.group(0)), False))


def _names_in_person_contexts(unit: EnglishUnit) -> None:
    """See :func:`context_names`."""
    for s0, e0, name in context_names(unit.text, unit.entities, unit.spans):
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


def _shapes_after_the_crf(unit: EnglishUnit) -> None:
    """en_shapes.py's finders that yield to the CRF's persons: a full name it calls ORG whose surname it
    reads as a person elsewhere, "the Doe administration", "Ms. Doe"."""
    called_orgs = persons_called_organisations(unit.text, unit.entities, _taken(unit), unit.person_words)
    # an organisation context still rules ("liquor brand Kweichow Moutai"); the CRF's places do not: it
    # tags the surname of such a name LOC as often as PER
    _add(unit, [f for f in called_orgs if not org_context(unit.text, f[0], f[1], f[2], set())])
    apposed = apposed_names(unit.text, unit.entities, _taken(unit))
    _add(unit, [f for f in apposed if not org_context(unit.text, f[0], f[1], f[2], set())])
    _add(unit, administration_surnames(unit.text, unit.entities, _taken(unit)))
    _add(unit, honorific_surnames(unit.text, _taken(unit)))


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
    _recognised_persons,
    _shapes_after_the_crf,
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
