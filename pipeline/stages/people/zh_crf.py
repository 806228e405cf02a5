"""The Chinese name recogniser: a character CRF (python-crfsuite) over MSRA's PER / LOC / ORG tags, with Baidu
LAC's word tags as features. Trained by ``tools/train_people_models.py`` on the MSRA train split of
../shared/ner; the model file ships in ``pipeline/data/ner/``.

Features of a character: itself and its neighbours (±2), bigrams, a skip-bigram, character-type windows,
surname and compound-surname flags, "a title or speech verb follows" flags (先生, 主席, 说 …), the strength of the
character in transliterated names (``.foreign.txt`` beside the model: the share of the character's training
occurrences inside foreign-looking names, in three buckets: 斯 F3, 克 F2, 丁 F1) and LAC's tag with its B/I/E/S
position for the character and its neighbours.

The text is NFKC-normalised character by character (a character whose NFKC form is longer stays as it is), so
offsets are those of the caller's text and full- and half-width forms look alike.

The lists below are part of the model's feature definition, not the stage's vocabulary: changing them changes
the features the model was trained on, so they change only together with a retrained model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from pipeline.text.scripts import HAN_BMP

# The ~300 commonest single-character surnames and the compound ones (feature flags "sur", "csur").
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉"
    "禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银"
    "亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 西门 独孤 南宫".split()
)
DOTS = frozenset("·•・‧∙⋅")
# Words that often follow a name: titles, forms of address, speech verbs (flags "title@0/1/2").
TITLES_AFTER = frozenset(
    "总书记 主席 总理 委员长 部长 省长 市长 县长 书记 先生 女士 小姐 同志 教授 博士 医生 老师 大夫 院士 将军 总统 首相 大使 "
    "经理 厂长 校长 主任 局长 处长 科长 队长 师傅 师长 团长 连长 司令 政委 总裁 董事长 会长 秘书长 外长 议长 国王 王子 公主 "
    "老人 大爷 大娘 一家 夫妇 夫人 太太 等人 说 表示 指出 认为 强调 介绍 告诉 称".split()
)

Span = tuple[int, int]
_HAN_TYPE = re.compile(
    f"[{HAN_BMP}]"
)  # the ranges the model was trained with (not the compat. / ext. B+ ones)


def nfkc_chars(text: str) -> str:
    """``text`` NFKC-normalised character by character (same length, same offsets)."""
    out = []
    for ch in text:
        norm = unicodedata.normalize("NFKC", ch)
        out.append(norm if len(norm) == 1 else ch)
    return "".join(out)


def char_type(ch: str) -> str:
    if _HAN_TYPE.match(ch):
        return "C"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L" if ch.islower() else "U"
    if ch in DOTS:
        return "."
    if ch.isspace():
        return "S"
    if unicodedata.category(ch).startswith("P"):
        return "P"
    return "O"


def read_foreign_chars(path: Path) -> dict[str, str]:
    """The ``.foreign.txt`` table: character -> strength bucket (F1 / F2 / F3)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ch, bucket = line.split("\t")[:2]
            out[ch] = bucket
    return out


def lac_char_tags(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """LAC's word tag with the character's B/I/E/S position in the word, one per character."""
    out: list[str] = []
    for word, tag in pairs:
        if len(word) == 1:
            out.append("S-" + tag)
        elif word:
            out += ["B-" + tag] + ["I-" + tag] * (len(word) - 2) + ["E-" + tag]
    return out


def _flags(c: str, cp: str, cp2: str, cn: str, cn2: str, cn3: str) -> list[str]:
    f = []
    if c in SURNAMES:
        f.append("sur")
    if cp in SURNAMES:
        f.append("sur-1")
    if cp2 in SURNAMES:
        f.append("sur-2")
    if cp + c in COMPOUND_SURNAMES:
        f.append("csur-1")
    if c + cn in COMPOUND_SURNAMES:
        f.append("csur")
    if c + cn in TITLES_AFTER or c + cn + cn2 in TITLES_AFTER:
        f.append("title@0")
    if cn + cn2 in TITLES_AFTER or cn in TITLES_AFTER:
        f.append("title@1")
    if cn2 + cn3 in TITLES_AFTER:
        f.append("title@2")
    return f


def char_features(chars: str, lac_tags: Sequence[str], foreign: dict[str, str]) -> list[list[str]]:
    """One list of feature strings per character of ``chars`` (already NFKC-normalised)."""
    n = len(chars)
    pad = ["^2", "^1", *chars, "$1", "$2"]
    types = ["^", "^"] + [char_type(c) for c in chars] + ["$", "$"]
    strength = ["", ""] + [foreign.get(c, "") for c in chars] + ["", ""]
    feats = []
    for i in range(n):
        j = i + 2
        c, cp, cn, cp2, cn2 = pad[j], pad[j - 1], pad[j + 1], pad[j - 2], pad[j + 2]
        cn3 = pad[j + 3] if j + 3 < len(pad) else ""
        lt, lp, ln = lac_tags[i], (lac_tags[i - 1] if i else "^"), (lac_tags[i + 1] if i + 1 < n else "$")
        feats.append(
            [
                "b",
                "c=" + c,
                "c-1=" + cp,
                "c+1=" + cn,
                "c-2=" + cp2,
                "c+2=" + cn2,
                "b-1=" + cp + c,
                "b+1=" + c + cn,
                "b-2=" + cp2 + cp,
                "b+2=" + cn + cn2,
                "s=" + cp + cn,
                "t=" + types[j - 1] + types[j] + types[j + 1],
                "t2=" + "".join(types[j - 2 : j + 3]),
                "f=" + strength[j - 1] + "|" + strength[j] + "|" + strength[j + 1],
                *_flags(c, cp, cp2, cn, cn2, cn3),
                "l=" + lt,
                "l3=" + lp + "|" + lt + "|" + ln,
                "lc=" + lt + c,
            ]
        )
    return feats


def spans_of(tags: Sequence[str], label: str = "PER") -> list[Span]:
    """The ``label`` spans of a BIO tag sequence (an I- without a B- starts a span)."""
    spans: list[Span] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "B-" + label or (tag == "I-" + label and start is None):
            if start is not None:
                spans.append((start, i))
            start = i
        elif tag != "I-" + label:
            if start is not None:
                spans.append((start, i))
            start = None
    return spans


class ChineseTagger:
    """The Chinese CRF: BIO tags (PER / LOC / ORG) per character of a text unit, given LAC's output for it."""

    def __init__(self, model: Path) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))
        self.foreign = read_foreign_chars(model.with_suffix(".foreign.txt"))

    def tag(self, text: str, lac_pairs: Sequence[tuple[str, str]]) -> list[str]:
        chars = nfkc_chars(text)
        lac_tags = lac_char_tags(lac_pairs)
        if not chars:
            return []
        if len(lac_tags) != len(chars):  # LAC keeps every character; never seen otherwise
            lac_tags = (lac_tags + ["S-w"] * len(chars))[: len(chars)]
        return list(self._tagger.tag(char_features(chars, lac_tags, self.foreign)))
