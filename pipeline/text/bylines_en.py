"""English (and other Latin-script) bylines: the line forms of pipeline/data/bylines.toml ``[en]`` ("By X (AFP)",
"By X and Y, Reuters", "Jane Doe / AFP", "Reporter: X", "(Reporting by X; Editing by Y)"), the names split and
checked against agencies, organisation words and roles. The Chinese credit grammar is pipeline.text.bylines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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


_WORD_EN = re.compile(r"[^\W\d_][\w'’.-]*")


@cache
def _en() -> _EnGrammar:
    en = byline_data()["en"]
    agencies = alternation(en["agencies"])
    words = [w for w in en["org_words"] if not w.startswith(".")]
    domains = [w for w in en["org_words"] if w.startswith(".")]
    org_word = re.compile(rf"(?:\b(?:{alternation(words)})\b|(?:{alternation(domains)})\b)")
    stops = "|".join(rf"\b{re.escape(w)}\b" for w in en["stop_words"])
    stops += rf"|\b(?:{alternation(en['months'])})\.?\s*\d"
    return _EnGrammar(
        agencies=frozenset(a.casefold() for a in en["agencies"]),
        org_word=org_word,
        role_prefix=re.compile(rf"^\s*(?:the\s+)?(?:{alternation(en['roles'])})\s*[:：]?\s+", re.I),
        cut=re.compile(rf"\s*(?:[(（|｜;•·/]|\s[-–—]\s|\d|{stops}|\b(?:{agencies})\b).*$", re.S),
        lines=tuple(re.compile(p) for p in en["byline_lines"]),
        labelled=tuple(re.compile(p) for p in en["labelled_lines"]),
        other_label=re.compile(
            rf"(?<![\w-])(?!(?:{alternation(en['credit_labels'])})\s*:)[^\W\d_][\w-]*\s*:(?!//)"
        ),
        header_lines=tuple(
            re.compile(p.replace("{agencies}", agencies).replace("{date}", en["header_date"]))
            for p in en["header_lines"]
        ),
        lead_byline=re.compile(en["lead_byline"].replace("{agencies}", agencies)),
        reporting_by=re.compile(en["reporting_by"]),
        particles=frozenset(en["particles"]),
        and_sep=re.compile(rf"\s*(?:&|\b(?:{alternation(en['and_words'])})\b)\s*"),
    )


def is_person_en(name: str) -> bool:
    """Two to five capitalised words (particles such as von, de, bin between them), none an organisation
    or desk word: "Mike Collett-White", "Leah C. Stokes", "ALLY MUTNICK", "Christoph von Ritter"."""
    g = _en()
    words = name.split()
    if not 2 <= len(words) <= 5 or name.casefold().removeprefix("the ") in g.agencies:
        return False
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


_PLACE_BETWEEN_NAMES = re.compile(
    r"\s+(?:in|at)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}(?=\s*(?:,|&|\band\b)\s*[A-Z])"
)


def split_names_en(text: str) -> list[str]:
    """Names in "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "Jessica Wohl in Chicago",
    "Xinhua writers A and B", "Jane Doe, Associated Press Writer": the run ends at a place, a date, a
    bracket, a bar or an agency; organisations and desks are not names."""
    g = _en()
    text = " ".join(nfkc(text).split())
    text = g.role_prefix.sub("", text)
    text = _PLACE_BETWEEN_NAMES.sub(
        "", text
    )  # "A in Beijing and B in Chengdu": the run goes on after a place
    text = g.cut.sub("", text)
    out: list[str] = []
    for tok in _list_items(text):
        tok = re.sub(r"\s+Jr$", " Jr.", tok.strip(" .,:"))
        if is_person_en(tok) and tok not in out:
            out.append(tok)
    return out


def _list_items(text: str) -> list[str]:
    """The items of a list of names: "A, B and C", "A, B". After a comma without a closing "and" a role or a desk
    may follow ("Jane Doe, Projektleiterin der HSS"): such an item must be capitalised throughout."""
    parts = _en().and_sep.split(text)
    items = [t for part in parts[:-1] for t in part.split(",")]
    last = parts[-1].split(",")
    # without "and", a comma item is a name only when all its words are capitalised (Li Ming, Wang Fang)
    return items + last[:1] + [t for t in last[1:] if all(w[:1].isupper() for w in t.split())]


MAX_LINE = 160  # characters: a longer line is prose, not a byline


def english_byline(line: str, header: bool = False) -> list[str] | None:
    """Reporters of a whole English byline line ("By X (AFP)", "By X and Y, Reuters", "By X | China Daily",
    "Reporter: X"; in a ``header`` line above the body also "X / AFP"), or None when the line is no byline."""
    text = " ".join(nfkc(line).split())
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
    text = " ".join(nfkc(line).split())
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
    """Reporters of a byline opening a lead paragraph: "By Jane Holloway (AFP) – PARIS — The harbour …"."""
    m = _en().lead_byline.match(nfkc(paragraph))
    return split_names_en(m.group("names")) if m else []


def reporting_by(text: str) -> list[str]:
    """The reporters of a wire credit "(Reporting by X and Y in CITY; additional reporting by Z; Editing by
    W)": X and Y only."""
    m = _en().reporting_by.search(nfkc(text))
    return split_names_en(m.group("names")) if m else []
