"""The Chinese credit grammar built from pipeline/data/bylines.toml: its labels (with the organisation and
posting before them) and their kinds, report words, marks, fillers and the words that are no names. Read by
pipeline.text.bylines (the reader) and pipeline.text.bylines_en (the English vocabulary of the same file).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline.config import DATA_FILES
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN

REPORTER, PHOTOGRAPHER, EDITOR, OTHER, SOURCE = "reporter", "photographer", "editor", "other", "source"
KINDS = (REPORTER, PHOTOGRAPHER, EDITOR, OTHER, SOURCE)

# joiners of a combined label or mark: 文·图/, 文&图, 文并摄 (text and photos by one person: the reporter kind)
_COMBINED_JOINERS = ("·", "・", "&", "＆", "、", "/", "并", "及")
# a combined label: 并 joins marks only; 、 joins labels only before a delimiter (文、圖／X; 图、文并茂 is prose)
_LABEL_JOINERS = ("·", "・", "&", "＆", "/", "、")


@cache
def byline_data() -> dict[str, Any]:
    """The parsed pipeline/data/bylines.toml."""
    with open(DATA_FILES / "bylines.toml", "rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class ZhGrammar:
    label: re.Pattern[str]  # an organisation, a posting and a label (group "label")
    kind: dict[str, str]  # label -> kind
    report: re.Pattern[str]  # "[place]报道" as a whole token
    # "X从…获悉": a name (group "name") glued to 从, the source and a verb of learning
    learnt: re.Pattern[str]
    photo_marks: frozenset[str]
    writer_marks: frozenset[str]
    other_marks: frozenset[str]
    fillers: frozenset[str]
    conjunctions: tuple[str, ...]
    sent_from: tuple[str, ...]
    not_names: frozenset[str]
    story_openers: tuple[str, ...]  # longest first
    particles: frozenset[str]
    org_suffix: re.Pattern[str]
    orgs: frozenset[str]
    org_marks: tuple[str, ...]
    places: frozenset[str]  # where a reporter files from (沈阳, 成都): glued after a name, no part of it


def _posting(zh: dict[str, Any], labels: str, qualifiers: str, kind: dict[str, str]) -> str:
    """A posting between an outlet and its label: 驻 + a place (本报驻京 记者), and a glued posting (本报特派武汉记者: 特派 +
    a place, glued to the label; not a longer label opening with it, 特派员). The place holds no label: 本报特派记者孔一凡
    记者陶禾 is 特派记者's name, then a second label, no posting."""
    place = rf"(?:(?!{labels})[{HAN}]){{1,6}}?"
    apart = rf"(?:{alternation(zh['posting'])}){place}(?:{alternation(zh['posting_ends'])})?"
    longer = [w for w in kind if any(w != p and w.startswith(p) for p in zh["glued_postings"])]
    not_label = rf"(?!{alternation(longer)})" if longer else ""
    glued = rf"{not_label}(?:{alternation(zh['glued_postings'])}){place}(?=(?:{qualifiers})?(?:{labels}))"
    return rf"{apart}|{glued}"


@cache
def zh_grammar() -> ZhGrammar:
    zh = byline_data()["zh"]
    kind = {w: k for k in KINDS for w in zh[k]}
    kind |= _combined_labels(kind)
    alts = _label_alternatives(kind, zh)
    suffixes = alternation(zh["org_suffixes"])
    qualifiers = alternation(zh["qualifiers"])
    # an unknown outlet never runs over a paper's "this outlet" word: 孔一凡本报记者 is a name, then 本报's reporter
    this_outlet = alternation([o for o in zh["orgs"] if o.startswith("本")])
    unknown = rf"(?:(?!{this_outlet})[{HAN}]){{1,8}}?(?:{suffixes})"
    org = rf"(?:{alternation(zh['orgs'])}|(?:(?<![{HAN}A-Za-z0-9])|(?<=[讯电])){unknown})"
    # an outlet's app or edition after it, joined by · or - (大河报·豫视频) or glued (人民日报海外版, 广州日报新花城:
    # then no label or qualifier inside, so 新华社摄影记者 keeps its photographer label)
    labels = alternation(list(kind))
    # glued: the longest run of up to four characters before a label, unless the outlet is already followed by
    # one (新华社摄影记者 keeps 摄影记者; 安徽广播电视台海豚视频记者 reads the app 海豚视频, then 记者)
    before_label = rf"(?=(?:{qualifiers})?(?:{labels}))"
    postings = alternation(zh["posting"] + zh["glued_postings"])
    glued = rf"(?!(?:{qualifiers})?(?:{labels})|{postings})[{HAN}]{{1,4}}{before_label}"
    app = rf"(?:[·・•‧—–-][{HAN}A-Za-z0-9]{{1,6}}|{glued})"
    # a brand written in two scripts or with a sign: ETtoday新聞雲, 看看新闻Knews, 香港01, 南方+
    mixed = (
        rf"(?<![{HAN}A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9]{{1,11}}[{HAN}]{{1,4}}?|[{HAN}]{{2,8}}?[A-Za-z0-9]{{2,12}}"
        rf"|[{HAN}]{{2,6}}?\+)"
    )
    # an outlet with no known suffix opening the credit, glued to its label, the names after a space (羊城派记者
    # 钟宇航, 大公文匯全媒體記者 何凱琳); not inside a sentence (昨天记者从…, 他告诉记者：) nor after a name
    # (a label that is one whole word before the space is no outlet and a shorter label: 策划统筹 X is no 策划 + 统筹)
    lead = rf"(?<![^(（【\[])(?!(?:{labels})\s)[{HAN}]{{2,4}}(?=(?:{qualifiers})?(?:{labels})\s)"
    # or a paper's two-character short name glued to a reporter's label and to the name after it (温都记者孔一凡, 川观
    # 记者陶禾): no qualifier, label, posting or time word (昨天记者从…获悉 is a story's sentence)
    short = alternation(zh["reporter"])
    words = alternation(
        zh["qualifiers"] + list(kind) + zh["posting"] + zh["glued_postings"] + zh["story_openers"]
    )
    lead += rf"|(?<![^(（【\[])(?!{words})[{HAN}]{{2}}(?=(?:{short})[{HAN}])"
    posting = _posting(zh, labels, qualifiers, kind)
    # a short brand joined before a known outlet: 北青-北京头条 (any part of a joined word that is an outlet)
    joined = rf"(?:(?<![{HAN}A-Za-z0-9])[{HAN}A-Za-z0-9]{{1,6}}[·・•‧—–-](?={org}))?"
    # (a label word glued to a number is the story's subject, no label: 记者14日从长河大学获悉)
    label = re.compile(
        rf"(?:{joined}{org}{app}?|{mixed}|{lead})?\s*(?:{posting})?\s*(?:{qualifiers})?"
        rf"(?P<label>{'|'.join(alts)})(?!\d)\s*[:：/|丨—]?"
    )
    # at most ten characters before a report word, or a place and a full date (中央社記者張三台北2018年1月25日電), or a
    # country, its city and the city's Latin code (大纪元记者孔一凡美国华盛顿DC报导: twelve)
    dated = rf"[{HAN}]{{4,9}}\d{{4}}年\d{{1,2}}月\d{{1,2}}日"
    coded = rf"[{HAN}]{{4,11}}(?:[A-Z]\.?){{1,3}}"
    # a word that merely ends in a report word is none (国内资讯: a section heading, not 国内资 + 讯)
    not_report = rf"(?!.*(?:{alternation(zh['report_word_lookalikes'])})$)"
    report = re.compile(
        rf"^{not_report}(?P<pre>.{{0,10}}?|{dated}|{coded})(?:{alternation(zh['report_words'])})$"
    )
    learnt = re.compile(rf"^(?P<name>[{HAN}]{{2,3}})从[^，。,]{{1,30}}?(?:{alternation(zh['learnt_from'])})")
    return ZhGrammar(
        label=label,
        kind=kind,
        report=report,
        learnt=learnt,
        photo_marks=frozenset(zh["photo_marks"]),
        writer_marks=frozenset(zh["writer_marks"]) | _combined_marks(zh["writer_marks"], zh["photo_marks"]),
        other_marks=frozenset(zh["other_marks"]),
        fillers=frozenset(zh["fillers"]),
        conjunctions=tuple(zh["conjunctions"]),
        sent_from=tuple(zh["sent_from"]),
        not_names=frozenset(zh["not_names"]) | frozenset(zh["story_openers"]) | frozenset(kind),
        story_openers=tuple(sorted(zh["story_openers"], key=len, reverse=True)),
        particles=frozenset(zh["particles"]),
        org_suffix=re.compile(rf"(?:{suffixes})$"),
        orgs=frozenset(zh["orgs"]),
        org_marks=tuple(zh["org_marks"]),
        places=frozenset(zh["places"]),
    )


def _label_alternatives(kind: dict[str, str], zh: dict[str, Any]) -> list[str]:
    """The pattern of each label word, longest first, with the context that makes it a label."""
    marks = set(zh["photo_marks"])
    reports = [r for r in zh["report_words"] if len(r) > 1]
    not_before = zh["label_not_before"]
    alts = []
    for word in sorted(kind, key=len, reverse=True):
        # a label whose last character starts a report word is none there: 珠海报道 holds 海报 (a poster's label)
        not_report = "".join(rf"(?!{re.escape(r[1:])})" for r in reports if r[0] == word[-1])
        # a one-character label, a photo mark (文, 图, 摄, 摄影) or two joined by 、 is a label only where a credit
        # starts and a delimiter follows: "文/张三", "图：李四"; "张三/摄", "李四 文", "王五 摄影", 文静, 图为 are not labels
        # (after a comma too, which closes the field before it: 新华社记者X，摄影：Y)
        if word in marks or len(word) == 1 or "、" in word:
            # (a dash too, as a magazine sets its credits: 文/孔一凡 图—陶禾)
            alt = rf"(?<![^\s(（【\[|丨,，;；]){re.escape(word)}(?=\s*[/:：|丨—])"
            if word in marks and len(word) == 2:
                # after a comma closing the field before it, glued to the names (（记者X，摄影Y、Z）): a label too
                alt = rf"(?:{alt}|(?<=[,，;；]){re.escape(word)}(?=[{HAN}]{{2,3}}(?:[、,，;；)）\s]|$)))"
        elif word in zh["other_marks"]:
            # 编译：陶禾, 翻译 陶禾 are labels; 孔一凡整理, （陶禾 编译） are marks after a name (read by the reader)
            alt = rf"(?<![^\s(（【\[|丨]){re.escape(word)}(?=\s*[/:：|丨]|\s+[{HAN}])"
        else:
            alt = re.escape(word)
        # a label's word before 部 names a department (编辑部整理, 新华社摄影部): no label there
        # and no label before what makes another word of its last character (报道员工: 报道, 员工)
        after = "".join(rf"(?!{re.escape(c)})" for c in not_before.get(word, []))
        alts.append(alt + not_report + after + "(?!部)")
        if len(word) == 2 and word not in marks:
            # a two-character label padded to the width of a longer one before its colon: 审　　核：李　源
            alts.append(
                rf"(?<![^\s(（【\[|丨]){re.escape(word[0])}[ \u3000]{{1,4}}{re.escape(word[1])}(?=\s*[:：])"
            )
    return alts


def _combined_labels(kind: dict[str, str]) -> dict[str, str]:
    """A one-character label joined to another of one or two characters (文·图, 文&摄, 图、文, 文/视频, 图/文字): the
    reporter's kind when either is the reporter's, as 文/图 and 图/文 (a combined credit names the writer). A person's
    title (记者, 作者) joins none: 图/记者 X is the photo label, then the photographer's title."""
    short = [w for w, k in kind.items() if len(w) == 1 and k in (REPORTER, PHOTOGRAPHER)]
    paired = [
        w
        for w, k in kind.items()
        if len(w) <= 2 and k in (REPORTER, PHOTOGRAPHER) and not w.endswith(("者", "员"))
    ]
    out: dict[str, str] = {}
    for a in short:
        for b in paired:
            if a != b:
                both = REPORTER if REPORTER in (kind[a], kind[b]) else PHOTOGRAPHER
                out |= {f"{a}{j}{b}": both for j in _LABEL_JOINERS if f"{a}{j}{b}" not in kind}
    return out


def _combined_marks(writer: list[str], photo: list[str]) -> frozenset[str]:
    """A writer mark and a photo mark joined after a name (孙毅 文并摄, 仇一鸣 文/摄): the writer's mark."""
    return frozenset(f"{w}{j}{p}" for w in writer for p in photo if len(w) == 1 for j in _COMBINED_JOINERS)
