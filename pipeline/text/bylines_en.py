"""English (and other Latin-script) bylines: the line forms of pipeline/data/bylines.toml ``[en]`` ("By X (AFP)",
"By X and Y, Reuters", "Jane Doe / AFP", "Reporter: X", "(Reporting by X; Editing by Y)"), the names split and
checked against agencies, organisation words and roles. The Chinese credit grammar is pipeline.text.bylines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline.text.credit_grammar import byline_data
from pipeline.text.patterns import alternation
from pipeline.text.scripts import nfkc


@dataclass(frozen=True)
class _EnGrammar:
    agencies: frozenset[str]  # casefolded
    org_word: re.Pattern[str]
    role_prefix: re.Pattern[str]
    cut: re.Pattern[str]
    lines: tuple[re.Pattern[str], ...]
    labelled: tuple[re.Pattern[str], ...]
    other_label: re.Pattern[str]  # a "Label:" after the names that is no credit label (a fact box)
    header_lines: tuple[re.Pattern[str], ...]
    lead_byline: re.Pattern[str]
    reporting_by: re.Pattern[str]
    particles: frozenset[str]  # lower-case words inside a name: von, de, van der
    and_sep: re.Pattern[str]  # what joins the last two names: "and", "und", "&"
    other_credit: re.Pattern[str]  # a name and its bracketed non-writing role: "und B (Illustration)"
    title_before: re.Pattern[str]  # a title before a name: "Chief Washington Correspondent "
    signoff: re.Pattern[str]  # one clause of a closing sign-off: "CNN's A reported from Beirut"
    signoff_names: re.Pattern[str]  # the names of each "A reported from P" / "and B from Q" in it
    credit_clause: re.Pattern[str]  # a wire credit's clause: "Additional reporting by …", "Editing by …"
    contribution: re.Pattern[str]  # "contributed to this report"
    articles: frozenset[str]  # no name starts with one: "The Hindu"
    bracket_joiner: re.Pattern[str]  # a co-writer in brackets: "(mit Max Roe)"
    signature_label: re.Pattern[
        str
    ]  # what may open a signature after the last sentence: "Von ", "Interview: "
    abbreviations: frozenset[str]  # "Dr" before a full stop that ends no sentence
    not_signature: frozenset[str]  # words of page furniture: "Read More", "Thank You"
    author_note: re.Pattern[str]  # "Jane Doe is a senior writer at KXN, …"
    article_credit: re.Pattern[str]  # "This article was written by Jane Doe."


# zero-width characters a page may hold inside a credit ("Reporting by\u200b Jane Doe"): no part of it
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


def plain(text: str) -> str:
    """``text`` in NFKC without zero-width characters."""
    return _ZERO_WIDTH.sub("", nfkc(text))


_WORD_EN = re.compile(r"[^\W\d_][\w'’.-]*")
_INITIAL = re.compile(r"[^\W\d_]\.?")


@cache
def _en() -> _EnGrammar:
    en = byline_data()["en"]
    agencies = alternation(en["agencies"])
    words = [w for w in en["org_words"] if not w.startswith(".")]
    domains = [w for w in en["org_words"] if w.startswith(".")]
    # a desk's or a paper's compound ends a word: "Expeditionsteam", "Sportredaktion"
    suffixes = rf"(?<=[^\W\d_])(?:{alternation(en['org_suffixes'])})\b"
    org_word = re.compile(rf"(?:\b(?:{alternation(words)})\b|(?:{alternation(domains)})\b|{suffixes})")
    stops = "|".join(rf"\b{re.escape(w)}\b" for w in en["stop_words"])
    stops += rf"|\b(?:{alternation(en['months'])})\.?\s*\d"
    # a clause label ends a run even glued to the last name by a scraper ("Jane DoeEditing by")
    clauses = rf"(?i:{alternation(en['credit_clauses'])})\s+by\b"
    # a dateline's place in capitals right after a name, then its date: "By Jane Doe LAGOS, June 5 (AFP) —"
    dateline = rf"(?<=[a-z])\s+(?:[A-Z][A-Z'’.-]+\s+){{0,3}}[A-Z][A-Z'’.-]+,?\s+(?:{alternation(en['months'])})\.?\s*\d"
    # an agency glued to the name by a scraper ("Jane DoeESPN"), one of four letters or more in any case ("Li Ming Cgtn")
    capitals = alternation(a for a in en["agencies"] if a.isupper() and len(a) > 1)
    glued = rf"(?<=[a-z])(?:{capitals})(?![a-z])"
    long_agencies = rf"\b(?i:{alternation(a for a in en['agencies'] if len(a) >= 4)})\b"
    return _EnGrammar(
        agencies=frozenset(a.casefold() for a in en["agencies"]),
        org_word=org_word,
        # roles may follow each other: "Von unserem Korrespondenten X"
        # (a German role may carry its feminine ending after a slash: "Autor/in", "AUTOR/INNEN")
        role_prefix=re.compile(
            rf"^\s*(?:(?:the\s+)?(?:{alternation(en['roles'])})(?:/(?:in|innen))?\s*[:：]?\s+)+", re.I
        ),
        # (a slash is cut by _slash_run: it joins names only after a name)
        cut=re.compile(
            rf"\s*(?:{dateline}|[(（|｜;•·]|\s[-–—]\s|\d|{stops}|\b(?:{agencies})\b|{glued}|{long_agencies}|{clauses}).*$",
            re.S,
        ),
        lines=tuple(re.compile(p) for p in en["byline_lines"]),
        labelled=tuple(re.compile(p) for p in en["labelled_lines"]),
        other_label=re.compile(
            rf"(?<![\w-])(?!(?:{alternation(en['credit_labels'])})\s*:)[^\W\d_][\w-]*\s*:(?!//)"
        ),
        header_lines=tuple(
            re.compile(p.replace("{agencies}", agencies).replace("{date}", en["header_date"]))
            for p in en["header_lines"]
        ),
        lead_byline=re.compile(
            en["lead_byline"]
            .replace("{agencies}", agencies)
            .replace("{advisories}", alternation(en["advisories"]))
        ),
        reporting_by=re.compile(en["reporting_by"]),
        particles=frozenset(en["particles"]),
        and_sep=re.compile(rf"\s*(?:&|\b(?:{alternation(en['and_words'])})\b)\s*"),
        other_credit=_other_credit(en),
        title_before=_title_before(en),
        **_signoff_patterns(en),
        articles=frozenset(en["articles"]),
        signature_label=re.compile(rf"^(?:{'|'.join(en['signature_labels'])})"),
        abbreviations=frozenset(en["abbreviations"]),
        not_signature=frozenset(en["not_signature_words"]),
        author_note=re.compile(en["author_note"]),
        article_credit=re.compile(en["article_credit"]),
        bracket_joiner=re.compile(
            rf"\s*\(\s*(?:{alternation(en['bracket_joiners'])})\s+(?P<names>[^()]{{2,80}})\)"
        ),
    )


def _title_before(en: dict[str, Any]) -> re.Pattern[str]:
    """A title before a name: "Chief Washington Correspondent ", "Senior Writer ", also glued to an outlet's name
    ("Republik-Korrektor "), and in lower case with its qualifiers, as the ABC prints it ("political reporter ",
    "Geelong reporter "): up to three words, then a title word, then a capitalised name."""
    titles = [*en["title_words"], *(w.lower() for w in en["title_words"])]
    return re.compile(
        rf"^(?:[^\W\d_][\w'’.-]*\s+){{0,3}}(?:[\w'’.-]*-)?(?:{alternation(titles)})s?\s+(?=[A-Z])"
    )


def _other_credit(en: dict[str, Any]) -> re.Pattern[str]:
    """One item of a list (with the joiner before it) whose bracket holds only non-writing roles: ", B
    (Übersetzung)", " und C (Bildredaktion und Übersetzung)"."""
    joiner = rf"(?:,|&|\b(?:{alternation(en['and_words'])})\b)"
    roles = rf"(?i:{alternation(en['other_roles'])})"
    item = rf"(?:(?!\b(?:{alternation(en['and_words'])})\b)[^,&()])+?"
    return re.compile(rf"(?:\s*{joiner})?\s*{item}\s*\(\s*{roles}(?:\s*{joiner}\s*{roles})*\s*\)")


_CAP = r"[A-Z][\w'’.-]*"
_PLACE = rf"{_CAP}(?:,?\s+{_CAP})*"  # "Fort Lauderdale, Florida", "Washington, D.C."
_OUTLET = rf"(?:{_CAP}(?:\s+{_CAP})?['’]s\s+)?"  # "CNN's ", "The Times's "


def _signoff_patterns(en: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The sign-off grammar: each clause is "[Outlet's] NAMES reported|wrote from PLACE", continued by
    "[,] and|while [Outlet's] NAMES [reported|wrote] from PLACE"."""
    name = rf"{_CAP}(?:\s+(?:{_CAP}|{alternation(en['particles'])})){{0,4}}"
    names = rf"{name}(?:(?:,\s*|\s+and\s+){name})*"
    verb = rf"(?:{alternation(en['signoff_verbs'])})"
    first = rf"{_OUTLET}{names}\s+{verb}\s+from\s+{_PLACE}"
    more = rf",?\s+(?:and|while)\s+{_OUTLET}{names}\s+(?:{verb}\s+)?from\s+{_PLACE}"
    return {
        "signoff": re.compile(rf"{first}(?:{more})*"),
        "signoff_names": re.compile(
            rf"(?:^|,?\s+(?:and|while)\s+){_OUTLET}(?P<names>{names})\s+(?:{verb}\s+)?from\s+(?=[A-Z])"
        ),
        "credit_clause": re.compile(rf"(?i:(?:{alternation(en['credit_clauses'])}|reporting)\s+by)\b"),
        "contribution": re.compile(rf"\b(?:{alternation(en['contribution_words'])})\b"),
    }


def is_organisation_en(word: str) -> bool:
    """An agency (Reuters, AFP) or a word holding an organisation or desk word (Staff, Newsroom, Daily)."""
    g = _en()
    return word.casefold().removeprefix("the ") in g.agencies or bool(
        g.org_word.search(word) or g.org_word.search(word.title())
    )


def is_person_en(name: str) -> bool:
    """Two to five capitalised words (particles such as von, de, bin between them), none an organisation
    or desk word: "Mike Collett-White", "Leah C. Stokes", "ALLY MUTNICK", "Christoph von Ritter"."""
    g = _en()
    words = name.split()
    if not 2 <= len(words) <= 5 or name.casefold().removeprefix("the ") in g.agencies:
        return False
    if words[0] in g.articles:
        return False  # an outlet: "The Hindu", "Der Spiegel"
    if all(_INITIAL.fullmatch(w) for w in words):
        return False  # initials alone sign for a desk or hide a name: "A. D.", "F. Q."
    if g.org_word.search(name) or g.org_word.search(name.title()):  # "THE ASSOCIATED PRESS" too
        return False
    if name.isupper() and g.org_word.search(name.title()):
        return False  # "STAFF WRITER", "AP SCIENCE WRITER"
    for i, w in enumerate(words):
        if not _WORD_EN.fullmatch(w):
            return False
        if not w[0].isupper() and not (0 < i < len(words) - 1 and w.lower() in g.particles):
            return False
    return True


@cache
def _name_before_title() -> re.Pattern[str]:
    titles = alternation(sorted({w.lower() for w in byline_data()["en"]["title_words"]}))
    return re.compile(
        rf"(?P<name>(?:[A-Z][\w'’.-]*\s+){{1,3}}?[A-Z][\w'’.-]*)\s+"
        rf"(?P<title>(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?:{titles})s?)"
    )


def name_before_title(value: str) -> list[str]:
    """The name of a news API's author field that prints a name and its title without a comma ("Jane Doe Whitehall
    editor", "Jane Doe Senior political correspondent"): the title's words in lower case, its first one maybe
    capitalised, ending in a title word. Where a name of three words meets a title of one word the two cannot be
    told apart: the shorter name is read. A desk's title ("Daily Bugle staff writer") names nobody."""
    m = _name_before_title().fullmatch(" ".join(value.split()))
    if not m:
        return []
    qualifiers = m.group("title").rsplit(" ", 1)[0] if " " in m.group("title") else ""
    if qualifiers and is_organisation_en(qualifiers.title()):
        return []
    return [m.group("name")] if is_person_en(m.group("name")) else []


# a place or the writer's outlet between two names of a list: "A in Beijing and B", "A for the Daily Bugle and B"
_PLACE_BETWEEN_NAMES = re.compile(
    r"\s+(?:in|at|for(?:\s+[Tt]he)?)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}(?=\s*(?:,|&|\band\b)\s*[A-Z])"
)


def split_names_en(text: str) -> list[str]:
    """Names in "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "Jessica Wohl in Chicago",
    "Xinhua writers A and B", "Jane Doe, Associated Press Writer": the run ends at a place, a date, a
    bracket, a bar or an agency; organisations and desks are not names."""
    g = _en()
    text = " ".join(plain(text).split())
    text = g.role_prefix.sub("", text)
    text = g.bracket_joiner.sub(r", \g<names>", text)  # "A (mit B)": B wrote with A
    text = g.other_credit.sub("", text)  # "A und B (Illustration)": B drew, A wrote
    text = _PLACE_BETWEEN_NAMES.sub(
        "", text
    )  # "A in Beijing and B in Chengdu", "A for the Daily Bugle and B": the run goes on after a place or an outlet
    text = g.cut.sub("", _slash_run(_slashed_surnames(text)))
    out: list[str] = []
    for item in _list_items(text):
        tok = re.sub(r"\s+Jr$", " Jr.", item.strip(" .,:"))
        if re.search(r"\s[A-Z]$", tok) and item.rstrip(" ,:").endswith("."):
            tok += (
                "."  # an initial keeps its full stop where it has one: "Tilo H." ("Sangameswaran S" has none)
            )
        tok = _once(g.title_before.sub("", tok))
        if is_person_en(tok.replace(_SURNAME_SLASH, "-")) and tok not in out:
            out.append(tok.replace(_SURNAME_SLASH, "/"))
    return out


# a slash inside a double surname ("Nouria BATIEBO/YAO": a married name): glued on both sides, one word after it that
# ends the name (a comma, a bracket, "and" or the end follow); kept apart from the slash between co-writers
_SURNAME_SLASH = "\u2044"  # stands for that slash while the names are split (NFKC text holds no other)
_SLASHED_SURNAME = re.compile(
    r"(?<=[^\W\d_]{2})/(?P<word>[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?)(?=\s*(?:[,;|(]|$)|\s+(?:and|und|et)\s)"
)


def _slashed_surnames(text: str) -> str:
    """``text`` with the slash of a double surname marked (Jane DOE/ROE), when the name before it has two words or
    more and the word after it is no agency or desk ("Jane Doe/AFP", "Jane Doe/Staff" keep their slash)."""

    def mark(m: re.Match[str]) -> str:
        before = re.split(r"[,/&(|]|\b(?:and|und|et|by|von|par)\b", m.string[: m.start()])[-1].split()
        if len(before) < 2 or is_organisation_en(m.group("word")):
            return m.group()
        return _SURNAME_SLASH + m.group("word")

    return _SLASHED_SURNAME.sub(mark, text)


def _slash_run(text: str) -> str:
    """``text`` up to the first slash that follows no name: a slash joins co-writers ("Jane Doe / Max Roe"), but
    after an agency or a desk it credits a photographer ("PAP/ Jane Doe", "AFP PHOTO / Jane Doe")."""
    parts = text.split("/")
    kept = parts[:1]
    for part in parts[1:]:
        last_item = re.split(r",|&|\b(?:and|und)\b", kept[-1])[-1].strip(" .,")
        if not is_person_en(_en().title_before.sub("", last_item)):
            break
        kept.append(part)
    return "/".join(kept)


def _once(name: str) -> str:
    """A name a page printed twice in a row ("Jane Doe Jane Doe": a byline and its author box joined) once."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if len(words) % 2 == 0 and half and words[:half] == words[half:] else name


def _list_items(text: str) -> list[str]:
    """The items of a list of names: "A, B and C", "A, B", "A / B / C". After a comma without a closing "and" a
    role or a desk may follow ("Jane Doe, Projektleiterin der HSS"): such an item must be capitalised throughout."""
    parts = _en().and_sep.split(text)
    items = [t for part in parts[:-1] for t in re.split(r"[,/]", part)]
    last = re.split(r"[,/]", parts[-1])
    # without "and", a comma item is a name only when all its words are capitalised (Li Ming, Wang Fang)
    return items + last[:1] + [t for t in last[1:] if all(w[:1].isupper() for w in t.split())]


MAX_LINE = 160  # characters: a longer line is prose, not a byline


def english_byline(line: str, header: bool = False) -> list[str] | None:
    """Reporters of a whole English byline line ("By X (AFP)", "By X and Y, Reuters", "By X | China Daily",
    "Reporter: X"; in a ``header`` line above the body also "X / AFP"), or None when the line is no byline."""
    text = " ".join(plain(line).split())
    if len(text) > MAX_LINE:
        return None
    g = _en()
    found = (
        _first_names(text, g.lines)
        or _first_names(text, g.labelled, fact_box_check=True)
        or (_first_names(text, g.header_lines) if header else [])
    )
    return found or None


def labelled_byline(line: str) -> list[str]:
    """Reporters of a labelled credit line ("Autorin: X, Projektleiterin der …", "Text: X, Fotos: Y", "Autoren X
    und Y"), the form that stands anywhere in a story; [] for any other line, and for a fact box whose names
    are followed by other labels ("Autor: X | Verlag: Y")."""
    text = " ".join(plain(line).split())
    return [] if len(text) > MAX_LINE else _first_names(text, _en().labelled, fact_box_check=True)


def _first_names(text: str, patterns: tuple[re.Pattern[str], ...], fact_box_check: bool = False) -> list[str]:
    """The names of the first of ``patterns`` that matches ``text`` and names someone; with ``fact_box_check``,
    a match whose names are followed by another label ("Autor: X | Verlag: Y") counts for nothing."""
    g = _en()
    for rx in patterns:
        m = rx.match(text)
        if m and not (fact_box_check and g.other_label.search(m.group("names"))):
            names = split_names_en(m.group("names"))
            if names:
                return names
    return []


def lead_byline_en(paragraph: str) -> list[str]:
    """Reporters of a byline opening a lead paragraph: "By Jane Holloway (AFP) – PARIS — The harbour …", and
    with the dateline's place in capitals between the names and the agency: "By Jane Holloway PARIS (AFP) —",
    "By Jane Holloway and Tom Reed WEST PALM BEACH, Fla. (AP) —". (A byline all in capitals does not show
    where its last name ends: ``lead_byline_place``.)"""
    m = _en().lead_byline.match(plain(paragraph))
    if not m:
        return []
    names = split_names_en(m.group("names"))
    return [*names[:-1], _without_place_in_capitals(names[-1])] if names else []


_STATE_ABBREVIATION = re.compile(r",\s+[A-Z][a-z]{1,4}\.$")  # "WEST PALM BEACH, Fla."
_DOTTED_INITIAL = re.compile(r"[A-Z]\.")  # "J." of "JANE Q. DOE"


def lead_byline_place(name: str) -> tuple[str, list[str]]:
    """A lead byline's last name and the words in capitals after it that may be the dateline's place: "Jane
    Holloway PARIS" -> ("Jane Holloway PARIS", ["PARIS"]); "TOM REED WEST PALM BEACH, Fla." -> ("TOM REED
    WEST PALM BEACH", ["WEST", "PALM", "BEACH"]), a wire byline's name in capitals being a first name, maybe an
    initial, and a last name; no place: (name, [])."""
    name = _STATE_ABBREVIATION.sub("", name)
    words = name.split()
    if len(words) < 3 or not words[-1].isupper():
        return name, []
    if words[0].isupper():
        keep = 3 if _DOTTED_INITIAL.fullmatch(words[1]) else 2
    else:
        keep = next(
            (i for i, w in enumerate(words) if w.isupper() and not _DOTTED_INITIAL.fullmatch(w)), len(words)
        )
        if not all(w.isupper() for w in words[keep:]):
            return name, []
    return name, words[keep:] if keep >= 2 else []


def _without_place_in_capitals(name: str) -> str:
    """ "Jane Holloway PARIS" -> "Jane Holloway" (:func:`lead_byline_place`; the case changes)."""
    name, place = lead_byline_place(name)
    if not place or name.split()[0].isupper():
        return name
    return " ".join(name.split()[: -len(place)])


def reporting_by(text: str) -> list[str]:
    """The reporters of a wire credit "(Reporting by X and Y in CITY; additional reporting by Z; Editing by
    W)": X and Y only."""
    m = _en().reporting_by.search(plain(text))
    return split_names_en(m.group("names")) if m else []


_CLAUSE_END = re.compile(r"(?<![A-Z])[.;]\s+|[.;]?\s*$")  # not after an initial: "Michael S. Schmidt"


def signoff_reporters(paragraph: str) -> list[str]:
    """Reporters of a closing sign-off paragraph, every clause of which is a credit: "CNN's A reported from
    Beirut. CNN's B wrote from Atlanta. CNN's C contributed to this report.", "A reported from Marseille and B
    from Dusseldorf, while C wrote from London.", "A reported from Frankfurt; Additional reporting by …; Editing
    by …". Contributors are not reporters, and a surname alone ("Doe reported from Kyiv") refers to the byline."""
    g = _en()
    text = " ".join(plain(paragraph).split())
    if not text or len(text) > 4 * MAX_LINE:
        return []
    found: list[str] = []
    for clause in (c for c in _CLAUSE_END.split(text) if c):
        if g.contribution.search(clause) or g.credit_clause.match(clause):
            continue
        if not g.signoff.fullmatch(clause):
            return []  # prose, not a sign-off
        for m in g.signoff_names.finditer(clause):
            found += [n for n in split_names_en(m.group("names")) if n not in found]
    return found


def author_note_reporters(paragraph: str) -> list[str]:
    """The writer an author note closing a story names in its first sentence: "Jane Doe is a senior writer at KXN,
    where she covers …" (a surname alone names nobody); or the page's own sentence crediting its writer: "This
    article was written by Jane Doe and first published in …"."""
    text = " ".join(plain(paragraph).split())
    if len(text) > 4 * MAX_LINE:
        return []
    m = _en().author_note.match(text) or _en().article_credit.match(text)
    return split_names_en(m.group("names")) if m else []


def closing_credit_sentences(paragraph: str) -> list[str]:
    """Reporters of a sign-off or an author note that ends a story's last paragraph after its last sentences, the
    paragraph break before them lost ("… officials said. Jane Doe reported from Lagos.", "… on Monday. Jane Doe is a
    reporter at KXN."): the sentences after one of the paragraph's sentence ends, read whole by the sign-off and
    author-note readers; the story's first sentence is never one of them."""
    text = " ".join(plain(paragraph).split())
    if len(text) > 8 * MAX_LINE:
        return []
    g = _en()
    for m in reversed(list(_SENTENCE_END.finditer(text))):
        tail = text[m.end() :]
        if len(tail) > 2 * MAX_LINE:
            return []
        before = text[: m.start()].rsplit(maxsplit=1)
        if not before or len(before[-1]) < 2 or before[-1] in g.abbreviations:
            continue  # "Dr. Jane Doe", "O. Roe": no sentence ends there
        found = signoff_reporters(tail) or author_note_reporters(tail)
        if found:
            return found
    return []


SIGNATURE_CHARS = 80  # a signature after the last sentence is short
# a sentence end: a full stop (or ! ?) and the quotation marks closing it, before a space
_SENTENCE_END = re.compile(r"[.!?…][\"“”„»«’']*\s+")
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?\s+")
_SIGNATURE_PARTS = re.compile(r"\s*(?:/|,|&|\b(?:und|and|et|y)\b)\s*")
_DESK_INITIALS = re.compile(
    r"[a-zäöüßéè]{2,6}|[A-Z]{2,6}"
)  # "lyn", "abö", "RND": an editor's or a desk's mark
_GLUED_INITIAL = re.compile(r"[A-Z]\.[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?")  # "M.Orbeck"


def closing_signature(paragraph: str) -> list[str]:
    """Reporters of a signature after the last sentence of a story's last paragraph: "… geöffnet. Jane Doe", "…
    geöffnet.“ Jane Doe/ Max Roe (mit dpa)", "… geöffnet. lyn/Jane Doe", "… geöffnet. Interview: Jane Doe",
    "… Infos: www.example.de Jane Doe". The signature is what follows one of the last sentence ends, whole: names
    joined by slashes, desks' and editors' initials ("lyn", "RND"), an agency; else it names nobody."""
    text = " ".join(plain(paragraph).split())
    g = _en()
    for m in reversed(list(_SENTENCE_END.finditer(text))):
        tail = text[m.end() :]
        if len(tail) > SIGNATURE_CHARS:
            return []
        before = text[: m.start()].rsplit(maxsplit=1)
        word = before[-1].strip("\"“”„»«’'") if before else ""
        if word.isdigit():
            # "… Bönke 1. Jane Doe/Max Roe": a score or an ordinal ("am 1. Mai") before the stop; only a signature
            # of full names joined by slashes follows it
            found = _slashed_signature(tail)
        elif len(word) < 2 or word in g.abbreviations:
            continue  # "Dr. Jane Doe", "O. Roe": no sentence ends there
        else:
            found = _signature_names(_WEB_ADDRESS.sub("", tail))
        if found:
            return found
    return _slashed_signature(text)


def _slashed_signature(text: str) -> list[str]:
    """A last paragraph that is nothing but a signature of names joined by slashes ("Jane Doe/Max Roe"): two names
    or more, each a full name; one name alone may be anything (a caption's subject, a quote's speaker)."""
    if len(text) > SIGNATURE_CHARS or "/" not in text or _SENTENCE_END.search(text + " "):
        return []
    names = _signature_names(text)
    return names if len(names) >= 2 and all(len(n.split()) >= 2 for n in names) else []


def _signature_names(tail: str) -> list[str]:
    """The names of a signature ``tail`` that is nothing else; [] when any part is no name, initials or agency."""
    g = _en()
    if not tail or tail[-1] in ".!?:;,":
        return []  # a sentence, not a signature
    label = g.signature_label.match(tail)
    rest = g.bracket_joiner.sub(r", \g<names>", tail[label.end() :] if label else tail)
    names: list[str] = []
    for part in _SIGNATURE_PARTS.split(rest.strip()):
        name = _once(part.strip())
        if name.casefold() in g.agencies or _DESK_INITIALS.fullmatch(name):
            continue
        person = _GLUED_INITIAL.fullmatch(name) or (
            is_person_en(name) and (label or not (set(name.split()) & g.not_signature or name.isupper()))
        )
        if not person:
            return []
        names.append(name)
    return names
