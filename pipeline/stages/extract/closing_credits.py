"""Closing credits of a Chinese or Western article: a credit line among the last paragraphs ("记者 张明",
"（来源：光明日报 作者：张三 编辑：李四）", "Von Jane Roe"), a bracketed credit closing the last paragraph ("（记者张明、李华）",
"（新民网 李欣）", "（仲崇山）"), a signature glued after its last sentence ("…实地考察。本报记者孔一凡"), or a tail credit line
the noise rules removed. Where the credit is looked for is decided here; what it says is read by pipeline.text.bylines.
Split from pipeline.stages.extract.credits (the first paragraphs, the header, captions and editors stay there; it
re-exports ``closing_reporters``).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.stages.extract.credit_limits import (
    BRACKET_AT_END,
    BYLINE_CHARS,
    CLOSING_CHARS,
    CLOSING_CHARS_EN,
    CLOSING_PARAGRAPHS,
    run_reporters,
)
from pipeline.text.bylines import read_credits_zh
from pipeline.text.bylines_en import english_byline
from pipeline.text.credit_grammar import byline_data
from pipeline.text.credit_names import author_note_name, bare_glued_names, bare_spaced_names
from pipeline.text.credit_residue import without_notice_after_mark
from pipeline.text.scripts import HAN_CHAR, nfkc


def closing_reporters(paragraphs: list[str], removed: list[str]) -> list[str]:
    """Reporters credited at the end: a credit line ("记者 张明", "（来源：光明日报 作者：张三 编辑：李四）", "Von
    Jane Roe", "Text: Jane Roe", a tail credit line the noise rules removed), a bracketed credit closing the last
    paragraph, or a signature ("（新民网 李欣）", "（仲崇山）")."""
    for p in paragraphs[-CLOSING_PARAGRAPHS:][::-1]:
        t = nfkc(p).strip()
        if len(t) <= CLOSING_CHARS and HAN_CHAR.search(t):
            found = run_reporters(
                read_credits_zh(t, one_mark_photographs=False), labelled=not _is_bracketed(t)
            )
            if found:
                return found
        if len(t) <= CLOSING_CHARS_EN and not HAN_CHAR.search(t):
            found = english_byline(t) or []
            if found:
                return found
        found = _bracket_at_end(t)
        if found:
            return found
        found = _signature_after_full_stop(t)
        if found:
            return found
    for line in removed[::-1]:
        t = nfkc(line).strip()
        if len(t) <= CLOSING_CHARS and HAN_CHAR.search(t):
            found = run_reporters(read_credits_zh(t, "lenient"))
            if found:
                return found
    return []


@cache
def _note_after_credit() -> re.Pattern[str]:
    """What may follow a paragraph's closing credit and is no part of it: a stray comma or semicolon, a bracket naming
    where the story was carried (（据长河日报微信公众号报道）, （来源：长河网）), the original headline a portal notes
    (（原标题：长河大桥恢复通行）), a notice glued on (免责声明：…); a stray full stop before or after the note."""
    notices = "|".join(map(re.escape, byline_data()["zh"]["notices_after_credit"]))
    carried = r"[（(](?:据[^（）()]{2,30}?(?:报道|消息)|(?:来源|稿源)[:：][^（）()]{2,30}?)[）)]"
    headline = r"[（(]原[标標]?[题題][:：][^（）()]{1,60}[）)]"
    return re.compile(
        rf"(?<=[）)】\]〕])\s*[。.]?\s*(?:[，,；;]|{carried}|{headline}|(?:{notices})\s*[:：].*)\s*[。.]?\s*$"
    )


def without_notes_after_credit(paragraph: str) -> str:
    """``paragraph`` without what follows its closing credit's bracket (_note_after_credit), one note after another."""
    while m := _note_after_credit().search(paragraph):
        paragraph = paragraph[: m.start()]
    return paragraph


def _bracket_at_end(paragraph: str) -> list[str]:
    """Reporters of a bracketed credit closing a paragraph (（孔一凡）, （记者孔一凡）), notes after it aside; one holding
    a digit cites a source and a date first (（摘自《长河日报》，2014年10月17日，记者孔一凡）): only its last part counts,
    and only with a label."""
    m = BRACKET_AT_END.search(without_notes_after_credit(paragraph))
    if not m:
        return []
    inner = m.group("inner")
    author = author_note_name(inner)
    if author:
        return [author]  # （作者系长河大学经济研究所孔一凡）: an author's note, the name last
    if not re.search(r"\d", inner):
        # （孔一凡陶禾）: two names written without a space and no label, as a dateline's bracket has them
        return run_reporters(
            read_credits_zh(inner, one_mark_photographs=False), labelled=False
        ) or bare_glued_names(inner)
    last = re.split(r"[，,；;]", inner)[-1]
    return [] if re.search(r"\d", last) else run_reporters(read_credits_zh(last, one_mark_photographs=False))


# the end of a closing paragraph's last sentence, a closing quotation mark after it (…别看啊！”文/本报记者孔一凡); an
# ellipsis ends one too (…出人意料…… 长河新闻记者 孔一凡; NFKC writes … as three full stops)
LAST_SENTENCE_END = re.compile(r"(?:[。!?]|\.{3,}|…+)[”」』\"’]*")


def _signature_after_full_stop(paragraph: str) -> list[str]:
    """A labelled signature glued after the last sentence of a closing paragraph: "…实地考察。本报记者孔一凡",
    "…别看啊！”文/本报记者孔一凡"; or the last sentence itself when it is nothing but the signature, closed by its
    own full stop and set apart from the story by a space (its line break lost: …多考虑一些。” 长河新闻网记者孔一凡报道。);
    glued to the story, a TV report's last sentence names its place there as often (…挑战。长河卫视记者布鲁日报道。).
    Without a label, two to four names set apart by spaces (…的行为。孔一凡 陶禾: ``bare_spaced_names``)."""
    paragraph = without_notice_after_mark(paragraph)  # …孔一凡 摄特别声明：本文仅为…
    ends = list(LAST_SENTENCE_END.finditer(paragraph))
    if not ends or not ends[-1].start():
        return []
    tail = paragraph[ends[-1].end() :].strip()
    if not tail and len(ends) > 1 and paragraph[ends[-2].end() : ends[-2].end() + 1].isspace():
        tail = paragraph[ends[-2].end() : ends[-1].start()].strip()
    if not tail or len(tail) > BYLINE_CHARS or not HAN_CHAR.search(tail):
        return []
    # …打击这种行为。孔一凡 陶禾: two names or more set apart by spaces and no label, a local paper's signature
    return run_reporters(read_credits_zh(tail, one_mark_photographs=False)) or bare_spaced_names(tail)


def _is_bracketed(text: str) -> bool:
    """A text that is one bracketed credit: a bare name in it is a signature."""
    return bool(re.fullmatch(r"[（(【\[〔][^（）()【】\[\]〔〕]+[）)】\]〕][。.]?", text))
