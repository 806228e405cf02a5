"""English name shapes the CRF misses or mislabels (the fifth English set, issue 10): Korean names with a
hyphenated given name, popes by name, Arabic names with "bin" / "ibn", "the Doe administration", a surname
after Mr./Ms., a full name the CRF calls an organisation but whose surname it reads as a person, and a
possessive that lost its apostrophe ("Jane Does plan").

Each finder takes a unit's text (and the CRF's entity spans) and returns ``(start, end, name, single)``
tuples; en_names.py turns them into its spans, skipping what is already found."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.stages.people.en_roles import role_in_commas_after, role_in_commas_before
from pipeline.stages.people.name_forms import KOREAN_SYLLABLE, clean_en_name
from pipeline.stages.people.recognisers import census_first_name, english_tagger, english_word_flags
from pipeline.stages.people.vocabulary import vocabulary
from pipeline.text.names import people_data

Found = tuple[int, int, str, bool]
Span = tuple[int, int]


def _overlaps(start: int, end: int, taken: list[Span]) -> bool:
    return any(a < end and start < b for a, b in taken)


@lru_cache(maxsize=1)
def _korean_surnames() -> frozenset[str]:
    return frozenset(people_data()["korean"]["surnames_en"])


def is_korean_surname(word: str) -> bool:
    """A Korean family name in a usual romanisation ("Park", "Sin"; people.toml [korean])."""
    return word in _korean_surnames()


# A romanised Korean syllable (name_forms.KOREAN_SYLLABLE). "Kong-based", "Hong Kong-style" are no given name.
_SYLLABLE = KOREAN_SYLLABLE
# A Korean given name: two syllables joined by a hyphen, the second in lower case (Ji-hoon, Jae-in).
_KOREAN_NAME = re.compile(
    rf"\b(?P<family>[A-Z][a-z]{{0,4}})\s+(?P<given>(?i:{_SYLLABLE})-{_SYLLABLE})(?![\w-])"
)


# The same name in the Western order ("Jung-min Lim", "Seo-yeon Park"); after a sentence's dot with no space too
# ("… in the world.Jung-min Lim is …"), where the CRF reads the given name into the word before it.
_KOREAN_NAME_WESTERN = re.compile(
    rf"(?<![\w-])(?P<given>[A-Z](?i:{_SYLLABLE})-{_SYLLABLE})\s+(?P<family>[A-Z][a-z]{{0,4}})(?![\w-])"
)


# A Cantonese or Wade-Giles syllable as Hong Kong and Taiwan names print it (Kwok, Wah, Fai, Chiu, Hsien,
# Tsz): more initials (f, ts, hs, kw, ng) and vowels (ai, au, iu, oi) than a Korean one, and a final h.
_HK_TW_SYLLABLE = (
    r"(?:ch|sh|ts|tz|hs|kw|ng|[bcdfghjklmnprstwyz])?"
    r"(?:ie|eu|ai|au|ao|iu|oi|ui|ue|ee|oo|ei|ou|oy|ay|a|e|i|o|u|y)(?:ng|[hkmnpt])?"
)
_HK_TW_NAME = re.compile(
    rf"\b(?P<family>[A-Z][a-z]{{0,5}})\s+(?P<given>(?i:{_HK_TW_SYLLABLE})-{_HK_TW_SYLLABLE})(?![\w-])"
)


@lru_cache(maxsize=1)
def _hk_tw_surnames() -> frozenset[str]:
    return frozenset(people_data()["korean"]["hk_tw_surnames_en"])


def korean_names(text: str, taken: list[Span]) -> list[Found]:
    """ "Park Seo-yeon", "Lee Min-jun", "Jung-min Lim": a Korean family name (people.toml ``[korean]``) and a
    hyphenated given name, a shape no other name has; the CRF calls the given name MISC, runs a byline into it
    or keeps the family name alone. A Hong Kong / Taiwan family name (``hk_tw_surnames_en``) with a
    hyphenated Cantonese or Wade-Giles given name is the same shape ("Lam Wing-kee", "Yip Kwok-wah")."""
    out: list[Found] = []
    shapes = (
        (_KOREAN_NAME, _korean_surnames()),
        (_KOREAN_NAME_WESTERN, _korean_surnames()),
        (_HK_TW_NAME, _hk_tw_surnames()),
    )
    for pattern, families in shapes:
        for m in pattern.finditer(text):
            if m["family"] in families and not _overlaps(m.start(), m.end(), taken):
                out.append((m.start(), m.end(), m.group(), False))
                taken = [*taken, m.span()]
    return out


# A Korean name printed without the hyphen, each syllable capitalised: "Park Dong Woo", "Kim Jong Un" (credit
# lists and some outlets print them so). Two words that are common English words are no given name ("Do Not Go");
# a capitalised word after the three is a longer run ("Song Hong Kong Express").
_KOREAN_SPACED = re.compile(
    r"(?<![A-Za-z0-9])(?P<family>[A-Z][a-z]{0,4})\s+(?P<g1>[A-Z][a-z]{0,5})\s+(?P<g2>[A-Z][a-z]{0,5})\b(?!\s+[A-Z])"
)
_NOT_SYLLABLES = frozenset(
    "an in on no not go so do to up us it me we he be ma man men son sun run top hot put get let set yet but cut"
    " hit sit ten pen tin won ton one".split()
)


def _korean_given(word: str) -> bool:
    low = word.lower()
    return re.fullmatch(_SYLLABLE, low) is not None and low not in _NOT_SYLLABLES


def spaced_korean_names(text: str, entities: dict[str, list[Span]], taken: list[Span]) -> list[Found]:
    """ "Art Director_Park Dong Woo": a Korean family name and two one-syllable given words, when the CRF
    reads a part of it as a name (PER, MISC or ORG; it tags "Dong Woo" PER and drops the family name) and
    no part as a place ("Hong Kong")."""
    named = entities.get("PER", []) + entities.get("MISC", []) + entities.get("ORG", [])
    out: list[Found] = []
    for m in _KOREAN_SPACED.finditer(text):
        s, e = m.span()
        # "Moon Jae In": "In" ends a given name (never a preposition there: a lower-case word follows)
        g2 = _korean_given(m["g2"]) or m["g2"] == "In"
        if m["family"] not in _korean_surnames() or not (_korean_given(m["g1"]) and g2):
            continue
        if _overlaps(s, e, taken) or _overlaps(s, e, entities.get("LOC", [])) or not _overlaps(s, e, named):
            continue
        out.append((s, e, m.group(), False))
    return out


# "Pope Leo" (no regnal number: those are en_names' ``_regnal_names``): a pope is named with the title.
_POPE = re.compile(r"\bPope\s+[A-Z][a-z]+\b(?!\s+[IVX]+\b)(?!['’]?\s*[A-Z])")


def pope_names(text: str, taken: list[Span]) -> list[Found]:
    """ "Pope Anselm said": the name as printed, title included (the given name alone names anyone)."""
    out: list[Found] = []
    for m in _POPE.finditer(text):
        if not _overlaps(m.start(), m.end(), taken) and not re.search(
            r"[A-Z][\w.’'-]*\s+$", text[: m.start()]
        ):
            out.append((m.start(), m.end(), m.group(), False))  # not "Ollie Pope Anselm"
    return out


# "Faisal bin Khaled", "Hamad bin Isa Al Khalifa", "Rashid bin Saeed al-Falasi", "Al Hassan bin Talal": an Arabic
# name, "son of" in lower case between two names, the family name after Al / al- / El, an Al before the given name.
_ARABIC_NAME = re.compile(
    r"\b(?:(?:Al|El)\s+)?[A-Z][a-z]+\s+(?:bin|ibn|bint)\s+[A-Z][a-z]+(?:\s+(?:bin|ibn|bint)\s+[A-Z][a-z]+)*"
    r"(?:\s+(?:Al|al|El|el)[ -][A-Z][a-z]+)?\b"
)


def arabic_names(text: str, taken: list[Span]) -> list[Found]:
    """ "Crown Prince Faisal bin Khaled": a name, bin, a name; the CRF tags a piece of it, a place or nothing."""
    out: list[Found] = []
    for m in _ARABIC_NAME.finditer(text):
        if clean_en_name(m.group()) == m.group() and not _overlaps(m.start(), m.end(), taken):
            out.append((m.start(), m.end(), m.group(), False))
    return out


# "the Doe administration": a president's or premier's government named after them.
_ADMINISTRATION = re.compile(r"\bthe\s+(?P<name>[A-Z][a-z]+)(?:['’]s)?\s+administration\b")


def administration_surnames(text: str, entities: dict[str, list[Span]], taken: list[Span]) -> list[Found]:
    """ "the Doe administration" with no full name: the surname-only person Doe (not "the Labour
    administration": a word the CRF tags MISC or LOC, or an organisation word, or one of people.toml's
    ``not_eponyms_en``)."""
    v = vocabulary()
    other = entities.get("MISC", []) + entities.get("LOC", [])
    out: list[Found] = []
    for m in _ADMINISTRATION.finditer(text):
        s, e, word = m.start("name"), m.end("name"), m["name"]
        low = word.lower()
        if low in v.org_words_en or low in v.never_en or low in _not_eponyms():
            continue
        if not _overlaps(s, e, taken) and not _overlaps(s, e, other):
            out.append((s, e, word, True))
    return out


@lru_cache(maxsize=1)
def _not_eponyms() -> frozenset[str]:
    return frozenset(w.lower() for w in people_data()["names"]["not_eponyms_en"])


def administration_surname(full: str, form: str) -> bool:
    """Is ``form`` written as "the <form> administration" in ``full``?"""
    return re.search(rf"\bthe\s+{re.escape(form)}(?:['’]s)?\s+administration\b", full) is not None


# The honorifics a surname alone follows (Mr./Mrs./Ms./Dr.), here and in possessive_without_apostrophe.
_HONORIFIC = r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+"
_HONORIFIC_SURNAME = re.compile(_HONORIFIC + r"(?P<name>[A-Z][a-z][\w’'-]*)\b(?!['’]?\s*[A-Z])")


def honorific_surnames(text: str, taken: list[Span]) -> list[Found]:
    """ "Ms. Doe" that the CRF tags MISC or nothing: the surname after Mr./Mrs./Ms./Dr., a person."""
    out: list[Found] = []
    for m in _HONORIFIC_SURNAME.finditer(text):
        name = clean_en_name(m["name"])
        if name and not _overlaps(m.start(), m.end(), taken):
            name = possessive_without_apostrophe(text, m.end(), name, surname=True)  # "Ms. Does family"
            out.append((m.start("name"), m.start("name") + len(name), name, True))
    return out


# A kinship noun and a comma right before a name: "said her mother, Jane Doe" (the CRF calls many such names
# ORG: nothing in the sentence says person but the noun).
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|my|our|the\s+\w+['’]s)\s+(?:mother|father|wife|husband|son|daughter|brother|sister"
    r"|widow|widower|partner|grandmother|grandfather|grandson|granddaughter|uncle|aunt|cousin|niece|nephew"
    r"|fiancée?|girlfriend|boyfriend|stepmother|stepfather|mum|mom|dad),\s+$"
)


def _name_words(words: list[str]) -> bool:
    """Two to four capitalised words of letters ("Carmen López Díaz", "Umar Ata Bandial"), none a role word
    nor a country or capital (the CRF's GeoNames flag GC: "South Africa, the chief exporter")."""
    return (
        2 <= len(words) <= 4
        and _name_word(words[0])
        and _name_word(words[-1])
        and all(_name_word(w) or re.fullmatch(r"[A-Z]\.?", w) for w in words[1:-1])  # "Jane A Doe"
    )


def _name_word(word: str, country_too: bool = False) -> bool:
    """A capitalised word of letters, no role word; no country or capital unless ``country_too``."""
    if not (word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()):
        return False
    if word.lower() in vocabulary().role_words_en:
        return False
    return country_too or "GC" not in english_tagger().words.get(word.upper(), "").split(",")


@lru_cache(maxsize=1)
def _firm_roles() -> frozenset[str]:
    return frozenset(people_data()["names"]["firm_roles_en"])


def _firm_role(role: str) -> bool:
    """ "the chief buyer of the ore", "an adviser to the board": a role a firm holds too (people.toml ``firm_roles_en``)."""
    return any(w in _firm_roles() for w in re.findall(r"[a-z]+", role.lower())[:4])


def apposed_names(text: str, entities: dict[str, list[Span]], taken: list[Span]) -> list[Found]:
    """A name the CRF calls an organisation, a place or MISC, with a role in commas after it ("Umar Ata
    Bandial, the chief justice of …", "Jane Doe, Director, Media …"), a title in commas before it ("Minister of
    State for Trade, Jane Doe, has …") or a kinship noun before it ("her mother, Jane Doe"): a person. The article's places do not rule it out: they are the CRF's LOC spans, this one too."""
    out: list[Found] = []
    for s, e in entities.get("ORG", []) + entities.get("LOC", []) + entities.get("MISC", []):
        raw = text[s:e]
        if _overlaps(s, e, taken) or not _name_words(raw.split()):
            continue
        name = clean_en_name(raw)
        if name != raw and not (
            name and raw.split()[0].lower() in vocabulary().strip_prefix_before_full_name_en
        ):
            continue  # a title that is also a surname may go: "Pastor Tokunbo Talabi, Secretary to …"
        role = role_in_commas_after(text, e)
        if re.match(r",\s*(?:where|which|who|whose|whom|when|while)\b", text[e:]):
            role = None  # "Ebenezer Baptist Church, where King served as pastor": a relative clause
        role = role or role_in_commas_before(text, s, e)  # "Minister of State for Trade, Jane Doe, has …"
        if role and _firm_role(role):
            role = None  # the CRF's place and organisation calls stand when a firm could hold the role
        if name and (role or _KIN_BEFORE.search(text[max(0, s - 40) : s])):
            out.append((e - len(name), e, name, False))
    return out


def listed_persons(text: str, entities: dict[str, list[Span]], taken: list[Span]) -> list[Found]:
    """A name of two or three words the CRF calls an organisation or MISC between persons of a list ("Gabriel
    Doe, Jordan Roe and Olivier Poe", "Jane Doe and Lili Roe"): a person, when a census first name opens it
    and a person of the list (the CRF's or one found) stands right before or after it, a comma or "and" between."""
    people = entities.get("PER", []) + taken
    ends = {e for _s, e in people}
    starts = {s for s, _e in people}
    out: list[Found] = []
    for s, e in entities.get("ORG", []) + entities.get("MISC", []):
        raw = text[s:e]
        words = raw.split()
        if not 2 <= len(words) <= 3 or _overlaps(s, e, taken) or clean_en_name(raw) != raw:
            continue
        # a first name that is also a country stays ("Jordan Roe"); the other words are no country
        if not (
            census_first_name(words[0]) and _name_word(words[0], True) and all(map(_name_word, words[1:]))
        ):
            continue
        before = re.search(r"(?:,|\s+and)\s+$", text[max(0, s - 6) : s])
        after = re.match(r"(?:,|\s+and)\s+", text[e:])
        if (before and s - len(before.group(0)) in ends) or (after and e + len(after.group(0)) in starts):
            out.append((s, e, raw, False))
    return out


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;(\[“\"‘]|\s[-—–])\s*$")


def persons_called_organisations(
    text: str, entities: dict[str, list[Span]], taken: list[Span], person_words: set[str]
) -> list[Found]:
    """A two-word name the CRF tags ORG ("Jane Doe") whose last word it tags a person alone elsewhere in the
    article ("Doe said"): the full name of that person."""
    out: list[Found] = []
    for s, e in entities.get("ORG", []):
        raw = text[s:e]
        words = raw.split()
        if len(words) != 2 or words[-1] not in person_words or _overlaps(s, e, taken):
            continue
        if _SENTENCE_OPENS.search(text[max(0, s - 5) : s]) or words[0].endswith("ing"):
            continue  # "Besides Doe, …", "Sabotaging Doe's plan": a capitalised word opening the sentence
        if _a_place_word(words[0]):
            continue  # "the Philadelphia Eagles" … "Eagles fans": a team of a town
        if all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words) and clean_en_name(raw) == raw:
            out.append((s, e, raw, False))
    return out


def _a_place_word(word: str) -> bool:
    """A GeoNames place word that is no census first name (the CRF's word table)."""
    flags = english_word_flags(word)
    return any(f.startswith("G") for f in flags) and "F" not in flags


# A census class of a word: L1 (common) < L2 < L3 (rare) < none.
def _last_name_rank(word: str) -> int:
    flags = english_word_flags(word)
    ranks = [int(f[1:]) for f in flags if re.fullmatch(r"L\d", f)]
    first = 2 if "F" in flags else 9  # a first name counts as a middling last name ("Ms. Nicholas")
    return min(ranks + [first])


# A lower-case word after a name that is no verb, preposition or conjunction: the noun a possessive owns.
_NOT_A_NOUN = (
    "said|says|told|is|was|were|has|had|and|or|but|nor|will|would|who|whom|whose|which|that|can|could|may"
    "|might|must|shall|should|did|does|wrote|spoke|met|made|took|gave|went|came|left|ran|won|lost|saw|thought"
    "|became|began|brought|sent|led|kept|held|put|set|got|knew|found|heard|felt|paid|sold|struck|chose|drove"
    "|flew|grew|hit|let|meant|quit|read|rose|sat|sought|stood|swore|taught|threw|tore|understood|wore|withdrew"
    "|then|also|too|again|now|still|just|even|only|not|never|about|above|across|after|against|along|among"
    "|around|before|behind|below|beside|between|beyond|during|for|from|into|near|off|onto|over|since|than"
    "|through|toward|towards|under|until|upon|with|within|without|while|when|where|because|although|though"
)
_NOUN_AFTER = re.compile(rf"\s+(?!(?:{_NOT_A_NOUN})\b)[a-z]{{3,}}\b(?<!ed)")


# An honorific right before a name's start: a surname alone is still a person's ("Ms. Nicholass family").
_HONORIFIC_BEFORE = re.compile(_HONORIFIC + "$")


def possessive_without_apostrophe(text: str, end: int, name: str, surname: bool = False) -> str:
    """ "Jane Trumbles plan" (an apostrophe lost in a scraped copy): the name without the s when a lower-case
    noun follows and the census knows the word without s as a commoner name than the word with it. A full name
    only, or a ``surname`` after Mr./Ms. ("the Eagles organisation" is a team's)."""
    last = name.split()[-1]
    surname = surname or _HONORIFIC_BEFORE.search(text, 0, max(0, end - len(name))) is not None
    if not (surname or " " in name) or not (
        last.endswith("s") and len(last) > 3 and _NOUN_AFTER.match(text, end)
    ):
        return name
    if _last_name_rank(last[:-1]) < _last_name_rank(last):
        return name[:-1]
    return name


@lru_cache(maxsize=1)
def _titled_name_pattern() -> re.Pattern[str]:
    """An abbreviated rank or office of people.toml ``abbreviations_en`` or a dotted honorific, then a given name,
    an optional initial and a surname (hyphened or not), with no capitalised word after them."""
    v = vocabulary()
    dotted = sorted(
        {w[:-1] for w in v.abbreviations_en | v.honorifics_en if w.endswith(".") and "-" not in w}
    )
    heads = "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(dotted, key=len, reverse=True))
    word = r"[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?"
    return re.compile(
        rf"(?<![\w.])(?:{heads})\.\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+{word})(?![\w’'-])(?!\s+[A-Z][a-z])"
    )


_NAME_AFTER_TITLE = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?"


@lru_cache(maxsize=1)
def _plural_titled_names_pattern() -> re.Pattern[str]:
    """A plural title ("Justices", "Senators", "Sens.", "Reps.") then two names joined by "and", with no
    capitalised word after them."""
    singles = sorted(
        {r for r in vocabulary().roles_en_norm if r.isalpha() and len(r) > 3}, key=len, reverse=True
    )
    heads = "|".join([r"Sens\.", r"Reps\.", r"Govs\."] + [re.escape(r.capitalize() + "s") for r in singles])
    return re.compile(
        rf"(?<![\w.])(?:{heads})\s+(?P<a>{_NAME_AFTER_TITLE})\s+and\s+(?P<b>{_NAME_AFTER_TITLE})"
        r"(?![\w’'-])(?!\s+[A-Z][a-z])"
    )


def titled_names(text: str, entities: dict[str, list[Span]]) -> list[Found]:
    """ "Sen. Jane Doe", "Rep. Alba Ortiz-Reyes": a given name and surname right after an abbreviated rank or
    office (or Mr./Dr. …) are a person's, whatever the CRF calls the given name (a town such as Alexandria, a
    currency such as Rand: it then tags the surname alone, or nothing); so are two names after a plural title
    ("Justices Jane Doe and John Roe"). Not where the CRF reads an organisation going on past the name."""
    roles = vocabulary().role_words_en
    spans = [m.span("name") for m in _titled_name_pattern().finditer(text)]
    # "Justices Jane Doe and John Roe", "Sens. Jane Doe and John Roe": both names
    for m in _plural_titled_names_pattern().finditer(text):
        spans += [m.span("a"), m.span("b")]
    out: list[Found] = []
    for s, e in spans:
        # an organisation the CRF reads beyond the name rules it out; one ending with it does not (it took the
        # title in: "Justices Jane Doe" ORG)
        if any(a < e and s < b and b > e for a, b in entities.get("ORG", [])):
            continue
        if not any(w.lower() in roles for w in text[s:e].split()):
            out.append((s, e, text[s:e], False))
    return out
