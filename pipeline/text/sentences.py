"""Sentences: the one splitter, used for the sentence a person or a date was found in, and for the units the
translation stage sends to the model.

Chinese text ends a sentence at 。！？； (and their ASCII forms !?;), closing quotes and brackets staying with
the sentence. Other text ends one at . ! ? followed by a space and a capital, digit or opening quote, unless
the word before the dot is an abbreviation (Mr., Nov., U.S., a single initial).
"""

from __future__ import annotations

import re

from pipeline.text.scripts import has_han, is_chinese

_END_ZH = re.compile(r"[。！？!?；;]+[”’」』）)\"']*")
# One Chinese sentence end, alone: where a rule reads a clause up to the end of its sentence (dates, people).
ZH_SENTENCE_END = re.compile(r"[。！？；!?;]")
_END_OTHER = re.compile(r"[.!?]+[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")
# A dot after one of these does not end a sentence (titles, months, company forms, initials, e.g./i.e.).
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Vol|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Jr|Sr|Inc|Co|Corp|Ltd|vs|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|M|Mme|Mlle|Sra|Hr|Fr|Nr|Str|z\.B|d\.h|e\.g|i\.e|a\.m|"
    r"p\.m|U\.S|U\.K|U\.N)|\b[A-Z](?:\.[A-Z])*)\.$"
)


def sentence_spans(text: str, chinese: bool | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph; ``chinese`` defaults to :func:`is_chinese` of the text."""
    if chinese is None:
        chinese = is_chinese(text)
    spans: list[tuple[int, int]] = []
    start = 0
    if chinese:
        for m in _END_ZH.finditer(text):
            spans.append((start, m.end()))
            start = m.end()
    else:
        for m in _END_OTHER.finditer(text):
            if ABBREVIATION.search(text[max(0, m.start() - 6) : m.start() + 1]):
                continue
            spans.append((start, m.end()))
            start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def sentence_bounds(text: str, pos: int, chinese: bool | None = None) -> tuple[int, int]:
    """(start, end) of the sentence holding position ``pos`` (the whole text when there is none)."""
    for a, b in sentence_spans(text, chinese):
        if pos < b:
            return a, b
    return 0, len(text)


def sentence_at(text: str, pos: int, chinese: bool | None = None) -> str:
    """The sentence holding position ``pos``, stripped."""
    a, b = sentence_bounds(text, pos, chinese)
    return text[a:b].strip()


def split_sentences(text: str, chinese: bool | None = None) -> list[str]:
    """The sentences of a paragraph, stripped."""
    return [text[a:b].strip() for a, b in sentence_spans(text, chinese)]


# Two or more ideographic spaces inside Chinese text: a paragraph's indent (标题　　本报记者 X　　正文…), where old pages
# and flattened copies run paragraphs together; ordinary spaces and no-break spaces around them belong to the break.
_INDENT = re.compile(r"[ \t\u00a0]*\u3000{2,}[ \t\u00a0\u3000]*")
_MIN_BEFORE_INDENT = 4  # fewer characters before it: a label or name padded to a width (审　　核, 李　　明)


def split_at_indents(text: str) -> list[str]:
    """``text`` cut into the paragraphs its mid-text indents start: a run of two or more ideographic spaces with at
    least four characters before it (since the last cut) and a Chinese character or punctuation on one side — when
    the text holds a story's clause (Chinese clause punctuation after ten characters or more); a header line of
    fields set apart so (网址　　2012年01月11日 15:29:18　　来源：X) stays one line."""
    if "\u3000\u3000" not in text or not _STORY_SENTENCE.search(text):
        return [text]  # (every line of every page comes here: the plain test first)
    parts: list[str] = []
    start = 0
    for m in _INDENT.finditer(text):
        before, after = text[start : m.start()], text[m.end() : m.end() + 1]
        if len(before.strip()) < _MIN_BEFORE_INDENT or not after:
            continue
        if not (has_han(before[-1]) or has_han(after) or before[-1] in _ZH_PUNCT):
            continue
        parts.append(before.strip())
        start = m.end()
    return [*parts, text[start:] if not parts else text[start:].strip()]


_ZH_PUNCT = frozenset("，。；：！？、”’」』）》")
_STORY_SENTENCE = re.compile(r"[^\u3000，。！？；]{10,}[，。！？；]")
