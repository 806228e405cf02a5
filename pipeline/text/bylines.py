"""Names in bylines and credit lines: "（记者张明、李华 通讯员王强）", "文/圖 記者 張三", "李四摄",
"（来源：光明日报 作者：张三 编辑：李四）", "By LISA MASCARO and ERIC TUCKER, Reuters", "Jane Doe / AFP".

One grammar for every Chinese credit: an optional organisation and posting (新华社, 本报驻京), a label whose
kind says what the names after it are (reporter 记者, photographer 摄影, editor 编辑, other 通讯员, source 来源),
then names, each run ended by a mark (摄: photographed, 文: wrote, 北京报道). The vocabulary is data
(pipeline/data/bylines.toml); labels are matched on text whose traditional characters were folded to simplified
ones (same length, so names are cut from the text as printed). English bylines: the line forms of the data, the
names split and checked against agencies, organisation words and roles (pipeline.text.bylines_en).

Shared by the extractor (authors, editors, photographers) and the lead-paragraph dateline reader in
pipeline.text.datelines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

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
    LATIN_RUN,
    PLAIN_NAME,
    before_place_and_date,
    glued_names,
    glued_pair,
    has_surname,
    is_agency_dateline,
    is_latin_name,
    is_organisation,
    is_picture_agency,
    is_time_word,
    name_glued_to_story,
    report_glued_to_story,
    token_spans,
    without_affiliations,
    zh_name,
)
from pipeline.text.credit_residue import without_residue
from pipeline.text.credit_shapes import bullet_mouth, name_closes_line, names_apart, story_after_report
from pipeline.text.scripts import HAN, HAN_RUN, nfkc
from pipeline.text.traditional import fold_traditional

Mode = Literal["whole", "lenient", "inline"]

NAME_ZH = rf"[{HAN}·]{{2,4}}"  # a name in a credit pattern: two to four characters (and the middle dot)
NAMES_ZH = rf"{NAME_ZH}(?:[\s、，,]+{NAME_ZH}){{0,3}}"  # up to four names: "萧潇、张妍", "张建 周长庆"

_SENTENCE_END = re.compile(r"[，。；！？!?;]")
# a name glued to the day the story starts with (孔一凡11日，…, 陶禾5月3日，…)
_NAME_DATE = re.compile(rf"(?P<name>[{HAN}]{{2,3}})(?:\d{{1,2}}月)?\d{{1,2}}日")
_CLOSER = re.compile(r"[）)】\]〕]")
_DECORATION_HEAD = re.compile(r"^[\s□■●◆◇▲△▼★☆◎○◉—\-–|【\[（(〔「『〈<《]*")
_DECORATION_TAIL = re.compile(r"[\s】\]）)〕」』〉>》。.]*$")
# a whole credit line ends with its bracket: a sentence after it makes the text a lead (（记者张三）今天，…)
_STORY_AFTER_BRACKET = re.compile(r"[）)】\]〕][^（(【\[〔）)】\]〕]*[，,。！？；!?;]")
# after a byline's slash: a place or 综合 and a report word (台北报导, 综合报导), the story glued after it
_SLASH_REPORT = re.compile(rf"[{HAN}]{{1,4}}?(?:报导|报道)")
# a Taiwanese author field closing a credit line: 记者孔一凡／台北报导 (a slash, a place or 综合, a report word)
_SLASH_FIELD_END = re.compile(rf"/\s*{_SLASH_REPORT.pattern}\s*$")
# contact details after a credit are no words of it: 陈婧 报道 chenjing@sph.com.sg, a site's address
_CONTACT = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$")
_CUT_SHORT = re.compile(rf"(?<=[{HAN}])\.{{2,}}$")
# a desk code glued to an editor's name: 王晓易_NE0011 (NetEase), 张三_B001
_DESK_CODE = re.compile(r"_[A-Za-z0-9]+$")
# the outlet part of a credit before its first label is short and has no sentence in it
_LEAD_OUTLET = re.compile(r"[^，。；！？,;!?]{1,24}")
HAN_DIGIT_DATE = re.compile(r"\d{1,2}[月日]")


@dataclass(frozen=True)
class Credit:
    role: str  # reporter / photographer / editor / other
    name: str


@dataclass
class CreditRun:
    """What a credit text names, in order."""

    credits: list[Credit] = field(default_factory=list)
    labelled: bool = False  # a label was read (记者, 作者, 编辑, 通讯员, 来源 …)
    reported: bool = False  # a report word ended a run (记者X报道, 北京报道, 台北12日电)
    end: int = 0  # inline mode: where the run ended, in the NFKC text

    def names(self, role: str = REPORTER) -> list[str]:
        return list(dict.fromkeys(c.name for c in self.credits if c.role == role))


def fold_credit_chars(text: str) -> str:
    """Traditional characters to simplified ones (記者 -> 记者, 編輯 -> 编辑), same length: the one fold of
    pipeline/text/traditional.py (identity on simplified text)."""
    return fold_traditional(text)


def label_kind(label: str) -> str | None:
    """The kind of a Chinese credit label (traditional or simplified): reporter, editor, photographer,
    other, source; None when it is no label."""
    return zh_grammar().kind.get(_SPACES.sub("", fold_credit_chars(nfkc(label))).strip(":：/"))


def is_not_a_name(word: str) -> bool:
    """A word that looks like a name in a credit but is not one (完, 图片, 本报, 记者, 北京 …)."""
    return fold_credit_chars(nfkc(word)) in zh_grammar().not_names


def _is_outlet(word: str) -> bool:
    """A known outlet or a word ending in a suffix of two or more characters (端傳媒, 北京日报): unlike …报 or
    …台, no name ends so."""
    g = zh_grammar()
    return word in g.orgs or any(
        len(s) > 1 and word.endswith(s) and len(word) > len(s) for s in _long_suffixes()
    )


@cache
def _long_suffixes() -> tuple[str, ...]:
    return tuple(s for s in byline_data()["zh"]["org_suffixes"] if len(s) > 1)


_SPACES = re.compile(r"\s+")
# a word right before a colon labels what follows (时间：2019-09-23, 浏览：33): it is never a name
_COLON_AFTER = re.compile(r"\s*[:：]")


class _RunReader:
    """Reads the tokens of one credit text, segment by segment (a segment: a label and what follows it)."""

    def __init__(self, mode: Mode):
        self.mode = mode
        self.run = CreditRun()
        self.pending: list[list[str]] = []  # [role, name] of names whose run is still open
        self.stopped = False
        self.unsure: set[str] = set()  # inline names without a known surname
        self.sent_from = False  # a 发自 token was read in this segment: what follows are places
        self.more = False  # another token follows the one being read in its segment
        self.gap = ""  # what stands between the token being read and the one before it (or its label)
        self.read_before = 0  # how many names were read before the segment being read

    def flush(self) -> None:
        self.run.credits += [Credit(role, name) for role, name in self.pending]
        self.pending = []

    def mark(self, role: str) -> None:
        for item in self.pending:
            item[0] = role
        self.flush()

    def segment(self, text: str, folded: str, start: int, end: int, kind: str | None, colon: bool) -> bool:
        """Read ``text[start:end]`` whose label is of ``kind`` (None: no label). False when the text is
        not a credit (whole mode) or the run is over (inline mode)."""
        role = REPORTER if kind in (None, SOURCE) else kind
        first = True
        self.read_before = len(self.run.credits) + len(self.pending)
        prev_end = start
        self.sent_from = False
        spans = token_spans(folded, start, end)
        for i, (a, b) in enumerate(spans):
            squeeze = " " if LATIN_RUN.fullmatch(text, a, b) else ""  # Anna Lindqvist keeps its space
            tok = _DESK_CODE.sub("", _SPACES.sub(squeeze, text[a:b]).strip("·・"))
            tf = _DESK_CODE.sub("", _SPACES.sub(squeeze, folded[a:b]).strip("·・"))
            if _CUT_SHORT.search(tf):  # 记者赵某… (NFKC: ...): a line cut short after the name
                tok, tf = tok.rstrip("."), tf.rstrip(".")
            if not tf or _CONTACT.match(tf):
                continue
            if self._mark_as_label(tf, text, spans[i + 1 : i + 2]):
                role = kind = PHOTOGRAPHER  # 記者 李佳穎 攝影 王志明: 攝影 before a name is a label
                prev_end = b
                continue
            if self.mode == "inline" and _SENTENCE_END.search(folded, prev_end, a):
                return self._stop(prev_end)
            gap = self.gap = folded[prev_end:a]
            prev_end = b
            if kind == SOURCE and first:
                first = False  # the source itself: 来源：光明日报
                continue
            first = False
            if folded[a - 1 : a] == "《":
                continue  # 文｜《长河日报》记者X: a paper's or a book's title is no one's name
            if self.sent_from and "、" not in gap:
                self.sent_from = False  # 发自香港、成都: only the places listed after 发自
            listed = "、" in gap or "，" in gap or "," in gap
            if self._slash_report_into_story(tf, gap):
                # 记者孔一凡／台北报导长河大桥…: the byline's place and 报导 glued to the story (its line break lost)
                self.run.reported = True
                return self._stop(b)
            # a closing bracket after names ends their credit: 【长河日报记者孔一凡】据越南… is the story after it
            closed = bool(self.pending) and _CLOSER.search(gap)
            self.more = i + 1 < len(spans)  # another token follows in this segment
            verdict = (
                "stop"
                if closed
                else self._token(
                    tok, tf, role, kind, colon, listed, labels=bool(_COLON_AFTER.match(folded, b))
                )
            )
            if verdict == "stop":
                return self._stop(a) if self.mode != "whole" else False
            if verdict == "report" and self.mode == "inline":
                self.run.end = b
                self.flush()
                self.stopped = True
                return False
        self.run.end = prev_end
        self.flush()
        return True

    def _mark_as_label(self, tf: str, text: str, following: list[tuple[int, int]]) -> bool:
        """A photo mark of two characters (摄影) between names is the label of the names after it: the names
        before it keep their role."""
        if len(tf) < 2 or tf not in zh_grammar().photo_marks or not self.pending or not following:
            return False
        a, b = following[0]
        nxt = _SPACES.sub("", text[a:b])
        if not (PLAIN_NAME.fullmatch(nxt) and has_surname(fold_credit_chars(nxt))):
            return False
        self.flush()
        return True

    def _slash_report_into_story(self, tf: str, gap: str) -> bool:
        """Inline, after names: a slash, then a place (or 综合) and a report word glued to more text."""
        if self.mode != "inline" or not self.pending or gap.strip() != "/":
            return False
        m = _SLASH_REPORT.match(tf)
        return bool(m and m.end() < len(tf))

    def _glued_other_label(self, tok: str, tf: str, colon: bool) -> str | None:
        """The name after an `other` mark glued before it (编译林小川 → 林小川), else None."""
        for m in zh_grammar().other_marks:
            if tf.startswith(m) and len(tf) > len(m):
                return self._name(tok[len(m) :], OTHER, colon)
        return None

    def _stop(self, at: int) -> bool:
        self.flush()
        self.stopped = True
        self.run.end = at
        return False

    def _token(
        self, tok: str, tf: str, role: str, kind: str | None, colon: bool, listed: bool, labels: bool = False
    ) -> str:
        """Classify one token and record its name: "name", "mark", "skip", "report" or "stop". ``labels``:
        a colon follows the token, which is then a label of something else, never a name (时间：…)."""
        g = zh_grammar()
        if tf in g.photo_marks:
            self.mark(PHOTOGRAPHER)
            return "mark"
        if tf in g.writer_marks:
            self.mark(REPORTER if role in (REPORTER, SOURCE) else role)
            return "mark"
        if tf in g.other_marks:
            self.mark(OTHER)  # （陶禾 编译）: compiled or translated, no one's reporting
            return "mark"
        if tf in g.fillers or tf in g.conjunctions:
            return "skip"
        if self.sent_from:
            return "skip"  # 发自香港、成都: the places after 发自
        if tf.startswith(g.sent_from):
            self.sent_from = True
            return "skip"
        if kind is None and not self.pending and is_organisation(tf):
            return "skip"  # the organisation of a signature: （新民网 李欣）, 新华社发（李刚 摄）
        if not self.pending and self.more and len(tf) > 2 and is_organisation(tf) and not has_surname(tf):
            return "skip"  # the outlet after the label, the name after it: 记者爆料网 金东天
        if self.pending and _is_outlet(tf):
            return "skip"  # the outlet after a name: 攝：陳志豪/端傳媒
        if self._reported(tok, tf, role, kind, colon, listed):
            return "report"
        if tf.endswith("等"):
            tok, tf = tok[:-1], tf[:-1]
        marked = self._glued_mark(tok, tf, kind, colon)
        if marked:
            # 记者陶禾、孔一凡拍摄: the mark closes the listed run; 记者 陶禾 孔一凡摄 keeps 陶禾 the reporter
            if listed:
                self.mark(marked[0])
            self.flush()
            self.run.credits.append(Credit(*marked))
            return "name"
        glued_other = self._glued_other_label(tok, tf, colon)
        if glued_other:
            # 记者孔一凡、编译林小川: 编译 glued before a name is that name's label; the names before keep theirs
            self.flush()
            self.run.credits.append(Credit(OTHER, glued_other))
            return "name"
        if labels:
            return "stop"
        name = self._name(tok, kind, colon)
        # 张三和李四: two names joined by "and" (和 is a surname too: no glued names there)
        pair = self._conjoined(tok, kind, colon) if not name else []
        two = glued_names(tok) if not name and not pair and kind not in (None, SOURCE) else []
        if two and all(self._name(n, kind, colon) for n in two):
            self.pending += [[role, n] for n in two]  # 记者孔一凡陶禾: two (or three) names, no space
            return "name"
        if not name:
            if pair:
                self.pending += [[role, n] for n in pair]
                return "name"
            if colon and (kind == OTHER or (kind == PHOTOGRAPHER and is_picture_agency(tok))):
                return "skip"  # 出品：新华社国内部, 图/视觉中国: a desk or an agency, not a name
            return "stop"
        self.pending += [[role, n] for n in glued_pair(name)]
        return "name"

    def _reported(self, tok: str, tf: str, role: str, kind: str | None, colon: bool, listed: bool) -> bool:
        """A token that ends the run as a report word does, its name recorded: 孔一凡从…获悉, 孔一凡报道, 台北12日电,
        孔一凡11日 (the story's date glued to the last name)."""
        g = zh_grammar()
        lm = g.learnt.match(tf) if role == REPORTER and not self.pending else None
        if lm and not is_time_word(
            tf[: lm.end("name")]
        ):  # 记者孔一凡从团市委获悉，…: the reporter, then the story
            reporter = self._name(tok[: lm.end("name")], kind, colon)
            if reporter:
                self.pending.append([role, reporter])
                self.run.reported = True
                return True
        # a photo mark ending like a report word glued to a name (孔一凡摄影报道) is the glued mark below
        photo_report = tuple(m for m in g.photo_marks if g.report.match(m))
        rm = None if tf.endswith(photo_report) else g.report.match(tf)
        if rm:
            raw = tok[: len(rm.group("pre"))]
            pre = before_place_and_date(raw)
            # "王建新报道" after "张忠、" is a name; "北京报道" after "张忠 " the place; an unlabelled dated run is an
            # agency's dateline (（路透巴黎23日電）), a labelled one a reporter's (中央社記者張三台北12日電)
            agency = kind is None and is_agency_dateline(raw)
            name = (listed or not self.pending) and pre and not agency and self._name(pre, kind, colon)
            # 记者孔一凡陶禾联合报道: two names written without a space before the report word
            two = glued_names(pre) if pre and not name and kind not in (None, SOURCE) else []
            names = [name] if name else two if all(self._name(n, kind, colon) for n in two) else []
            self.pending += [[role, n] for n in names if listed or not self.pending]
            self.run.reported = True
            return True
        dated = _NAME_DATE.fullmatch(tf) if listed or not self.pending else None
        name = dated and self._name(tok[: dated.end("name")], kind, colon)
        apart = not colon and not re.search(r"[,，:：]", self.gap)  # 记者：…, 告诉记者，由于在…: no credit
        if not name and self.mode == "inline" and role == REPORTER and (listed or not self.pending) and apart:
            # 记者孔一凡报道2017赛季…, 新华社记者孔一凡在长河大学…: the name, then the story (its line break lost)
            glued = name_glued_to_story(tok)
            name = glued and self._name(glued, kind, colon)
        if name:  # 新华社记者孔一凡、陶禾11日，…: the last name glued to the story's date
            self.pending.append([role, name])
            self.run.reported = True
            return True
        # 记者孔一凡 报道历经…: the report word after the names, the story glued to it
        glued_report = self.mode == "inline" and bool(self.pending) and report_glued_to_story(tf)
        self.run.reported |= glued_report
        return glued_report

    def _glued_mark(self, tok: str, tf: str, kind: str | None, colon: bool) -> tuple[str, str] | None:
        """A name with its mark glued after it: 孔一凡摄, 孔一凡拍摄 (a photographer), 孔一凡整理 (other)."""
        for mark, role in _glued_marks():
            if tf.endswith(mark) and len(tf) - len(mark) >= 2:
                name = self._name(tok[: -len(mark)], kind, colon)
                if name:
                    return role, name
        return None

    def _conjoined(self, tok: str, kind: str | None, colon: bool) -> list[str]:
        """Two names joined by "and" without spaces (张三和李四), when both halves read as names."""
        for conjunction in zh_grammar().conjunctions:
            left, sep, right = tok.partition(conjunction)
            if sep and left and right:
                names = [self._name(left, kind, colon), self._name(right, kind, colon)]
                if all(names):
                    return [n for n in names if n]
        return []

    def _name(self, tok: str, kind: str | None, colon: bool) -> str | None:
        if LATIN_RUN.fullmatch(tok):
            # 记者 Jisho 报导, 责任编辑：KAME: a Latin-script name after a reporter's or an editor's label, in a credit
            # line (inline, a Latin word in a lead is more often a brand than a person)
            latin = self.mode != "inline" and kind in (REPORTER, EDITOR) and is_latin_name(tok)
            return tok if latin else None
        fold = fold_credit_chars(tok)
        labelled = kind is not None and kind != SOURCE
        strict = self.mode != "whole" and not colon
        later = len(self.run.credits) + len(self.pending) > self.read_before
        if self.mode == "inline" and later and self.gap.isspace() and not has_surname(fold):
            return None  # 编辑丨陶禾 长河获悉，…: after a space, a word with no surname is the story, not a second name
        name = zh_name(tok, fold, labelled=labelled, strict=strict)
        # 通讯员 粤宣: a desk's pen name, not an author either way; 编辑：山桦: an editor's field names whoever follows
        # its colon, a surname of neither table (山 is a word too often for the rare list) included
        loose = kind == OTHER or (kind == EDITOR and colon and self.mode == "whole")
        if name is None and loose and PLAIN_NAME.fullmatch(tok) and fold not in zh_grammar().not_names:
            name = tok
        if name and kind == PHOTOGRAPHER and is_picture_agency(name):
            return None
        if name is None and strict and labelled and self.mode == "inline" and len(tok) == 3:
            if tok[0] in zh_grammar().particles:
                return None  # 采写的相关报道: a particle, no surname
            # a rare surname (令伟家, 郅振璞): kept only when 报道 ends the run
            name = zh_name(tok, fold, labelled=True, strict=False)
            if name:
                self.unsure.add(name)
        return name


@cache
def _glued_marks() -> tuple[tuple[str, str], ...]:
    """Marks read when glued to the name before them, longest first: 拍摄 before 摄 (孔一凡拍摄 is 孔一凡's);
    摄影报道 (a photo report: 记者孔一凡摄影报道 names a photographer, not a reporter)."""
    g = zh_grammar()
    glued = [m for m in g.photo_marks if m.endswith("摄") or m.endswith("摄影报道")]
    # a writer's mark of two characters or more (孔一凡采访整理, 孔一凡撰文): the name is a reporter's; 采访整理 before
    # 整理, which alone makes the name an `other`
    writers = [(m, REPORTER) for m in g.writer_marks if len(m) > 1]
    marks = [(m, PHOTOGRAPHER) for m in glued] + writers + [(m, OTHER) for m in g.other_marks]
    return tuple(sorted(marks, key=lambda m: len(m[0]), reverse=True))


def read_credits_zh(text: str, mode: Mode = "whole", start: int = 0) -> CreditRun | None:
    """The credits of a Chinese credit text.

    ``whole``: the text is nothing but credits (a byline line, a closing parenthesis); None when a token is
    neither a name nor a credit word. ``lenient``: a short header line ("来源：人民网 作者：张三 2012-01-12"):
    a run ends at the first token that is no name, reading resumes at the next label. ``inline``: a run
    starting at ``start`` inside a sentence ("本报讯 记者李长云报道：…"), ended by a report word, sentence
    punctuation or a word that is no name; ``end`` says where. Offsets are in ``nfkc(text)``. A whole line of
    fields set apart by bars (作者：X|来源：长河日报|日期：…) that reads as no credit is read field by field.
    """
    run = _read_credits_zh(text, mode, start)
    return _bar_fields(text) if run is None and mode == "whole" else run


# fields of a page's header or a video's title set apart by bars: 作者：X|来源：长河日报|版面：第05版
_FIELD_BAR = re.compile(r"[|丨｜│┃]")


def _bar_fields(text: str) -> CreditRun | None:
    """The credits of the fields of ``text`` that read as credit lines, when one of them is labelled (作者：X,
    记者 X Y) or a field of bare names stands beside an outlet's (X|《长河日报》（2025年05月08日第09版）); None
    otherwise (首页 | 长河新闻 | 正文 names nobody)."""
    fields = [f.strip() for f in _FIELD_BAR.split(nfkc(text))]
    if len(fields) < 2:
        return None
    runs = [r for r in (_read_credits_zh(f, "whole") for f in fields if f) if r and r.credits]
    outlet = any(f.startswith("《") or is_organisation(f) for f in fields)
    if not runs or not (outlet or any(r.labelled for r in runs)):
        return None
    return CreditRun(
        credits=[c for r in runs for c in r.credits],
        labelled=any(r.labelled for r in runs),
        reported=any(r.reported for r in runs),
    )


def _read_credits_zh(text: str, mode: Mode, start: int = 0) -> CreditRun | None:
    # bullets, entities; in a line read whole or loosely a phone number, date stamps, the page's fields after it
    t = without_residue(nfkc(text), whole=mode != "inline")
    f = fold_credit_chars(t)
    if mode != "inline":
        t, f = without_affiliations(t, f)
    lo, hi = start, len(t)
    if mode == "whole":
        lo = _DECORATION_HEAD.match(f).end()  # type: ignore[union-attr]
        lo += bullet_mouth(f, lo)
        hi = max(lo, _DECORATION_TAIL.search(f).start())  # type: ignore[union-attr]
        if _STORY_AFTER_BRACKET.search(f, lo, hi) or story_after_report(f, lo, hi):
            return None
    reader = _RunReader(mode)
    labels = list(zh_grammar().label.finditer(f, lo, hi))
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
    return reader.run


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
    dry = _RunReader("whole")
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
