"""Foreign names in Chinese text that the 1990s training data rarely printed.

- A transliteration right before its original in brackets, 坦图什（Tantush）, 雨果-斯沃特(Hugo Swart): the
  brackets say the Chinese before them renders a Latin-script name. The recognisers often miss such a name
  (LAC reads 坦图 as a verb), so the Chinese run is found from the bracket backwards: the LAC words just before
  it, as many as the Latin name's syllables need (a transliteration gives about one character a syllable).
- Latin-script names inside Chinese sentences ("微软人力资源执行总裁Lisa Brummel即将于年底退休"): each run of
  capitalised Latin words is read by the English name CRF on its own, and its person spans are names.
"""

from __future__ import annotations

import re

from pipeline.stages.people.mentions import Mention, sentence_of
from pipeline.stages.people.recognisers import (
    Token,
    census_first_name,
    chinese_tagger,
    english_entities,
    token_ending,
)
from pipeline.stages.people.vocabulary import is_role_zh
from pipeline.text.names import is_transliterated_zh, looks_like_pinyin_name, transliteration_chars
from pipeline.text.scripts import HAN, HAN_CHAR

Span = tuple[int, int]

_LATIN_WORD = r"[A-Z][a-zà-ÿ'’-]+"
# the original in brackets: one to four capitalised words, not an all-caps acronym (宏达电(HTC))
_ORIGINAL_IN_BRACKETS = re.compile(rf"[（(]\s*(?P<latin>{_LATIN_WORD}(?:\s+{_LATIN_WORD}){{0,3}})\s*[）)]")
_JOINERS = "·•・‧-－‐"
# LAC tags of words that are no part of a transliterated name (common nouns, numbers, time, punctuation…)
_NOT_NAME_TAGS = frozenset({"n", "vn", "an", "ORG", "TIME", "m", "q", "a", "f", "t", "w", "u", "c"})
_MAX_NAME_HAN = 8


def latin_syllables(word: str) -> int:
    """About how many characters a transliteration gives ``word``: its vowel groups, one more for a final
    consonant other than n (Swart 斯沃特, Tantush 坦图什) and one more for two consonants at its start."""
    w = word.lower().replace("'", "").replace("’", "")
    n = max(1, len(re.findall(r"[aeiouyà-ÿ]+", w)))
    if re.search(r"[b-df-hj-mp-tv-xz]$", w):
        n += 1
    if re.match(r"[b-df-hj-np-tv-xz]{2}", w) and not w.startswith(("ch", "sh", "th", "ph", "wh")):
        n += 1
    return n


def _all_transliteration(word: str) -> bool:
    return all(c in transliteration_chars() for c in word)


def transliteration_word(word: str) -> bool:
    """1-4 Han characters, each a transliteration character of people.toml or of the Chinese CRF's
    foreign-character table (the characters its training names' transliterations use): 特纳, 克莱, 阿圭罗."""
    foreign = chinese_tagger().foreign
    return bool(re.fullmatch(rf"[{HAN}]{{1,4}}", word)) and all(
        c in foreign or c in transliteration_chars() for c in word
    )


def _blocks(tok: Token) -> bool:
    """A word that is no part of a transliterated name; LAC tags the pieces of an unknown transliteration as
    common nouns too (坦 | 图拉/n), so a noun of transliteration characters only does not block."""
    return tok.tag in _NOT_NAME_TAGS and not (tok.tag == "n" and _all_transliteration(tok.word))


def _suffixes(text: str, toks: list[Token], end: int) -> list[tuple[int, int]]:
    """(start, Han characters) of each run of whole LAC words ending at ``end``, shortest first; a run stops at
    a word that is no part of a transliterated name (教士, 顾问, 的: common nouns, title words, particles)."""
    k = token_ending(toks, end)
    out: list[tuple[int, int]] = []
    han = 0
    while k is not None and k >= 0:
        tok = toks[k]
        if tok.word in _JOINERS:
            k -= 1
            continue
        if _blocks(tok) or is_role_zh(tok.word) or not re.fullmatch(rf"[{HAN}]+", tok.word):
            break
        han += len(tok.word)
        if han > _MAX_NAME_HAN:
            break
        out.append((tok.start, han))
        k -= 1
    return out


def _looks_transliterated(text: str, toks: list[Token], start: int, end: int) -> bool:
    """Not one place or organisation word (都灵(Turin)), nor one other proper noun (a product: 鸿蒙(Harmony))
    unless three or more transliteration characters (比萨玛(Ahmed Bisama)); holding a transliteration
    character."""
    inside = [t for t in toks if start <= t.start and t.end <= end and t.word not in _JOINERS]
    if len(inside) == 1 and inside[0].tag in {"LOC", "ORG"}:
        return False
    if (
        len(inside) == 1
        and inside[0].tag == "nz"
        and not (len(inside[0].word) >= 3 and _all_transliteration(inside[0].word))
    ):
        return False
    return any(c in transliteration_chars() for c in text[start:end])


def transliterations_before_originals(text: str, toks: list[Token], spans: list[Span]) -> None:
    """坦图什（Tantush）: the Chinese run right before a bracketed Latin-script name whose length best fits the
    Latin name's syllables, or those of its last word (比扎马(Abdelkarim Bizama)), one character either way;
    of two runs that fit as well, the longer (雨果-斯沃特(Hugo Swart), not 斯沃特)."""
    for m in _ORIGINAL_IN_BRACKETS.finditer(text):
        end = m.start()
        if end == 0 or not HAN_CHAR.match(text[end - 1]) or any(a <= end - 1 < b for a, b in spans):
            continue
        words = m.group("latin").split()
        targets = {sum(latin_syllables(w) for w in words), latin_syllables(words[-1])}
        fits = [
            (min(abs(han - t) for t in targets), -han, start)
            for start, han in _suffixes(text, toks, end)
            if han >= 2
        ]
        fits = [f for f in fits if f[0] <= 1]
        if fits and _looks_transliterated(text, toks, min(fits)[2], end):
            spans.append((min(fits)[2], end))


# prepositions LAC glues to the name after them (同布林肯/v 国务卿): "with", "and", "to", "towards"
_GLUED_PREPOSITIONS = "同和与跟向对"
_MAX_TITLED_HAN = 5
# LAC tags of a word that may be a name it did not read as a person (朗普/ORG): proper nouns; common words made of
# transliteration characters are not (毕业生扎根/v, 本科/n 毕业生), nor places (乌克兰/LOC 总统)
_PROPER_TAGS = frozenset({"PER", "nr", "ORG", "nz"})


def _beside_title(toks: list[Token], k: int) -> bool:
    """Is the LAC word ``toks[k]`` right after a title word (总统朗普) or right before one (同布林肯国务卿)? An
    organisation before a title is the title's organisation (欧佩克部长, 英特尔总裁), not a name."""
    before = k > 0 and toks[k - 1].end == toks[k].start and is_role_zh(toks[k - 1].word)
    after = k + 1 < len(toks) and toks[k + 1].start == toks[k].end and is_role_zh(toks[k + 1].word)
    return before or (after and toks[k].tag != "ORG")


def transliterations_by_titles(text: str, toks: list[Token], spans: list[Span]) -> None:
    """总统朗普, 同布林肯国务卿: a LAC word of 2-5 transliteration characters only, right beside a title word,
    that no other source found, is a foreign name the recognisers missed (LAC tags such a name an
    organisation, or glues the preposition before it on: 同布林肯/v); the preposition is left out. Only a word
    LAC tags a proper noun (``_PROPER_TAGS``), or one with a preposition glued on."""
    for k, tok in enumerate(toks):
        glued = len(tok.word) > 2 and tok.word[0] in _GLUED_PREPOSITIONS
        start = tok.start + glued
        name = text[start : tok.end]
        if not 2 <= len(name) <= _MAX_TITLED_HAN or not (glued or tok.tag in _PROPER_TAGS):
            continue
        if not _all_transliteration(name) or is_role_zh(name):
            continue
        if _beside_title(toks, k) and not any(a < tok.end and start < b for a, b in spans):
            spans.append((start, tok.end))


_MAX_ORG_TAIL_HAN = 6


def transliterations_in_org_words(text: str, toks: list[Token], spans: list[Span]) -> None:
    """斯里兰卡驻华大使科迪图瓦库/ORG: a foreign name LAC took into an organisation word after a title word that
    closes the word's organisation part (驻华大使): the tail of 3-6 transliteration characters after the title,
    which reads as a transliteration, before punctuation or the end of the text, is a person the recognisers
    missed (an organisation never ends with a title and a foreign name)."""
    for tok in toks:
        if tok.tag != "ORG" or (tok.end < len(text) and HAN_CHAR.match(text[tok.end])):
            continue
        for cut in range(len(tok.word) - 3, 1, -1):
            tail = tok.word[cut:]
            if len(tail) > _MAX_ORG_TAIL_HAN or not is_role_zh(tok.word[max(0, cut - 4) : cut]):
                continue
            if _all_transliteration(tail) and is_transliterated_zh(tail):
                start = tok.start + cut
                if not any(a < tok.end and start < b for a, b in spans):
                    spans.append((start, tok.end))
            break


# a run of capitalised Latin words (initials allowed: H.R. McMaster), or of all-caps words (DAVID JAGNEAUX)
_LATIN_NAME_RUN = re.compile(
    r"(?<![A-Za-z])(?:(?:[A-Z]\.){1,3}\s?|[A-Z][a-zà-ÿ'’-]+\s+)+[A-Z][a-zA-Zà-ÿ'’-]+"
    r"|(?<![A-Za-z])[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2}(?![A-Za-z])"
)


def _runs(text: str) -> list[Span]:
    """The Latin runs of a Chinese unit that can be a name: not the original right after a Chinese name in
    brackets (马克龙（Emmanuel Macron）: that form belongs to the Chinese name's mention)."""
    out = []
    for m in _LATIN_NAME_RUN.finditer(text):
        before = text[: m.start()].rstrip()
        if before.endswith(("（", "(")) and HAN_CHAR.match(before[-2:-1] or "x"):
            continue
        out.append((m.start(), m.end()))
    return out


def _opens_with_first_name(form: str) -> bool:
    """H.R. McMaster, Lisa Brummel: initials, or a census first name (the CRF's word table, flag F) first. Read
    alone, a run loses its context, and the CRF takes brands and products for names (Credit Karma, Galaxy
    Gear, Netlify UI); a first name is what the Chinese sentence around such a run cannot give."""
    first = form.split()[0]
    if re.fullmatch(r"(?:[A-Z]\.){1,3}", first):
        return True
    return census_first_name(first)


def _pinyin_either_order(form: str) -> bool:
    """Zipeng Fu, Chen Wang: a Chinese name in pinyin, given name first or last; the census has no such
    first names."""
    words = form.split()
    return len(words) == 2 and (
        looks_like_pinyin_name(form) or looks_like_pinyin_name(f"{words[1]} {words[0]}")
    )


def _after_title(text: str, start: int) -> bool:
    """发言人 Reema Bahnasy, 研究员Suchir Balaj: a Chinese title word right before the Latin run (a space
    allowed) says it names a person."""
    before = re.search(rf"([{HAN}]{{1,6}})\s?$", text[:start])
    return before is not None and is_role_zh(before.group(1))


def latin_name_mentions(units: list[tuple[int, str]]) -> list[Mention]:
    """Persons written in Latin script inside Chinese units: the English CRF's PER spans of two or more words,
    opening with a first name or initials, a pinyin name in either order, or right after a title word, over
    each capitalised run read alone (one call for the article)."""
    runs = [(unit, text, s, e) for unit, text in units for s, e in _runs(text)]
    if not runs:
        return []
    found = english_entities([text[s:e] for _u, text, s, e in runs])
    mentions = []
    for (unit, text, s, _e), entities in zip(runs, found, strict=True):
        for a, b in entities.get("PER", []):
            form = text[s + a : s + b]
            if len(form.split()) >= 2 and (
                _opens_with_first_name(form) or _pinyin_either_order(form) or _after_title(text, s + a)
            ):
                mentions.append(Mention(form, "en", unit, s + a, s + b, sentence_of(text, s + a, "zh")))
    return mentions


_MIN_LAC_TRANSLITERATION = 3


def _person_context(text: str, toks: list[Token], k: int) -> bool:
    """Does the LAC word ``toks[k]`` stand where a person does: right before a verb (阿圭罗开场, 埃托奥打破), a
    hyphen (阿拉萨内-普莱亚), the possessive 的 (卡里佩的续约: measured on the dev splits, one person more and no
    place), or right after a title word, also one LAC glued the name's first character to
    (州长德 | 桑蒂斯)? LAC's persons elsewhere are mostly places and things on 1990s text (贝鲁特６月,
    塞诺瓦茨集中营, 卡拉奇晴２３℃ on the MSRA and People's Daily dev splits)."""
    tok = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.start == tok.end and (nxt.tag == "v" or nxt.word in "-－‐的"):
        return True
    prev = toks[k - 1] if k > 0 else None
    return (
        prev is not None
        and prev.end == tok.start
        and (is_role_zh(prev.word) or (len(prev.word) >= 3 and is_role_zh(prev.word[:-1])))
    )


# a monarch's or pope's regnal number after the name (费利佩六世, 本笃十六世): LAC keeps it in the person word
_REGNAL_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}世$")
# the same after a name span; not 三世纪 ("third century"), 二世界, 三世代
_REGNAL_AFTER = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪紀界代])")


def transliterations_lac_tags_persons(text: str, toks: list[Token], spans: list[Span]) -> list[Span]:
    """阿圭罗/PER 开场…破门, 埃托奥/PER 打破僵局: each LAC person word of three or four characters, all but one at
    most transliteration characters, that reads as a transliteration and that no span of ``spans`` overlaps:
    the Chinese CRF learnt 1990s text and gives such a name low odds where LAC, trained on other text, reads
    it as a person; the characters say the word is a foreign name, not a Chinese word. Only where a person
    stands (``_person_context``); not after a number (7800万雷亚尔: a currency), nor a people (沃阿族)."""
    out: list[Span] = []
    for k, tok in enumerate(toks):
        word = _REGNAL_NUMBER.sub(
            "", tok.word
        )  # 费利佩六世: the name before the regnal number reads as foreign
        if tok.tag != "PER" or not _MIN_LAC_TRANSLITERATION <= len(word) <= 4:
            continue
        foreign = sum(transliteration_word(c) for c in word)
        if foreign < len(word) - 1 or not re.fullmatch(rf"[{HAN}]+", word):
            continue
        if not is_transliterated_zh(word) or (k > 0 and toks[k - 1].tag == "m"):
            continue
        if word.endswith("族"):
            continue  # 科索沃阿族 | 沃阿族: a people, not a person
        if not _person_context(text, toks, k):
            continue
        if not any(a < tok.end and tok.start < b for a, b in spans):
            out.append((tok.start, tok.end))
    return out


def join_adjacent_transliterations(text: str, spans: list[Span]) -> list[Span]:
    """Two name spans with nothing between them, each two to four transliteration characters, are one foreign
    name printed without its middle dot (运动员萨米尔阿兹玛尼: LAC and the CRF read a given and a family name);
    two persons are never printed side by side without a mark between them."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and out[-1][1] == start and _foreign_part(text[out[-1][0] : out[-1][1]]):
            if _foreign_part(text[start:end]) or _ORIGINAL_AFTER.match(text, end):
                # 芬尼 | 史密斯（Jane Finney-Smith）: the original in brackets right after names the whole run
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


# a Latin original of two words or more in brackets right after a transliteration: （Jane Finney-Smith）
_ORIGINAL_AFTER = re.compile(r"[（(][A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*)+[）)]")


def _foreign_part(word: str) -> bool:
    return 2 <= len(word) <= 4 and transliteration_word(word) and is_transliterated_zh(word)


def with_regnal_numbers(text: str, spans: list[Span]) -> list[Span]:
    """阿方索 | 四世: a transliterated name a source ended before its regnal number takes the number (西班牙国王
    阿方索四世, 本笃十六世): the number is part of how the monarch or pope is named, whichever source found him."""
    out: list[Span] = []
    for start, end in spans:
        m = _REGNAL_AFTER.match(text, end)
        if m and end - start >= 2 and is_transliterated_zh(text[start:end]):
            end = m.end()
        out.append((start, end))
    return out
