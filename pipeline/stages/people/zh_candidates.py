"""Where the Chinese names of a text unit are: LAC's PER tokens with its usual cuts repaired, plus names LAC
split into other pieces after a title word and bare names in a dateline or closing parenthesis.

Each source is a module-level function in ``CANDIDATE_SOURCES`` and each repair of a PER token's span one in
``PER_SPAN_REPAIRS``; they run in that order."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.vocabulary import is_role_zh, vocabulary
from pipeline.text.names import surname_table
from pipeline.text.scripts import HAN, HAN_CHAR

Span = tuple[int, int]


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(a <= pos < b for a, b in spans)


# ------------------------------------------------------------------------------- repairs of a PER token

# LAC tags after which a lone character cannot be the end of a name (punctuation, other entities, particles…)
_NOT_NAME_END_TAGS = frozenset({"w", "PER", "LOC", "ORG", "TIME", "p", "u", "c", "d", "f", "m", "q", "r"})


def _extend_cut_given_name(text: str, toks: list[Token], i: int, start: int, end: int) -> Span:
    """ "王建 国说" -> 王建国: LAC cuts a 3-character name after 2 when the last character stands alone before
    punctuation, a verb, a preposition, an adverb or a speech verb."""
    word = toks[i].word
    if len(word) == 2 and word[0] in surname_table() and i + 1 < len(toks):
        nxt = toks[i + 1]
        after = toks[i + 2] if i + 2 < len(toks) else None
        if (
            len(nxt.word) == 1
            and HAN_CHAR.match(nxt.word)
            and nxt.tag not in _NOT_NAME_END_TAGS
            and nxt.word not in vocabulary().function_chars_zh
            and (after is None or after.tag in {"w", "v", "p", "d"} or after.word in vocabulary().speech_zh)
        ):
            end = nxt.end
    return start, end


def _restore_cut_surname(text: str, toks: list[Token], i: int, start: int, end: int) -> Span:
    """ "。 许卓恒": LAC cuts the surname off a name that opens a line or follows a full stop."""
    if len(toks[i].word) == 2 and start >= 1:
        prev = text[start - 1]
        before = text[start - 2] if start >= 2 else ""
        if (
            prev in surname_table()
            and prev not in vocabulary().function_chars_zh
            and (not before or not HAN_CHAR.match(before))
            and (i == 0 or toks[i - 1].word.strip() == prev)
        ):
            start -= 1
    return start, end


def _join_parts_after_hyphen(text: str, toks: list[Token], i: int, start: int, end: int) -> Span:
    """约翰·米勒-怀特: the part after a hyphen is a separate PER token."""
    j = i
    while (
        j + 2 < len(toks)
        and toks[j + 1].word in {"-", "－", "‐"}
        and toks[j + 2].tag == "PER"
        and toks[j + 2].start == toks[j + 1].end
    ):
        end = toks[j + 2].end
        j += 2
    return start, end


def _restore_part_before_hyphen(text: str, toks: list[Token], i: int, start: int, end: int) -> Span:
    """让-皮埃尔·拉法兰: LAC drops the part before a hyphen of a transliterated name (a title before it stays
    out: 总理让-皮埃尔)."""
    back = re.search(rf"[{HAN}]{{1,4}}[-－]$", text[max(0, start - 5) : start])
    if back and "·" in toks[i].word:
        run = back.group(0)
        for role in vocabulary().roles_zh:
            if role in run:
                run = run[run.rfind(role) + len(role) :]
        if len(run) > 1:
            start -= len(run)
    return start, end


PER_SPAN_REPAIRS: tuple[Callable[[str, list[Token], int, int, int], Span], ...] = (
    _extend_cut_given_name,
    _restore_cut_surname,
    _join_parts_after_hyphen,
    _restore_part_before_hyphen,
)


# ------------------------------------------------------------------------------------------- sources


def _lac_person_spans(text: str, toks: list[Token], spans: list[Span]) -> None:
    """LAC's PER tokens, each span repaired by ``PER_SPAN_REPAIRS`` in turn."""
    for i, tok in enumerate(toks):
        if tok.tag != "PER" or _inside(tok.start, spans):
            continue
        start, end = tok.start, tok.end
        for repair in PER_SPAN_REPAIRS:
            start, end = repair(text, toks, i, start, end)
        spans.append((start, end))


# tags that end the pieces of a name after a title word
_NOT_NAME_PIECE_TAGS = frozenset({"w", "PER", "ORG", "LOC", "TIME", "m"})


def _name_after_title(text: str, toks: list[Token], i: int) -> Span | None:
    """The 2-3 characters after the title word ``toks[i]`` when they make a surname-led name that ends before
    punctuation, a speech verb, 在 / 出席 / 等, or the end of the text."""
    j, s0 = i + 1, toks[i + 1].start
    while j < len(toks) and toks[j].end - s0 <= 3 and toks[j].tag not in _NOT_NAME_PIECE_TAGS:
        j += 1
        length = toks[j - 1].end - s0
        nxt = toks[j] if j < len(toks) else None
        if (
            length in (2, 3)
            and text[s0] in surname_table()
            and (
                nxt is None
                or nxt.tag == "w"
                or nxt.word in vocabulary().speech_zh
                or nxt.word in {"在", "出席", "等"}
            )
        ):
            one_verb = j == i + 2 and toks[i + 1].tag.startswith("v")  # 本科生毕业: a verb, not a name
            if not is_role_zh(text[s0 : s0 + length]) and not one_verb:
                return s0, s0 + length
            return None
    return None


def _names_after_titles(text: str, toks: list[Token], spans: list[Span]) -> None:
    """院长解立群: a name LAC split into non-PER pieces right after a title word."""
    for i, tok in enumerate(toks):
        if tok.tag == "PER" or not is_role_zh(tok.word) or i + 1 >= len(toks):
            continue
        span = _name_after_title(text, toks, i)
        if span and not _inside(span[0], spans):
            spans.append(span)


_PARENTHESIS_NAME = re.compile(
    rf"(?:(?<=[电讯息電訊])\s*|(?<=\S))[（(](?:[^（）()]{{0,8}}\s)?(?P<n>[{HAN}]{{2,3}})[）)]"
)


def _names_in_parentheses(text: str, toks: list[Token], spans: list[Span]) -> None:
    """（王文举）, 电 (张晓宁): a bare name in the dateline parenthesis or closing a paragraph."""
    for m in _PARENTHESIS_NAME.finditer(text):
        s0 = m.start("n")
        at_end = not text[m.end() :].strip() or text[m.end() :].strip()[:1] in "。"
        if (text[m.start() - 1 : m.start()] in "电讯息電訊 " or at_end) and text[s0] in surname_table():
            if not _inside(s0, spans):
                spans.append((s0, m.end("n")))


# Each adds the spans it finds that do not start inside one found before.
CANDIDATE_SOURCES: tuple[Callable[[str, list[Token], list[Span]], None], ...] = (
    _lac_person_spans,
    _names_after_titles,
    _names_in_parentheses,
)


def zh_candidates(text: str, toks: list[Token]) -> list[Span]:
    """Character spans of the name candidates of one text unit, in text order."""
    spans: list[Span] = []
    for source in CANDIDATE_SOURCES:
        source(text, toks, spans)
    spans.sort()
    return spans
