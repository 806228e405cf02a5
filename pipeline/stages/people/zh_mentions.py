"""The mentions of one Chinese text unit: the name candidates (zh_candidates.py) made into mentions with kind
and role, then the passes of ``ZH_MENTION_PASSES`` in order: roles given by 是, credit lines LAC did not tag,
surname-only references (许说, 许先生表示, 王女士), and 他/她 speech right after a name."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.stages.people.credits import (
    zh_closing_credit_mentions,
    zh_credit_kind,
    zh_credit_line_mentions,
    zh_dateline_credit_mentions,
)
from pipeline.stages.people.famous import famous_zh_spans
from pipeline.stages.people.kinds import zh_kind, zh_pronoun_speech
from pipeline.stages.people.mentions import Mention, sentence_of, starts_in
from pipeline.stages.people.name_forms import clean_en_name, clean_zh_name
from pipeline.stages.people.recognisers import Token, lac_tokens
from pipeline.stages.people.vocabulary import is_role_zh, patterns, simplify, vocabulary
from pipeline.stages.people.zh_candidates import zh_candidates
from pipeline.stages.people.zh_lists import listed_items
from pipeline.stages.people.zh_roles import zh_copula_role, zh_role_after, zh_role_before
from pipeline.text.credit_grammar import byline_data, zh_grammar
from pipeline.text.names import surname_table
from pipeline.text.scripts import HAN, HAN_CHAR, is_chinese
from pipeline.text.traditional import fold_traditional

# ------------------------------------------------------------------------------------------ candidates


# 小花（化名）: the text says the name it prints is a pseudonym
_PSEUDONYM_AFTER = re.compile(r"\s*[（(]\s*化名\s*[）)]")


def _surname_reference(unit: int, text: str, toks: list[Token], start: int, end: int) -> Mention | None:
    """许先生, 武主任 (a surname and an honorific or title), 老陈, 小崔 (the familiar forms): a surname-only
    mention, with the title as role when the honorific is one."""
    raw = text[start:end]
    v = vocabulary()
    honorific = next((h for h in v.surname_honorifics_zh if raw.endswith(h) and len(raw) == len(h) + 1), None)
    familiar = len(raw) == 2 and raw[0] in v.familiar_prefixes_zh and raw[1] in surname_table()
    if familiar and _PSEUDONYM_AFTER.match(text, end):
        return None  # 小花（化名）: a pseudonym the text gives is the person's printed name, not a surname
    if not ((honorific and raw[0] in surname_table()) or familiar):
        return None
    return Mention(
        raw[1] if familiar else raw[0],
        "zh",
        unit,
        start,
        end,
        sentence_of(text, start, "zh"),
        zh_kind(text, toks, start, end),
        role=honorific if honorific and is_role_zh(honorific) else zh_role_before(text, toks, start),
        single=True,
    )


# 马克龙（Emmanuel Macron）: the English form the article gives in parentheses right after a Chinese name.
_ENGLISH_FORM_AFTER = re.compile(r"\s*[（(]\s*([A-Z][A-Za-z.'’-]*(?:\s+[A-Za-z][A-Za-z.'’-]*){0,4})\s*[）)]")


# C罗, J罗: a player's name shortened to the Latin initial of the given name and the first character of the
# transliterated surname (the nickname news prints as the name)
_LATIN_INITIAL_NAME = re.compile(rf"[A-Z][{HAN}]{{1,2}}")


def _latin_initial_name(text: str, toks: list[Token], start: int, end: int) -> str | None:
    """C罗: a Latin capital and 1-2 Han characters that LAC reads as one person word (``clean_zh_name`` takes
    no Latin letter: X光, A股, T台 are words, and LAC reads them so)."""
    raw = text[start:end]
    if not _LATIN_INITIAL_NAME.fullmatch(raw):
        return None
    return raw if any(t.start == start and t.end == end and t.tag == "PER" for t in toks) else None


def _without_filing_place(text: str, start: int, end: int) -> int:
    """The end of a reporter's name that the candidate ran on into the place the report was filed from (记者张稳济南报道,
    记者 毕胜 辛振东 济南报道): a place of the credit grammar's ``places`` table (spaces before it too) between the
    name, two characters at least, and a report word right after the candidate."""
    g = zh_grammar()
    if not any(text.startswith(w, end) for w in byline_data()["zh"]["report_words"]):
        return end
    folded = fold_traditional(text[start:end])
    cut = next((k for k in (4, 3, 2) if folded[-k:] in g.places and len(folded[:-k].rstrip()) >= 2), 0)
    return start + len(folded[:-cut].rstrip()) if cut else end


# what makes "<surname>氏" before it a family, not a person (李氏家族, 王氏宗族)
_CLAN_WORDS = ("家族", "宗族", "家庭", "后人", "子孙")


def _without_honorific(text: str, start: int, end: int) -> int:
    """The start of the candidate at ``start:end`` after a Malaysian honorific it opens with (丹斯里慕尤丁,
    拿督斯里魏家祥: people.toml ``strip_prefix_zh``), when two characters or more stay."""
    for prefix in vocabulary().strip_prefix_zh:
        if text.startswith(prefix, start) and end - start - len(prefix) >= 2:
            return start + len(prefix)
    return start


def _name_mention(unit: int, text: str, toks: list[Token], start: int, end: int) -> Mention | None:
    """The cleaned name of the candidate at ``start:end`` (its span shrunk to the name), or None."""
    end = _without_filing_place(text, start, end)
    start = _without_honorific(text, start, end)
    if any(text[s:end] in vocabulary().never_zh for s in range(max(0, start - 2), start)):
        return None  # 丹 | 斯里: the end of an honorific the recogniser cut
    if end - start == 2 and text[end - 1] == "氏" and text.startswith(_CLAN_WORDS, end):
        return None  # 李氏家族 "the Lee family": a household (docs/people.md "Annotation rules")
    name = clean_zh_name(text[start:end]) or _latin_initial_name(text, toks, start, end)
    if not name:
        return None
    end = start + text[start:].find(name) + len(name) if name in text[start:end] else end
    given = _ENGLISH_FORM_AFTER.match(text, end)
    return Mention(
        form=name,
        lang="zh",
        unit=unit,
        start=start,
        end=end,
        sentence=sentence_of(text, start, "zh"),
        kind=zh_kind(text, toks, start, given.end() if given else end),
        role=zh_role_before(text, toks, start) or zh_role_after(text, toks, start, end),
        en_form=clean_en_name(given.group(1)) if given and not given.group(1).isupper() else None,
    )


def _bare_surname(unit: int, text: str, toks: list[Token], start: int, end: int) -> Mention | None:
    """A surname the recogniser tags alone (梁某, an interview's 郑：): a surname-only mention; not when a Han
    character follows in a credit or in a short Chinese tail of an English line (a name cut: "责编：袁晴 ]")."""
    if end - start != 1 or text[start] not in surname_table():
        return None
    if HAN_CHAR.match(text[end : end + 1]) and (not is_chinese(text) or zh_credit_kind(text, start, end)):
        return None  # the credit-line pass reads the whole name
    if text[start] in vocabulary().function_chars_zh:
        return None
    return Mention(
        text[start],
        "zh",
        unit,
        start,
        end,
        sentence_of(text, start, "zh"),
        zh_kind(text, toks, start, end),
        role=zh_role_before(text, toks, start),
        single=True,
    )


def _candidate_mentions(unit: int, text: str, toks: list[Token]) -> list[Mention]:
    mentions: list[Mention] = []
    for start, end in zh_candidates(text, toks):
        mention = (
            _bare_surname(unit, text, toks, start, end)
            or _surname_reference(unit, text, toks, start, end)
            or _name_mention(unit, text, toks, start, end)
        )
        if mention:
            mentions.append(mention)
    return mentions


# ---------------------------------------------------------------------------------------------- passes


def _copula_roles(unit: int, text: str, toks: list[Token], mentions: list[Mention]) -> None:
    """张国栋今年52岁，是县交通运输局局长 / 吴振东……。他是该校植物保护学院院长: a role given by 是."""
    for i, m in enumerate(mentions):
        if not m.role:
            nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            m.role = zh_copula_role(text, m.end, nxt)


def _credit_lines(unit: int, text: str, toks: list[Token], mentions: list[Mention]) -> None:
    """Credit lines LAC did not tag ("责编：袁晴 ]"), and the dateline's credit parenthesis as the credit reader
    reads it (电（记者倪红梅顾震球）), and a closing credit alone in its parentheses (（修楚））."""
    zh_credit_line_mentions(unit, text, mentions)
    zh_dateline_credit_mentions(unit, text, mentions)
    zh_closing_credit_mentions(unit, text, mentions)


def _surname_before_speech(unit: int, text: str, toks: list[Token], mentions: list[Mention]) -> None:
    """许说 / 许先生表示: read on the simplified text (same offsets) so that 許主任說 matches too."""
    for m in patterns().zh_surname_speech.finditer(simplify(text)):
        if text[m.start()] not in surname_table():
            continue
        if (
            m.group("s") not in surname_table()
            or m.group("s") in vocabulary().function_chars_zh  # 那女士 "that lady": a demonstrative
            or starts_in(m.start(), mentions)
        ):
            continue
        if (
            m.group("s") in vocabulary().function_chars_zh
        ):  # 但说 / 和称: a conjunction, not the surname 但 / 和
            continue
        honorific = m.group("h") or ""
        role = honorific if honorific and is_role_zh(honorific) else zh_role_before(text, toks, m.start())
        mentions.append(_surname_only(unit, text, m.start(), m.end(), "quoted", role))


def _surname_only(unit: int, text: str, start: int, end: int, kind: str, role: str | None = None) -> Mention:
    """A person the text names by the surname at ``start`` alone (郑：, 王女士, 周姓男子): the surname is the form."""
    return Mention(
        text[start], "zh", unit, start, end, sentence_of(text, start, "zh"), kind, role=role, single=True
    )


# 先生 / 女士, and Hong Kong's 太 "Mrs" (林太, 陳太太: 太 alone only before no further Han character, not 林太平)
_SURNAME_WITH_MR_MS = re.compile(rf"(?P<s>[{HAN}])(?P<h>先生|女士|太太|太(?![{HAN}]))")


def _person_noun_before(text: str, pos: int) -> bool:
    """A noun of the people local news names by surname ends right before ``pos`` (业主徐女士, 车主王先生: the
    nouns after 姓 of people.toml ``surname_xing_nouns_zh``, two characters or more), and the surname does not
    end a title word (秘书长先生 "Mr Secretary-General": 长 is a surname too)."""
    v = vocabulary()
    nouns = tuple(w for w in v.surname_xing_nouns_zh if len(w) >= 2)
    return text[max(0, pos - 5) : pos].endswith(nouns) and not text[max(0, pos - 6) : pos + 1].endswith(
        v.roles_zh
    )


def _surname_with_mr_ms(unit: int, text: str, toks: list[Token], mentions: list[Mention]) -> None:
    """王女士 / 许先生 / 林太 anywhere (not inside a longer word: 的/和/与/及/、 may precede it)."""
    for m in _SURNAME_WITH_MR_MS.finditer(text):
        if (
            m.group("s") not in surname_table()
            or m.group("s") in vocabulary().function_chars_zh  # 那女士 "that lady": a demonstrative
            or starts_in(m.start(), mentions)
        ):
            continue
        prev = text[m.start() - 1 : m.start()]
        if (
            prev
            and HAN_CHAR.match(prev)
            and prev not in "的和与及、"
            and not _person_noun_before(text, m.start())
        ):
            continue
        kind = zh_kind(text, toks, m.start(), m.end())
        mentions.append(
            _surname_only(unit, text, m.start(), m.end(), kind, zh_role_before(text, toks, m.start()))
        )


def _surname_xing(unit: int, text: str, toks: list[Token], mentions: list[Mention]) -> None:
    """一名周姓男子 / 林姓女子: a person named by the surname alone (read on the simplified text, same offsets:
    陳姓男子 too)."""
    v = vocabulary()
    for m in patterns().zh_surname_xing.finditer(simplify(text)):
        s = m.group("s")
        if s not in surname_table() or s in v.xing_not_surnames_zh:
            continue
        # LAC may read the surname, 姓 and the noun's first character as a name (刘姓车|主): the phrase wins
        mentions[:] = [x for x in mentions if not (x.start == m.start() and x.form[1:2] == "姓")]
        if starts_in(m.start(), mentions):
            continue
        mentions.append(
            _surname_only(unit, text, m.start(), m.end(), zh_kind(text, toks, m.start(), m.end()))
        )


def _listed_names(unit: int, text: str, toks: list[Token], mentions: list[Mention]) -> None:
    """Mark the mentions that are whole items of a list of names (a line-up; zh_lists.listed_items)."""
    spans = [(m.start, m.end) for m in mentions]
    listed = listed_items(text, toks, spans)
    for m in mentions:
        m.listed = m.listed or (m.start, m.end) in listed


def _pronoun_speech(unit: int, text: str, toks: list[Token], mentions: list[Mention]) -> None:
    zh_pronoun_speech(text, mentions)


# Each adds mentions or fills in roles and kinds of those found before it.
ZH_MENTION_PASSES: tuple[Callable[[int, str, list[Token], list[Mention]], None], ...] = (
    _copula_roles,
    _credit_lines,
    _surname_before_speech,
    _surname_with_mr_ms,
    _surname_xing,
    _listed_names,
    _pronoun_speech,
)


def _famous_mentions(unit: int, text: str, toks: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Famous persons the recognisers missed (普京, 古特雷斯 alone; famous.py), as the candidates are made."""
    found = (_name_mention(unit, text, toks, s, e) for s, e in famous_zh_spans(text, toks, mentions))
    return [m for m in found if m]


def zh_mentions(unit: int, text: str) -> list[Mention]:
    """Every Chinese name mention of the text unit ``unit``."""
    toks = lac_tokens(text)
    mentions = _candidate_mentions(unit, text, toks)
    mentions.extend(_famous_mentions(unit, text, toks, mentions))
    mentions.sort(key=lambda m: m.start)
    for step in ZH_MENTION_PASSES:
        step(unit, text, toks, mentions)
    return mentions
