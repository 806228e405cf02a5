"""Chinese candidates the article shows to be a place or a firm, not a person (issue 10: companies, brands and
places the recognisers, which learnt 1990s news, read as names).

Each test reads the article, not a list of names:

- *The CRF's reading of every occurrence*: a form printed at least twice whose occurrences the Chinese CRF
  reads, on average, as a person less than half the time, and at least once as a place or organisation
  (its marginal odds: 商汤 of 商汤科技, 黄蜂 of 夏洛特黄蜂队, 平头哥 beside 阿里平头哥), is what the CRF reads
  elsewhere, unless LAC reads every occurrence as a person word of its own and the CRF is not near certain
  of a thing (two recognisers disagree; the one that reads the form alone each time is believed: 莫兰特,
  蒂亚戈). An occurrence before a memorial or eponym word (伏羲庙, 马克思主义, 文强案) is no vote: places,
  doctrines and court cases are named after persons; nor is one before what only a person has (邦塔办公室,
  沈庆京律师, 本人: the CRF reads the office or the lawyer of a person as an organisation).
- *An organisation word holding it before a company word*: a LAC organisation word that holds the form and,
  after it, a company word (湖南颐而康保健连锁股份有限公司, 罗威汽车公司) makes the form a firm's name.
- *A place's context*: a place head right before it (首都, 小镇, 旅游胜地 …, people.toml ``[things_zh]
  place_heads``), a region of a place (国家东部的班加西), 位于 before it in its clause, a list closing with 等, a
  count and a place unit (神奈川、青森等5县), or a 、-list whose other items are mostly places (西丽、布吉、岗厦、
  华强北、康乐).
- *A firm's context*: a trade noun right before it (精炼商瓦尔坎比, 电商易迅, 企业康希诺: ``company_heads``).
- *A word after it*: a town or port (梅泽贝格小镇: ``place_tails``), a list of firms closing (米哈游等公司:
  ``firm_tails``), a team's position or staff before another name (恩波利中场克鲁尼奇: ``team_staff_zh``), a
  model designation (卡德尔-380导弹, “伊斯坎德尔-M”: ``model_nouns``; weapons and products).

A famous person of the CC-CEDICT table (famous.py: 普京) is not dropped for the CRF's reading alone (in a long
unit the odds drift: 普京 read as a thing twice in a 1,500-character paragraph), only for a context.

A form with such evidence is dropped in the whole article (a place or firm is one in every mention), but for
a mention with a title right before it or a credit (品牌创始人李宁: the founder of a firm named after him).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.stages.people.famous import famous_english
from pipeline.stages.people.mentions import Mention, TextUnit, has_title_before
from pipeline.stages.people.occurrences import starts
from pipeline.stages.people.recognisers import Token, chinese_person_odds, lac_tokens
from pipeline.stages.people.vocabulary import is_role_zh, vocabulary
from pipeline.text.names import people_data
from pipeline.text.scripts import has_han

# a form's occurrences: at least this many, read as a person less than half the time on average, and at
# least once as a place or organisation with these odds
_MIN_READINGS = 2
_PERSON_ODDS_BELOW = 0.5
_THING_ODDS_AT_LEAST = 0.5
# ... unless LAC reads every occurrence as a person, which outweighs the CRF's doubt, not its near certainty
# (伊斯兰抵抗运动（哈马斯）: an organisation, 0.97 there)
_THING_ODDS_SURE = 0.9
# LAC tags of a place word, and of an organisation word
_PLACE_TAG = "LOC"
_ORG_TAG = "ORG"
# a region of a place before the form: 国家东部的, 英格兰中部的 (a closing bracket may stand between)
_REGION_BEFORE = re.compile(r"[东西南北中]{1,2}部的[)）]?$")
# 位于 earlier in the clause: 位于当地克兰斯顿, 位于意大利都灵(Turin)的米拉菲奥里
_LOCATED_BEFORE = re.compile(r"位于[^，。；、！？,;!?\n]{0,16}$")
# what ends a clause (a list of places lies inside one)
_CLAUSE_END = re.compile(r"[，。；：！？,;:!?（）()\n]")
_COUNT = r"[\d０-９一二三四五六七八九十两几多余]*个?"


@cache
def _place_units() -> tuple[str, ...]:
    return tuple(people_data()["things_zh"]["place_units"])


@cache
def _things_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """(place heads, company heads, the words after which an occurrence casts no vote: memorial words and
    what only a person has, the end of a list of places after the form)."""
    d = people_data()["things_zh"]
    units = "|".join(sorted((re.escape(u) for u in d["place_units"]), key=len, reverse=True))
    list_end = re.compile(rf"(?:[、和及与][^，。；：、,;:\n]{{1,8}}){{0,8}}?等{_COUNT}(?:{units})")
    no_vote = tuple(d["memorial_words"]) + tuple(d["personal_words"])
    return tuple(d["place_heads"]), tuple(d["company_heads"]), no_vote, list_end


@cache
def _thing_tails() -> tuple[str, ...]:
    """The words right after a form that make it a place or a firm (people.toml place_tails, firm_tails)."""
    d = people_data()["things_zh"]
    return tuple(d["place_tails"]) + tuple(d["firm_tails"])


@cache
def _model_number() -> re.Pattern[str]:
    """A model designation right after a form (people.toml ``model_nouns``): 卡德尔-380导弹, “伊斯坎德尔-M”."""
    nouns = "|".join(map(re.escape, people_data()["things_zh"]["model_nouns"]))
    return re.compile(rf"[-－‐][0-9０-９A-Z]+(?:{nouns}|[”」』\"])")


@cache
def _team_staff() -> tuple[str, ...]:
    """A team's positions and staff, longest first (people.toml team_staff_zh)."""
    return tuple(sorted(people_data()["things_zh"]["team_staff_zh"], key=len, reverse=True))


def drop_places_and_firms(units: list[TextUnit], mentions: list[Mention]) -> list[Mention]:
    """Chinese candidates the article shows to be a place or a firm (module docstring), but for mentions with
    a title right before them or a credit."""
    texts = dict(units)
    plain = [m for m in mentions if m.lang == "zh" and not m.single and len(m.form) >= 2 and has_han(m.form)]
    forms = {m.form for m in plain}
    # a famous person of the table (普京) is no thing for the CRF's doubt alone: a long unit's odds drift
    things = {
        form
        for form in forms
        if (_read_as_thing(form, units) and not famous_english(form)) or _in_firm_word(form, units)
    }
    spans = {(m.unit, m.start, m.end) for m in plain}
    things |= {m.form for m in plain if _place_or_firm_context(texts[m.unit], m, spans)}
    if not things:
        return mentions
    return [
        m
        for m in mentions
        if not (m.lang == "zh" and m.form in things and not has_title_before(m, texts.get(m.unit, "")))
    ]


def _read_as_thing(form: str, units: list[TextUnit]) -> bool:
    """Does the CRF read the form's occurrences mostly as no person, and once at least as a place or
    organisation? (Only asked of a form printed at least twice: the odds cost a pass of the CRF.)"""
    if sum(text.count(form) for _u, text in units) < _MIN_READINGS:
        return False
    _heads, _firms, memorial, _end = _things_words()
    no_vote = memorial + vocabulary().eponym_words_zh
    person, thing = [], []
    for _u, text in units:
        pos = text.find(form)
        while pos >= 0:
            end = pos + len(form)
            if not text.startswith(no_vote, end):
                odds = chinese_person_odds(text)[pos:end]
                person.append(sum(p for p, _t in odds) / len(form))
                thing.append(sum(t for _p, t in odds) / len(form))
            pos = text.find(form, pos + 1)
    return (
        len(person) >= _MIN_READINGS
        and sum(person) / len(person) < _PERSON_ODDS_BELOW
        and max(thing) >= _THING_ODDS_AT_LEAST
        and (max(thing) >= _THING_ODDS_SURE or not lac_reads_a_person_throughout(form, units))
    )


def lac_reads_a_person_throughout(form: str, units: list[TextUnit]) -> bool:
    """Does LAC read every occurrence of the form as a person word of its own, twice at least? Then the CRF's
    low odds (a thing's below ``_THING_ODDS_SURE``) are no evidence of a thing: two recognisers disagree, and the one that read the form alone each
    time (灰熊球星贾-莫兰特 … 莫兰特所有, 蒂亚戈和阿拉巴: footballers of a line-up) speaks for the person. A
    place or firm the CRF doubts is read otherwise by LAC at least once (雅虎, 易迅网, 商汤科技, 哈马斯)."""
    _heads, _firms, memorial, _end = _things_words()
    no_vote = memorial + vocabulary().eponym_words_zh
    printed = readings = 0
    for _u, text in units:
        voting = [
            p for p in starts(text, form) if not text.startswith(no_vote, p + len(form))
        ]  # 文强案: none
        if not voting:
            continue
        persons = {(t.start, t.end) for t in lac_tokens(text) if t.tag == "PER"}
        printed += len(voting)
        readings += sum((p, p + len(form)) in persons for p in voting)
    return printed >= _MIN_READINGS and readings == printed


def _in_firm_word(form: str, units: list[TextUnit]) -> bool:
    """Is the form inside a LAC organisation word with a company word after it (罗威汽车公司)?"""
    followers = vocabulary().brand_followers_zh
    for _u, text in units:
        if form not in text:
            continue
        for t in lac_tokens(text):
            at = t.word.find(form)
            if t.tag == _ORG_TAG and at >= 0 and any(w in t.word[at + len(form) :] for w in followers):
                return True
    return False


def _place_or_firm_context(text: str, m: Mention, spans: set[tuple[int, int, int]]) -> bool:
    """A place head, a region of a place, 位于, a list of places or a trade noun around this mention (the
    trade noun's last characters may be glued to the form: 商 | 瓦尔坎比 read 商瓦尔坎比)."""
    place_heads, company_heads, _memorial, list_end = _things_words()
    before = text[: m.start]
    if before.endswith(place_heads) or any(text[: m.start + k].endswith(company_heads) for k in range(3)):
        return True
    if text.startswith(_thing_tails(), m.end) or _model_number().match(text, m.end):  # 小镇, 卡德尔-380导弹
        return True
    staff = next((w for w in _team_staff() if text.startswith(w, m.end)), None)
    if staff and any(u == m.unit and a == m.end + len(staff) for u, a, _b in spans):
        return True  # 恩波利中场克鲁尼奇: a team, its player's position, the player
    if _REGION_BEFORE.search(before) or _LOCATED_BEFORE.search(before):
        return True
    names = {(a, b) for u, a, b in spans if u == m.unit}
    return _closes_a_list_of_places(text, m.end, list_end) or _in_place_list(text, lac_tokens(text), m, names)


def _closes_a_list_of_places(text: str, end: int, list_end: re.Pattern[str]) -> bool:
    """神奈川、青森等5县: 等, a count and a place unit after the form's list; not a title holding the unit
    (贝迪埃等10多个国家元首, 等5国领导人: persons)."""
    match = list_end.match(text, end)
    if match is None:
        return False
    unit_start = match.end() - max(len(u) for u in _place_units() if match.group().endswith(u))
    return not any(is_role_zh(text[unit_start : unit_start + n]) for n in range(2, 7))


def _in_place_list(text: str, toks: list[Token], m: Mention, names: set[tuple[int, int]]) -> bool:
    """Is the mention an item of a 、-list whose other items are mostly places, two at least (西丽、布吉、东门、
    岗厦、华强北、康乐)? An item is a place when it ends with a LAC place word or is one but a character; an item that
    is a candidate name itself is not counted either way (a list of names has no places)."""
    left = max((x.end() for x in _CLAUSE_END.finditer(text, 0, m.start)), default=0)
    right_end = _CLAUSE_END.search(text, m.end)
    right = right_end.start() if right_end else len(text)
    if "、" not in text[left:right]:
        return False
    items, pos = [], left
    for piece in text[left:right].split("、"):
        items.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    # the mention ends its item (原宇讯达西丽), or is the whole item but a character
    mine = [
        (a, b)
        for a, b in items
        if a <= m.start and m.end <= b and (b == m.end or (a == m.start and b - m.end <= 1))
    ]
    if not mine:
        return False
    others = [(a, b) for a, b in items if (a, b) != mine[0] and not any(a <= x and y <= b for x, y in names)]
    places = sum(_is_place(toks, a, b) for a, b in others)
    return places >= 2 and 2 * places > len(others)


def _is_place(toks: list[Token], start: int, end: int) -> bool:
    """An item that ends with a LAC place word (分布在华强北), or is one but a character (华强 | 北)."""
    return any(
        t.tag == _PLACE_TAG and (t.end == end or (t.start == start and t.end >= end - 1)) for t in toks
    )
