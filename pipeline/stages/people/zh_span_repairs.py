"""Repairs of a Chinese name span the recognisers cut or ran on (zh_candidates.py runs them on every CRF span and
on LAC's transliterations, in ``PER_SPAN_REPAIRS`` order): a given name cut short (王建 | 国说), a surname or the part
before a hyphen or middle dot left out, a title glued before or after the name, a place or punctuation run into it.
Each repair is a module-level function (text, LAC tokens, start, end) -> (start, end)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.stages.people.recognisers import Token, chinese_tagger, token_ending, token_starting
from pipeline.stages.people.vocabulary import is_role_zh, patterns, vocabulary
from pipeline.stages.people.zh_foreign import transliteration_word
from pipeline.stages.people.zh_japanese import cut_verb_tail
from pipeline.stages.people.zh_run_on import OPENS_WORD_ZIPF, cut_glued_word, opens_common_word
from pipeline.text.names import is_transliterated_zh, surname_table, transliteration_chars
from pipeline.text.scripts import HAN, HAN_CHAR

Span = tuple[int, int]

# a rank LAC reads apart from the title after it (副 | 代表)
RANK_BEFORE_TITLE = frozenset({"副", "代理", "常务"})


# ------------------------------------------------------------------------------- repairs of a name span


# LAC tags after which a lone character cannot be the end of a name (punctuation, other entities, particles…)
_NOT_NAME_END_TAGS = frozenset({"w", "PER", "LOC", "ORG", "TIME", "p", "u", "c", "d", "f", "m", "q", "r"})


def _extend_cut_given_name(text: str, toks: list[Token], start: int, end: int) -> Span:
    """ "王建 国说" -> 王建国: a 3-character name cut after 2 when the last character stands alone (for LAC)
    before punctuation, a verb, a preposition, an adverb or a speech verb."""
    k = token_starting(toks, end)
    if end - start != 2 or text[start] not in surname_table() or k is None:
        return start, end
    nxt = toks[k]
    after = toks[k + 1] if k + 1 < len(toks) else None
    if (
        len(nxt.word) == 1
        and HAN_CHAR.match(nxt.word)
        and nxt.tag not in _NOT_NAME_END_TAGS
        and nxt.word not in vocabulary().function_chars_zh
        and not (nxt.tag == "v" and nxt.word in _GLUED_MODALS)  # 汪洋 | 会 | 讨论: "will discuss"
        and (
            after is None
            or after.tag in {"w", "v", "p", "d", "TIME"}  # 杜登 | 盛 | 賽後說: a time word after the name
            or after.word in vocabulary().speech_zh
        )
        and not opens_common_word(text, nxt.start, OPENS_WORD_ZIPF)  # 唐嫣 | 晒 | 出: 晒出 is a word
        and not patterns().zh_photo_after.match(text[nxt.start :])  # 记者陈飞 | 摄: the photo mark
    ):
        end = nxt.end
    return start, end


def _extend_lone_surname(text: str, toks: list[Token], start: int, end: int) -> Span:
    """ "看到林 | 书豪穿上" -> 林书豪: the CRF tags a surname alone where LAC reads a whole person word of 2-3
    characters starting with it (林书豪, 罗本); not into a surname-only form (柳某, 袁氏, 潘老, 张女士, 王家)."""
    k = token_starting(toks, start)
    if end - start != 1 or text[start] not in surname_table() or k is None:
        return start, end
    tok = toks[k]
    rest = tok.word[1:]
    if (
        tok.tag == "PER"
        and 2 <= len(tok.word) <= 3
        and all(HAN_CHAR.match(c) for c in rest)
        and rest[0] not in vocabulary().surname_form_suffixes_zh
        and rest not in vocabulary().family_suffixes_zh
        and not is_role_zh(rest)
        and not any(rest.startswith(h) for h in vocabulary().surname_honorifics_zh)
    ):
        end = tok.end
    return start, end


def _extend_surname_before_title(text: str, toks: list[Token], start: int, end: int) -> Span:
    """ "副秘书长何 | 书金 | 研究员" -> 何书金: a surname tagged alone (by the CRF and LAC) whose given name LAC
    reads as a word of its own (书金, a noun) right before a title word: the title shows where the name ends."""
    k = token_starting(toks, end)
    if end - start != 1 or text[start] not in surname_table() or k is None or k + 1 >= len(toks):
        return start, end
    given, after = toks[k], toks[k + 1]
    if (
        1 <= len(given.word) <= 2
        and all(HAN_CHAR.match(c) for c in given.word)
        and given.tag not in {"w", "PER", "LOC", "ORG", "TIME", "m", "q", "p", "u", "c", "r", "v"}
        and not any(c in vocabulary().function_chars_zh for c in given.word)
        and given.word[0] not in vocabulary().surname_form_suffixes_zh
        and not is_role_zh(given.word)
        and after.start == given.end
        and is_role_zh(after.word)
    ):
        end = given.end
    return start, end


def _extend_before_title(text: str, toks: list[Token], start: int, end: int) -> Span:
    """ "刘建 随 研究员" -> 刘建随: a 3-character name cut after 2 when its last character stands alone right
    before a title word (研究员, 教授); LAC may tag that character a preposition (随) or adverb, which
    ``_extend_cut_given_name`` leaves alone, but a title right after it shows where the name ends."""
    k = token_starting(toks, end)
    if end - start != 2 or text[start] not in surname_table() or k is None or k + 1 >= len(toks):
        return start, end
    nxt, after = toks[k], toks[k + 1]
    if (
        len(nxt.word) == 1
        and HAN_CHAR.match(nxt.word)
        and nxt.tag not in {"w", "PER", "LOC", "ORG", "TIME", "m", "q"}
        and nxt.word not in vocabulary().function_chars_zh
        and after.start == nxt.end
        and is_role_zh(after.word)
    ):
        end = nxt.end
    return start, end


def _restore_cut_surname(text: str, toks: list[Token], start: int, end: int) -> Span:
    """ "。 许卓恒": the surname cut off a name that opens a line or follows a full stop."""
    if end - start == 2 and start >= 1 and text[start] not in surname_table():
        prev = text[start - 1]
        before = text[start - 2] if start >= 2 else ""
        k = token_starting(toks, start - 1)
        if (
            prev in surname_table()
            and prev not in vocabulary().function_chars_zh
            and (not before or not HAN_CHAR.match(before))
            and k is not None
            and toks[k].word.strip() == prev
        ):
            start -= 1
    return start, end


def _restore_part_before_hyphen(text: str, toks: list[Token], start: int, end: int) -> Span:
    """让-皮埃尔·拉法兰: the part before a hyphen of a transliterated name (a title before it stays out:
    总理让-皮埃尔); and 克莱-汤普森: a whole LAC word of transliteration characters right before the hyphen of
    a foreign name the recogniser found alone (``_joins_at_hyphen``)."""
    back = re.search(rf"[{HAN}]{{1,4}}[-－]$", text[max(0, start - 5) : start])
    if back and "·" in text[start:end]:
        run = back.group(0)
        for role in vocabulary().roles_zh:
            if role in run:
                run = run[run.rfind(role) + len(role) :]
        if len(run) > 1:
            start -= len(run)
        return start, end
    k = token_ending(toks, start - 1)
    joiner = start >= 2 and (text[start - 1] in _HYPHENS or _name_dot(text, start - 1))
    if joiner and k is not None and _joins_at_hyphen(text[start:end], toks[k]):
        start = toks[k].start
    return start, end


def _drop_title_tail(text: str, toks: list[Token], start: int, end: int) -> Span:
    """国务委员长金正恩 -> 金正恩: the recogniser took the last character of the title word just before the
    name (LAC read 国务委员 + 长); 主任任志强 keeps its 任 (the title 主任 ends before the name)."""
    if end - start < 3:
        return start, end
    for role in vocabulary().roles_zh:
        first = start - len(role) + 1
        if len(role) >= 2 and first >= 0 and text[first : start + 1] == role:
            return start + 1, end
    return start, end


def _drop_title_head(text: str, toks: list[Token], start: int, end: int) -> Span:
    """王毅国务委员 -> 王毅, 记者邓君通讯员… -> 邓君: the recogniser took the first character of the title or credit
    word right after the name (LAC read 王毅 | 国务 | 委员; a run-together credit line: ``credit_words_zh``)."""
    if end - start < 3:
        return start, end
    for role in vocabulary().roles_and_credits_zh:
        if len(role) >= 2 and text[end - 1 : end - 1 + len(role)] == role:
            return start, end - 1
    return start, end


_HYPHENS = "-－‐"
# LAC tags of the part after a hyphen that the recogniser left out (詹姆斯-波西: 波西 a place for LAC)
_PART_AFTER_HYPHEN_TAGS = frozenset({"PER", "LOC", "nz", "nr", "ns"})
# LAC tags of a word that is never a part of a name across a hyphen (numbers, time, particles, punctuation…)
_NO_NAME_PART_TAGS = frozenset({"w", "m", "q", "TIME", "u", "p", "c", "d", "f", "r", "xc"})


def _joins_at_hyphen(name: str, part: Token) -> bool:
    """埃文-特纳, 沙恩-朗, 克莱-汤普森: a LAC word beside a hyphen is the other part of the foreign name the
    recogniser found on the other side, whatever LAC's tag for it (特纳/v, 朗/ORG, 克莱/nz), when both are
    written in transliteration characters and the name reads as a transliteration (汤普森), or both are
    written in transliteration characters and the part reads as one or is one character (no Chinese name
    is). Two Chinese names paired by a hyphen (马龙-丁宁) stay apart."""
    if (
        part.tag in _NO_NAME_PART_TAGS
        or is_role_zh(part.word)
        or not re.fullmatch(rf"[{HAN}]{{1,4}}", part.word)
    ):
        return False
    if part.tag == "PER" and is_transliterated_zh(name):
        return True  # 布兰登-奈特/PER: LAC reads the part as a name
    if not transliteration_word(part.word):
        return False
    if is_transliterated_zh(name):
        return True
    return transliteration_word(name) and (len(part.word) == 1 or is_transliterated_zh(part.word))


def _join_part_after_hyphen(text: str, toks: list[Token], start: int, end: int) -> Span:
    """詹姆斯-波西: the part after the hyphen of a transliterated name when the recogniser stopped at the hyphen;
    the LAC word after it (1-4 Han characters, a name or place for LAC, opening with a transliteration
    character) joins a name written in transliteration characters only; so does any word of transliteration
    characters that ``_joins_at_hyphen`` accepts (埃文-特纳/v)."""
    foreign = chinese_tagger().foreign
    k = token_starting(toks, end + 1)
    if end >= len(text) or not (text[end] in _HYPHENS or _name_dot(text, end)) or k is None:
        return start, end
    part = toks[k]
    if (
        all(c in foreign for c in text[start:end])
        and part.tag in _PART_AFTER_HYPHEN_TAGS
        and re.fullmatch(rf"[{HAN}]{{1,4}}", part.word)
        and part.word[0] in foreign
    ) or _joins_at_hyphen(text[start:end], part):
        end = part.end
        rest = toks[k + 1] if k + 1 < len(toks) else None
        if len(part.word) == 1 and rest and rest.start == end and rest.tag == "PER" and len(rest.word) <= 3:
            end = rest.end  # 奥斯曼-登/v 贝莱/PER: LAC split the part after the hyphen in two
    return start, end


# a character that ends a name: punctuation and brackets (name dots and hyphens join the parts of one)
_NAME_BREAK = re.compile(r"[，。、；：？！,.;:?!（）()\[\]【】《》<>“”\"‘’']")


def _cut_at_punctuation(text: str, toks: list[Token], start: int, end: int) -> Span:
    """吴伟）-> 吴伟: the recogniser ran a name on into the bracket or punctuation after it (a name in a line-up,
    "（74‘，5吴伟）"); a name holds none, but for a bracket closed inside it (袁(日希): the People's Daily way of
    printing a rare character by its parts)."""
    pos = start + 1
    while cut := _NAME_BREAK.search(text, pos, end):
        if _name_dot(text, cut.start()):
            pos = cut.end()
            continue
        close = _CLOSING.get(cut.group())
        if not close or text.find(close, cut.end(), end) < 0:
            return start, cut.start()
        pos = text.find(close, cut.end(), end) + 1
    return start, end


_CLOSING = {"(": ")", "（": "）", "[": "]", "【": "】"}


def _name_dot(text: str, pos: int) -> bool:
    """克里斯托弗.弥勒: a full stop between two Han characters is a name dot, not the end of a sentence."""
    return (
        text[pos] in ".．"
        and 0 < pos < len(text) - 1
        and bool(HAN_CHAR.match(text[pos - 1]) and HAN_CHAR.match(text[pos + 1]))
    )


def _cut_before_place(text: str, toks: list[Token], start: int, end: int) -> Span:
    """韦枢台 | 北 -> 韦枢: the recogniser ran a name on into a place LAC reads right after it (中央社记者韦枢 |
    台北 | 2018年…电: LAC's words 韦枢/PER 台北/LOC); the name ends where the place starts, when two characters
    or more stay; a Chinese name only (surname-led, no middle dot: a transliteration's parts are often places
    for LAC, 尼·伯尔切斯 on the dev splits)."""
    if text[start] not in surname_table() or "·" in text[start:end]:
        return start, end
    for tok in toks:
        if tok.tag == "LOC" and start + 2 <= tok.start < end < tok.end:
            return start, tok.start
    return start, end


def _restore_head_glued_to_title(text: str, toks: list[Token], start: int, end: int) -> Span:
    """元首易 | 卜拉欣 -> 易卜拉欣: LAC glued the name's first character to the title word before it (a title
    word and one Han character in one word) and the recogniser took the rest; the character comes back when
    it is a surname, or when the rest is a transliteration (every character a transliteration one); not when
    the word is a title itself (委员长 | 金正恩: 长 ends 委员长)."""
    k = token_ending(toks, start)
    if k is None or not 2 <= end - start <= 3:
        return start, end
    word, head = toks[k].word, text[start - 1]
    if len(word) < 3 or not HAN_CHAR.match(head) or not is_role_zh(word[:-1]) or is_role_zh(word):
        return start, end
    foreign = chinese_tagger().foreign
    if head in surname_table() or all(c in foreign for c in text[start:end]):
        start -= 1
    return start, end


# a middle dot after a name, spaces around it or not (罗布 · 邦塔办公室)
_DOT_AFTER = re.compile(r"\s?[·•・‧]\s?")


def _restore_double_surname(text: str, toks: list[Token], start: int, end: int) -> Span:
    """行政长官林 | 郑月娥 -> 林郑月娥: a married woman's name of Hong Kong (her husband's surname before her own:
    林郑月娥, 范徐丽泰, 陈方安生); LAC glued the first surname to the title word before it (官林) and the recogniser
    took the three characters after it. Put back when a title word ends right before that surname."""
    if (
        end - start != 3
        or start < 3
        or text[start] not in surname_table()
        or text[start - 1] not in surname_table()
    ):
        return start, end
    if text[start - 1] in vocabulary().function_chars_zh or any(
        is_role_zh(text[start - n : start]) for n in (2, 3, 4)
    ):
        return start, end  # 夫人和 | 彭丽媛, 董事长 | 董明珠: a conjunction or the title's own last character
    titled = any(is_role_zh(text[start - 1 - n : start - 1]) for n in (2, 3, 4) if start - 1 - n >= 0)
    return (start - 1, end) if titled else (start, end)


def _join_part_after_dot(text: str, toks: list[Token], start: int, end: int) -> Span:
    """罗布 · 邦塔: the recogniser stopped at the middle dot of a transliterated name (spaced by the outlet) and
    read the part after it as no name (邦塔办公室: the office of 邦塔); a part of 2-4 Han characters after the
    dot joins a name written in transliteration characters, when it runs on in them after its first (邦 is
    rare in the transliterations the table was built from) or a punctuation mark closes it (爱德华·夸夸、: 夸 is
    no transliteration character of the table), and is no title."""
    foreign = chinese_tagger().foreign
    dot = _DOT_AFTER.match(text, end)
    if dot is None or not HAN_CHAR.match(text, dot.end()):
        return start, end
    stop = dot.end()
    if all(c in foreign for c in text[start:end]):
        stop += 1
        while stop < len(text) and stop - dot.end() < 4 and text[stop] in foreign:
            stop += 1
    closed = _CLOSED_PART_AFTER_DOT.match(text, dot.end())
    if stop - dot.end() < 2 and closed and is_transliterated_zh(text[start:end]):
        stop = closed.end()  # 爱德华·夸夸、: the part runs to a punctuation mark, foreign characters or not
    part = text[dot.end() : stop]
    return (start, stop) if len(part) >= 2 and not is_role_zh(part) else (start, end)


# the part after a middle dot that a punctuation mark (or the end) closes: 2-4 Han characters (爱德华·夸夸、)
_CLOSED_PART_AFTER_DOT = re.compile(rf"[{HAN}]{{2,4}}(?=[，。、；：？！,;:?!）)”]|$)")


# the rest of a dotted name's last part, up to a punctuation mark or bracket (帕夫洛·里亚 | 比金（Pavlo …）)
_REST_OF_PART = re.compile(rf"[{HAN}]{{1,3}}(?=[，。、；：？！,;:?!（(）)”]|$)")


def _finish_part_after_dot(text: str, toks: list[Token], start: int, end: int) -> Span:
    """帕夫洛·里亚 | 比金（Pavlo Riabikin）: a name with a middle dot that the CRF cut inside its last part (LAC
    read the dot and that part as one punctuation word, ·里亚比金/w) runs on to the punctuation mark or bracket
    that closes the part, when the characters it gains are transliteration characters (people.toml's, or the
    CRF's table of those its training transliterations use) and the part stays 2-5 characters."""
    dot = max(text.rfind(d, start, end) for d in "·•・‧")
    if dot < 0 or end - dot - 1 < 1:
        return start, end
    rest = _REST_OF_PART.match(text, end)
    foreign = chinese_tagger().foreign
    gained = rest.group(0) if rest else ""
    if not gained or not all(c in foreign or c in transliteration_chars() for c in gained):
        return start, end
    return (start, rest.end()) if rest and rest.end() - dot - 1 <= 5 else (start, end)


def _restore_cut_transliteration(text: str, toks: list[Token], start: int, end: int) -> Span:
    """佩泽希齐 | 扬: a transliterated name of four characters or more that the CRF cut one character short of the
    person word LAC reads from the same start (伊朗总统佩泽希齐扬当地时间…) ends where LAC's word ends."""
    word = next((t for t in toks if t.start == start and t.tag == "PER"), None)
    if word is None or word.end != end + 1 or end - start < 4 or not is_transliterated_zh(text[start:end]):
        return start, end
    after = end + 1 if text[end] in RANK_BEFORE_TITLE else end  # 副 before a title (副委员长)
    if (
        any(text.startswith(r, after) for r in vocabulary().roles_zh)
        or text[end] in vocabulary().title_prefixes_zh
    ):
        return start, end  # 确吉坚赞副委员长: LAC took the title's first character
    return start, word.end


def _boundary_before(text: str, pos: int) -> bool:
    """Nothing of a word ends at ``pos``: the text's start, a character that is no Han one (：、，), or a title."""
    return pos == 0 or not HAN_CHAR.match(text[pos - 1]) or is_role_zh(text[max(0, pos - 4) : pos])


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(vocabulary().roles_zh)


def _title_at(text: str, pos: int) -> bool:
    """A whole title word of two to four characters starts at ``pos`` (扬 | 总统; not 扬总, which ends with 总)."""
    return any(text[pos : pos + n] in _titles() for n in (2, 3, 4) if pos + n <= len(text))


def _boundary_after(text: str, pos: int) -> bool:
    """Nothing of a word starts at ``pos``: the text's end, a character that is no Han one, or a title."""
    return pos >= len(text) or not HAN_CHAR.match(text[pos]) or _title_at(text, pos)


def _finish_transliteration(text: str, toks: list[Token], start: int, end: int) -> Span:
    """佩泽什基 | 扬总统, ： | 扎帕罗夫总统: a transliterated name of three characters or more that the recognisers
    cut one transliteration character short, where that character stands between the name and a boundary (a
    title, punctuation: ``_boundary_after``), takes it; a transliteration is not cut inside a syllable run."""
    name = text[start:end]
    foreign = sum(transliteration_word(c) for c in name)  # all but one at most (佩泽什基: 什)
    if end - start < 3 or not is_transliterated_zh(name) or foreign < len(name) - 1:
        return start, end
    if end < len(text) and transliteration_word(text[end]) and not _boundary_after(text, end):
        if _boundary_after(text, end + 1):
            end += 1
    if start > 0 and transliteration_word(text[start - 1]) and not _boundary_before(text, start):
        if _boundary_before(text, start - 1):
            start -= 1
    return start, end


def _drop_photo_mark(text: str, toks: list[Token], start: int, end: int) -> Span:
    """(记者涂建荣摄): the photo mark LAC glued to a credited name (涂建荣摄/PER) before a closing bracket,
    punctuation or the end of the text is no part of the name; no name ends with 摄."""
    if end - start >= 3 and text[end - 1] == "摄" and (end == len(text) or not HAN_CHAR.match(text[end])):
        return start, end - 1
    return start, end


# LAC tags of a word that ends no name when it follows a LAC person word inside a name span (汪洋 | 会/v 讨论,
# 傅 | 立刻/d 召集) or leads one (不 | 久/a 特朗普): adverbs, conjunctions, prepositions, adjectives
_GLUED_WORD_TAGS = frozenset({"d", "ad", "c", "p"})
# modal verbs LAC splits off a name before the main verb (汪洋 | 会 | 讨论 "will discuss"); not 曾, 可, 应, 能,
# which are given names' last characters too (唐师曾)
_GLUED_MODALS = frozenset({"会", "會", "将", "將"})


def _glued_lac_word(tok: Token) -> bool:
    """A two-character adverb, conjunction or preposition (立刻, 随即), or a modal verb; not a one-character
    adverb, which is often a given name's last character (余柏 | 均/d)."""
    if tok.word in _GLUED_MODALS:
        return tok.tag in {"v", "d"}
    return len(tok.word) == 2 and tok.tag in _GLUED_WORD_TAGS


# conjunctions and prepositions between two persons that the CRF ran into one name (夫人A同B合影)
_JOINING_CHARS = frozenset("同和与與跟及")


def _two_persons_joined(inside: list[Token], start: int, end: int) -> bool:
    """The span is exactly two LAC person words of two characters or more with a joining character between them."""
    if len(inside) != 3 or inside[0].start != start or inside[2].end != end:
        return False
    first, mid, last = inside
    return (
        first.tag == "PER"
        and last.tag == "PER"
        and min(len(first.word), len(last.word)) >= 2
        and mid.word in _JOINING_CHARS
        and first.end == mid.start
        and mid.end == last.start
    )


def _cut_lac_glued_words(text: str, toks: list[Token], start: int, end: int) -> Span:
    """汪洋会 -> 汪洋, 傅立刻 -> 傅, 久特朗普 -> 特朗普: the span is a LAC person word with one LAC word of an
    adverb, a conjunction, a preposition or a modal verb after it (or, for an adjective or adverb of one
    character, before it), which the CRF ran into the name; LAC's cut between them stands."""
    inside = [t for t in toks if start <= t.start and t.end <= end]
    if _two_persons_joined(inside, start, end):
        return start, inside[0].end  # 彭丽华同 | 马卡雷: the first; the second is LAC's person beside a name
    if (
        len(inside) != 2
        or inside[0].start != start
        or inside[1].end != end
        or inside[0].end != inside[1].start
    ):
        return start, end
    head, tail = inside
    if head.tag == "PER" and _glued_lac_word(tail):
        return start, head.end
    if (
        tail.tag == "PER"
        and len(tail.word) >= 3
        and len(head.word) == 1
        and head.tag in _GLUED_WORD_TAGS | {"a"}
    ):
        return tail.start, end
    return start, end


PER_SPAN_REPAIRS: tuple[Callable[[str, list[Token], int, int], Span], ...] = (
    _cut_at_punctuation,
    _drop_photo_mark,
    _cut_lac_glued_words,
    cut_glued_word,
    _cut_before_place,
    _drop_title_tail,
    _drop_title_head,
    _extend_lone_surname,
    _extend_surname_before_title,
    _extend_cut_given_name,
    _extend_before_title,
    _restore_cut_surname,
    _restore_part_before_hyphen,
    _join_part_after_hyphen,
    _join_part_after_dot,
    _finish_part_after_dot,
    _restore_head_glued_to_title,
    _restore_double_surname,
    _restore_cut_transliteration,
    _finish_transliteration,
    cut_verb_tail,
)
