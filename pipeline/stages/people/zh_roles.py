"""The role of a Chinese name: the title run right before it (杭州市副市长李明华), a title right after it with
the organisation before the name (北京大学深圳研究生院黄晓锋副教授), or a 是-clause (张国栋……，是县交通运输局局长).

The title run is read backwards from the name, one token at a time; ``TITLE_RUN_RULES`` says which tokens
belong to it."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.vocabulary import is_role_zh, simplify, vocabulary
from pipeline.text.scripts import HAN

_QUOTES_ZH = frozenset({"“", "”", "「", "」", "《", "》", '"'})
# LAC tags of the words an office is made of: organisations, places, nouns, numbers, directions, adjectives…
_TITLE_TAGS = frozenset({"ORG", "LOC", "n", "nz", "nw", "an", "vn", "m", "f", "s", "a"})
_AND_ZH = frozenset({"和", "与", "及"})


def org_glue_zh(toks: list[Token], j: int, after: Token) -> bool:
    """Token ``j`` (a verb / particle for LAC) belongs to the title or organisation after it: a title
    modifier (执行 + 主席), a one-character organisation suffix after an organisation or noun (监测中心 + 站,
    防治 + 所), or a verb right before such a suffix (共策 + 会)."""
    word, tag = toks[j].word, toks[j].tag
    suffixes = vocabulary().org_suffixes_zh
    if tag in {"w", "PER", "TIME", "p", "r", "c", "d", "q"} or word == "的":
        return False
    if simplify(word) in vocabulary().title_prefixes_zh and is_role_zh(after.word):
        return True
    if len(word) == 1 and word in suffixes:
        return j - 1 >= 0 and toks[j - 1].tag in {"ORG", "LOC", "n", "nz", "nw", "vn", "v"}
    return tag in {"v", "vn"} and len(after.word) == 1 and after.word in suffixes


# ------------------------------------------------------------------------------ the title run before

# A rule looks at token ``j`` with the run read so far (``parts``, nearest the name first) and returns None
# when it does not apply, [] when the run ends here, or the tokens to add to the run (going backwards).
TitleRunRule = Callable[[list[Token], int, list[Token]], list[Token] | None]


def _enumeration_comma(toks: list[Token], j: int, parts: list[Token]) -> list[Token] | None:
    """中央网信办副主任、国家网信办副主任盛荣华: a 、 between two titles keeps both; any other 、 ends the run."""
    if toks[j].word != "、":
        return None
    if parts and j - 1 >= 0 and toks[j - 1].tag not in {"PER", "w"} and is_role_zh(toks[j - 1].word):
        return [toks[j]]
    return []


def _title_word(toks: list[Token], j: int, parts: list[Token]) -> list[Token] | None:
    word, tag = toks[j].word, toks[j].tag
    return [toks[j]] if tag in _TITLE_TAGS or is_role_zh(word) else None


def _quote_in_title(toks: list[Token], j: int, parts: list[Token]) -> list[Token] | None:
    """瑞典“一带一路”研究所副所长: quotation marks inside an organisation name."""
    return [toks[j]] if toks[j].word in _QUOTES_ZH and parts else None


def _glued_to_title(toks: list[Token], j: int, parts: list[Token]) -> list[Token] | None:
    """执行主席, 共策会会长, 防治所专家: see :func:`org_glue_zh`."""
    return [toks[j]] if parts and org_glue_zh(toks, j, parts[-1]) else None


def _possessive_title(toks: list[Token], j: int, parts: list[Token]) -> list[Token] | None:
    """武主任的助理, 柯达公司的创始人: "<organisation or titled person>的<title>"."""
    if not (toks[j].word == "的" and parts and is_role_zh(parts[-1].word) and j - 1 >= 0):
        return None
    owner = toks[j - 1]
    if owner.tag == "ORG" or (owner.tag == "PER" and is_role_zh(owner.word)):
        return [toks[j], owner]
    return None


def _conjunction_inside(toks: list[Token], j: int, parts: list[Token]) -> list[Token] | None:
    """A conjunction-tagged word that is not "and / or" (LAC tags some title pieces c)."""
    word = toks[j].word
    if toks[j].tag == "c" and word not in {"和", "与", "及", "以及", "并", "或", "而", "、"}:
        return [toks[j]]
    return None


def _and_between_organisations(toks: list[Token], j: int, parts: list[Token]) -> list[Token] | None:
    """和 / 与 / 及 joining two organisation nouns of one office (not two titles: 局长和处长 are two persons'
    titles)."""
    if (
        toks[j].word in _AND_ZH
        and parts
        and j - 1 >= 0
        and toks[j - 1].tag in {"n", "ORG", "LOC"}
        and parts[-1].tag in {"n", "ORG", "c"}
        and not is_role_zh(toks[j - 1].word)
    ):
        return [toks[j]]
    return None


TITLE_RUN_RULES: tuple[TitleRunRule, ...] = (
    _enumeration_comma,
    _title_word,
    _quote_in_title,
    _glued_to_title,
    _possessive_title,
    _conjunction_inside,
    _and_between_organisations,
)


def _title_run(toks: list[Token], idx: int) -> list[Token]:
    """The tokens before ``toks[idx]`` that ``TITLE_RUN_RULES`` accept, nearest first."""
    parts: list[Token] = []
    j = idx - 1
    while j >= 0:
        taken = next((t for rule in TITLE_RUN_RULES if (t := rule(toks, j, parts)) is not None), [])
        if not taken:
            break
        parts.extend(taken)
        j -= len(taken)
    return parts


def _first_of_a_name_list(toks: list[Token], idx: int) -> Token | None:
    """The first name of the 、-list of names that ``toks[idx]`` continues (国务委员王勇、谌贻琴: 王勇), else None."""
    first = None
    j = idx - 1
    while j >= 1 and toks[j].word == "、" and toks[j - 1].tag == "PER":
        first = toks[j - 1]
        j -= 2
    return first


def zh_role_before(text: str, toks: list[Token], start: int) -> str | None:
    """The title words just before a Chinese name: 杭州市副市长李明华 -> 杭州市副市长. A name listed after others
    with 、 and no title of its own shares the title before the list (外交部发言人林剑、郭嘉昆: both spokespersons;
    Chinese copy writes a shared title once)."""
    idx = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    parts = _title_run(toks, idx)
    if not parts and (first := _first_of_a_name_list(toks, idx)) is not None:
        return zh_role_before(text, toks, first.start)
    if not parts or not is_role_zh(parts[0].word):
        return None
    parts.reverse()
    while parts and (parts[0].tag in {"m", "f", "a"} or parts[0].word in {"、", "和", "与", "及"}):
        parts = parts[1:]
    # drop a leading credit or dateline word that is not part of the office (记者, 电)
    role = text[parts[0].start : parts[-1].end] if parts else ""
    role = re.sub(r"^(?:记者|本报记者|新华社记者)", "", role).strip("、 ")
    if role.count("“") != role.count("”") or role.count("《") != role.count("》"):
        role = role.lstrip('“”《》「」"')
    if not role or len(role) > 60:
        return None
    return role


# ------------------------------------------------------------------------------ a title after the name


def _title_after(text: str, toks: list[Token], end: int) -> tuple[str | None, Token | None]:
    """The title word right after the name ending at ``end``, and LAC's next token."""
    nxt = next((t for t in toks if t.start >= end), None)
    if nxt is not None and nxt.start == end and nxt.tag in {"n", "nz", "nw"} and is_role_zh(nxt.word):
        return nxt.word, nxt
    # LAC sometimes glues the title to the name (黄晓锋副教授); the name was cut before it
    m = re.match(rf"[{HAN}]{{1,4}}", text[end:])
    for suffix in vocabulary().strip_suffix_zh:
        if m and m.group(0).startswith(suffix) and is_role_zh(suffix):
            return suffix, nxt
    return None, nxt


def zh_role_after(text: str, toks: list[Token], start: int, end: int) -> str | None:
    """A title right after the name, with the organisation before it: 北京大学深圳研究生院黄晓锋副教授 ->
    北京大学深圳研究生院副教授; 胡锦涛总书记 -> 总书记."""
    title, nxt = _title_after(text, toks, end)
    if not title:
        return None
    if simplify(title) in {"代表", "负责人", "主持人"} and not (nxt and nxt.tag == "n"):
        return None
    idx = next((i for i, t in enumerate(toks) if t.end > start), len(toks))
    j = idx - 1
    first = start
    while j >= 0:
        word, tag, s, _e = toks[j]
        if tag in {"ORG", "LOC", "n", "nz", "nt", "ns"} and not is_role_zh(word) and s < start:
            first = s
            j -= 1
            continue
        if s < start and j + 1 < len(toks) and not is_role_zh(word) and org_glue_zh(toks, j, toks[j + 1]):
            first = s  # 深圳市环境监测中心 + 站 (a verb for LAC)
            j -= 1
            continue
        break
    return (text[first:start] + title).strip()


# ------------------------------------------------------------------------------------- a 是-clause

_ZH_COPULA = re.compile(
    r"(?:[^，。；！？“”]{0,12}[，,])?\s*(?:(?:[他她]|其)(?:现在|目前|现|曾|也)?)?(?:现在|目前|现|也)?是"
    r"(?P<r>[^，。；！？、“”（）()]{2,30}?)(?=[，。；！？]|$)"
)


def zh_copula_role(text: str, end: int, next_start: int) -> str | None:
    """ "<name>是<title>" in the name's sentence, or "他是/她是<title>" opening the next one, before any other
    person: 张国栋今年52岁，是县交通运输局局长 -> 县交通运输局局长. The phrase must end with a title word."""
    rest = text[end:next_start]
    m = _ZH_COPULA.match(rest)
    if not m:
        nxt = re.match(r"[^。！？；]*[。！？；]\s*(?=[他她]是)", rest)
        if nxt:
            m = _ZH_COPULA.match(rest[nxt.end() :])
    if not m:
        return None
    role = m.group("r").strip()
    if not is_role_zh(role) or re.match(r"(?:一名|一位|一个|个)?(?:好|优秀|普通)", role):
        return None
    return re.sub(r"^(?:一名|一位|一个)", "", role) or None
