"""Famous persons of modern news (pipeline/data/famous_people.tsv, generated from CC-CEDICT by
tools/build_famous_people.py): knowledge of who is famous, which the recognisers lack. The English CRF learnt
1996 Reuters news and calls "Elon Musk" an organisation; LAC and the Chinese CRF miss 普京 or 古特雷斯 alone.

- Chinese: a table form standing as LAC's words (not inside a longer word: 梅西百货 is a shop) is a person
  (:func:`famous_zh_spans`), and its English name is the table's (:func:`famous_english`: 普京 → Vladimir
  Putin, where pinyin would give "Pu Jing").
- English: a table name — full ("Elon Musk", accents optional: "Antonio Guterres"), or the surname alone when the
  table marks it usable ("Putin") or tied to the person where the article shows one ("the Trump administration":
  :func:`tied_surname`) — the CRF tags other than a person (:func:`famous_en_names`), unless it lies
  inside a longer organisation or place the CRF found ("the Putin Foundation") or the surname alone is tagged
  an organisation ("Bloomberg reported"). An English person with a table name gets the table's Chinese form
  (:func:`famous_chinese`), so 普京 and "Vladimir Putin" share a person key across languages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.config import DATA_FILES
from pipeline.stages.people.mentions import Mention
from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.vocabulary import role_zh_at, vocabulary
from pipeline.stages.people.zh_run_on import GLUED_WORD_ZIPF, opens_common_word
from pipeline.text.names import is_transliterated_zh

Span = tuple[int, int]
Found = tuple[int, int, str, bool]


@dataclass(frozen=True)
class FamousTable:
    english_of_zh: dict[str, str]  # simplified or traditional form -> English name
    chinese_of_en: dict[str, str]  # folded English name -> the mainland's simplified form
    full_names: dict[str, str]  # a folded full name as news prints it -> the table's English name
    surnames: dict[str, str]  # a usable folded surname -> the table's English name
    tied: dict[str, str]  # a folded tied surname (``tied_surname``) -> the table's English name
    zh_by_first: dict[str, tuple[str, ...]]  # first character -> the Chinese forms it opens, longest first
    en_first_words: frozenset[
        str
    ]  # the first letters-and-digits run of every English form (a cheap test first)
    en_pattern: re.Pattern[str] | None
    # the folded surnames of the hand-written table (``FAMOUS_FILES[1]``): chosen as no firm's or word's, so they
    # name the person even where the CRF, which learnt 1996 news, reads an organisation ("met Bessent")
    later_news_surnames: frozenset[str]


def _fold_char(c: str) -> str:
    if c.isascii():
        return c
    base = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """Accents off, one character for one ("António Guterres" -> "Antonio Guterres"; news prints both): the
    offsets in the folded text are the text's."""
    return "".join(_fold_char(c) for c in text)


def _printed_forms(name: str) -> list[str]:
    """The forms news prints a full name in: as given, first + last word when the table gives middle names
    ("Dmitry Anatolyevich Medvedev" -> "Dmitry Medvedev"), and a hyphenated Korean or Chinese given name with its
    second syllable capitalised too ("Park Geun-hye" -> "Park Geun-Hye"; news prints both)."""
    words = name.split()
    forms = [name] + ([f"{words[0]} {words[-1]}"] if len(words) > 2 else [])
    capitalised = [re.sub(r"(?<=\w-)([a-z])", lambda m: m.group(1).upper(), f) for f in forms]
    return forms + [f for f in capitalised if f not in forms]


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


# CC-CEDICT's persons (generated), then those of later news it lacks (hand-written); the first file's rows win
FAMOUS_FILES = ("famous_people.tsv", "famous_people_recent.tsv")


def _table_rows(path: Path) -> list[list[str]]:
    """The rows of one famous-persons table, its header line left out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")][1:]


@lru_cache(maxsize=1)
def famous_table() -> FamousTable:
    english_of_zh: dict[str, str] = {}
    chinese_of_en: dict[str, str] = {}
    full_names: dict[str, str] = {}
    surnames: dict[str, str] = {}
    tied: dict[str, str] = {}
    generated, written = (_table_rows(DATA_FILES / file) for file in FAMOUS_FILES)
    rows = generated + written
    for simplified, traditional, name_en, _born, _died, surname, region, tied_surname in rows:
        english_of_zh.setdefault(simplified, name_en)
        english_of_zh.setdefault(traditional, name_en)
        if not region or fold(name_en) not in chinese_of_en:
            chinese_of_en[fold(name_en)] = simplified  # the mainland's form wins (普京, not 普丁)
        for form in _printed_forms(fold(name_en)):
            full_names.setdefault(form, name_en)
        if surname:
            surnames[fold(surname)] = name_en
        if tied_surname:
            tied[fold(tied_surname)] = name_en
    by_first: dict[str, list[str]] = {}
    for form in sorted(english_of_zh, key=lambda f: (-len(f), f)):
        by_first.setdefault(form[0], []).append(form)
    en_forms = list(full_names) + list(surnames) + list(tied)
    en = _alternation(en_forms)
    return FamousTable(
        english_of_zh,
        chinese_of_en,
        full_names,
        surnames,
        tied,
        {c: tuple(forms) for c, forms in by_first.items()},
        frozenset(m.group() for f in en_forms if (m := re.match(r"\w+", f))),
        re.compile(rf"(?<![\w'’-])(?:{en})(?![\w-])") if en else None,
        frozenset(fold(row[5]) for row in written if row[5]),
    )


def famous_english(name_zh: str) -> str | None:
    """The table's English name of a Chinese form (普京 -> "Vladimir Putin"), or None."""
    return famous_table().english_of_zh.get(name_zh)


def famous_chinese(name_en: str) -> str | None:
    """The table's Chinese form of an English full name ("Vladimir Putin" -> 普京), or None."""
    table = famous_table()
    name = table.full_names.get(fold(name_en))
    return table.chinese_of_en.get(fold(name)) if name else None


# ------------------------------------------------------------------------------------------------ Chinese


# LAC's tags of the words a name may be cut into (a transliteration LAC splits: 古特 | 雷斯); a pronoun, verb
# or particle among them says the characters are words of a sentence (他 | 信 "he believes", not 他信 Thaksin)
_NAME_PIECE_TAGS = frozenset({"PER", "LOC", "ORG", "n", "nz", "nw", "nr", "ns", "nt"})


def _as_words(toks: list[Token], start: int, end: int) -> bool:
    """Does ``start:end`` begin and end on LAC word boundaries (梅西 in 梅西百货 does not), as one word or as
    pieces of a name (not 他 | 信)?"""
    inside = [t for t in toks if start <= t.start and t.end <= end]
    if not inside or inside[0].start != start or inside[-1].end != end:
        return False
    return len(inside) == 1 or all(t.tag in _NAME_PIECE_TAGS for t in inside)


# a table form this long is no common word, whatever LAC tags its pieces (首相 | 高/a | 市/n | 早苗/d)
_LONG_FORM = 4


def _long_form_on_word_bounds(toks: list[Token], start: int, end: int) -> bool:
    """A table form of four characters or more that begins and ends on LAC word boundaries, its pieces of any
    tag: LAC cuts a name it does not know into words (高 | 市 | 早苗) that no 1990s text gave it."""
    inside = [t for t in toks if start <= t.start and t.end <= end]
    return end - start >= _LONG_FORM and bool(inside) and inside[0].start == start and inside[-1].end == end


def _before_a_title(tok: Token, end: int, text: str) -> bool:
    """A form that opens a longer LAC word and is followed by a title inside it: LAC writes
    习近平总书记系列重要讲话精神 as one word; 梅西百货 (a shop) has no title after 梅西."""
    return end < tok.end and role_zh_at(text, end)


def _glued_to_a_function_word(toks: list[Token], start: int, end: int, text: str) -> bool:
    """A transliterated form of three characters or more whose last character LAC glued to the one-character
    function word or speech verb after it (高市早 | 苗称: 称 "said"; LAC's tags of the pieces before mean nothing
    for a name it does not know)."""
    last = next((t for t in toks if t.start < end <= t.end), None)
    if last is None or last.end != end + 1 or not _foreign(text[start:end]):
        return False
    return text[end] in vocabulary().function_chars_zh


def famous_zh_spans(text: str, toks: list[Token], mentions: list[Mention]) -> list[Span]:
    """Table forms in a Chinese unit that no mention overlaps, standing as LAC words (looked up at each LAC
    word's start: a form must start there anyway, and a regex of 775 alternatives per unit cost more)."""
    by_first = famous_table().zh_by_first
    out: list[Span] = []
    for tok in toks:
        if out and tok.start < out[-1][1]:
            continue
        for form in by_first.get(tok.word[:1], ()):
            end = tok.start + len(form)
            if text.startswith(form, tok.start) and (
                _as_words(toks, tok.start, end)
                or _long_form_on_word_bounds(toks, tok.start, end)
                or _before_a_title(tok, end, text)
                or _glued_to_a_function_word(toks, tok.start, end, text)
            ):
                if not any(x.start < end and tok.start < x.end for x in mentions):
                    out.append((tok.start, end))
                break
        else:
            out.extend(_after_a_title(tok, text, mentions))
    return out


def _after_a_title(tok: Token, text: str, mentions: list[Mention]) -> list[Span]:
    """A form that closes a LAC word after a title inside it: LAC writes 总统普亭 as one noun (a form the
    famous table has only in its Taiwan spelling, which LAC did not learn)."""
    for k in range(2, min(5, len(tok.word) - 1)):
        start = tok.start + k
        if not role_zh_at(text, tok.start) or text[tok.start : start] not in _titles():
            continue
        form = text[start : tok.end]
        if form in famous_table().zh_by_first.get(form[:1], ()) and not any(
            x.start < tok.end and start < x.end for x in mentions
        ):
            return [(start, tok.end)]
    return []


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(vocabulary().roles_zh)


# LAC's tags of words that no name's last characters are (a verb, pronoun, particle, preposition, conjunction,
# adverb): 安倍晋 | 三/m completes a name, 王刚 | 说/v does not
_NOT_NAME_ENDS = frozenset({"v", "vd", "vn", "r", "u", "p", "c", "d", "w", "xc"})


def _ends_as_a_name(toks: list[Token], start: int, end: int) -> bool:
    """The LAC words from ``start`` (inside a word or at its start) to ``end`` end at ``end`` and hold no
    verb, pronoun or particle."""
    inside = [t for t in toks if t.end > start and t.start < end]
    return bool(inside) and inside[-1].end == end and all(t.tag not in _NOT_NAME_ENDS for t in inside)


# prepositions and conjunctions LAC or the CRF glue to the name after them (同特朗普 "with Trump")
_GLUED_PREPOSITIONS = "同跟与和"


def _foreign(form: str) -> bool:
    """A table form of three or more characters that reads as a transliteration (特朗普): no Chinese word opens
    so, whatever LAC makes of the characters after the span (特朗 | 普通电话)."""
    return len(form) >= 3 and is_transliterated_zh(form)


def extend_to_famous(text: str, toks: list[Token], spans: list[Span]) -> list[Span]:
    """A span that a longer table form opens, printed there as LAC words (or a transliteration of three characters
    or more), is that form: the CRF cut 安倍晋 | 三计划, LAC 特朗 | 普通电话 (the sixteenth and seventeenth Chinese
    sets: famous names the 1998 training text never printed); a span that a preposition glued to such a form
    opens is the form (同 | 特朗普第二次通话); a span that ends a transliterated form one or two characters earlier
    is the form (总统拉 | 马福萨: LAC read 拉 as a verb); and a span that is a table form and one more character,
    which opens a common word with the text after it, is the form (卢拉 | 通电话)."""
    by_first = famous_table().zh_by_first
    out: list[Span] = []
    for s, e in spans:
        if (
            e - s >= 4
            and text[s] in _GLUED_PREPOSITIONS
            and any(text.startswith(f, s + 1) and s + 1 + len(f) == e for f in by_first.get(text[s + 1], ()))
        ):
            s += 1  # 同特朗普: "with Trump"
        s = _form_opened_before(text, s, e, by_first)
        for form in by_first.get(text[s : s + 1], ()):
            end = s + len(form)
            if end > e and text.startswith(form, s) and (_ends_as_a_name(toks, e, end) or _foreign(form)):
                e = end
                break
            if end == e - 1 and text.startswith(form, s) and _glued_after(text, e - 1):
                e = end  # 卢拉通电话: Lula and a phone call; 会见王毅时: "when meeting Wang Yi"
                break
        out.append((s, e))
    return out


# one character after a name that says "when": 会见王毅时表示 (no function word of people.toml, where it would cut
# four-character names too)
_WHEN_CHARS = "时"


def _glued_after(text: str, pos: int) -> bool:
    """The character at ``pos``, right after a table form, is no part of the name: a function word, "when", or
    the first character of a common word (通 of 通电话)."""
    char = text[pos : pos + 1]
    return (
        char in vocabulary().function_chars_zh
        or char in _WHEN_CHARS
        or opens_common_word(text, pos, GLUED_WORD_ZIPF)
    )


def _form_opened_before(text: str, s: int, e: int, by_first: dict[str, tuple[str, ...]]) -> int:
    """The start of a transliterated table form that opens one or two characters before ``s`` and ends where the
    span ends (拉马福萨 for 马福萨), else ``s``."""
    for p in (s - 1, s - 2):
        for form in by_first.get(text[p : p + 1], ()) if p >= 0 else ():
            if p + len(form) == e and text.startswith(form, p) and _foreign(form):
                return p
    return s


# ------------------------------------------------------------------------------------------------ English


def _inside_longer(s: int, e: int, spans: list[Span]) -> bool:
    """Inside a longer span (or overlapping one without covering it): "the Putin Foundation"."""
    return any(a < e and s < b and (a < s or e < b) for a, b in spans)


def famous_en_names(text: str, entities: dict[str, list[Span]], taken: list[Span]) -> list[Found]:
    """Table names in an English unit that the CRF did not tag a person: a full name, whatever the CRF's tag
    when the tag covers no more than the name; a usable surname alone when the CRF tags it nothing or MISC. A
    full name may hold shorter names found before (``taken``): the table knows the whole ("Sheikh Hasina",
    where the CRF reads "Hasina" alone), and the caller drops the shorter ones (:func:`covered_by`)."""
    table = famous_table()
    if table.en_pattern is None or not text:
        return []
    folded = fold(text)
    if not table.en_first_words.intersection(re.findall(r"[A-Z]\w*", folded)):
        return []  # most units name no famous person: skip the regex of a thousand names
    others = entities.get("ORG", []) + entities.get("LOC", []) + entities.get("MISC", [])
    out: list[Found] = []
    for m in table.en_pattern.finditer(folded):
        s, e = m.span()
        single = m.group() not in table.full_names
        overlaps = [(a, b) for a, b in taken if a < e and s < b]
        if overlaps and (single or not all(s <= a and b <= e and b - a < e - s for a, b in overlaps)):
            continue  # a full name holding shorter names found ("Sheikh Hasina" over "Hasina") replaces them
        if _inside_longer(s, e, others):
            continue
        if (
            single
            and any(a <= s and e <= b for a, b in entities.get("ORG", []))
            and not tied_surname(m.group())
            and m.group() not in table.later_news_surnames
        ):
            continue  # "Bloomberg reported": a surname alone the CRF reads as a company (a tied one, "Trump",
            # is left to the article's evidence: en_names._famous_names)
        out.append((s, e, text[s:e], single))
    return out


def covered_by(found: list[Found], spans: list[Span]) -> set[Span]:
    """The ``spans`` that a full name of ``found`` holds and is longer than (they give way to it)."""
    full = [(s, e) for s, e, _name, single in found if not single]
    return {(a, b) for a, b in spans if any(s <= a and b <= e and (a, b) != (s, e) for s, e in full)}


def tied_surname(form: str) -> bool:
    """A surname the table ties to one person but does not let stand alone, being also a common English word
    or a place word ("Trump", "Obama", "Mandela"): a person where the article shows one (en_names.py)."""
    return fold(form) in famous_table().tied


def is_famous_full_name(form: str) -> bool:
    """A full name of the table as news prints it ("Hun Sen"): a person, whatever the CRF tags it elsewhere."""
    return fold(form) in famous_table().full_names


def is_famous_surname(form: str) -> bool:
    """A surname the table lets name its famous person alone ("Putin"): kept whatever the CRF's odds."""
    return fold(form) in famous_table().surnames
