"""Shapes of a Chinese credit line read whole, for the reader of pipeline.text.bylines: a □ bullet rendered as 口
before the credit, a report word and a colon where the story starts (记者张三报道：“…), names standing apart from
their label as a credit prints them (记者 X, 记者：X), and a line that is an outlet, a label and one name glued
together (长河中文电视记者孔一凡), the one word of a reporter's field standing apart from its label, and a label inside a
sentence that describes a journalist in the story (知名调查记者X在…, 据记者X消息), and a column's word closing an outlet's
and its writer's bracket (【长河传媒孔一凡专栏】)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.credit_grammar import byline_data, zh_grammar
from pipeline.text.credit_marks import is_outlet
from pipeline.text.credit_names import PLAIN_NAME, TOKEN, has_surname, is_organisation
from pipeline.text.names import surname_rank
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN
from pipeline.text.traditional import fold_traditional
from pipeline.text.zh_words import word_zipf


def bullet_mouth(folded: str, at: int) -> int:
    """1 when 口 at ``at`` is the □ bullet as fonts and OCR render it: a label (口本报记者 X) or a name with a known
    surname (口孔一凡) follows it; 0 otherwise (口述：X)."""
    if not folded.startswith("口", at):
        return 0
    nxt = TOKEN.match(folded, at + 1)
    if zh_grammar().label.match(folded, at + 1):
        return 1
    return int(bool(nxt and PLAIN_NAME.fullmatch(nxt.group()) and nxt.group()[0] in surname_rank()))


def story_after_report(folded: str, lo: int, hi: int) -> bool:
    """A name glued to a report word, then a colon and more text: the story starts (记者张三报道：“…), so the text
    is a lead, not a credit line; a report word standing alone before its colon labels the names (报导：张三)."""
    m = _report_colon().search(folded, lo, hi)
    return bool(m and folded[m.end() : hi].strip())


@cache
def _report_colon() -> re.Pattern[str]:
    words = [w for w in byline_data()["zh"]["report_words"] if len(w) > 1]
    return re.compile(rf"[{HAN}](?:{alternation(words)})\s*[:：]")


def names_apart(folded: str, label: re.Match[str]) -> bool:
    """The names stand apart from the label, as a credit prints them (记者 X, 记者：X, 记者|X); in a sentence the
    label word runs on (没有编辑信息的文字)."""
    after = folded[label.end("label") : label.end("label") + 1]
    return after.isspace() or after in (":", "：", "/", "|", "丨", "—")


def name_closes_line(folded: str, label: re.Match[str], hi: int) -> bool:
    """Only one name follows the first label, glued to it, and ends the line (长河中文电视记者孔一凡, 长河城市读本实习记者
    陶禾): a credit line whose words before the label are its outlet, whatever they are."""
    rest = folded[label.end() : hi].strip()
    return bool(PLAIN_NAME.fullmatch(rest)) and len(rest) <= 3 and has_surname(rest)


def sole_field_name(tok: str, folded: str) -> bool:
    """The one word of a reporter's field, set apart from its label by a space or a delimiter and alone up to the
    next label or the end of the credit ((记者 晓川), 文｜晓川 编辑｜X), is its name though neither surname table
    holds its first character (a rare surname or a pen name): two Han characters, no everyday word (观察), no outlet
    and no word that names nobody (佚名). Glued to the label (记者手记) the same word stays a heading."""
    g = zh_grammar()
    return (
        len(folded) == 2
        and bool(PLAIN_NAME.fullmatch(tok))
        and folded not in g.not_names
        and folded not in g.orgs
        and not g.org_suffix.search(folded)
        and not is_outlet(folded)
        and word_zipf(folded) == 0.0
    )


def sole_field(folded: str, spans: list[tuple[int, int]], start: int, closed: bool) -> str:
    """ "word" when the field (``spans``, from ``start``) holds one word set apart from its label and ``closed`` by the
    next label or the credit's end ((记者 晓川), 文｜晓川 编辑｜…); "photo" when that word is followed, after a space, by
    the photo mark alone, the photographer's field set the same way, an agency's "distributed by" standing as its
    label ((记者 晓川 摄), 长河社发 苇航 摄, （苇航 摄）); "" otherwise."""
    g, words = zh_grammar(), list(spans)
    photo = len(words) >= 2 and folded[words[-1][0] : words[-1][1]] in g.photo_marks
    photo = photo and folded[words[-2][1] : words[-1][0]].isspace()
    words = words[:-1] if photo else words
    agency = folded[words[0][0] : words[0][1]] if photo and len(words) == 2 else ""
    if (
        agency.endswith(g.org_marks)
        and is_organisation(agency)
        and folded[words[0][1] : words[1][0]].isspace()
    ):
        words, start = words[1:], words[1][0]
    # (丨, the bar a credit prints between label and name, is a Han character to the script's table: no glue)
    glued = folded[start - 1 : start] != "丨" and re.match(f"[{HAN}]", folded[start - 1 : start])
    if len(words) != 1 or glued or not closed:
        return ""
    return "photo" if photo else "word"


def label_follows(folded: str, at: int) -> bool:
    """Another credit's label starts at ``at`` (after spaces): the field before it is closed."""
    rest = folded[at:]
    return bool(rest.strip()) and bool(zh_grammar().label.match(folded, at + len(rest) - len(rest.lstrip())))


# how far before a label a word describing the journalist may stand (知名 in 知名调查记者): the word and a two-character noun
_DESCRIBED_WINDOW = 4


def journalist_in_story(folded: str, label_at: int, run_end: int) -> bool:
    """A label at ``label_at`` inside a sentence names a journalist the story is about or quotes, no byline: a word
    describing him right before it or a word before it (独立记者孔一凡, 长河知名调查记者孔一凡在…: ``described_journalist``),
    or 据 before it and 消息 closing the run (据记者孔一凡消息，…: another's scoop passed on)."""
    zh = byline_data()["zh"]
    before = folded[:label_at].rstrip()
    if any(w in before[-_DESCRIBED_WINDOW:] for w in zh["described_journalist"]):
        return True
    return before.endswith(tuple(zh["according_to"])) and folded[:run_end].rstrip().endswith("消息")


def without_column_word(inner: str) -> str:
    """A lead's opening bracket (its inside) without the column's or the article's word closing it after the outlet and
    the writer's name (长河传媒孔一凡专栏 -> 长河传媒孔一凡: ``column_words``); as it is otherwise."""
    folded = fold_traditional(inner.rstrip())
    word = next((w for w in byline_data()["zh"]["column_words"] if folded.endswith(w)), "")
    return inner.rstrip()[: len(folded) - len(word)] if word else inner


def without_picture_note(lead: str) -> str:
    """A lead without the note on its picture that a page prints before the opening bracket of the credit (图片为作者提供
    【长河传媒孔一凡专栏】…, 照片取自长河市政府 【…】: ``picture_notes`` opening it, a space closing it); as it is otherwise."""
    folded = fold_traditional(lead)
    openers = alternation(byline_data()["zh"]["picture_notes"])
    m = re.match(rf"\s*(?:{openers})[^\s【\[（(]{{0,24}}\s+(?=【)", folded)
    return lead[m.end() :] if m else lead
