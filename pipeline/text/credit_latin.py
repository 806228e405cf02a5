"""Names in Latin script after a Chinese credit label (文／Anna Lindqvist, 记者 Jisho 报导, 责任编辑：KAME): the words of
one name, one space apart, and whether they make a name at all. Split from pipeline.text.credit_names (its token
reader joins the words of a Latin name into one token here)."""

from __future__ import annotations

import re

from pipeline.text.bylines_en import is_organisation_en, is_person_en
from pipeline.text.credit_grammar import byline_data
from pipeline.text.scripts import HAN

# a word of a name in Latin script (Anna, H.Chow, O'Neill, Collett-White)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,4}")


def is_latin_name(word: str) -> bool:
    """A name in Latin script after a Chinese label: capitalised words of a person (Anna Lindqvist), or one word
    of three letters or more, a pen name or a handle (Jisho, KAME, lee), that is no agency, organisation word or a
    CMS's word (admin) or a picture agency (攝：Imagine China, ``picture_agencies``); an all-capital word of three letters
    is an agency's short name (AFP, GNN)."""
    if not LATIN_RUN.fullmatch(word) or is_organisation_en(word) or _is_picture_agency(word):
        return False
    if " " in word:
        return is_person_en(word)
    if word.casefold() in byline_data()["zh"]["latin_not_names"]:
        return False
    return len(word) >= 4 or (len(word) == 3 and not word.isupper())


def latin_words(folded: str, spans: list[tuple[int, int]]) -> int:
    """How many of ``spans`` are the Latin words of one name, one space apart (文／Anna Lindqvist): up to five;
    0 when the first is no Latin word."""
    n = 0
    while n < min(len(spans), 5) and LATIN_WORD.fullmatch(folded, *spans[n]):
        if n and folded[spans[n - 1][1] : spans[n][0]] != " ":
            break
        n += 1
    return n


# the last word of a Latin name with a mark or a report word glued after it (Anna Lindqvist報導, Marta Oliveira攝)
_LATIN_THEN_HAN = re.compile(rf"[A-Za-z][A-Za-z'’.-]*(?=[{HAN}])")


def split_glued_after_latin(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a token that is a Latin word and the Han mark or report word glued after it cut in two, when the
    word goes on a Latin name (a Latin word one space before it): the name's last word joins the name, the mark reads
    as a mark (文／Anna Lindqvist報導 had read Anna alone). One word and its mark (Lisa攝) stay one token."""
    out: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(spans):
        m = _LATIN_THEN_HAN.match(folded, a, b)
        after_latin = i > 0 and folded[spans[i - 1][1] : a] == " " and LATIN_WORD.fullmatch(folded, *out[-1])
        if m and after_latin:
            out += [(a, m.end()), (m.end(), b)]
        else:
            out.append((a, b))
    return out


def _is_picture_agency(word: str) -> bool:
    agencies = {a.casefold() for a in byline_data()["zh"]["picture_agencies"]}
    return word.casefold() in agencies or word.replace(" ", "").casefold() in agencies
