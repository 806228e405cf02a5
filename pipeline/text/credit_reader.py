"""The reader of one Chinese credit text, token by token, for pipeline.text.bylines: a segment is a label (or none)
and the words after it; each word is a name, a mark that gives the names before it their role (摄, 文, 整理), a report
word that ends the run (北京报道, 台北12日电), a filler, or the end of the run. What it reads is a ``CreditRun`` of
``Credit`` (role, name). How a line is cut into segments, and what a line is, stays in pipeline.text.bylines; the marks
glued after names and the outlets' words in pipeline.text.credit_marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pipeline.text.credit_editors import (
    is_desk_code,
    name_before_desk,
    names_of_word,
    without_glued_desk_code,
)
from pipeline.text.credit_grammar import (
    EDITOR,
    OTHER,
    PHOTOGRAPHER,
    REPORTER,
    SOURCE,
    zh_grammar,
)
from pipeline.text.credit_latin import LATIN_RUN, is_latin_name
from pipeline.text.credit_marks import (
    LONG_OUTLET,
    SHORT_OUTLET,
    glued_marks,
    is_house_signature,
    is_outlet,
    photo_report_marks,
    pictures_source,
)
from pipeline.text.credit_names import (
    PLAIN_NAME,
    before_place_and_date,
    glued_names,
    glued_pair,
    has_surname,
    is_agency_dateline,
    is_organisation,
    is_time_word,
    name_glued_to_story,
    names_before_place_report,
    outlet_before_name,
    place_report_glued_to_story,
    report_glued_to_story,
    spaced_name_before_report,
    token_spans,
    zh_name,
)
from pipeline.text.credit_shapes import label_follows, sole_field, sole_field_name
from pipeline.text.scripts import HAN
from pipeline.text.traditional import fold_traditional

Mode = Literal["whole", "lenient", "inline"]

_SENTENCE_END = re.compile(r"[，。；！？!?;]")
# a name glued to the day or the year the story starts with (孔一凡11日，…, 陶禾5月3日，…, 孔一凡2000年下半年，…)
_NAME_DATE = re.compile(
    rf"(?P<name>[{HAN}]{{2,3}})(?:(?:\d{{1,2}}月)?\d{{1,2}}日|(?:19|20)\d{{2}}年[{HAN}]{{0,4}})"
)
_CLOSER = re.compile(r"[）)】\]〕]")
# after a byline's slash: a place or 综合 and a report word (台北报导, 综合报导), the story glued after it
SLASH_REPORT = re.compile(rf"[{HAN}]{{1,4}}?(?:报导|报道)")
# contact details after a credit are no words of it: 陈婧 报道 chenjing@sph.com.sg, a site's address
_CONTACT = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$")
_CUT_SHORT = re.compile(rf"(?<=[{HAN}])\.{{2,}}$")
# a desk code glued to an editor's name: 王晓易_NE0011 (NetEase), 张三_B001
_DESK_CODE = re.compile(r"_[A-Za-z0-9]+$")
# an editor's pen name after the field's colon or bar: up to six characters (特工阿尔法, 夜班小王子)
_PEN_NAME = re.compile(rf"[{HAN}]{{2,6}}")


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
    # names a photo report's mark (摄影报道) closed after a reporter's label or none: (记者孔一凡摄影报道) photographed the
    # story and reported it, so a lead's credit names them as its reporters too (``lead_names``)
    photo_reports: list[str] = field(default_factory=list)

    def names(self, role: str = REPORTER) -> list[str]:
        return list(dict.fromkeys(c.name for c in self.credits if c.role == role))

    def lead_names(self) -> list[str]:
        """The reporters a lead's credit names: its reporters and the names of its photo reports, in order."""
        return list(
            dict.fromkeys(
                c.name
                for c in self.credits
                if c.role == REPORTER or c.role == PHOTOGRAPHER and c.name in self.photo_reports
            )
        )


def fold_credit_chars(text: str) -> str:
    """Traditional characters to simplified ones (記者 -> 记者, 編輯 -> 编辑), same length: the one fold of
    pipeline/text/traditional.py (identity on simplified text)."""
    return fold_traditional(text)


_SPACES = re.compile(r"\s+")
# a field's label the table does not hold (数据支持): two to six Han characters
_FIELD_WORD = re.compile(rf"[{HAN}]{{2,6}}")
# a word right before a colon labels what follows (时间：2019-09-23, 浏览：33): it is never a name
_COLON_AFTER = re.compile(r"\s*[:：]")


class RunReader:
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
        self.sole = (
            ""  # the segment holds one word apart from its label ("word"), then the photo mark ("photo")
        )

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
        # one word alone in its field, set apart from its label: (记者 晓川) read whole, 文｜晓川 编辑｜… (a lead too)
        self.sole = sole_field(folded, spans, start, self.mode == "whole" or label_follows(folded, end))
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
            if colon and self._unknown_slash_label(tok, tf, folded, (a, b), spans[i + 1 : i + 2]):
                role = kind = (
                    OTHER  # 文/孔一凡 数据支持/陶禾: a field of its own, its names credited, no authors
                )
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

    def _unknown_slash_label(
        self, tok: str, tf: str, folded: str, span: tuple[int, int], following: list[tuple[int, int]]
    ) -> bool:
        """In a field of a slash label, after its names: a word set apart that is no label of the table and reads as
        no name, then a slash and a name (文/孔一凡 数据支持/陶禾 林川 审核/…): the label of a field of its own."""
        (a, b), g = span, zh_grammar()
        if self.mode == "inline" or not self.pending or not following or not folded[a - 1 : a].isspace():
            return False
        c, d = following[0]
        nxt = folded[c:d]
        if folded[b:c].strip() != "/" or not PLAIN_NAME.fullmatch(nxt) or is_organisation(nxt):
            return False
        if not _FIELD_WORD.fullmatch(tf) or tf in g.not_names or is_organisation(tf):
            return False
        if zh_name(tok, tf, labelled=False, strict=True) or not has_surname(nxt):
            return False  # 文/孔一凡 陶禾/林川: names set apart by slashes
        self.flush()
        return True

    def _slash_report_into_story(self, tf: str, gap: str) -> bool:
        """Inline, after names: a slash, then a place (or 综合) and a report word glued to more text."""
        if self.mode != "inline" or not self.pending or gap.strip() != "/":
            return False
        m = SLASH_REPORT.match(tf)
        return bool(m and m.end() < len(tf))

    def _photo_report(self, tf: str, names: list[str]) -> None:
        """Record ``names`` as a photo report's (``CreditRun.photo_reports``) when ``tf`` is or ends in its mark."""
        if tf.endswith(photo_report_marks()):
            self.run.photo_reports += names

    def _glued_other_label(self, tok: str, tf: str, colon: bool) -> str | None:
        """The name after an `other` mark glued before it (编译林小川 → 林小川), else None (a one-character mark, 译,
        opens too many words: 译林)."""
        for m in zh_grammar().other_marks:
            if len(m) > 1 and tf.startswith(m) and len(tf) > len(m):
                return self._name(tok[len(m) :], OTHER, colon)
        return None

    def _stop(self, at: int) -> bool:
        self.flush()
        self.stopped = True
        self.run.end = at
        return False

    def _outlet(self, tf: str, kind: str | None) -> bool:
        """An outlet's word in a credit, no name: the organisation of a signature (（新民网 李欣）, 新华社发（李刚 摄）),
        the outlet after the label with the name after it (记者爆料网 金东天, 文｜长河日报 孔一凡), or after a name
        (攝：陳志豪/端傳媒, （孔一凡 长河邮电报）)."""
        if kind is None and not self.pending and is_organisation(tf):
            return True
        # (an outlet opening with a surname only when short: 记者孔一凡陶禾长河电台 holds the names glued before it)
        short_outlet = is_outlet(tf) and len(tf) <= SHORT_OUTLET
        unsurnamed = self.more and len(tf) > 2 and is_organisation(tf) and not has_surname(tf)
        if not self.pending and (short_outlet or unsurnamed):
            return True
        return bool(self.pending and (is_outlet(tf) or LONG_OUTLET.fullmatch(tf) and is_organisation(tf)))

    def _token(
        self, tok: str, tf: str, role: str, kind: str | None, colon: bool, listed: bool, labels: bool = False
    ) -> str:
        """Classify one token and record its name: "name", "mark", "skip", "report" or "stop". ``labels``:
        a colon follows the token, which is then a label of something else, never a name (时间：…)."""
        g = zh_grammar()
        verdict, tok, tf = self._editor_word(tok, tf, role) if kind == EDITOR else ("", tok, tf)
        if verdict:
            return verdict
        if tf in g.photo_marks:
            self._photo_report(tf, [n for r, n in self.pending if r == REPORTER])
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
        if self._outlet(tf, kind):
            return "skip"
        if self._reported(tok, tf, role, kind, colon, listed):
            return "report"
        if tf.endswith("等"):
            tok, tf = tok[:-1], tf[:-1]
        written, marked = self._marks_glued(tok, tf, kind, colon)
        if written:
            self._record_writer_and_photographer(role, written)
            return "name"
        if marked:
            # 记者陶禾、孔一凡拍摄: the mark closes the listed run; a photo mark closes one set apart by spaces too
            # (新华社记者 陶禾 孔一凡摄: both photographed, as every real set's annotation reads it); a translator's
            # after a comma is a credit of its own ((作者陶禾，孔一凡译): 陶禾 wrote)
            translator = marked[0] == OTHER and "、" not in self.gap
            if listed and not translator or marked[0] == PHOTOGRAPHER and self.gap.isspace():
                before = [n for r, n in self.pending if r == REPORTER]
                self._photo_report(tf, before + marked[1] if role == REPORTER else [])
                self.mark(marked[0])
            elif role == REPORTER:
                self._photo_report(tf, marked[1])
            self.flush()
            self.run.credits += [Credit(marked[0], n) for n in marked[1]]
            return "name"
        glued_other = self._glued_other_label(tok, tf, colon)
        if glued_other:
            # 记者孔一凡、编译林小川: 编译 glued before a name is that name's label; the names before keep theirs
            self.flush()
            self.run.credits.append(Credit(OTHER, glued_other))
            return "name"
        if labels:
            return "stop"
        name = self._name(tok, kind, colon) or self._glued_outlet_name(tok, tf, kind, colon)
        # 张三和李四: two names joined by "and" (和 is a surname too: no glued names there)
        pair = self._conjoined(tok, kind, colon) if not name else []
        # an outlet's name is no names glued together (白鹭都市报 is no 白鹭 + 都市报)
        glued = not name and not pair and kind not in (None, SOURCE) and not is_outlet(tf)
        two = glued_names(tok) if glued else []
        if two and all(self._name(n, kind, colon) for n in two):
            self.pending += [[role, n] for n in two]  # 记者孔一凡陶禾: two (or three) names, no space
            return "name"
        if not name:
            if pair:
                self.pending += [[role, n] for n in pair]
                return "name"
            if colon and (kind == OTHER or kind == PHOTOGRAPHER and pictures_source(tok, tf)):
                return "skip"  # 出品：新华社国内部, 图/视觉中国, 摄影：长河日报: a desk, an agency or an outlet, no name
            return "stop"
        self.pending += [[role, n] for n in names_of_word(name, kind)]
        return "name"

    def _editor_word(self, tok: str, tf: str, role: str) -> tuple[str, str, str]:
        """A word of an editor's field that is no name or holds more than the name: a CMS's desk code after the name
        is skipped (责任编辑：孔一凡 SN101), one glued to it cut off (孔一凡SN101), a channel glued after the name left out,
        the name recorded (孔一凡新闻评论). The verdict ("" when the word is read on) and the word."""
        if self.pending and is_desk_code(tf):
            return "skip", tok, tf
        tok, tf = without_glued_desk_code(tok), without_glued_desk_code(tf)
        desk = name_before_desk(tok, tf)
        if desk:
            self.pending.append([role, desk])
            return "name", tok, tf
        return "", tok, tf

    def _glued_outlet_name(self, tok: str, tf: str, kind: str | None, colon: bool) -> str | None:
        """【长河快报孔一凡】: an unlabelled signature read whole, its outlet glued before the name."""
        if kind is not None or self.mode != "whole" or self.pending:
            return None
        head = outlet_before_name(tf)
        return self._name(tok[head:], kind, colon) if head else None

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
        rm = None if tf.endswith(photo_report_marks()) else g.report.match(tf)
        if rm:
            raw = tok[: len(rm.group("pre"))]
            # （民視新聞孔一凡南投報導）: an unlabelled signature's outlet glued before the name, no part of it
            signed = kind is None and not self.pending and tf.endswith(("报道", "报导"))
            raw = raw[outlet_before_name(raw) :] if signed else raw
            pre = before_place_and_date(raw)
            # "王建新报道" after "张忠、" is a name; "北京报道" after "张忠 " the place; an unlabelled dated run is an
            # agency's dateline (（路透巴黎23日電）), a labelled one a reporter's (中央社記者張三台北12日電)
            agency = kind is None and is_agency_dateline(raw)
            # an unlabelled place of the table before the report word is where the story was filed from ((宁波报道),
            # 本报杭州、宁波报道); after a label it may still be a name (金华, 高雄 are people's names too)
            filed_from = kind is None and fold_credit_chars(pre) in g.places
            # 记者 孔一凡 陶禾 林大川报道: after a space, a three-character word of a common surname and no place's
            # shape is the last name (北京报道, 石家庄报道, 张家口报道 stay the place filed from)
            spaced = bool(self.pending) and kind == REPORTER and pre == raw and spaced_name_before_report(pre)
            first = listed or not self.pending or spaced
            name = first and pre and not agency and not filed_from and self._name(pre, kind, colon)
            # 记者孔一凡陶禾联合报道: two names written without a space before the report word
            two = glued_names(pre) if pre and not name and kind not in (None, SOURCE) else []
            names = [name] if name else two if all(self._name(n, kind, colon) for n in two) else []
            if not names and first and self.mode == "inline" and role == REPORTER:
                # 记者孔一凡据长河社报道，…: the name, then the story that ends in a report word
                glued = name_glued_to_story(tok)
                names = [n for n in [glued and self._name(glued, kind, colon)] if n]
            self.pending += [[role, n] for n in names if first]
            self.run.reported = True
            return True
        dated = _NAME_DATE.fullmatch(tf) if listed or not self.pending else None
        name = dated and self._name(tok[: dated.end("name")], kind, colon)
        apart = not colon and not re.search(r"[,，:：]", self.gap)  # 记者：…, 告诉记者，由于在…: no credit
        # 通讯员陶禾一段…: an other's name glued to the story ends the run as a reporter's does
        if (
            not name
            and self.mode == "inline"
            and role in (REPORTER, OTHER)
            and (listed or not self.pending)
            and apart
        ):
            # 记者孔一凡报道2017赛季…, 新华社记者孔一凡在长河大学…: the name, then the story (its line break lost)
            glued = name_glued_to_story(tok)
            name = glued and self._name(glued, kind, colon)
        if not name and apart and self._names_before_place_report(tok, role, kind, colon, listed):
            return True
        if name:  # 新华社记者孔一凡、陶禾11日，…: the last name glued to the story's date
            self.pending.append([role, name])
            self.run.reported = True
            return True
        # 记者孔一凡 报道历经…: the report word after the names, the story glued to it
        # 记者 孔一凡 陶禾 上海报道2021年，…: a known place and the report word, the story glued to them
        glued_report = (
            self.mode == "inline"
            and bool(self.pending)
            and (report_glued_to_story(tf) or place_report_glued_to_story(tf))
        )
        self.run.reported |= glued_report
        return glued_report

    def _names_before_place_report(
        self, tok: str, role: str, kind: str | None, colon: bool, listed: bool
    ) -> bool:
        """本报记者孔一凡陶禾上海报道2021年，…: the names, a known place and 报道, the story glued after them, recorded;
        also after a name set apart by a space or after a second label (本报记者孔一凡 陶禾上海报道2021年，…, 本报记者孔一凡
        实习生陶禾上海报道2021年，…: the correspondent's names keep their label's role)."""
        after_space = bool(self.pending) and self.gap.isspace()
        if (
            self.mode != "inline"
            or role not in (REPORTER, OTHER)
            or not (listed or not self.pending or after_space)
        ):
            return False
        run = names_before_place_report(tok)
        names = self._names_of_run(run, kind, colon) if run else []
        self.pending += [[role, n] for n in names]
        self.run.reported |= bool(names)
        return bool(names)

    def _names_of_run(self, run: str, kind: str | None, colon: bool) -> list[str]:
        """One name, or two or three written without a space (孔一凡陶禾, 孔凡陶禾), each read as a name; [] otherwise."""
        name = self._name(run, kind, colon)
        if name:
            return [name]
        names = glued_names(run) or glued_pair(run)
        return names if names and all(self._name(n, kind, colon) for n in names) else []

    def _glued_mark(self, tok: str, tf: str, kind: str | None, colon: bool) -> tuple[str, list[str]] | None:
        """A name with its mark glued after it: 孔一凡摄, 孔一凡拍摄 (a photographer), 孔一凡整理 (other); after a
        label, two or three names glued before the mark are cut as before a spaced one (记者卢晶刘菁摄, 记者孔一凡陶禾摄),
        and an outlet glued before the name is its (圖/长河时报孔一凡攝: ``outlet_before_name``)."""
        # the longest mark the token ends with decides: 游客拍摄 is no 游客拍 + 摄 when 游客 is no name
        mark, role = next(((m, r) for m, r in glued_marks() if tf.endswith(m)), ("", ""))
        if not mark or len(tf) - len(mark) < 2:
            return None
        run = tok[: -len(mark)]
        name = self._name(run, kind, colon)
        if not name and kind is not None:
            name = self._name(run[outlet_before_name(run) or len(run) :], kind, colon)
        if name:
            return role, glued_pair(name) if kind is not None else [name]
        names = self._names_of_run(run, kind, colon) if kind is not None else []
        return (role, names) if len(names) > 1 else None

    def _marks_glued(
        self, tok: str, tf: str, kind: str | None, colon: bool
    ) -> tuple[tuple[str, str] | None, tuple[str, list[str]] | None]:
        """The writer and the photographer of a token glued with 文 and a photo mark (本报记者孔一凡文陶禾摄), else the
        names of a token glued to one mark (``_glued_mark``): a writer of three characters before 文 first (孔一凡文陶禾
        is no 孔一凡 + 文陶禾), of two only when no glued names read (记者王志文陶禾摄 keeps 王志文)."""
        written = self._writer_then_photographer(tok, tf, kind, colon, 3)
        marked = None if written else self._glued_mark(tok, tf, kind, colon)
        written = written or (None if marked else self._writer_then_photographer(tok, tf, kind, colon, 2))
        return written, marked

    def _record_writer_and_photographer(self, role: str, written: tuple[str, str]) -> None:
        """文 marks the names before it (a listed run's too) as the label's writers, 摄 the one after it."""
        writer_role = REPORTER if role in (REPORTER, SOURCE) else role
        self.mark(writer_role)
        self.run.credits += [Credit(writer_role, written[0]), Credit(PHOTOGRAPHER, written[1])]

    def _writer_then_photographer(
        self, tok: str, tf: str, kind: str | None, colon: bool, width: int
    ) -> tuple[str, str] | None:
        """After a label, a writer's name, the writer's mark 文, a photographer's name and a photo mark written without
        a space (People's Daily: 本报记者孔一凡文陶禾摄): the two names, the writer's ``width`` characters long; None
        when the token has no such shape or either half is no name with a surname."""
        mark = next((m for m, r in glued_marks() if r == PHOTOGRAPHER and tf.endswith(m)), "")
        if kind is None or not mark:
            return None
        run, folded = tok[: -len(mark)], tf[: -len(mark)]
        if folded[width : width + 1] != "文" or not 2 <= len(run) - width - 1 <= 3:
            return None
        writer, photographer = self._name(run[:width], kind, colon), self._name(run[width + 1 :], kind, colon)
        if writer and photographer and has_surname(folded[:width]) and has_surname(folded[width + 1 :]):
            return writer, photographer
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
            # line (inline, a Latin word in a lead is more often a brand than a person); after a photo or another
            # label with its mark too (摄影/ISSAC 制作/Coco: a credit block's photographer and producer)
            marked = colon and kind in (PHOTOGRAPHER, OTHER)
            latin = self.mode != "inline" and (kind in (REPORTER, EDITOR) or marked) and is_latin_name(tok)
            return tok if latin else None
        fold = fold_credit_chars(tok)
        labelled = kind is not None and kind != SOURCE
        strict = self.mode != "whole" and not colon
        later = len(self.run.credits) + len(self.pending) > self.read_before
        if self.mode == "inline" and later and self.gap.isspace() and not has_surname(fold):
            return None  # 编辑丨陶禾 长河获悉，…: after a space, a word with no surname is the story, not a second name
        if kind == PHOTOGRAPHER and not colon and fold[:1] == "由" and len(fold) in (3, 4):
            # 图片由孔一凡拍摄: "by" glued after the photo label, no surname 由 (a name of 由 after a colon stays)
            bare = zh_name(tok[1:], fold[1:], labelled=labelled, strict=strict)
            if bare and has_surname(fold[1:]):
                return bare
        name = zh_name(tok, fold, labelled=labelled, strict=strict)
        # 长河社发 苇航 摄: with no label, the photo mark after the field's one word makes it the photographer's
        field = kind == REPORTER or kind is None and self.sole == "photo"
        if name is None and field and self.sole and sole_field_name(tok, fold):
            name = tok
        # 通讯员 粤宣: a desk's pen name, not an author either way; 编辑：山桦: an editor's field names whoever follows
        # its colon, a surname of neither table (山 is a word too often for the rare list) included
        loose = kind == OTHER or (kind == EDITOR and colon and self.mode == "whole")
        # 内容编辑丨特工阿尔法: an editor's pen name may have five or six characters (no outlet's name)
        pen_name = kind == EDITOR and bool(_PEN_NAME.fullmatch(tok)) and not is_organisation(fold)
        if (
            name is None
            and loose
            and (PLAIN_NAME.fullmatch(tok) or pen_name)
            and fold not in zh_grammar().not_names
            and not is_outlet(fold)  # 编辑丨长河平台, 编辑：长河新闻网: the desk that reposts, no editor
        ):
            name = tok
        if name and is_house_signature(fold):
            return None  # 核稿编辑：长河小编, 作者：小编: the house's generic signature
        if name and kind == PHOTOGRAPHER and pictures_source(name, fold):
            return None  # 图/视觉中国, 摄影：长河日报: the pictures credited to an agency or an outlet, no photographer
        if name is None and strict and labelled and self.mode == "inline" and len(tok) == 3:
            if tok[0] in zh_grammar().particles:
                return None  # 采写的相关报道: a particle, no surname
            # a rare surname (令伟家, 郅振璞): kept only when 报道 ends the run
            name = zh_name(tok, fold, labelled=True, strict=False)
            if name:
                self.unsure.add(name)
        return name
