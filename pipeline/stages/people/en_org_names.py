"""Organisation names and titles the CRF cuts so that a person-looking part remains (issue 10, the sixth
English round: docs/benchmarks.md, "English people, round 6"). Each rule looks at one candidate where it
stands; a name it refuses is refused in the whole article (en_mentions.py, ``not_persons``):

- an abbreviation in brackets made of the name's initials: "SAA Technical (SAAT)", "Lowe's (LOW) stock";
- a first word that is a country or its adjective: "British American Tobacco";
- a comma list after it that closes with "and" and an organisation word: "the Philippine Atmospheric,
  Geophysical and Astronomical Services Administration";
- a title in quotes or angle brackets written in title case around it: “We’re Not Gonna Take It”, <The
  Palace: Tale of Jane Roe>;
- an address or a home town: "of 1119 Eighth St.", "Jane Doe, 31, of Hope", "Markham, Ontario-based Acme";
- and, a cut rather than a refusal, the portfolio of a title before the name: "Commissioner for Competition
  Jane Doe" -> "Jane Doe" (``portfolio_cut``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.stages.people.recognisers import english_word_flags
from pipeline.stages.people.vocabulary import vocabulary
from pipeline.text.names import people_data

_BRACKETED_ABBREVIATION = re.compile(r"(?:['’]s)?\s*\(([A-Z][A-Za-z]{1,7})\)")


def _initials_in_brackets(text: str, start: int, end: int, name: str) -> bool:
    """ "SAA Technical (SAAT)", "Lowe's (LOW)": the bracket holds the name's initials (a word in capitals
    counts whole) or, for one word, its beginning; not an agency ("(AFP)") nor a country code after an
    athlete ("Jane Adams (AUS)")."""
    m = _BRACKETED_ABBREVIATION.match(text, end)
    if not m or m.group(1).lower() in vocabulary().never_en:
        return False
    abbreviation = m.group(1).upper()
    words = [w.strip(".,’'") for w in name.split()]
    if len(words) == 1:
        return len(abbreviation) >= 3 and words[0].upper().startswith(abbreviation)
    initials = "".join(w if w.isupper() else w[:1] for w in words).upper()
    return len(initials) >= 2 and abbreviation.startswith(initials)


_LISTED_ORGANISATION = re.compile(
    r"(?:,\s+[A-Z][\w’'-]*)+,?\s+(?:and|&)\s+(?:[A-Z][\w.’'-]*\s+){0,4}(?P<last>[A-Z][\w’'-]*)"
)


def _in_a_listed_organisation(text: str, start: int, end: int, name: str) -> bool:
    """ "Philippine Atmospheric, Geophysical and Astronomical Services Administration": one-word items after
    the name, then "and" and a run that ends with an organisation word."""
    m = _LISTED_ORGANISATION.match(text, end)
    return m is not None and m["last"].lower() in vocabulary().org_words_en


_OPENERS = {"“": "”", '"': '"', "<": ">", "«": "»", "‘": "’"}
_TITLE_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "with", "or", "from", "is"}
)


def _inside_a_title(text: str, start: int, end: int, name: str) -> bool:
    """A title of a work in quotes or angle brackets, three words or more in title case, the name inside it
    but not all of it (a whole quotation is en_names' ``_a_quoted_title``)."""
    before = text[max(0, start - 80) : start]
    for opener, closer in _OPENERS.items():
        o = before.rfind(opener)
        if o < 0 or closer in before[o + 1 :]:
            continue
        c = text.find(closer, end)
        if c < 0 or c - end > 80:
            continue
        inside = before[o + 1 :] + text[start:c]
        words = re.findall(r"[A-Za-z][\w’'-]*", inside)
        if len(words) >= 3 and not re.search(r"[,.!?]\s*$", inside) and _title_case(words):
            return True
    return False


def _title_case(words: list[str]) -> bool:
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in _TITLE_FUNCTION_WORDS for w in words)


_STREET_ENDS = frozenset({"st", "ave", "rd", "blvd", "ln", "pkwy", "hwy"})
_AGE_THEN_OF = re.compile(r"(?:,\s*|\s)\d{1,3},\s+of\s+$")


def _an_address_or_home_town(text: str, start: int, end: int, name: str) -> bool:
    """ "of 1119 Eighth St.", "Jane Doe, 31, of Hope": a street, and a home town after an age."""
    return name.split()[-1].lower().rstrip(".") in _STREET_ENDS or bool(
        _AGE_THEN_OF.search(text, max(0, start - 20), start)
    )


_REGION_BASED_AFTER = re.compile(r"\s?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-based\s+[A-Z]")


def _a_town_before_its_region(text: str, start: int, end: int, name: str) -> bool:
    """ "Markham, Ontario-based Magna": a town, its region, and a company based there (not "Jane Doe, Swiss-based
    leader of …")."""
    return bool(_REGION_BASED_AFTER.match(text, end))


_ADJECTIVE_ENDING = re.compile(r"\w{2,}(?:ish|an|ese|ch|ic)$")


def _opens_with_a_country(text: str, start: int, end: int, name: str) -> bool:
    """ "British American Tobacco", "Philippine Airlines Holdings": a name of two words or more whose first
    word is a country's word in the CRF's GeoNames flags with an adjective's ending, and no census first name
    (not "Jordan Henderson", "Chad Smith")."""
    words = name.split()
    if len(words) < 2 or not _ADJECTIVE_ENDING.search(words[0]):
        return False  # "Hong Seok-cheon", "Sri Mulyani Indrawati": a country's word, no adjective
    flags = english_word_flags(words[0])
    return "GC" in flags and "F" not in flags


ORGANISATION_NAME_RULES: tuple[Callable[[str, int, int, str], bool], ...] = (
    _opens_with_a_country,
    _a_town_before_its_region,
    _initials_in_brackets,
    _in_a_listed_organisation,
    _inside_a_title,
    _an_address_or_home_town,
)


def organisation_name_cut(text: str, start: int, end: int, name: str) -> bool:
    """Does the candidate ``name`` at ``text[start:end]`` stand in an organisation's name, a title, an address
    (module doc)?"""
    return any(rule(text, start, end, name) for rule in ORGANISATION_NAME_RULES)


_PORTFOLIO_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:for|of)\s+(?:the\s+)?$")


def portfolio_cut(text: str, start: int, name: str) -> str:
    """ "European Commissioner for Competition Jane Doe" -> "Jane Doe": a name of three words or more right
    after "<title word> for / of" loses its first word, the portfolio the CRF ran into the name; so does one
    opening with a portfolio word after more of the portfolio ("… for Migration and Asylum Jane Doe")."""
    words = name.split()
    m = _PORTFOLIO_BEFORE.search(text, max(0, start - 40), start)
    if len(words) >= 3 and m and m.group(1).lower() in vocabulary().role_words_en:
        return " ".join(words[1:])
    # the portfolio's last word ("Secretary of State for Migration and | Asylum Jane Doe")
    m = _PORTFOLIO_CHAIN_BEFORE.search(text, max(0, start - 80), start)
    if len(words) >= 3 and m and m.group(1).lower() in vocabulary().role_words_en:
        if words[0].lower() in _portfolio_words():
            return " ".join(words[1:])
    return name


_PORTFOLIO_CHAIN_BEFORE = re.compile(
    r"\b([A-Za-z][\w-]*)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:and|&|of|for)\s+)?)+$"
)


_TITLE_OF_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+(for|of|to)\s+$")
# Titles held "to" a country, whose name the CRF runs into the person after it ("ambassador to Botswana Jane Doe")
_TITLES_TO = frozenset(
    {"ambassador", "envoy", "representative", "emissary", "high commissioner", "commissioner"}
)


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    return frozenset(people_data()["roles"]["portfolio_words_en"])


def _portfolio_word(word: str, after_to: bool, first: bool = False) -> bool:
    """A word of a minister's portfolio (people.toml [roles] ``portfolio_words_en``, "of" or "for" between its parts:
    "Foreign Affairs of Finland") or a place ("ambassador to Botswana") that is no census first name; right after
    the title's "of" / "to" (``first``) a place that is also a first name ("Ambassador to China Jane Doe": the
    twenty-fifth English set)."""
    low = word.lower().rstrip(",")  # "Minister of Sports, Youth and Culture Jane Doe": a comma between parts
    if low in _portfolio_words() or (low in {"of", "for"} and not after_to):
        return True
    flags = english_word_flags(word)
    return word[:1].isupper() and any(f.startswith("G") for f in flags) and ("F" not in flags or first)


def portfolio_persons(
    text: str, entities: dict[str, list[tuple[int, int]]], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str, bool]]:
    """ "Minister of Treasury and Finance Berat Albayrak": right after "<title word> of / for", the CRF reads the
    portfolio and the name after it as one organisation (or place); when the span opens with portfolio words
    (people.toml [roles] ``portfolio_words_en``, places among them: "Minister for Foreign Affairs of Finland
    Jane Doe", "ambassador to Botswana Zhao Yanbo" after a title held "to" a country) and two or three
    capitalised words that are none follow them (particles between: "Nicole de Moor"), those words are a
    person (``portfolio_cut`` mends the one-word portfolio the CRF runs into a PER span)."""
    out: list[tuple[int, int, str, bool]] = []
    for label in ("ORG", "LOC", "MISC"):
        for s, e in entities.get(label, []):
            m = _TITLE_OF_BEFORE.search(text, max(0, s - 40), s)
            if not m or m.group(1).lower() not in vocabulary().role_words_en:
                found = _person_after_title_place(text, s, e, label, entities)
                if found and not any(a < e and found[0] < b for a, b in taken):
                    out.append(found)
                continue
            if m.group(2) == "to" and m.group(1).lower() not in _TITLES_TO:
                continue
            words = text[s:e].split()
            surname = _surname_right_after(text, e, entities)
            if surname:  # "President of Kazakhstan Jane-Mary | Doe": the given name ends the place span
                found = _given_name_glued(text, s, e, words, surname, m.group(2) == "to")
                if found and not any(a < e and found[0] < b for a, b in taken):
                    out.append(found)
                continue
            k = 0
            while k < len(words) - 2 and _portfolio_word(words[k], m.group(2) == "to", k == 0):
                k += 1
            rest = words[k:]
            if k == 0 or words[k - 1].lower() in {"and", "&", "the", "of", "for"} or not 2 <= len(rest) <= 3:
                continue
            if not _person_words(rest):
                continue
            start = text.index(rest[0], s)
            if not any(a < e and start < b for a, b in taken):
                out.append((start, e, text[start:e], False))
    return out


def _surname_right_after(text: str, end: int, entities: dict[str, list[tuple[int, int]]]) -> int | None:
    """The end of a one-word PER span one space after ``end``, if there is one."""
    for a, b in entities.get("PER", []):  # "Doe", or a middle initial and the surname ("R. Doe")
        if a == end + 1 and text[end] == " " and re.fullmatch(r"(?:[A-Z]\.\s)?[A-Z][\w'’-]+", text[a:b]):
            return b
    return None


def _given_name_glued(
    text: str, s: int, e: int, words: list[str], surname_end: int, after_to: bool
) -> tuple[int, int, str, bool] | None:
    """ "President of Kazakhstan Jane-Mary Doe", "Minister of Foreign Affairs of Russia Ivan Doe": the CRF
    reads the portfolio or place and the given name as one entity and the surname alone as PER; when every word
    but the last is a portfolio word or place and the last is a person word, the given name and the surname
    are the person (the twenty-fourth English set)."""
    if len(words) < 2 or not all(
        _portfolio_word(w, after_to, i == 0) or w in {"and", "&"} for i, w in enumerate(words[:-1])
    ):
        return None
    if words[-2].lower() in {"and", "&", "the", "of", "for"} or not _person_words(words[-1:]):
        return None
    start = text.rindex(words[-1], s, e)
    return start, surname_end, text[start:surname_end], False


def _person_after_title_place(
    text: str, s: int, e: int, label: str, entities: dict[str, list[tuple[int, int]]]
) -> tuple[int, int, str, bool] | None:
    """ "High Commissioner of Sri Lanka Jane Doe": the CRF reads the country as a place and the name right after
    it as an organisation; two or three person words one space after a LOC span that follows "<title> of / to"
    are the person (the twenty-fifth English set)."""
    if label != "ORG" or s < 2 or text[s - 1] != " ":
        return None
    place = next((a for a, b in entities.get("LOC", []) if b == s - 1), None)
    if place is None:
        return None
    m = _TITLE_OF_BEFORE.search(text, max(0, place - 40), place)
    if not m or m.group(1).lower() not in vocabulary().role_words_en:
        return None
    if m.group(2) == "to" and m.group(1).lower() not in _TITLES_TO:
        return None
    words = text[s:e].split()
    if not 2 <= len(words) <= 3 or not _person_words(words):
        return None
    if any(w.lower().strip(",.") in vocabulary().org_words_en for w in words):
        return None
    return s, e, text[s:e], False


def _person_words(words: list[str]) -> bool:
    """Capitalised words that are no portfolio words, lower-case particles between them ("Nicole de Moor")."""
    inner = words[1:-1]
    return all(
        w[:1].isupper() and w.lower() not in _portfolio_words() for w in (words[0], words[-1])
    ) and all(
        (w[:1].isupper() and w.lower() not in _portfolio_words()) or w in vocabulary().particles_en
        for w in inner
    )
