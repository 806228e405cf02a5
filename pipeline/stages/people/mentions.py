"""A mention: one occurrence of a name in one text unit, before mentions are merged into persons."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.text.sentences import sentence_at

# The kind a person gets is the strongest kind among its mentions.
KIND_RANK = {"reporter": 4, "photographer": 4, "editor": 4, "quoted": 2, "mentioned": 1}
CREDIT_KINDS = frozenset({"reporter", "photographer", "editor"})

# A text unit: (index, text). Indexes: 0 the title, 1… the paragraphs; credits from the record's byline fields
# and the translation's units get indexes far above (so that they sort last).
TextUnit = tuple[int, str]


@dataclass
class Mention:
    form: str
    lang: str  # zh | en
    unit: int  # index of the text unit (title / paragraph / credit)
    start: int
    end: int
    sentence: str
    kind: str = "mentioned"
    role: str | None = None
    single: bool = False  # a bare surname (or one-word name) to be linked
    en_form: str | None = (
        None  # the English form the text gives beside a Chinese name: 马克龙（Emmanuel Macron）
    )
    listed: bool = False  # an item of a list of names (a line-up): evidence like a title (zh_lists.py)


def sentence_of(text: str, pos: int, lang: str) -> str:
    """The sentence of ``text`` holding ``pos`` (Chinese or English sentence ends)."""
    return sentence_at(text, pos, lang == "zh")


def starts_in(pos: int, mentions: list[Mention]) -> bool:
    """Does ``pos`` fall inside one of ``mentions`` (same text unit assumed)?"""
    return any(m.start <= pos < m.end for m in mentions)


def has_title_before(m: Mention, text: str) -> bool:
    """Is the mention a credit, an item of a list of names (a line-up), or does its role end right before it
    in ``text`` (品牌创始人李宁)?"""
    return m.kind in CREDIT_KINDS or m.listed or bool(m.role and text[: m.start].endswith(m.role[-2:]))
