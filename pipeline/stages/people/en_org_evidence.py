"""Article-wide evidence that a one-word English name is an organisation, a team, an event's place or a
dateline's town, not a person (issue 10, the sixth English round: docs/benchmarks.md, "English people, round
6"). The CRF learnt 1996 news and is sure of many modern companies and teams it tags PER alone ("Carlyle",
"Ferrari", "Jefferies", "Sabres"); the article itself says what they are somewhere:

- it owns what only a company owns: "Carlyle's non-U.S. energy arm", "Acme's chief executive" (not "Doe's
  left arm");
- it takes a plural verb, as British English writes teams and firms: "Ferrari are planning";
- it is the head of a noun phrase after "the": "a win over the Sabres in front of", "the Sabres, having lost";
- it has staff that only a company or a team has, named right after: "Jefferies analyst Jane Doe", "Browns
  defensive end Jon Roe" (people.toml ``org_roles_en``; an adviser, an aide or a spokesman a person may have);
- it names a meeting: "this week's Davos meeting";
- the article's dateline is that word in capitals: "OTTAWA, May 8 (Reuters) - … after Ottawa told …".

Only forms no full name of the article ends with are judged (a person is named in full before the surname
alone), and never one written after Mr./Ms./Dr. (en_mentions.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.stages.people.occurrences import at_boundary, starts
from pipeline.text.names import people_data

# What only a company owns, after its possessive and up to three lower-case words: "Acme's non-U.S. energy arm".
# A bare arm or unit is left out: a pitcher has an arm ("Doe's left arm"), a soldier a unit; earnings too (an
# athlete's). An arm or unit counts after a word of trade ("energy arm", "investment unit").
_TRADE = (
    r"(?:energy|investment|lending|banking|finance|financial|insurance|asset|trading|venture|retail|consumer"
    r"|technology|media|services|brokerage|securities|equity|property|mining|oil|gas|power|shipping|chip|cloud)"
)
_COMPANY_PART = re.compile(
    r"['’]s?(?:\s+[a-z][\w.-]*){0,3}?\s+(?:"
    rf"{_TRADE}\s+(?:arm|unit|units|division)"
    r"|subsidiary|subsidiaries|division|shareholders|stockholders|board\s+of\s+directors|chief\s+executive|CEO"
    r"|CFO|co-founder|founders?|revenues?|quarterly|market\s+value)\b"
)
_PLURAL_VERB = re.compile(r"\s+(?:are|were|have)\s+(?!you\b|we\b|they\b)[a-z]")
_NOUN_PHRASE_HEAD = re.compile(
    r"[,.;:!?)]|\s+(?:in|of|at|on|for|to|with|and|have|had|are|were|was|is|will|would|said|say)\b"
)
_MEETING_AFTER = re.compile(r"\s+(?:meeting|meetings|forum|gathering)\b")
# Before a person's plural or subjunctive verb: a list ("Doe and Roe are"), "if Doe were".
_PERSON_BEFORE_PLURAL = re.compile(r"(?:&|\band|\bwith|\bif|\bwish|\bthough)\b")
_SENTENCE_START = re.compile(r"[.!?\n]")


@lru_cache(maxsize=1)
def _org_roles() -> re.Pattern[str]:
    """ "<form> analyst Jane": people.toml ``org_roles_en`` right after the form, then a capitalised name."""
    roles = sorted(people_data()["organisations"]["org_roles_en"], key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, r.split())) for r in roles)
    return re.compile(rf"\s+(?:{words})\s+[A-Z][a-z]")


def _at_word_start(full: str, pos: int) -> bool:
    return pos == 0 or not (full[pos - 1].isalnum() or full[pos - 1] in "’'-")


def _occurrences(full: str, form: str) -> list[int]:
    """Where ``form`` stands as a whole word."""
    return [p for p in starts(full, form) if _at_word_start(full, p) and at_boundary(full, p + len(form))]


def _owns_a_company_part(full: str, form: str, positions: list[int]) -> bool:
    """ "Acme's non-U.S. energy arm", "Acme's chief executive", "Acme's shareholders"."""
    return any(_COMPANY_PART.match(full, p + len(form)) for p in positions)


def _takes_a_plural_verb(full: str, form: str, positions: list[int]) -> bool:
    """ "Ferrari are planning": a team or firm in British English (not "Doe and Santos defender Roe were",
    "if Roe were": no and / with / if between the sentence's start and the form)."""
    for p in positions:
        if not _PLURAL_VERB.match(full, p + len(form)):
            continue
        opening = max(
            (m.end() for m in _SENTENCE_START.finditer(full, max(0, p - 200), p)), default=max(0, p - 200)
        )
        if not _PERSON_BEFORE_PLURAL.search(full, opening, p):
            return True
    return False


def _a_noun_phrase_head(full: str, form: str, positions: list[int]) -> bool:
    """ "a win over the Sabres in front of …", "The Sabres, having lost …": "the" before, and after it what
    ends a noun phrase (not a noun it qualifies: "the Doe administration")."""
    return any(
        re.search(r"\b[Tt]he\s+$", full[max(0, p - 5) : p]) and _NOUN_PHRASE_HEAD.match(full, p + len(form))
        for p in positions
    )


def _has_company_staff(full: str, form: str, positions: list[int]) -> bool:
    """ "Jefferies analyst Jane Doe", "Browns defensive end Jon Roe"."""
    return any(_org_roles().match(full, p + len(form)) for p in positions)


def _names_a_meeting(full: str, form: str, positions: list[int]) -> bool:
    """ "this week's Davos meeting", "the Davos forum"."""
    return any(
        _MEETING_AFTER.match(full, p + len(form))
        and re.search(r"(?:['’]s|\bthe)\s+$", full[max(0, p - 5) : p])
        for p in positions
    )


def _the_dateline_town(full: str, form: str, positions: list[int]) -> bool:
    """ "OTTAWA, May 8 (Reuters) -": a line opening with the form in capitals, then a comma, a bracket or a
    dash."""
    upper = re.escape(form.upper())
    return re.search(rf"(?m)^\s*{upper}(?:,|\s+\(|\s+[-—–])", full) is not None


ORG_EVIDENCE_RULES: tuple[Callable[[str, str, list[int]], bool], ...] = (
    _owns_a_company_part,
    _takes_a_plural_verb,
    _a_noun_phrase_head,
    _has_company_staff,
    _names_a_meeting,
    _the_dateline_town,
)


def organisation_forms(full: str, lone_forms: set[str]) -> set[str]:
    """The one-word forms of ``lone_forms`` that the article ``full`` shows to be no person (module doc)."""
    out = set()
    for form in lone_forms:
        positions = _occurrences(full, form)
        if any(rule(full, form, positions) for rule in ORG_EVIDENCE_RULES):
            out.add(form)
    return out
