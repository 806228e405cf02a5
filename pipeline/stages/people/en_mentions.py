"""The mentions of the English text units of an article: the English CRF runs over all units at once (its
document features and the article's place names help tell a person from a place), names are found per unit (en_names.py), and each gets its role
(en_roles.py) and kind (kinds.py); a sign-off line after a name-only paragraph gives a role too."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from pipeline.stages.people.en_common_words import common_word_forms
from pipeline.stages.people.en_contexts import shows_a_person
from pipeline.stages.people.en_names import EnglishUnit, NameSpan, name_spans
from pipeline.stages.people.en_org_evidence import organisation_forms
from pipeline.stages.people.en_roles import en_role, ends_with_role, role_right_before
from pipeline.stages.people.en_shapes import administration_surname
from pipeline.stages.people.famous import is_famous_full_name, is_famous_surname, tied_surname
from pipeline.stages.people.kinds import en_kind
from pipeline.stages.people.mentions import Mention, TextUnit, sentence_of
from pipeline.stages.people.occurrences import at_boundary, literal_spans, literal_then, preceded_by, starts
from pipeline.stages.people.recognisers import english_tags, english_word_flags
from pipeline.stages.people.vocabulary import patterns, vocabulary
from pipeline.text.names import is_pinyin_surname

_PLACE_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|off|near|across|(?:side|south|north|east|west|coast|islands?|capital|parts?)\s+of)"
    r"\s+(?:[A-Z][a-z]+\s+and\s+)?([A-Z][a-z]+)\b(?!['’]s|\s+[A-Z])"
)
_PLACE_AFTER_PLACE = re.compile(r"\bfrom\s+[A-Z][a-z]+\s+to\s+([A-Z][a-z]+)\b")  # "from Amsterdam to Malaga"
# "the province of Nova Scotia", "the city of San Marcos": the place may have two words here
_PLACE_OF_TWO_WORDS = re.compile(
    r"\b(?:province|state|city|town|region|county|district|island|territory)\s+of\s+([A-Z][a-z]+\s+[A-Z][a-z]+)\b"
)
# "Nguyen Du ward", "Hai Ba Trung district", "Ly Thuong Kiet street": a name (often a hero's) before a lower-case
# unit of a town or a country is a place (the style of Vietnamese and other Asian English-language news)
_PLACE_BEFORE_UNIT = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\s+(?:ward|district|commune|precinct|township|prefecture|county"
    r"|province|village|street|road|avenue|boulevard|square)s?\b"
)
# "in Labuan Bajo, Indonesia": two words after "in" before a comma and a place the CRF tags are a place
_PLACE_THEN_COUNTRY = re.compile(r"\b(?:in|at|near)\s+([A-Z][a-z]+\s+[A-Z][a-z]+),\s+([A-Z][a-z]+)\b")
_REPORTER_WORDS = frozenset({"correspondent", "reporter", "writer", "journalist"})


Entities = dict[str, list[tuple[int, int]]]


def _texts(text: str, entities: Entities, label: str) -> set[str]:
    return {text[s:e] for s, e in entities.get(label, [])}


def _article_places(texts: list[str], entities: list[Entities]) -> set[str]:
    """Place names of the whole article: the CRF's LOC spans, plus places it tagged otherwise ("Authority of
    Nepal", "in Kyiv", "south of Borneo", "Nguyen Du ward"), less the surnames of the article's persons (``_given_name_surnames``)
    and the famous table's full names."""
    places: set[str] = set()
    for text, ents in zip(texts, entities, strict=True):
        places |= _texts(text, ents, "LOC")
        for org in _texts(text, ents, "ORG"):
            places.update(re.findall(r"\bof\s+([A-Z][a-z]+)\b", org))
        places.update(_PLACE_AFTER_PREPOSITION.findall(text))
        places.update(_PLACE_AFTER_PLACE.findall(text))
        places.update(_PLACE_OF_TWO_WORDS.findall(text))
        places.update(_PLACE_BEFORE_UNIT.findall(text))
        locs = _texts(text, ents, "LOC")
        places.update(m[0] for m in _PLACE_THEN_COUNTRY.findall(text) if m[1] in locs)
    return places - _given_name_surnames(texts, entities) - _persons_tagged_places(texts, entities, places)


def _persons_tagged_places(texts: list[str], entities: list[Entities], places: set[str]) -> set[str]:
    """Full names the CRF tags a place somewhere in the article ("chanted 'Hun Sen don't come to Myanmar'",
    "critics of Evo Morales") that are persons: a famous full name of the table, or one it tags a person right
    after a title elsewhere ("Prime Minister Evo Morales"). One place tag made them places of the article,
    which dropped the person everywhere (``_a_place``)."""
    out = {p for p in places if " " in p and is_famous_full_name(p)}
    for text, ents in zip(texts, entities, strict=True):
        for a, b in ents.get("PER", []):
            if " " in text[a:b] and text[a:b] in places and role_right_before(text[max(0, a - 60) : a]):
                out.add(text[a:b])
    return out


# A surname after an honorific or a legislator's title ("Mr Shettima", "Sen. Shettima"): the article names a person so.
_AFTER_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+([A-Z][a-z][\w’'-]*)\b")


def _given_name_surnames(texts: list[str], entities: list[Entities]) -> set[str]:
    """Last words of the CRF's PER spans of two or more words that open with a census first name ("Ramon
    Mendoza") or end with a census last name that is no country ("Aurelio Mendoza"): the article names a
    person so. A surname that is also a town (Mendoza, Lima, Valencia) is often tagged LOC when it stands
    alone ("the arrest of Mendoza"), and one such tag made it a place of the article, which dropped the
    person everywhere (``_a_place``). So does the last word of a full name the article also writes after Mr. or
    Sen. ("Kashim Shettima" … "Mr Shettima"), and the last word of a full name that is no GeoNames place word at
    all ("Yevgheny Prigozhin" … "the deal struck by Putin and Prigozhin", LOC). "Mountainous Nepal" (none of these)
    still leaves Nepal a place."""
    honoured = {m for text in texts for m in _AFTER_HONORIFIC.findall(text)}
    out: set[str] = set()
    for text, ents in zip(texts, entities, strict=True):
        for name in _texts(text, ents, "PER"):
            parts = name.split()
            if len(parts) < 2:
                continue
            first = english_word_flags(parts[0])  # "António Costa": accents dropped when need be
            last = english_word_flags(parts[-1])
            if "F" in first or (any(f.startswith("L") for f in last) and "GC" not in last):
                out.add(parts[-1])
            elif not any(f.startswith("G") for f in last):
                # "Yevgheny Prigozhin" … "struck by Putin and Prigozhin" (LOC): no place anywhere
                out.add(parts[-1])
            elif parts[-1] in honoured:
                out.add(parts[-1])  # "Kashim Shettima" … "Mr Shettima": a surname of no census
    return out


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


# What follows a company's name somewhere in the article: "Express Scripts Inc", "Medco Health Solutions Inc",
# "Little, Brown and Company", "Daimler CEO Ola Kaellenius", "a similar Duane Reade store", "Walgreen shares".
_COMPANY_AFTER = (
    r"(?:['’]s)?(?:\s+[A-Z][\w&]*){0,3}\s+(?:Inc|Co|Corp|Corporation|Ltd|LLC|PLC|Plc|AG|SA|NV|AB|SpA|GmbH|Oyj|ASA|Bros|Holdings)\b"
    r"|,?\s+(?:and|&)\s+(?:Co|Company)\b"
    r"|\s+(?:CEO|chief executive|chief financial officer)\b"
    r"|['’]?s?\s+(?:store|stores|shares|products|plant|factory|headquarters|brand)\b"
    # a town's police, an armed group: "Austin police said", "Russia's Wagner mercenary group"
    r"|\s+police\b|\s+(?:mercenary|militant|rebel|armed)\s+group\b"
    # a publication: "Kommersant daily reported", "the Vedomosti newspaper"
    r"|\s+(?:daily|newspaper|weekly|magazine|tabloid|broadcaster|news\s+agency)\b"
    # a craft named after a person or a myth: "the Galileo Jupiter probe", "the Hubble telescope"
    r"|\s+(?:probe|spacecraft|rover|telescope|satellite|rocket|lander|orbiter)\b"
    # a place's lands: "Kalamazoo and Van Buren counties"; a meeting named after its town: "the annual Jackson
    # Hole symposium"
    r"|\s+(?:county|counties|township|townships|parish|parishes|symposium)\b"
)


_COMPANY_AFTER_RE = re.compile(f"(?:{_COMPANY_AFTER})")
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=4)
def _org_head_then_space(heads: tuple[str, ...]) -> tuple[re.Pattern[str], int]:
    r"""``\b(?i:head|…)\s+`` compiled once, and the longest head (escaped, so at least its length)."""
    return re.compile(rf"\b(?i:{'|'.join(heads)})\s+"), max((len(h) for h in heads), default=0)


def _after_org_head(full: str, form: str) -> bool:
    r"""``re.search(rf"\b(?i:{heads})\s+{re.escape(form)}\b", full)``: "parent company Daimler"."""
    before, longest = _org_head_then_space(vocabulary().org_heads_en)
    for pos in starts(full, form):
        if not (pos and _SPACE.match(full, pos - 1) and at_boundary(full, pos + len(form))):
            continue
        space = pos - 1  # where the whitespace before the form starts
        while space and _SPACE.match(full, space - 1):
            space -= 1
        if preceded_by(full, pos, before, pos - space + longest):
            return True
    return False


def not_persons(texts: list[str], forms: set[str], rejected: set[str], orgs: set[str]) -> set[str]:
    """The English name forms the article shows not to be persons anywhere in it: written as a company's name
    (``_COMPANY_AFTER``, or after a company word: "parent company Daimler"), ruled out by an organisation
    context elsewhere ("liquor brand Kweichow Moutai", and so "Moutai"), or, for one word with no full name,
    the first or last word of an organisation the recogniser found elsewhere ("Kweichow Moutai", "Medco Health
    Solutions Inc"), written in lower case too ("golden nanmu trees") or in capitals only (a dateline's
    DENVER, "LOVE IS THE CURE"). A form written after an honorific somewhere (Mr./Ms./Dr./Sir/Dame) is never
    taken for a company, nor refused by the context of another occurrence. (The searches use occurrences.py, not a regex compiled per form.)"""
    full = "\n".join(texts)
    out = {f for f in forms if f in rejected or any(r.endswith(" " + f) for r in rejected)}
    # a context that refused a form once (a quoted title: his autobiography ‘Jane Roe’) yields to an honorific
    # before it elsewhere ("Sir Jane Roe's retirement")
    out = {f for f in out if not _after_honorific(full, f)}
    full_names = {f for f in forms if " " in f}
    for form in forms:
        if " " not in form and not any(n.split()[-1] == form for n in full_names):
            org_ends = any(o.split()[0] == form or o.split()[-1] == form for o in orgs if " " in o)
            org_ends = org_ends and not is_famous_surname(form)  # "Putin" beside "the Putin Foundation"
            in_lower_case = next(literal_spans(full, form.lower(), whole_word=True), None) is not None
            if org_ends or form.isupper() or in_lower_case:
                out.add(form)
                continue
        if _after_honorific(full, form):
            continue  # "Mr. Ramon Mendoza CEO of …": a company is never given an honorific
        if literal_then(full, form, _COMPANY_AFTER_RE) or _after_org_head(full, form):
            out.add(form)
    return out


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Messrs|Sir|Dame)\.?\s+")


def _after_honorific(full: str, form: str) -> bool:
    r"""``re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Messrs)\.?\s+{re.escape(form)}\b", full)``."""
    return any(
        at_boundary(full, pos + len(form)) and preceded_by(full, pos, _HONORIFIC, 8)
        for pos in starts(full, form)
    )


def en_mentions(units: list[TextUnit]) -> list[Mention]:
    """Every English name mention of the text units ``units``."""
    texts = [t for _u, t in units]
    tags = english_tags(texts)
    entities = tags.entities
    places = _article_places(texts, entities)
    out: list[Mention] = []
    rejected: set[str] = set()
    person_words = {t[a:b] for t, e in zip(texts, entities, strict=True) for a, b in e.get("PER", [])}
    person_words = {w for w in person_words if " " not in w}
    for k, ((unit, text), ents) in enumerate(zip(units, entities, strict=True)):
        english = EnglishUnit(text, ents, places, person_words=person_words)
        spans = name_spans(english)
        rejected |= english.rejected
        next_text = units[k + 1][1].strip() if k + 1 < len(units) else ""
        out.extend(_unit_mentions(unit, text, spans, next_text))
    out = _headline_run_ins_cut(out, dict(units))
    out = _cut_names_dropped(out, dict(units))
    orgs = {text[a:b] for text, ents in zip(texts, entities, strict=True) for a, b in ents.get("ORG", [])}
    forms = {m.form for m in out}
    dropped = not_persons(texts, forms, rejected, orgs) | unsure_lone_names(texts, forms, tags.person_odds)
    dropped |= organisation_forms("\n".join(texts), _lone_forms(texts, forms))
    dropped |= common_word_forms(texts, forms, tags.person_odds)
    dropped |= storm_names(texts, _lone_forms(texts, forms)) | {f for f in forms if _STORM_NAME.match(f)}
    return [m for m in out if m.form not in dropped]


# A sentence about named storms: "after Harvey, Irma and Maria", "as Hurricane Nate approached".
# ("storm" in lower case only: "Operation Desert Storm" names no weather)
_STORM_WORDS = re.compile(
    r"\b(?:[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|[Tt]ropical\s+[Ss]torms?|storms?)\b"
)


# A name a storm's word opens ("Typhoon Lekima", "Hurricane Nate"): the storm, not a person.
_STORM_NAME = re.compile(r"(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm)\s")


def storm_names(texts: list[str], lone: set[str]) -> set[str]:
    """The one-word names of ``lone`` (no full name of the article ends with them) printed only in sentences that
    speak of hurricanes, typhoons, cyclones or storms: the storms' names ("in recent weeks after Harvey, Irma and
    Maria", weather news), not persons; not where an occurrence shows a person ("Maria said the storm …")."""
    out = set()
    for form in lone:
        places = [(t, pos) for t in texts for pos in starts(t, form) if at_boundary(t, pos + len(form))]
        if places and all(
            _STORM_WORDS.search(sentence_of(t, pos, "en")) and not shows_a_person(t, pos, pos + len(form))
            for t, pos in places
        ):
            out.add(form)
    return out


def _lone_forms(texts: list[str], forms: set[str]) -> set[str]:
    """The one-word forms no full name of the article ends with, never written after Mr./Ms./Dr."""
    full_names = {f for f in forms if " " in f}
    full = "\n".join(texts)
    return {
        f
        for f in forms
        if " " not in f and not any(n.split()[-1] == f for n in full_names) and not _after_honorific(full, f)
    }


# Below this person odds a one-word name with no full name in the article is dropped: on modern news the CRF is
# unsure of the companies, products and places it tags PER alone (docs/benchmarks.md, "Lone one-word names the
# model is unsure of": 0.8 for the model before the word clusters; 0.9 re-derived for the cluster model on CoNLL
# dev and the eleven English page sets, "Word clusters for the English CRF").
LONE_NAME_MIN_ODDS = 0.9


def unsure_lone_names(texts: list[str], forms: set[str], person_odds: dict[str, float]) -> set[str]:
    """The one-word forms that no full name of the article ends with ("Apple", "Neuralink", "Davos" with no "Jane
    Apple") which the CRF, at every occurrence, gave less than ``LONE_NAME_MIN_ODDS`` of being a person's name. News
    introduces a person by full name before the surname alone; a lone word has only the model's word for it. Kept: a
    form written after Mr./Mrs./Ms./Dr. somewhere ("Ms Doe left the board"), the speaker named right after a quote
    ("“We will appeal,” Doe said"), a form a relative "who" follows ("Baig, who …"), a pinyin surname (the
    surname-speaker rule finds it, not the CRF: "Xu said"), a form the CRF never read as one word ("T.O'Gorman")."""
    full_names = {f for f in forms if " " in f}
    unsure = {
        f
        for f in forms
        if " " not in f
        and not any(n.split()[-1] == f for n in full_names)
        and not is_pinyin_surname(f)
        and person_odds.get(f, 1.0) < LONE_NAME_MIN_ODDS
    }
    if not unsure:
        return unsure
    full = "\n".join(texts)
    persons = forms - unsure
    return {
        f
        for f in unsure
        if not (
            _after_honorific(full, f)
            or _after_capitalised_title(full, f)
            or _quoted_speaker(full, f)
            or _who_clause(full, f)
            or _role_apposition(full, f)
            or _subject_of_a_person(full, f, persons)
            or administration_surname(full, f)
            or is_famous_surname(f)
            or tied_surname_shown(full, f)
        )
    }


# One to three capitalised words right before a name: a title written as news prints it before a surname.
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:^|[^\w’'])((?:[A-Z][a-z]+\s+){1,3})$")
# Titles that also open company names ("General Mills", "General Motors") or pageant titles and
# personifications ("Miss Universe", "Miss Liberty"): no evidence of a person.
_NOT_PERSON_TITLES = frozenset({"general", "miss"})
# words of ``strip_prefix_en`` that are no title ("The Kerala government" opening a sentence: "the" is stripped
# from a name's front, it is no rank before one)
_NOT_RANKS = frozenset("the and but if as by with when said says late".split())


def _after_capitalised_title(full: str, form: str) -> bool:
    """ "Prime Minister Doe announced", "Chief Justice Doe wrote", "Lieutenant Doe will speak": ``form`` right
    after a capitalised title of people.toml ``[roles] en`` or a rank of ``strip_prefix_en`` (not "General" nor "Miss"), with
    no capitalised word after it there."""
    ranks = vocabulary().strip_prefix_en - _NOT_RANKS
    for pos in starts(full, form):
        m = _CAPITALISED_RUN_BEFORE.search(full[max(0, pos - 40) : pos])
        if not m or not at_boundary(full, pos + len(form)) or re.match(r"\s+[A-Z]", full[pos + len(form) :]):
            continue  # "Mayor Jane Doe": a given name, not a surname alone
        words = m.group(1).split()
        last = words[-1].lower()
        if last not in _NOT_PERSON_TITLES and (last in ranks or ends_with_role(words)):
            return True
    return False


def tied_surname_shown(full: str, form: str) -> bool:
    """A surname the famous table ties to one person ("Obama", also a Japanese town; "Trump", also a word) that
    the article shows a person somewhere (a title before it, a speech verb after it: ``shows_a_person``) and
    nowhere a place ("in Obama", "at Obama") — its lower-case sense rules it out in :func:`not_persons`."""
    if not tied_surname(form) or _a_place_in(full, form):
        return False
    return any(shows_a_person(full, pos, pos + len(form)) for pos in starts(full, form))


def _a_place_in(full: str, form: str) -> bool:
    return re.search(rf"\b(?:in|at|near)\s+{re.escape(form)}\b(?!['’])", full) is not None


_QUOTE_CLOSE = re.compile(r"[,.!?]\s*[\"”’']\s*")
_GAP = re.compile(r"\s+")


# A role noun in lower case after a capitalised word (a country, a team, an organisation): "Brazil forward ",
# "Manchester City winger ", "Kremlin spokesman ", "Acme's chief executive ".
_ROLE_APPOSITION = re.compile(r"(?:^|[^\w’'])[A-Z][\w.’'-]*(?:['’]s)?\s+((?:[a-z][\w-]*\s+){1,3})$")


def _role_apposition(full: str, form: str) -> bool:
    """ "Brazil forward Doe", "Acme's chief executive Doe": ``form`` right after a role noun in lower case that
    follows a country's, team's or organisation's name (a company or a product is given no role)."""
    for pos in starts(full, form):
        m = _ROLE_APPOSITION.search(full, max(0, pos - 80), pos)
        if not (m and at_boundary(full, pos + len(form))):
            continue
        words = m.group(1).split()
        # only title words between ("Romanian listed state engineer Comelf" is a company's description)
        if all(w in vocabulary().role_words_en for w in words) and ends_with_role(words):
            return True
    return False


# A verb in the past between two persons: "Doe called Roe", "Doe met Roe", "Doe told Roe".
_VERB_THEN_NAME = re.compile(
    r"\s+(?:[a-z]{2,}ed|met|told|thanked|urged|asked|invited|sent|gave)\s+([A-Z][\w’'-]*)"
)


def _subject_of_a_person(full: str, form: str, persons: set[str]) -> bool:
    """ "Doe called Roe on his way back": ``form`` the subject of a verb in the past whose object is a person
    the article names (a name kept without doubt), as a person is."""
    words = {w for p in persons for w in p.split()}
    for pos in starts(full, form):
        m = _VERB_THEN_NAME.match(full, pos + len(form))
        if m and (pos == 0 or not full[pos - 1].isalnum()) and m.group(1) in words:
            return True
    return False


def _quoted_speaker(full: str, form: str) -> bool:
    """ "“We will appeal,” Doe said": ``form`` right after a closing quote and before a speech verb of people.toml
    ("…,” Okuyemi affirmed")."""
    speech = patterns().speech_en
    return any(
        _speech_after(speech, full, pos + len(form)) and preceded_by(full, pos, _QUOTE_CLOSE, 6)
        for pos in starts(full, form)
    )


def _speech_after(speech: re.Pattern[str], full: str, end: int) -> bool:
    """A speech verb after white space at ``end``."""
    gap = _GAP.match(full, end)
    return gap is not None and speech.match(full, gap.end()) is not None


# ", who was the NEOC chief until May, told …": a relative pronoun only a person takes
_WHO_AFTER = re.compile(r",\s+who(?:se)?\s+")


def _who_clause(full: str, form: str) -> bool:
    """``form`` followed by ", who" somewhere ("Baig, who was the NEOC chief until May, told Al Jazeera"):
    companies and places take "which"."""
    return any(
        at_boundary(full, pos + len(form)) and _WHO_AFTER.match(full, pos + len(form))
        for pos in starts(full, form)
    )


def _headline_like(text: str) -> bool:
    """A line in title case ("Star Player Pulls Out Of Open Over Injury"): most of its words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _headline_run_ins_cut(mentions: list[Mention], texts: dict[int, str]) -> list[Mention]:
    """A name in a title-case headline that the headline's next capitalised word ran into is the name before it: a
    three-word form whose first two words are a name the article gives elsewhere ("Jane Doe Wants …", "Jane Doe
    Pulls Out Of …"), and a two-word form whose first word is a one-word name of the article, the surname of one of
    its full names or a famous surname, and whose second is no name word ("Biden Indicts the Minneapolis Police", "Princess Diana Interview"; the
    nineteenth English set)."""
    forms = {m.form for m in mentions}
    surnames = {f.split()[-1] for f in forms if " " in f}
    out = []
    for m in mentions:
        words = m.form.split()
        headline = _headline_like(texts.get(m.unit, ""))
        short = " ".join(words[:-1])
        if headline and (
            (len(words) == 3 and short in forms)
            or (len(words) == 2 and _a_name_alone(short, forms, surnames) and _no_name_word(words[1]))
        ):
            m = dataclasses.replace(m, form=short, end=m.start + len(short))
        out.append(m)
    return out


def _a_name_alone(word: str, forms: set[str], surnames: set[str]) -> bool:
    """A one-word name of the article, the surname of one of its full names, or a famous surname."""
    return word in forms or word in surnames or is_famous_surname(word)


def _no_name_word(word: str) -> bool:
    """A word that names no person: neither a census first nor a census last name (the CRF's flags F, L1-L3)."""
    return not any(flag == "F" or flag.startswith("L") for flag in english_word_flags(word))


_CUT_BY_ELLIPSIS = re.compile(r"(?:…|\.\.\.)")


def _cut_names_dropped(mentions: list[Mention], texts: dict[int, str]) -> list[Mention]:
    """A name an excerpt cut is no name: one running into an ellipsis ("Minister Jane Dro… [+1101 chars]",
    "Jurassic World: Domin…"), or one ending a unit with no closing punctuation whose last word begins a
    longer word of another name of the article ("ROME (AP) Pope Fra" beside "Pope Francis")."""
    words = {w for m in mentions for w in m.form.split()}
    out = []
    for m in mentions:
        text = texts.get(m.unit, "")
        last = m.form.split()[-1]
        if _CUT_BY_ELLIPSIS.match(text, m.end):
            continue
        if not text[m.end :].strip() and any(w != last and w.startswith(last) for w in words):
            continue
        out.append(m)
    return out
