"""Names in bylines and credit lines: "（记者张明、李华 通讯员王强）", "文/圖 記者 張三", "李四摄",
"（来源：光明日报 作者：张三 编辑：李四）", "By LISA MASCARO and ERIC TUCKER, Reuters", "Jane Doe / AFP".

One grammar for every Chinese credit: an optional organisation and posting (新华社, 本报驻京), a label whose
kind says what the names after it are (reporter 记者, photographer 摄影, editor 编辑, other 通讯员, source 来源),
then names, each run ended by a mark (摄: photographed, 文: wrote, 北京报道). The vocabulary is data
(pipeline/data/bylines.toml); labels are matched on text whose traditional characters were folded to simplified
ones (same length, so names are cut from the text as printed). English bylines: the line forms of the data, the
names split and checked against agencies, organisation words and roles (pipeline.text.bylines_en).

This module reads a line: it strips what is no credit, finds the labels, cuts the line into segments (a label and
the words after it) and decides whether the line is a credit at all; the words of each segment are read by
pipeline.text.credit_reader (names, marks, report words). Shared by the extractor (authors, editors, photographers)
and the lead-paragraph dateline reader in pipeline.text.datelines.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.credit_grammar import EDITOR as EDITOR  # the roles, for the readers of this module too
from pipeline.text.credit_grammar import (
    OTHER,
    PHOTOGRAPHER,
    REPORTER,
    SOURCE,
    byline_data,
    zh_grammar,
)
from pipeline.text.credit_names import (
    PLAIN_NAME,
    bare_glued_names,
    has_surname,
    is_organisation,
    name_before_outlet,
    token_spans,
    without_affiliations,
)
from pipeline.text.credit_reader import (
    SLASH_REPORT,
    Mode,
    RunReader,
    fold_credit_chars,
)
from pipeline.text.credit_reader import Credit as Credit
from pipeline.text.credit_reader import CreditRun as CreditRun
from pipeline.text.credit_residue import DATE_STAMP, without_residue
from pipeline.text.credit_shapes import (
    bullet_mouth,
    journalist_in_story,
    name_closes_line,
    names_apart,
    story_after_report,
)
from pipeline.text.credit_wechat import by_writers, stamp_writers
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN, HAN_RUN, nfkc

NAME_ZH = rf"[{HAN}·]{{2,4}}"  # a name in a credit pattern: two to four characters (and the middle dot)
NAMES_ZH = rf"{NAME_ZH}(?:[\s、，,]+{NAME_ZH}){{0,3}}"  # up to four names: "萧潇、张妍", "张建 周长庆"

_DECORATION_HEAD = re.compile(r"^[\s□■●◆◇▲△▼★☆◎○◉☉⊙—\-–|【\[（(〔「『〈<《]*")
_DECORATION_TAIL = re.compile(r"[\s】\]）)〕」』〉>》。.]*$")
# a whole credit line ends with its bracket: a sentence after it makes the text a lead (（记者张三）今天，…)
_STORY_AFTER_BRACKET = re.compile(r"[）)】\]〕][^（(【\[〔）)】\]〕]*[，,。！？；!?;]")
# a Taiwanese author field closing a credit line: 记者孔一凡／台北报导 (a slash, a place or 综合, a report word)
_SLASH_FIELD_END = re.compile(rf"/\s*{SLASH_REPORT.pattern}\s*$")
# the outlet part of a credit before its first label is short and has no sentence in it
_LEAD_OUTLET = re.compile(r"[^，。；！？,;!?]{1,24}")
HAN_DIGIT_DATE = re.compile(r"\d{1,2}[月日]")
_SPACES = re.compile(r"\s+")


def label_kind(label: str) -> str | None:
    """The kind of a Chinese credit label (traditional or simplified): reporter, editor, photographer,
    other, source; None when it is no label."""
    return zh_grammar().kind.get(_SPACES.sub("", fold_credit_chars(nfkc(label))).strip(":：/"))


def is_not_a_name(word: str) -> bool:
    """A word that looks like a name in a credit but is not one (完, 图片, 本报, 记者, 北京 …)."""
    return fold_credit_chars(nfkc(word)) in zh_grammar().not_names


def read_credits_zh(
    text: str, mode: Mode = "whole", start: int = 0, *, one_mark_photographs: bool = True
) -> CreditRun | None:
    """The credits of a Chinese credit text.

    ``whole``: the text is nothing but credits (a byline line, a closing parenthesis); None when a token is
    neither a name nor a credit word. ``lenient``: a short header line ("来源：人民网 作者：张三 2012-01-12"):
    a run ends at the first token that is no name, reading resumes at the next label. ``inline``: a run
    starting at ``start`` inside a sentence ("本报讯 记者李长云报道：…"), ended by a report word, sentence
    punctuation or a word that is no name; ``end`` says where. Offsets are in ``nfkc(text)``. A whole line of
    fields set apart by bars (作者：X|来源：长河日报|日期：…) that reads as no credit is read field by field.
    ``one_mark_photographs``: in a line read whole, names that all end under one photo mark, a correspondent's label
    between, are all photographers (_photographed_under_one_mark); the closing reader, whose first name is the
    story's reporter too, reads without it.
    """
    run = _header_writers(text) if mode == "whole" else None
    run = _read_credits_zh(text, mode, start) if run is None else run
    run = _bar_fields(text) if run is None and mode == "whole" else run
    run = _stamped_glued_names(text) if run is None and mode == "whole" else run
    if run is not None and mode == "whole" and one_mark_photographs:
        _photographed_under_one_mark(run, text)
    return run


def _stamped_glued_names(text: str) -> CreditRun | None:
    """The writers of an article's meta line that is its date stamp and their names glued together, no label and no
    space (2021-06-03 07:27孔一凡陶小禾: a periodical site's header): the names cut as a dateline bracket's glued names
    are (``bare_glued_names``); None otherwise."""
    t = nfkc(text).strip()
    stamp = DATE_STAMP.match(t)
    names = bare_glued_names(t[stamp.end() :]) if stamp else []
    return CreditRun(credits=[Credit(REPORTER, n) for n in names]) if names else None


def _header_writers(text: str) -> CreditRun | None:
    """The writers of a WeChat header line (原创 X 账号 …, 日期 X Y 账号) or of a Latin "by" before Chinese names
    (pipeline.text.credit_wechat); None otherwise."""
    names = stamp_writers(text) or by_writers(text)
    return CreditRun(credits=[Credit(REPORTER, n) for n in names]) if names else None


# a photo mark closing the line (摄, 拍摄; traditional folded), brackets and a full stop after it
_CLOSING_PHOTO_MARK = re.compile(r"(?:摄|拍摄)[\s）)】\]〕。.]*$")


def _photographed_under_one_mark(run: CreditRun, text: str) -> None:
    """The reporters of a credit whose names all end under one photo mark, a correspondent's or an intern's label
    between (（长河日报全媒记者 孔一凡 通讯员 陶禾 林大川 摄）, 记者 X 通讯员 Y摄), become its photographers: the mark credits
    every name of the line, as a spaced run under one mark reads (新华社记者 X Y摄). Not when the line says who wrote
    (文, 撰文, 作者 as a word of its own: 记者 X 文 Y 摄, 文/记者 X 通讯员 Y 摄) or names other roles."""
    f = fold_credit_chars(nfkc(text))
    roles = [c.role for c in run.credits]
    if not _CLOSING_PHOTO_MARK.search(f) or set(roles) != {REPORTER, PHOTOGRAPHER} or _WRITER_WORD.search(f):
        return
    if roles != sorted(roles, key=lambda r: r == PHOTOGRAPHER):
        return  # a photographer before a reporter: two credits, not one run under the mark
    kinds = [label_kind(m.group("label")) for m in zh_grammar().label.finditer(f)]
    if len(kinds) == 2 and kinds[0] == REPORTER and kinds[1] == OTHER:
        run.credits = [Credit(PHOTOGRAPHER, c.name) for c in run.credits]


# a writer's mark or label standing as a word of its own (记者 X 文 Y 摄, 文/记者 X, 作者：X): the line says who wrote
_WRITER_WORD = re.compile(rf"(?<![{HAN}])(?:文|撰文|撰稿|采写|执笔|作者|文字)(?![{HAN}])")


# fields of a page's header or a video's title set apart by bars: 作者：X|来源：长河日报|版面：第05版
_FIELD_BAR = re.compile(r"[|丨｜│┃]")


def _bar_fields(text: str) -> CreditRun | None:
    """The credits of the fields of ``text`` that read as credit lines, when one of them is labelled (作者：X,
    记者 X Y), says where its names filed from (长河观察 | 孔一凡 发自东京: a column's name, then its writer's) or a
    field of bare names stands beside an outlet's (X|《长河日报》（2025年05月08日第09版）); None otherwise (首页 | 长河新闻
    | 正文 names nobody)."""
    fields = [f.strip() for f in _split_at_field_bars(nfkc(text))]
    if len(fields) < 2:
        return None
    runs = [r for r in (_read_credits_zh(f, "whole") for f in fields if f) if r and r.credits]
    outlet = any(
        f.startswith("《") or is_organisation(f) or _FILED_FROM.search(fold_credit_chars(f)) for f in fields
    )
    if not runs or not (outlet or any(r.labelled for r in runs)):
        return None
    return CreditRun(
        credits=[c for r in runs for c in r.credits],
        labelled=any(r.labelled for r in runs),
        reported=any(r.reported for r in runs),
    )


def _split_at_field_bars(text: str) -> list[str]:
    """``text`` cut at its bars, but for a bar right after a credit's label: that one is the label's colon (作者丨X
    编辑丨Y, a WeChat header's way), and cutting there would leave the label's name alone as a field of bare names."""
    fields, start = [], 0
    for bar in _FIELD_BAR.finditer(text):
        before = text[: bar.start()].rstrip()
        if any(label_kind(before[-k:]) for k in range(1, min(len(before), _LABEL_CHARS) + 1)):
            continue
        fields.append(text[start : bar.start()])
        start = bar.end()
    return [*fields, text[start:]]


# where a field's names filed from, after them and a space (孔一凡 发自东京): a reporter's field
_FILED_FROM = re.compile(rf"[{HAN}]\s+发自[{HAN}]{{2,8}}$")

# a credit's label is at most this long (特约通讯员, 责任编辑, 摄影记者)
_LABEL_CHARS = 6


def _read_credits_zh(text: str, mode: Mode, start: int = 0) -> CreditRun | None:
    # bullets, entities; in a line read whole or loosely a phone number, date stamps, the page's fields after it
    t = without_residue(nfkc(text), whole=mode != "inline")
    f = fold_credit_chars(t)
    if mode != "inline":
        t, f = without_affiliations(t, f)
        t, f = _without_photo_mark_outlets(t, f)
        t, f = _without_picture_outlet(t, f)
    if mode == "whole":
        t, f = _without_channel_before_bracket(t, f)
    lo, hi = start, len(t)
    if mode == "whole":
        lo = _DECORATION_HEAD.match(f).end()  # type: ignore[union-attr]
        lo += bullet_mouth(f, lo)
        hi = max(lo, _DECORATION_TAIL.search(f).start())  # type: ignore[union-attr]
        if _STORY_AFTER_BRACKET.search(f, lo, hi) or story_after_report(f, lo, hi):
            return None
    reader = RunReader(mode)
    labels = list(zh_grammar().label.finditer(f, lo, hi))
    t, f, labels = _repeated_outlets(t, f, labels, lo, hi)
    if mode == "whole":
        t, f = _full_stops_between_fields(t, f, labels)
    if mode == "inline" and (not labels or f[lo : labels[0].start()].strip()):
        return None  # an inline run starts with its label
    reader.run.labelled = bool(labels)
    bounds = _segments(f, labels, lo, hi)
    apart = bool(labels) and (
        names_apart(f, labels[0])
        or f[lo : labels[0].start()].rstrip().endswith(("/", "|", "丨"))
        or bool(_SLASH_FIELD_END.search(f, labels[0].end(), hi))  # 长河振道记者X／长河报导: an author field
        or name_closes_line(f, labels[0], hi)  # 长河中文电视记者孔一凡: the outlet, the label, one name
    )
    if mode == "whole" and apart and _is_lead_outlet(t, f, bounds[0]):
        bounds = bounds[
            1:
        ]  # 都市快报 橙柿互动记者 X, 读创/深圳商报记者 X, am730記者 X: the outlet, whatever its words
    elif mode == "whole" and labels:
        glued = _name_glued_to_outlet(t, f, lo, labels[0])
        filed = None if glued else _name_as_lead_outlet(t, f, lo, labels[0], hi)
        if glued or filed:  # 孔一凡长河日报记者陶禾: a signature's name, then its outlet and label
            reader.run.credits.append(Credit(REPORTER, glued or filed or ""))
            bounds[0] = (lo, lo, None, False)
        if filed:  # 孔一凡記者 高雄報導: only where it was filed from after the label, no name there
            reader.run.reported = True
            bounds = bounds[:1]
    read_before = 0  # how many credits the segments before the current one gave
    for n, (seg_start, seg_end, kind, colon) in enumerate(bounds):
        if n and n == len(bounds) - 1 and not f[seg_start:seg_end].strip():
            _closing_mark(
                reader.run, f, labels[-1], read_before
            )  # 编辑/孔一凡撰文: the label ending the line
        read_before = len(reader.run.credits)
        if seg_start >= seg_end or (mode == "lenient" and kind is None):
            continue  # a loosely read line: names count only after a label
        ok = reader.segment(t, f, seg_start, seg_end, kind, colon)
        if not ok and mode == "whole":
            return None
        if not ok and (mode == "inline" or reader.stopped and mode != "lenient"):
            break
        reader.stopped = False
    if mode == "inline" and not reader.run.reported:
        reader.run.credits = [c for c in reader.run.credits if c.name not in reader.unsure]
    if mode == "inline" and journalist_in_story(f, labels[0].start(), reader.run.end):
        return None  # 知名调查记者孔一凡在…, 据记者孔一凡消息：a journalist in the story, no byline
    return reader.run


def _name_glued_to_outlet(text: str, folded: str, lo: int, label: re.Match[str]) -> str | None:
    """The name glued before the outlet of a whole line's first label (孔一凡长河日报记者陶禾 -> 孔一凡), which the
    label pattern reads as part of an unknown outlet; None when the words before the label are no name and outlet."""
    run = folded[lo : label.start("label")]
    qualifier = next((q for q in _qualifiers() if run.endswith(q)), "")
    # 融媒 is a qualifier (融媒记者) and an outlet's suffix (云溪融媒): the run as it stands first
    k = name_before_outlet(run) or name_before_outlet(run[: len(run) - len(qualifier)])
    return text[lo : lo + k] if k else None


def _name_as_lead_outlet(text: str, folded: str, lo: int, label: re.Match[str], hi: int) -> str | None:
    """The name glued before a whole line's first label that the label pattern read as an outlet, when only where the
    story was filed from follows after a space (范一凡記者 台南報導, 孔一凡记者 综合报导: Taiwan's reversed byline); None
    when a name follows the label (羊城派记者 X: the outlet's) or the word is no name or an outlet."""
    run = folded[lo : label.start("label")]
    report = zh_grammar().report.match(folded[label.end() : hi].strip())
    if label.start() != lo or not report or not _filed_from(report.group("pre")):
        return None
    if not PLAIN_NAME.fullmatch(run) or len(run) > 3 or not has_surname(run) or is_organisation(run):
        return None
    return text[lo : lo + len(run)]


def _filed_from(pre: str) -> bool:
    """The words before a report word say where or how the story was filed (台南, 综合, none), not whose it is (孔一凡报道:
    a name glued to the report word)."""
    g = zh_grammar()
    kinds = {w.removesuffix("报道") for w in byline_data()["zh"]["report_words"] if w.endswith("报道")}
    return not pre or pre in g.places or pre in kinds


@cache
def _qualifiers() -> tuple[str, ...]:
    """The words that qualify a label (特约, 融媒体), longest first."""
    return tuple(sorted(byline_data()["zh"]["qualifiers"], key=len, reverse=True))


# a picture or a video credited to an organisation closing a credit line (文/记者孔一凡 图/新华社, …孔一凡供图/长河日报,
# 记者孔一凡 视频/长河日报); 图 glued to a three-character name too (记者 孔一凡图/长河日报: the name, then the field)
_PICTURE_OUTLET = re.compile(
    rf"(?:供图|(?<![{HAN}])(?:图片|摄影|图|摄|视频)|(?<=(?<![{HAN}])[{HAN}]{{3}})图)"
    rf"\s*[/:：]\s*(?P<org>[{HAN}A-Za-z·]{{2,12}})[\s。.]*$"
)


def _without_picture_outlet(text: str, folded: str) -> tuple[str, str]:
    """A closing field crediting the pictures to an organisation (图/新华社, 供图/长河日报: a desk or an agency, no
    person) names nobody: blanked (same length), so the names before it keep their own label's role, a photo mark
    glued to the last name included (文/本报记者孔一凡供图/新华社: 供图 is the label of 新华社's field)."""
    m = _PICTURE_OUTLET.search(folded)
    if not m or not folded[: m.start()].strip() or not is_organisation(m.group("org")):
        return text, folded
    if folded[m.start()] == "图" and HAN_RUN.fullmatch(folded[m.start() - 1 : m.start()]):
        if not has_surname(folded[m.start() - 3 : m.start()]):
            return text, folded  # 记者 示意图/新华社 is no name and its mark
    pad = " " * (len(folded) - m.start())
    return text[: m.start()] + pad, folded[: m.start()] + pad


# a portal, and its channel after a middle dot or a bar, before a credit's bracket that closes the line (长河网 · 图片长河
# （记者 X 摄）, 长河网南山频道（X 摄）, 长河图片网（X 摄）): where the item stands, no credit
_CHANNEL_BEFORE_BRACKET = re.compile(
    rf"^\s*(?P<org>[{HAN}A-Za-z]{{2,12}})(?:\s*[·・|]\s*[{HAN}]{{2,8}})?\s*(?=[（(][^（）()]+[）)]\s*$)"
)
# a team or desk of an outlet named before the photographer in a closing bracket (（长河网新闻航拍队，X 摄）): no name
_TEAM_BEFORE_NAME = re.compile(
    rf"(?<=[（(])\s*(?P<team>[{HAN}A-Za-z]{{4,16}})\s*[，,]\s*(?=[^，,（）()]+[）)]\s*$)"
)


def _without_channel_before_bracket(text: str, folded: str) -> tuple[str, str]:
    """A portal (an organisation's word), its channel glued or after a middle dot or a bar, before the bracket of a
    credit line, is blanked (same length), and so is a team whose name opens with an outlet's before a comma at the
    bracket's start: the bracket is read as it is alone."""
    team = _TEAM_BEFORE_NAME.search(folded)
    if team and _is_outlet_team(team.group("team")):
        pad = " " * (team.end() - team.start())
        text = text[: team.start()] + pad + text[team.end() :]
        folded = folded[: team.start()] + pad + folded[team.end() :]
    m = _CHANNEL_BEFORE_BRACKET.match(folded)
    if not m or not is_organisation(m.group("org")):
        return text, folded
    pad = " " * m.end()
    return pad + text[m.end() :], pad + folded[m.end() :]


def _is_outlet_team(word: str) -> bool:
    """A word opening with an outlet's name and holding no credit label: a team or a desk of the outlet (长河网新闻航拍队),
    no credit (新华社记者孔一凡 before a comma and 摄影：陶禾 is the reporter's)."""
    openers = any(is_organisation(word[:k]) for k in range(3, len(word) + 1))
    return openers and not zh_grammar().label.search(word)


@cache
def _photo_mark_slash() -> re.Pattern[str]:
    """A photo mark read after a name (摄, 拍摄, 翻摄: the marks ending in 摄), then a slash and a word that may be
    an outlet, ending the line or followed by a space or a closing bracket."""
    marks = alternation([m for m in zh_grammar().photo_marks if m.endswith("摄")])
    return re.compile(rf"(?P<mark>{marks})\s*/\s*(?P<org>[{HAN}A-Za-z0-9·]{{2,12}})(?=[\s。.）)】\]]|$)")


def _without_photo_mark_outlets(text: str, folded: str) -> tuple[str, str]:
    """A photo mark after a name, then a slash and an outlet (记者 孔一凡摄/长河日报, 记者孔一凡 摄／长河日报, 孔一凡 摄 /
    新华社): the slash is no 摄/ label there, whose slash a name follows: the mark is the name's (a photographer, as in
    记者 孔一凡 摄) and the outlet whose photographer he is names nobody; the slash and the outlet are blanked (same
    length). A mark set apart after a label that has a slash of its own (文/孔一凡 摄/新华社) is a field as 文/ is:
    the pictures credited to the outlet (``_without_picture_outlet``)."""
    for m in _photo_mark_slash().finditer(folded):
        before = folded[: m.start()]
        if not HAN_RUN.fullmatch(before.rstrip()[-1:]) or not is_organisation(m.group("org")):
            continue
        if before != before.rstrip() and _slash_label_before(folded, m.start()):
            continue
        a, b = m.end("mark"), m.end()
        pad = " " * (b - a)
        text, folded = text[:a] + pad + text[b:], folded[:a] + pad + folded[b:]
    return text, folded


def _slash_label_before(folded: str, at: int) -> bool:
    """A label before ``at`` delimited by a slash or a bar (文/孔一凡, 文丨孔一凡): the line is made of fields."""
    return any(
        m.group(0).rstrip()[-1:] in ("/", "|", "丨") for m in zh_grammar().label.finditer(folded, 0, at)
    )


def _repeated_outlets(
    text: str, folded: str, labels: list[re.Match[str]], lo: int, hi: int
) -> tuple[str, str, list[re.Match[str]]]:
    """The outlet of the first label repeated right before a later label (长河周末记者 孔一凡 长河周末实习生 陶禾,
    长河网记者孔一凡长河网通讯员陶禾, 长河周末记者孔一凡长河周末通讯员陶禾) is that label's outlet, no name: blanked (same
    length, so offsets hold), and the labels found again."""
    if len(labels) < 2:
        return text, folded, labels
    outlet = folded[labels[0].start() : labels[0].start("label")].strip(" 【[（(")
    outlet = next((outlet[: -len(q)] for q in _qualifiers() if outlet.endswith(q)), outlet)
    # an outlet the label pattern does not know, glued before the first label (长河周末记者孔一凡长河周末通讯员陶禾):
    # the words before it, when they stand again before a later label
    glued = folded[lo : labels[0].start()].strip(" 【[（(")
    first = (
        not outlet and 2 <= len(glued) <= 8 and any(folded[: m.start()].endswith(glued) for m in labels[1:])
    )
    outlet = glued if first else outlet
    if len(outlet) < 2 or not HAN_RUN.fullmatch(outlet):
        return text, folded, labels
    blanked = False
    if first:
        at = labels[0].start() - len(outlet)
        pad = " " * len(outlet)
        text, folded = (
            text[:at] + pad + text[labels[0].start() :],
            folded[:at] + pad + folded[labels[0].start() :],
        )
    for m in labels[1:]:
        at = m.start() - len(outlet)
        if at >= lo and folded[at : m.start()] == outlet:
            pad = " " * len(outlet)
            text, folded = text[:at] + pad + text[m.start() :], folded[:at] + pad + folded[m.start() :]
            blanked = True
    return (
        (text, folded, list(zh_grammar().label.finditer(folded, lo, hi)))
        if blanked
        else (text, folded, labels)
    )


def _full_stops_between_fields(text: str, folded: str, labels: list[re.Match[str]]) -> tuple[str, str]:
    """A full stop right before a label ends the labelled field before it (（作者孔一凡。来源：长河书院）): a separator
    there, as a space is (same length, so offsets hold); before the first label it ends a sentence (陶禾。记者 孔一凡 摄)."""
    for m in labels[1:]:
        at = m.start()
        if folded[at - 1] == "。":
            text, folded = text[: at - 1] + " " + text[at:], folded[: at - 1] + " " + folded[at:]
    return text, folded


def _closing_mark(run: CreditRun, folded: str, label: re.Match[str], since: int) -> None:
    """A writer's or a photo mark glued to the last name, ending the line (编辑/孔一凡撰文, 记者 陶禾摄影), marks the
    names of the segment before it, as a mark after a name does, whatever label they had; one standing apart
    (通讯员 王强 文/图) credits the line's whole work and changes no one's role."""
    g = zh_grammar()
    at = label.start("label")
    if not at or not HAN_RUN.fullmatch(folded[at - 1]):
        return
    word = _SPACES.sub("", label.group("label"))
    role = REPORTER if word in g.writer_marks else PHOTOGRAPHER if word in g.photo_marks else None
    if role:
        run.credits[since:] = [Credit(role, c.name) for c in run.credits[since:]]


def _is_lead_outlet(text: str, folded: str, lead: Segment) -> bool:
    """The words before a whole credit's first label are its outlet, whatever they are, when they hold an
    outlet-shaped word (…报, …网, …中心, a brand with Latin letters) or a word that is no name: a name is read
    after a label, or before a mark, not in front of one (张明 通讯员 李华 keeps 张明: every word a name)."""
    start, end, _, _ = lead
    words = [folded[a:b] for a, b in token_spans(folded, start, end)]
    if not words or not _LEAD_OUTLET.fullmatch(folded[start:end].strip()):
        return False
    g = zh_grammar()
    if any(w in g.photo_marks or w in g.writer_marks for w in words):
        return False  # 李华 摄 / 文：张明: the marks belong to the names before them
    if any(g.report.match(w) or re.search(r"\d", w) and HAN_DIGIT_DATE.search(w) for w in words):
        return False  # a dateline (中新网客户端北京3月14日电): not a credit line, its paragraph stays in the body
    dry = RunReader("whole")
    read = dry.segment(text, folded, start, end, None, False)
    return not read or not dry.run.credits or any(is_organisation(w) for w in words)


def find_label(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the first credit label (with its organisation) at or after ``start`` begins in ``nfkc(text)``."""
    f = fold_credit_chars(nfkc(text))
    m = zh_grammar().label.search(f, start, len(f) if end is None else end)
    return m.start() if m else None


Segment = tuple[
    int, int, str | None, bool
]  # start, end, the label's kind (None: no label), a delimiter after it


def _segments(folded: str, labels: list[re.Match[str]], lo: int, hi: int) -> list[Segment]:
    """The text before the first label, then each label's text up to the next label."""
    kinds = zh_grammar().kind
    out: list[Segment] = [(lo, labels[0].start() if labels else hi, None, False)]
    for i, m in enumerate(labels):
        nxt = labels[i + 1].start() if i + 1 < len(labels) else hi
        colon = bool(re.search(r"[:：/|丨]\s*$", m.group(0)))
        label = _SPACES.sub("", m.group("label"))
        kind: str | None = kinds[label]
        prev = out[-1]
        title = kind == REPORTER or (kind == OTHER and prev[2] == PHOTOGRAPHER and label in _person_titles())
        if title and i and prev[2] not in (REPORTER, SOURCE) and not folded[prev[0] : m.start()].strip():
            # "图/本报记者 李华", "摄影：记者 李华", "摄/通讯员 李华": 记者 is the photographer's title here
            kind = prev[2]
        out.append((m.end(), nxt, kind, colon))
    return out


@cache
def _person_titles() -> frozenset[str]:
    return frozenset(byline_data()["zh"]["person_titles"])


def split_names_zh(text: str) -> list[str]:
    """Reporters in a run like "张建 周长庆", "记者吴俊宽、高鹏", "刘育英"; stops at 通讯员/实习生/摄影."""
    run = read_credits_zh(text, "whole") or read_credits_zh(text, "lenient")
    return run.names(REPORTER) if run else []
