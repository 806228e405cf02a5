"""Japanese and Korean names in Chinese text, which the 1990s training data of the recognisers rarely printed.

- A Japanese family name (pipeline/data/japanese_surnames.toml: 末永, 村田, 高市) and a given name of 1-3 Han
  characters is one name, which LAC cuts into pieces (末 | 永直 | 登, 村田 | 晃 | 大). Most of these family
  names are everyday words or places in Chinese too (中村 a village, 田中 "in the fields", 山口 a mountain pass),
  so a span is kept only with person evidence: a Japanese context word in its sentence (日本, 东京, 首相), a
  title word right before it, an honorific, speech verb or title right after it (先生, 氏, 表示), or the family
  name again in the unit (高市早苗政府 … 高市政府). The given name ends where the text goes on with something
  that is no part of a name (punctuation, a function character, a preposition or adverb, a verb of two
  characters), two characters tried first.
- A three-character name LAC tags as a person and the character CRF rejects (文在寅: 在 is a function character
  for a model that learnt Chinese names), kept when a Chinese surname leads it and a title word stands right
  before it or a speech verb right after it (总统文在寅, 文在寅表示).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from pipeline.config import DATA_FILES
from pipeline.stages.people.recognisers import Token, token_ending, token_starting
from pipeline.stages.people.vocabulary import is_role_zh, vocabulary
from pipeline.text.names import people_data, surname_table
from pipeline.text.scripts import HAN, HAN_CHAR
from pipeline.text.sentences import ZH_SENTENCE_END
from pipeline.text.zh_words import word_zipf

Span = tuple[int, int]

# LAC tags of a word that starts right after a name, never inside it (prepositions, adverbs, particles…)
_AFTER_NAME_TAGS = frozenset({"w", "p", "u", "c", "d", "f", "m", "q", "r", "TIME", "LOC", "ORG"})
# LAC tags of a word of two or more characters right after a family name that is no given name
_COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "a", "an", "s", "nw"})
# LAC tags of a word that is no unknown family name (LAC reads one as a noun, place or adjective: 户叶/n,
# 梶谷/LOC, 高市/a; not a verb, adverb or function word: 深感/v, 再次/d), and of a verb
_FAMILY_NOT_TAGS = frozenset(
    {"w", "p", "u", "c", "d", "f", "m", "q", "r", "TIME", "v", "vn", "vd", "ad", "s"}
)
_VERB_TAGS = frozenset({"v", "vn", "vd"})
_GIVEN_LENGTHS = (2, 3, 1)  # two-character given names are the commonest (直登, 早苗), then three, then one
_CONTEXT_REACH = 30  # characters either side of the name in which a Japanese context word counts
_NAME_DOTS = "·•・‧"  # a middle dot after a name joins the parts of a transliteration


@cache
def japanese_surnames() -> tuple[str, ...]:
    """The Japanese family names, longest first (佐佐木 before 佐佐)."""
    with (DATA_FILES / "japanese_surnames.toml").open("rb") as fh:
        rows = tomllib.load(fh)["japanese_surnames_zh"]
    names = {name for row in rows for name in row.split()}
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _surnames_by_first_char() -> dict[str, tuple[str, ...]]:
    """The family names by their first character, longest first (a scan looks up one character, not 1,890)."""
    out: dict[str, list[str]] = {}
    for name in japanese_surnames():
        out.setdefault(name[0], []).append(name)
    return {c: tuple(names) for c, names in out.items()}


@cache
def _japanese_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(context words before a name, words after it, characters a given name does not start with)."""
    d = people_data()["japanese"]
    stops = frozenset(d["given_stop_chars_zh"]) | vocabulary().function_chars_zh
    return tuple(d["context_before_zh"]), tuple(d["after_zh"]), stops


def _token_at(toks: list[Token], pos: int) -> Token | None:
    k = token_starting(toks, pos)
    return None if k is None else toks[k]


def _ends_name(text: str, toks: list[Token], pos: int) -> bool:
    """Whether a name can end at ``pos``: what follows is no part of it (a middle dot is: 安东尼·福奇 is a
    transliteration, not the family name 安东 and a given name 尼)."""
    if pos < len(text) and text[pos] in _NAME_DOTS:
        return False
    if pos >= len(text) or not HAN_CHAR.match(text[pos]):
        return True
    v = vocabulary()
    _context, after, _stops = _japanese_words()
    rest = text[pos : pos + 6]
    if rest[0] in v.function_chars_zh or rest.startswith(after) or rest.startswith(tuple(v.speech_zh)):
        return True
    if any(is_role_zh(rest[:n]) for n in range(2, len(rest) + 1)):
        return True
    tok = _token_at(toks, pos)
    return tok is not None and (
        tok.tag in _AFTER_NAME_TAGS or (tok.tag.startswith("v") and len(tok.word) >= 2)
    )


def _given_end(text: str, toks: list[Token], end: int) -> int | None:
    """Where the given name after a family name ending at ``end`` ends, or None."""
    _context, _after, stops = _japanese_words()
    org_suffixes = vocabulary().org_suffixes_zh
    if text[end : end + 1] in stops or text[end:].startswith(org_suffixes):
        return None
    first = _token_at(toks, end)
    if first is not None and (first.tag in _AFTER_NAME_TAGS or first.tag in {"t", "vd", "ad"}):
        return None  # 末永此前: a time word or adverb after the family name alone
    if first is not None and len(first.word) >= 2 and first.tag in _COMMON_WORD_TAGS:
        return None  # 安保条约, 胜山发现: a common noun or verb after it, not a given name
    for n in _GIVEN_LENGTHS:
        given = text[end : end + n]
        if len(given) < n or not re.fullmatch(rf"[{HAN}]+", given) or any(c in stops for c in given):
            continue
        if _ends_name(text, toks, end + n):
            if not text[end + n :].startswith(org_suffixes):
                return end + n
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The text of the sentence holding ``start:end``, at most ``_CONTEXT_REACH`` characters either side."""
    left = text[max(0, start - _CONTEXT_REACH) : start]
    right = text[end : end + _CONTEXT_REACH]
    left = ZH_SENTENCE_END.split(left)[-1]
    right = ZH_SENTENCE_END.split(right)[0]
    return left + "\x00" + right


def _person_evidence(text: str, toks: list[Token], start: int, family_end: int, end: int) -> bool:
    context, after, _stops = _japanese_words()
    v = vocabulary()
    if any(w in _sentence_around(text, start, end) for w in context):
        return True
    k = token_ending(toks, start)
    if k is not None and is_role_zh(toks[k].word):
        return True
    rest = text[end : end + 6]
    if rest.startswith(after) or rest.startswith(tuple(v.speech_zh)):
        return True
    family = text[start:family_end]
    again = (m.end() for m in re.finditer(re.escape(family), text) if m.start() != start)
    said = any(text[e : e + 6].startswith((*after, *v.speech_zh)) for e in again)  # 末永此前…, 末永表示
    return said or text.count(text[start:end]) >= 2


def _opens_word(text: str, toks: list[Token], start: int) -> bool:
    """A family name starts a LAC word, or follows a context or title word (日本高市早苗政府: one LAC word)."""
    if start == 0 or not HAN_CHAR.match(text[start - 1]) or _token_at(toks, start) is not None:
        return True
    context, _after, _stops = _japanese_words()
    before = text[max(0, start - 6) : start]
    return before.endswith(context) or any(is_role_zh(before[-n:]) for n in range(2, len(before) + 1))


# a verb LAC reads that is a common word (出席 4.4); LAC also tags a transliteration's last part a verb (格雷特 |
# 施莱格/v), which no common word is
_COMMON_VERB_ZIPF = 3.0


def cut_verb_tail(text: str, toks: list[Token], start: int, end: int) -> Span:
    """明石康 | 出席了: a span the recogniser ran on over a whole LAC verb of two characters or more, the verb
    starting at least two characters in and LAC reading the characters before it as a person: no name ends
    with a common verb LAC reads as a word of its own."""
    verb = next((t for t in toks if t.end == end and t.tag == "v" and t.end - t.start >= 2), None)
    if verb is None or verb.start - start < 2 or word_zipf(verb.word) < _COMMON_VERB_ZIPF:
        return start, end
    if any(t.start == start and t.end == verb.start and t.tag == "PER" for t in toks):
        return start, verb.start
    return start, end


def japanese_names(text: str, toks: list[Token], spans: list[Span]) -> None:
    """末永直登, 村田晃大, 高市早苗: a Japanese family name and a given name, with person evidence."""
    by_first = _surnames_by_first_char()
    pos = 0
    while pos < len(text):
        names = by_first.get(text[pos], ())
        family = next((f for f in names if text.startswith(f, pos)), None)
        if family is None:
            pos += 1
            continue
        family_end = pos + len(family)
        end = _given_end(text, toks, family_end) if _opens_word(text, toks, pos) else None
        if end is not None and _person_evidence(text, toks, pos, family_end, end):
            end = cut_verb_tail(text, toks, pos, end)[1]
            if not any(a < end and pos < b for a, b in spans):
                spans.append((pos, end))
            pos = end
        else:
            pos += 1


def _japan_in_sentence(text: str, start: int, end: int) -> bool:
    """A Japanese context word that is no title (日本, 东京, 自民党; not 首相, which other countries have too)
    in the sentence around ``start:end``."""
    context, _after, _stops = _japanese_words()
    around = _sentence_around(text, start, end)
    return any(w in around for w in context if not is_role_zh(w))


def japanese_names_after_titles(text: str, toks: list[Token], spans: list[Span]) -> None:
    """日本首相高市早苗: four Han characters that no source read, right after a title word in a sentence about
    Japan, or right after a Japanese context word and before an honorific, cabinet word or speech verb, are a
    Japanese name of two and two (the commonest shape) whose family name the table lacks (it holds the
    dataset's 2,000 commonest; 高市 ranks below them). Not when LAC reads the name and the cabinet word as one
    word (日本高市早苗政府: its inside is not seen)."""
    context, after, _stops = _japanese_words()
    for k, tok in enumerate(toks[:-1]):
        start = tok.end
        family_alone = (start, start + 2) in spans  # the recogniser read the family name alone: 高市 | 正人
        overlaps = [(a, b) for a, b in spans if a < start + 4 and start < b and (a, b) != (start, start + 2)]
        if overlaps or not _two_and_two(text, toks, k + 1):
            continue
        rest = text[start + 4 : start + 10]
        if is_role_zh(tok.word):
            evidence = _japan_in_sentence(text, start, start + 4)
        else:
            evidence = tok.word in context and rest.startswith((*after, *vocabulary().speech_zh))
        if evidence:
            if family_alone:
                spans.remove((start, start + 2))
            spans.append((start, start + 4))


def _two_and_two(text: str, toks: list[Token], k: int) -> bool:
    """Do the four Han characters from token ``k`` look like a family name LAC does not know and a given name of
    two? LAC's word boundary after the family name (高 | 市, or one word it reads as a noun, place or adjective:
    户叶/n, 梶谷/LOC, 高市/a; no verb, adverb or function word: 深感遗憾, 再次表示, 日本和韩国), a given name that is
    no verb, place or time (早苗/a, 正人/n; not 积极推动, 官邸前, 官邸周二), neither half a title (日本首相夫人, 官房
    长官), and what follows ends a name."""
    start = toks[k].start
    if not re.fullmatch(rf"[{HAN}]{{4}}", text[start : start + 4]):
        return False
    family = [t for t in toks[k : k + 2] if t.start < start + 2]
    if family[-1].end != start + 2 or any(t.tag in _FAMILY_NOT_TAGS for t in family):
        return False  # LAC's word boundary after the family name; no function word, verb or adverb
    if is_role_zh(text[start : start + 2]) or is_role_zh(text[start + 2 : start + 4]):
        return False  # 日本首相夫人, 官房长官
    given = next((t for t in toks if t.start == start + 2), None)
    if given is None or given.end > start + 4 or given.tag in _AFTER_NAME_TAGS or given.tag in _VERB_TAGS:
        return False  # 积极 | 推动
    stops = _japanese_words()[2]
    return not any(c in stops for c in text[start : start + 4]) and _ends_name(text, toks, start + 4)


# what ends a sentence or clause before a subject (a space: a line's parts); not 、 or ， inside a list of
# places or units (美、卢两国, ，苏中二地委)
_CLAUSE_ENDS = frozenset({"", "。", "；", "！", "？", ";", "!", "?"})


def lac_names_with_titles(text: str, toks: list[Token], spans: list[Span]) -> None:
    """总统文在寅, 文在寅表示, ；林书远 4 比 1: a three-character LAC person led by a Chinese surname, right after
    a title word, right before a speech verb, or opening the unit or a sentence or clause (after 。；！？ or a
    space: the subject, which the CRF misses in a results line), that no other source found."""
    speech = vocabulary().speech_zh
    for k, tok in enumerate(toks):
        if tok.tag != "PER" or len(tok.word) != 3 or tok.word[0] not in surname_table():
            continue
        if any(a < tok.end and tok.start < b for a, b in spans):
            continue
        titled = k > 0 and toks[k - 1].end == tok.start and is_role_zh(toks[k - 1].word)
        speaks = k + 1 < len(toks) and toks[k + 1].word in speech
        opens = k == 0 or toks[k - 1].word.strip() in _CLAUSE_ENDS
        if titled or speaks or opens:
            spans.append((tok.start, tok.end))
