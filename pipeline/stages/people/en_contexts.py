"""The contexts that say what a capitalised English name is: an organisation's (``ORG_CONTEXT_RULES``:
"liquor brand Kweichow Moutai", "the Hadley unit") or a person's (``PERSON_CONTEXT_RULES``: "Pentagon spokesman
Mark Wright", "Kurt Volker said", credit lines); and the Western names the CRF missed or labelled otherwise in a
person's context (:func:`context_names`). Used by en_names.py's span sources."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.stages.people.credits import en_photo_credit_names
from pipeline.stages.people.en_byline_lines import byline_names
from pipeline.stages.people.en_org_names import organisation_name_cut, portfolio_cut
from pipeline.stages.people.en_roles import role_right_before
from pipeline.stages.people.recognisers import census_first_name, english_tagger
from pipeline.stages.people.vocabulary import patterns, vocabulary
from pipeline.text.scripts import has_han

Span = tuple[int, int]

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
    """ "Department of International Trade and Economic Affairs"; not a name a census first name opens after an
    organisation and "and" ("Darakshan Raja of Washington Peace Center and Kathy Doan of …", "Partners Tom Lee
    and Gil Weisman": the seventeenth English set)."""
    if len(c.name.split()) in (2, 3) and census_first_name(c.name.split()[0]):
        return False
    chain = re.search(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)*)+)(?:and|of|for)\s+(?:the\s+)?$", c.text[: c.start]
    )
    return chain is not None and any(
        w.lower() in vocabulary().org_words_en for w in chain.group(1).split()[-8:]
    )


def _possessive_company(c: _Candidate) -> bool:
    """A possessive company form: the name ends with an apostrophe, or is one word ending with s before one
    ("Walgreens' stores"; "Wout Faes' late dismissal" is a person's)."""
    one_word = " " not in c.name
    return bool(re.search(r"['’]$", c.name)) or bool(
        one_word and re.match(r"['’]\s", c.after) and c.name.endswith("s")
    )


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
    word; not after a role ("Deputy mayor Dara Ostrowska and Green Party spokesman …": the organisation opens
    the next person's role, the twenty-first English set)."""
    m = re.match(r"\.?\s+(?:and|&)\s+((?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]*)", c.text[c.end : c.end + 80])
    if m is None or m.group(1).split()[-1].lower() not in vocabulary().org_words_en:
        return False
    return not role_right_before(c.text[max(0, c.start - 60) : c.start])


def _organisation_name_cut(c: _Candidate) -> bool:
    """ "SAA Technical (SAAT)", "Philippine Atmospheric, Geophysical and … Administration", a title in
    quotes, an address (en_org_names.py)."""
    return organisation_name_cut(c.text, c.start, c.end, c.name)


# Places and institutions named after a person, printed right after the name ("John F. Kennedy International
# Airport", "the Jane Doe Memorial Library"): up to two more capitalised words, then one of these nouns.
_EPONYM_NOUN_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Airport|Library|Foundation|Stadium|Arena|University|College|Institute|Museum"
    r"|Hospital|Bridge|Park|Prize|Award|Awards|Trophy|Avenue|Boulevard|Highway|Parkway|Square)\b"
)


def _eponymous_place(c: _Candidate) -> bool:
    """ "at John F. Kennedy International Airport": the name opens a place's or an institution's name."""
    return bool(_EPONYM_NOUN_AFTER.match(c.after))


ORG_CONTEXT_RULES: tuple[Callable[[_Candidate], bool], ...] = (
    _eponymous_place,
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
# a possessive before a lower-case word: "Trump's sweeping new tariffs", "Obama's speech" (read only for the
# surnames the famous table ties to one person: a company's possessive reads the same)
_POSSESSIVE_BEFORE_WORD = re.compile(r"['’]s\s+[a-z]")


def shows_a_person(text: str, start: int, end: int) -> bool:
    """Does the context of ``text[start:end]`` say a person: a title or honorific right before, a speech verb
    or an appositive after (``PERSON_CONTEXT_RULES``), "the Doe administration" / "Doe's government", or a
    possessive before a lower-case word ("Doe's new tariffs")? Asked only of the famous table's tied surnames."""
    before, after = text[:start], text[end:]
    if any(rule(before, after) for rule in PERSON_CONTEXT_RULES) or _ADMINISTRATION_AFTER.match(after):
        return True
    if _POSSESSIVE_BEFORE_WORD.match(after):
        return True
    verb = patterns().speech_en.match(after, len(after) - len(after.lstrip(" ")))  # "Obama insisted"
    return verb is not None and verb.start() == 1


def clean_in_person_context(text: str, start: int, end: int, raw: str) -> str | None:
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
# initials without dots before a surname, as South Asian news prints them ("Minister P Rajeeve", "Justice D Y
# Chandrachud"), after an optional capitalised title; "A" and "I" are words unless another initial follows
_UNDOTTED_INITIALS = r"(?:A\s+(?=[B-HJ-Z]\s))?(?:[B-HJ-Z]\s+){1,3}"
_INITIALS_RUN = re.compile(rf"(?<![\w.’'-])(?:{_CAP_WORD}\s+)?{_UNDOTTED_INITIALS}{_CAP_WORD}(?![\w’'-])")
# the CRF's labels that rule out a person context (ORG does not: the CRF calls some persons ORG)
_BAD_LABELS = ("LOC", "MISC")


@dataclass
class _ContextNames:
    """The names found in person contexts of one unit, kept apart from what is already ``taken`` and from
    spaCy's non-person entities (``bad``)."""

    taken: list[Span]
    bad: list[Span]
    found: list[tuple[int, int, str]] = field(default_factory=list)
    misc: list[Span] = field(default_factory=list)  # the CRF's MISC spans (among ``bad``)

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
        # a title that is also a surname before a full name ("Pastor Tokunbo Talabi"): likewise
        if low[0] in v.strip_prefix_before_full_name_en and len(low) >= 3:
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
        after = text[end : end + 100]  # an appositive of up to 80 characters before "said"
        if re.search(r"\b(?:the|a|an)\s+$", before, re.I) or before.count("“") > before.count("”"):
            continue  # "the New Trend of the Times", a title in quotes
        if portfolio_cut(text, s0, name) != name:
            continue  # "Commissioner for Competition Jane Doe": the shorter run is tried next
        context = any(rule(before, after) for rule in PERSON_CONTEXT_RULES)
        # a title before or a head appositive after, and a speech verb: "Prayuth Chan-ocha, the head of
        # Thailand's military government, said" (the CRF: MISC "Chan-ocha"; the fifteenth English set, dev)
        sure = _speech_verb_after(before, after) and (
            _title_right_before(before, after) or _head_appositive_after(before, after)
        )
        # a whole name of two words or more the CRF calls MISC right after a title or honorific ("Foreign
        # Secretary Mr. Jane Mary Doe": it reads many South Asian names so; the twenty-fourth English set)
        if (s0, end) in names.misc and len(words) - k >= 2:
            sure = sure or _title_right_before(before, after) or _honorific_right_before(before, after)
        if context and names.acceptable(s0, end, name, sure) and not org_context(text, s0, end, name, set()):
            names.add(s0, end, name)
            return True
    return False


def context_names(
    text: str, entities: dict[str, list[Span]], taken: list[Span]
) -> list[tuple[int, int, str]]:
    """Western names the CRF missed or labelled ORG, in a person context: photo credits, bylines, after a title,
    before a speech verb, "from the <Org>", or an appositive head (credit lines come first: en_names.py)."""
    bad = [span for label in _BAD_LABELS for span in entities.get(label, [])]
    names = _ContextNames(taken=list(taken), bad=bad, misc=list(entities.get("MISC", [])))
    for s0, e0, name in en_photo_credit_names(text):
        if names.acceptable(s0, e0, name):
            names.add(s0, e0, name)
    for s0, e0, raw in byline_names(text):
        if names.free(s0, e0):
            names.add(s0, e0, raw)
    for m in _NAME_RUN.finditer(text):
        _name_in_person_context(text, m.start(), m.end(), names)
    for m in _INITIALS_RUN.finditer(text):
        _name_in_person_context(text, m.start(), m.end(), names)
    for m in _LONG_RUN.finditer(text):
        # a name at the end of a longer capitalised title ("Acme Inc Chief Executive Officer Jane Doe said"),
        # which the three-word runs above cut in two: its last three words, then its last two
        last_three = list(re.finditer(r"\S+", m.group()))[-3]
        _name_in_person_context(text, m.start() + last_three.start(), m.end(), names)
    return names.found
