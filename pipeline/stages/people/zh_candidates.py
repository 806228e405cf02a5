"""Where the Chinese names of a text unit are: the Chinese CRF's PER spans (recognisers.py) with the usual
cuts repaired, plus names LAC split into other pieces after an organisation's title word and bare names in a
dateline or closing parenthesis.

Each source is a module-level function in ``CANDIDATE_SOURCES`` and each repair of a name span one in
``zh_span_repairs.PER_SPAN_REPAIRS``; they run in that order."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.stages.people.famous import extend_to_famous
from pipeline.stages.people.recognisers import Token, chinese_entity_tags
from pipeline.stages.people.vocabulary import is_role_zh, vocabulary
from pipeline.stages.people.zh_crf import spans_of
from pipeline.stages.people.zh_foreign import (
    join_adjacent_transliterations,
    transliteration_word,
    transliterations_before_originals,
    transliterations_by_titles,
    transliterations_in_org_words,
    transliterations_lac_tags_persons,
    with_regnal_numbers,
)
from pipeline.stages.people.zh_japanese import (
    japanese_names,
    japanese_names_after_titles,
    lac_names_with_titles,
)
from pipeline.stages.people.zh_lists import lac_persons_beside_names, names_in_lists
from pipeline.stages.people.zh_span_repairs import PER_SPAN_REPAIRS, RANK_BEFORE_TITLE
from pipeline.text.names import is_transliterated_zh, people_data, surname_table
from pipeline.text.scripts import HAN, HAN_CHAR
from pipeline.text.zh_words import word_zipf

Span = tuple[int, int]


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(a <= pos < b for a, b in spans)


# ------------------------------------------------------------------------------------------- sources


# between two name spans of one transliterated name: a middle dot, spaces around it or not (罗布 · 邦塔)
_DOT_BETWEEN = re.compile(r"\s?[·•・‧]\s?")


def _joined_at_hyphens(text: str, spans: list[Span]) -> list[Span]:
    """约翰·米勒-怀特: two name spans with only a hyphen between them are one name; so are two with a full stop
    between them, used as the name dot (克里斯托弗.弥勒), when one reads as a transliteration, and two with a
    middle dot between them, spaces around it or not (罗布 · 邦塔)."""
    out: list[Span] = []
    for s, e in spans:
        between = text[out[-1][1] : s] if out else ""
        dotted = between in {".", "．"} and (
            is_transliterated_zh(text[out[-1][0] : out[-1][1]]) or is_transliterated_zh(text[s:e])
        )
        dotted = dotted or (bool(between) and _DOT_BETWEEN.fullmatch(between) is not None)
        if out and (between in {"-", "－", "‐"} or dotted):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# a date's unit right after its number: 7日下午, 16日, 3月; no name starts there
_MASKED = re.compile(r"[^某]某{1,2}")
_DATE_TAIL = re.compile(r"(?<=[0-9０-９〇一二三四五六七八九十])[日月年号號时時]")


def _lac_transliterations(text: str, toks: list[Token], spans: list[Span]) -> None:
    """Foreign names LAC tags persons and the CRF missed (``transliterations_lac_tags_persons``), each
    repaired as a CRF span is (阿拉萨内 | -普莱亚/ORG joined, 州长德 | 桑蒂斯 given its 德 back)."""
    for start, end in transliterations_lac_tags_persons(text, toks, spans):
        for repair in PER_SPAN_REPAIRS:
            start, end = repair(text, toks, start, end)
        spans.append((start, end))


def _recognised_spans(text: str, toks: list[Token], spans: list[Span]) -> None:
    """The Chinese CRF's PER spans, each repaired by ``PER_SPAN_REPAIRS`` in turn."""
    for start, end in _joined_at_hyphens(text, spans_of(chinese_entity_tags(text))):
        if _inside(start, spans):
            continue
        for repair in PER_SPAN_REPAIRS:
            start, end = repair(text, toks, start, end)
        spans.append((start, end))


# tags that end the pieces of a name after a title word
_NOT_NAME_PIECE_TAGS = frozenset({"w", "PER", "ORG", "LOC", "TIME", "m"})


# Zipf frequency from which a two-character adjective or adverb after a title is that word, not a name (成功 5.5,
# 顺利 4.8; 高明 3.9 and names far below)
_COMMON_ADJECTIVE_ZIPF = 4.5


def _name_after_title(text: str, toks: list[Token], i: int) -> Span | None:
    """The 2-3 characters after the title word ``toks[i]`` when they make a surname-led name that ends before
    punctuation, a speech verb, 在 / 出席 / 等, or the end of the text."""
    j, s0 = i + 1, toks[i + 1].start
    while j < len(toks) and toks[j].end - s0 <= 3 and toks[j].tag not in _NOT_NAME_PIECE_TAGS:
        j += 1
        length = toks[j - 1].end - s0
        nxt = toks[j] if j < len(toks) else None
        dated = nxt is not None and nxt.tag == "TIME" and _DAY.fullmatch(nxt.word) is not None
        if (
            length in (2, 3)
            and text[s0] in surname_table()
            and (
                nxt is None
                or nxt.tag == "w"
                or dated
                or nxt.word in vocabulary().speech_zh
                or nxt.word in {"在", "出席", "等", "向"}
            )
        ):
            # 本科生毕业: a verb, not a name; but a day right after it (副代表戴兵16日) is the date of what the
            # person did, which follows a name, never a verb
            # (a three-character word LAC tags a verb is a name it misread: 检察官 | 某碧某/v 向…)
            one_verb = j == i + 2 and toks[i + 1].tag.startswith("v") and not dated and length == 2
            # 议员 | 成功/a 「转换跑道」: a common adjective or adverb (成功 "successfully"), not a name
            one_verb = one_verb or (
                j == i + 2
                and length == 2
                and toks[i + 1].tag in {"a", "ad"}
                and word_zipf(toks[i + 1].word) >= _COMMON_ADJECTIVE_ZIPF
            )
            if not is_role_zh(text[s0 : s0 + length]) and not one_verb:
                return s0, s0 + length
            return None
    return None


def _org_by_reference(word: str) -> bool:
    """该院, 本局, 该公司: the organisation the text named before, by a demonstrative and its suffix."""
    return len(word) >= 2 and word[0] in "该本此" and word[1:].endswith(vocabulary().org_suffixes_zh)


# a day of the month as LAC reads it: 16日
_DAY = re.compile(r"[0-9０-９]{1,2}日")


def _names_after_titles(text: str, toks: list[Token], spans: list[Span]) -> None:
    """四川大学文学与新闻学院院长解立群: a name LAC split into non-name pieces (解立 v + 群 n), which the CRF then
    misses, right after an organisation's title word (an organisation or place, then the title, a rank
    between them too: 联合国副代表戴兵)."""
    for i, tok in enumerate(toks):
        if tok.tag == "PER" or not is_role_zh(tok.word) or i + 1 >= len(toks):
            continue
        org = i - 2 if i >= 2 and toks[i - 1].word in RANK_BEFORE_TITLE else i - 1
        if org < 0 or not (toks[org].tag in {"ORG", "LOC"} or _org_by_reference(toks[org].word)):
            continue
        span = _name_after_title(text, toks, i)
        if span and not _inside(span[0], spans):
            spans.append(span)


def _lac_names_after_org_units(text: str, toks: list[Token], spans: list[Span]) -> None:
    """数字经济事业中心 | 任晓/PER | 发布: a LAC person word of two or three characters, surname-led, right after a
    noun that ends an organisation's unit (people.toml ``org_unit_nouns_zh``) and right before a verb: a staff
    member named without a title, where the CRF, reading the unit's noun and a short name as one run, finds
    none."""
    units = vocabulary().org_unit_nouns_zh
    for i, tok in enumerate(toks[1:-1], start=1):
        if tok.tag != "PER" or not 2 <= len(tok.word) <= 3 or tok.word[0] not in surname_table():
            continue
        if toks[i - 1].word not in units or toks[i + 1].tag != "v" or _inside(tok.start, spans):
            continue
        spans.append((tok.start, tok.end))


@cache
def _match_words() -> tuple[str, ...]:
    return tuple(people_data()["names"].get("match_words_zh", []))


def _lac_players_in_match_reports(text: str, toks: list[Token], spans: list[Span]) -> None:
    """…，某某高高跃起 in a match report: in a unit holding two words of a match report or more (people.toml
    ``match_words_zh``), a LAC person word of 2-3 characters led by a surname, or a transliteration of 3-4
    characters LAC reads as a person or proper noun (奥斯卡/nz 主罚), is a player the CRF missed; and a name
    followed by one character and a match word (某某 | 武铲倒: LAC glued the name's last character to the verb)
    takes that character."""
    words = _match_words()
    if sum(text.count(w) for w in words) < 2:
        return
    for tok in toks:
        player = tok.tag == "PER" and 2 <= len(tok.word) <= 3 and tok.word[0] in surname_table()
        foreign = tok.tag in {"PER", "nz"} and 3 <= len(tok.word) <= 4 and transliteration_word(tok.word)
        if (player or foreign) and not any(a < tok.end and tok.start < b for a, b in spans):
            spans.append((tok.start, tok.end))
    stops = vocabulary().function_chars_zh | frozenset(_ADVERBS_BEFORE_ACTION)
    for i, (a, b) in enumerate(spans):
        one = text[b : b + 1]
        if b - a in (2, 3) and HAN_CHAR.match(one) and one not in stops and text.startswith(words, b + 1):
            if not any(a2 <= b < b2 for a2, b2 in spans):
                spans[i] = (a, b + 1)


# adverbs between a player and the action (某某再射门, 又扑出): no part of the name
_ADVERBS_BEFORE_ACTION = "再又也还先后均都亦"


_PARENTHESIS_NAME = re.compile(
    rf"(?:(?<=[电讯息電訊])\s*|(?<=\S))[（(](?:[^（）()]{{0,8}}\s)?(?P<n>[{HAN}]{{2,3}})[）)]"
)


# LAC tags that end a name read after a Malaysian honorific (a verb, an adverb, a preposition, a time …)
_HONORIFIC_NAME_STOPS = frozenset(
    {"w", "v", "vd", "vn", "ad", "d", "p", "c", "u", "f", "m", "q", "r", "TIME", "xc"}
)
# tags of a first word after an honorific that is no name (punctuation, numbers, particles, pronouns): the word
# right after one is otherwise taken whatever its tag, as LAC reads a Malay name's first part as a verb (慕扎/v)
_NOT_FIRST_NAME_WORD_TAGS = frozenset({"w", "m", "q", "TIME", "u", "p", "c", "r", "xc"})
_MAX_HONORIFIC_NAME = 6


def _name_after_honorific(text: str, toks: list[Token], pos: int) -> Span | None:
    """The LAC words from ``pos`` (just after an honorific; the first may hold the honorific's tail, 督斯里阿都拉勿夫)
    up to a stop tag, a title word or a non-Han character: a name of two to six characters, or None."""
    k = next((i for i, t in enumerate(toks) if t.end > pos), None)
    if k is None or toks[k].tag in _NOT_FIRST_NAME_WORD_TAGS or toks[k].word in vocabulary().speech_zh:
        return None
    end = toks[k].end
    for tok in toks[k + 1 :]:
        if tok.start != end or tok.tag in _HONORIFIC_NAME_STOPS or is_role_zh(tok.word):
            break
        end = tok.end
    name = text[pos:end]
    if not 2 <= len(name) <= _MAX_HONORIFIC_NAME or not re.fullmatch(rf"[{HAN}]+", name) or is_role_zh(name):
        return None
    return None if name in vocabulary().never_zh else (pos, end)


def _names_after_honorifics(text: str, toks: list[Token], spans: list[Span]) -> None:
    """拿督斯里阿末峇沙, 拿督郑国球, 端姑赛西拉祖丁: the name after a Malaysian honorific (people.toml
    ``name_after_honorifics_zh``), also a Malay name the recognisers never saw; it takes the place of the pieces
    of it another source found (端姑慕扎 | 法鲁丁), but not of a span reaching outside it."""
    honorifics = vocabulary().name_after_honorifics_zh
    if not honorifics:
        return
    pattern = "|".join(re.escape(h) for h in honorifics)
    for m in re.finditer(rf"(?:{pattern})(?!公)", text):
        span = _name_after_honorific(text, toks, m.end())
        if span is None:
            continue
        overlapping = [(a, b) for a, b in spans if a < span[1] and span[0] < b]
        if all(span[0] <= a and b <= span[1] for a, b in overlapping):
            spans[:] = [sp for sp in spans if sp not in overlapping]
            spans.append(span)


def _names_in_parentheses(text: str, toks: list[Token], spans: list[Span]) -> None:
    """（王文举）, 电 (张晓宁): a bare name in the dateline parenthesis or closing a paragraph."""
    for m in _PARENTHESIS_NAME.finditer(text):
        s0 = m.start("n")
        at_end = not text[m.end() :].strip() or text[m.end() :].strip()[:1] in "。"
        if (text[m.start() - 1 : m.start()] in "电讯息電訊 " or at_end) and text[s0] in surname_table():
            if not _inside(s0, spans):
                # the recognisers' piece of it goes (乔某 of （实习生 万乔某）: 万 read as the number)
                spans[:] = [(a, b) for a, b in spans if not (s0 <= a and b <= m.end("n"))]
                spans.append((s0, m.end("n")))


# 新华网拉萨3月7日专电（文涛、拉巴卓玛）, 记者伍岳、许可、乌梦达2018年…: a 、-list of names in the dateline
# parenthesis or right after a credit word, the list closed by a parenthesis, a space, a digit or the end
_CREDIT_LIST = re.compile(
    rf"(?:(?P<paren>(?<=[电讯])\s*[（(]\s*)(?:记者|通讯员|实习生)?\s*|(?:记者|通讯员|实习生)\s*)"
    rf"(?P<list>[{HAN}]{{2,4}}(?:、[{HAN}]{{2,4}})+)(?=[）)\s\d]|$)"
)


def _names_in_credit_lists(text: str, toks: list[Token], spans: list[Span]) -> None:
    """Every name of a reporters' 、-list (``_CREDIT_LIST``), also one that is a word as well (许可) or that
    the recognisers miss: a 2-3 character item led by a surname, or any 4-character item (拉巴卓玛) in the
    dateline parenthesis; never a title word."""
    for m in _CREDIT_LIST.finditer(text):
        pos = m.start("list")
        for item in m.group("list").split("、"):
            led = len(item) <= 3 and text[pos] in surname_table()
            if (led or (len(item) == 4 and m.group("paren"))) and not is_role_zh(item):
                if not _inside(pos, spans):
                    spans.append((pos, pos + len(item)))
            pos += len(item) + 1


_PSEUDONYM_MARK = re.compile(r"\s*[（(]\s*化名\s*[）)]")


def _pseudonyms(text: str, toks: list[Token], spans: list[Span]) -> None:
    """蔡芹（化名）, 小花（化名）: the text says the 2-3 characters before it are a name it gives the person (a
    pseudonym is the person's printed name): the LAC word before the mark, with the one before it when LAC
    cut the name into single characters (小 | 花)."""
    for k, tok in enumerate(toks):
        if not _PSEUDONYM_MARK.match(text, tok.end) or not re.fullmatch(rf"[{HAN}]{{1,3}}", tok.word):
            continue
        start = tok.start
        prev = toks[k - 1] if k else None
        if len(tok.word) == 1 and prev and prev.end == start and re.fullmatch(rf"[{HAN}]{{1,2}}", prev.word):
            start = prev.start
        if tok.end - start >= 2 and not _inside(start, spans):
            spans.append((start, tok.end))


# Each adds the spans it finds that do not start inside one found before.
# Japanese names come first: the recognisers' pieces of them (末, 永直登) must not take their place; lists
# come last, as they complete a list from the names the others found.
CANDIDATE_SOURCES: tuple[Callable[[str, list[Token], list[Span]], None], ...] = (
    japanese_names,
    _recognised_spans,
    _names_after_titles,
    _lac_names_after_org_units,
    _names_in_parentheses,
    _names_in_credit_lists,
    _pseudonyms,
    transliterations_before_originals,
    lac_names_with_titles,
    transliterations_by_titles,
    _names_after_honorifics,
    transliterations_in_org_words,
    japanese_names_after_titles,
    names_in_lists,
    _lac_transliterations,
    lac_persons_beside_names,
    _lac_players_in_match_reports,
)


# a Malaysian or Singapore paper's dateline in brackets, a place then the day: (亚罗士打24日讯), (新山27日訊)
_DATELINE_PLACE = re.compile(r"[（(](?P<place>[^（()）\s]{2,8}?)[0-9０-９]{1,2}日[讯訊电電]")


def _in_dateline_place(text: str, span: Span) -> bool:
    """Does ``span`` lie inside the place of a bracketed dateline (亚罗士打 read as 亚罗, a name)?"""
    return any(
        m.start("place") <= span[0] and span[1] <= m.end("place") for m in _DATELINE_PLACE.finditer(text)
    )


def zh_candidates(text: str, toks: list[Token]) -> list[Span]:
    """Character spans of the name candidates of one text unit, in text order."""
    spans: list[Span] = []
    for source in CANDIDATE_SOURCES:
        source(text, toks, spans)
    spans = [span for span in spans if not _in_dateline_place(text, span)]
    # not a date's tail: 截至当地时间7日下午 (日下 is a Japanese family name, 日下午 no one's name)
    spans = [_masked_to_surname(text, span) for span in spans if not _DATE_TAIL.match(text, span[0])]
    spans = with_regnal_numbers(text, spans)
    return join_adjacent_transliterations(text, extend_to_famous(text, toks, spans))


def _masked_to_surname(text: str, span: Span) -> Span:
    """A name masked after its surname (王某某, 王某: court and police news) is the surname alone, as the NER corpora
    tag 梁某 (梁) and as the CRF reads most of them: one form for the person however the recogniser cut it."""
    s, e = span
    return (s, s + 1) if _MASKED.fullmatch(text, s, e) and text[s] in surname_table() else span
