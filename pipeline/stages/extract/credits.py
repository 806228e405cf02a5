"""Credits in page text: where an article names its reporters (a byline line at the top, "记者X报道" in the
lead, a header line above the body), photographers in captions; closing credits and signatures are
pipeline.stages.extract.closing_credits, the editor pipeline.stages.extract.credit_editors.

Pure string functions (no DOM), shared by HTML and .txt articles. What a credit says is read by
pipeline.text.bylines (one grammar, vocabulary in pipeline/data/bylines.toml); this module only decides where
to look and how much to trust what is found there.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.stages.extract.closing_credits import closing_reporters as closing_reporters
from pipeline.stages.extract.credit_editors import editor_from_text as editor_from_text
from pipeline.stages.extract.credit_limits import (
    BRACKET_AT_END,
    BYLINE_CHARS,
    CLOSING_PARAGRAPHS,
    run_reporters,
)
from pipeline.stages.extract.transcript_credits import reporter_speaking
from pipeline.text.bylines import (
    EDITOR,
    PHOTOGRAPHER,
    REPORTER,
    find_label,
    fold_credit_chars,
    is_not_a_name,
    label_kind,
    read_credits_zh,
    split_names_zh,
)
from pipeline.text.bylines_en import (
    author_note_reporters,
    closing_credit_sentences,
    closing_signature,
    english_byline,
    is_person_en,
    labelled_byline,
    lead_byline_en,
    signoff_reporters,
)
from pipeline.text.bylines_en import reporting_by as reporting_by_names
from pipeline.text.credit_contact import contact_reporters
from pipeline.text.credit_grammar import byline_data, zh_grammar
from pipeline.text.credit_names import bare_glued_names, has_surname, is_organisation, outlet_before_name
from pipeline.text.credit_residue import without_notice_after_mark
from pipeline.text.credit_shapes import without_column_word, without_picture_note
from pipeline.text.datelines import date_data
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN, HAN_CHAR, nfkc
from pipeline.text.zh_words import word_zipf

TOP_PARAGRAPHS = 4  # bylines stand in one of the first paragraphs
BYLINE_CHARS_EN = 160
LEAD_CHARS = 160  # "本报北京5月15日讯 记者李长云报道：" opens the lead
AFTER_BODY_LINES = 3  # lines right after the body where a post's "Autor: X" stands
# a bracketed credit: "（记者张明、李华）" closing a paragraph, "【环球网报道 记者 张三】" in the lead
BRACKET = re.compile(r"[（(【\[〔]\s*(?P<inner>[^（）()【】\[\]〔〕]{2,60}?)\s*[）)】\]〕]")
# a paragraph that is one bracketed credit and nothing else
ONE_BRACKET = re.compile(r"[（(【\[〔][^（）()【】\[\]〔〕]+[）)】\]〕][。.]?")
# a lead's opening report line with no date: an outlet (no sentence in it) and 讯/电, e.g. 某某晨报讯, 某某网讯：
OUTLET_REPORT = re.compile(rf"^\s*[{HAN}A-Za-z0-9·\-/]{{2,20}}?[讯訊电電]\s*[:：]?\s*")
CLOSING, OPENING = ("）", ")", "】", "]"), re.compile(r"[（(【\[]")
BULLETS = re.compile(r"^[\s□■●◆◇▲△▼★☆◎○◉☉⊙]*")
# where the story starts after a byline run into the lead: sentence punctuation, a date glued to the last name
# (孔一凡5月3日，…), a bracketed column tag or a quotation
STORY_START = re.compile(r"[，。；！？,;!?:：\d【\[“\"「]")
# what sets the story apart from a byline run into it: an opening quotation mark, or a space before a date or time
STORY_APART = re.compile(r"[“\"「]$|\s$")
LONE_BY = re.compile(r"^(?i:by|von|por|par|authors?|autor|autorin|reporters?)\s*[:：]?$")


def byline_line(text: str) -> list[str]:
    """Reporters of a paragraph that is only a byline: "本报记者 张三 李四", "文/圖 記者 張三",
    "（记者 张明 实习生 李四）", "By X and Y, Reuters", "X / AFP"; [] otherwise."""
    t = nfkc(text).strip()
    if HAN_CHAR.search(t):
        return run_reporters(read_credits_zh(t)) if len(t) <= BYLINE_CHARS else []
    return (english_byline(t) or []) if len(t) <= BYLINE_CHARS_EN else []


def is_byline(paragraph: str) -> bool:
    """A paragraph that is only a byline ("中新社记者 宗晨亮", "by Xinhua writer Chen Xiaoyan"): a credit, not
    body text."""
    t = nfkc(paragraph).strip()
    return len(t) <= (BYLINE_CHARS if HAN_CHAR.search(t) else 100) and bool(byline_line(t))


def lead_reporters(paragraph: str, after_dateline: int = 0) -> list[str]:
    """Reporters credited inside a lead paragraph: a run right after the dateline ("本报讯 记者张三 通讯员李四
    近日，…"), "记者X、Y报道" anywhere in its opening, or a bracketed credit there ("【环球网报道 记者 张三】")."""
    t = nfkc(paragraph)[:LEAD_CHARS]
    found: list[str] = []
    # a story after the credit: a photo report's photographer reported it (a paragraph of the credit alone is a photo's)
    story = not ONE_BRACKET.fullmatch(t.strip())
    # an outlet's report line without a date opens the lead like a dateline: 某某信息港讯 记者张三 3月5日下午，…
    after_dateline = after_dateline or _outlet_report_end(t)
    # the credit starts right after the dateline; its outlet may be longer than the gap (…讯 长河日报全媒体记者X)
    at = find_label(t, after_dateline) if after_dateline else None
    at = at if at is not None and at <= after_dateline + 4 else None
    if at is not None:
        found = run_reporters(read_credits_zh(t, "inline", at), labelled=False, lead=story)
    elif after_dateline:
        found = _unlabelled_report_run(t, after_dateline)
    found = found or _undated_wire_reporters(t)
    opening = BRACKET.match(without_picture_note(t).lstrip())
    if not found and opening and find_label(opening.group("inner")) is not None:
        # a lead opening with a bracketed credit (【长河日报记者 孔一凡】据…报道): the credit ends at its bracket
        found = run_reporters(read_credits_zh(opening.group("inner")), lead=story)
    elif not found and opening and outlet_before_name(signed := without_column_word(opening.group("inner"))):
        # 【長河快報孔一凡】長河大橋…: an outlet and its reporter's name glued, no label (Taiwan's financial wires; a
        # commentary site's column word after the name: 【长河传媒孔一凡专栏】)
        found = run_reporters(read_credits_zh(signed), labelled=False, lead=story)
    pos = 0
    whole = len(nfkc(paragraph)) <= LEAD_CHARS
    while not found and (at := find_label(t, pos)) is not None:
        run = read_credits_zh(t, "inline", at)
        # "记者X、Y报道：…", a credit closing the paragraph ("…电 题：… 新华社记者张明、李华"), or one closed by a
        # bracket whose opening the page lost ("某某客户端记者 张三）5月13日上午，…")
        if run is not None and (
            run.reported
            or _closed(t, at, run.end)
            or (whole and not t[run.end :].strip(" 。）)."))
            or _byline_apart_from_story(t, at, run.end)
            or _byline_after_title(t, at, run.end)
            or _marked_byline_apart(t, at, run.end)
        ):
            found = run.lead_names() if story and _opens(t, at, after_dateline) else run.names(REPORTER)
        pos = at + 1
    for m in BRACKET.finditer(t) if not found else ():
        found = run_reporters(
            read_credits_zh(m.group("inner")), lead=story and _opens(t, m.start(), after_dateline)
        )
        if found:
            break
    return (
        found
        or _byline_run_into_lead(t)
        or _outlet_name_sent_from(t)
        or reporter_speaking(t)
        or _bullet_signature(t)
    )


# a commentary's signature opening the lead after its bullet (□, ☉, ⊙, ◎: the marks a column's byline opens with), the
# writer's affiliation in brackets or a space after the name, the line break before the story lost (□孔一凡 （长河大学）当地
# 时间29日，…, ☉陶禾 长河大桥…)
BULLET_SIGNATURE = re.compile(
    rf"^\s*[□☉⊙◎]\s*(?P<name>[{HAN}]{{2,3}})(?:\s*[（(][^（）()]{{2,20}}[）)]|\s+)(?=\S)"
)


EVERYDAY_ZIPF = 3.0  # a word this frequent (长河, 黄河) is the story's, no bullet's signature


def _bullet_signature(lead: str) -> list[str]:
    """The writer whose bullet and name open the lead (``BULLET_SIGNATURE``): a name of two or three characters with
    a known surname, no place, organisation, everyday word (□长河 大桥…) or word that names nobody; [] otherwise."""
    m = BULLET_SIGNATURE.match(lead)
    name = m.group("name") if m else ""
    folded = fold_credit_chars(name)
    if not name or not has_surname(folded) or is_not_a_name(name) or is_organisation(folded):
        return []
    return [] if folded in zh_grammar().places or word_zipf(folded) >= EVERYDAY_ZIPF else [name]


def _opens(lead: str, at: int, after_dateline: int) -> bool:
    """A credit at ``at`` opens the lead (after its dateline, if any): the story follows it (…报道。（记者X摄影报道） closing
    a short story credits its photo)."""
    return not lead[:at].strip() or bool(after_dateline) and at <= after_dateline + 4


@cache
def _undated_wire() -> re.Pattern[str]:
    """A wire's dateline with no date (People's Daily's form for the items it carries: 据新华社长河电, 本报长河电), then
    its bracket of names."""
    agencies = alternation(date_data()["chinese"]["agencies"])
    return re.compile(
        rf"^\s*(?:据|據)?(?:{agencies})[{HAN}]{{0,6}}?(?:电|電)\s*[（(](?P<inner>[^（）()]{{2,40}})[）)]"
    )


def _undated_wire_reporters(lead: str) -> list[str]:
    """The reporters of an undated wire dateline's bracket (据新华社长河电（孔一凡、陶禾）…): unlabelled names there are
    reporters, as in a dated dateline's bracket (two glued: （孔凡陶禾））."""
    m = _undated_wire().match(fold_credit_chars(lead))
    if not m:
        return []
    inner = lead[m.start("inner") : m.end("inner")]
    return run_reporters(read_credits_zh(inner), labelled=False, lead=True) or bare_glued_names(inner)


# names with no label right after a lead's dateline, closed by a report word and a colon: 本報訊 孔一凡、陶禾報道：…
UNLABELLED_REPORT = re.compile(r"\s*(?P<run>[^，。；！？,;!?:：（）()]{2,30}?(?:报道|报导))\s*[:：]")


def _unlabelled_report_run(lead: str, after_dateline: int) -> list[str]:
    """Reporters of a run with no label that follows the dateline and ends in a report word and a colon (本报讯
    孔一凡、陶禾报道：…): the run read whole must name someone and end in the report word."""
    m = UNLABELLED_REPORT.match(fold_credit_chars(lead), after_dateline)
    run = read_credits_zh(lead[m.start("run") : m.end("run")]) if m else None
    return run.names(REPORTER) if run is not None and run.reported else []


# a lead opening with an outlet, its reporter's name set apart and 发自 + the place, the story glued to the place (the
# line break lost): 长河财经 孔一凡 发自上海长河大桥…
OUTLET_NAME_SENT_FROM = re.compile(
    rf"^\s*(?P<outlet>[^\s，。；！？,;!?]{{2,12}})\s+(?P<names>[{HAN}·]{{2,4}}(?:[、，,\s]+[{HAN}·]{{2,4}}){{0,3}})\s*发自"
)


def _outlet_name_sent_from(lead: str) -> list[str]:
    """Reporters of a lead opening ``outlet name 发自…``: the outlet a known one or of an outlet's shape, the names
    read as an unlabelled signature."""
    m = OUTLET_NAME_SENT_FROM.match(fold_credit_chars(lead))
    if not m or not is_organisation(m.group("outlet")):
        return []
    return run_reporters(read_credits_zh(lead[m.start("names") : m.end("names")]), labelled=False)


def _byline_run_into_lead(lead: str) -> list[str]:
    """Reporters of a byline the lead paragraph opens with when the line break after it was lost ("长河网记者 孔一凡
    陶禾5月3日，…", "■长河日报记者 孔一凡 当地时间…", "长河网记者 孔一凡 【长河观察】…"): the paragraph starts with a label
    word standing apart from the names (记者孔一凡从…获悉 is a sentence), and the byline is the longest run of its
    words before the story starts that reads as a credit line naming a reporter."""
    head = lead[BULLETS.match(lead).end() :]  # type: ignore[union-attr]
    label = zh_grammar().label.match(fold_credit_chars(head))
    colon = label.end("label") if label else 0
    if head[colon : colon + 1] in (":", "：") and colon:  # 作者：孔一凡今年…: the label's colon, no story's
        head = head[:colon] + " " + head[colon + 1 :]
    stop = STORY_START.search(head)
    words = head[: stop.start() if stop else len(head)].split()
    if len(words) < 2 or find_label(words[0]) != 0:
        return []
    label_only = read_credits_zh(words[0])
    if label_only is None or label_only.credits:
        return []
    last = re.split(r"[|丨]", words[-1])[0]  # 孔一凡核心提示|…: a heading's bar, the story after it
    openers = zh_grammar().story_openers
    opener = next((w for w in openers if last.endswith(w)), "")
    words[-1] = last[: len(last) - len(opener)]  # 孔一凡近日: the name, then the story
    # 孔一凡今年是我…: the name, then a time word opening the story's sentence, which runs on
    cut = next((k for k in (3, 2) if not opener and last[k:].startswith(tuple(openers))), 0)
    words[-1] = last[:cut] if cut else words[-1]
    for n in range(len(words), 1, -1):
        found = run_reporters(read_credits_zh(" ".join(words[:n])))
        if found:
            return found
    return []


def _byline_apart_from_story(lead: str, label_at: int, run_end: int) -> bool:
    """The lead opens with the credit and its names end at a space or an opening quotation mark, where the story
    starts (长河日报记者孔一凡 4月28日晚间，…, 长河网记者孔一凡“根据…): a byline whose line break was lost."""
    opens = BULLETS.match(lead).end() == label_at  # type: ignore[union-attr]
    apart = STORY_APART.search(lead, 0, run_end)
    if not opens or apart is None:
        return False
    return not apart.group().isspace() or lead[run_end : run_end + 1].isdigit()


# a wire story's title after its dateline: 新华社长河5月3日电 题：…
TITLE_AFTER_DATELINE = re.compile(r"[电電]\s*[题題]\s*[:：]")


def _byline_after_title(lead: str, label_at: int, run_end: int) -> bool:
    """A wire dateline, its story's title (…电 题：…), then the byline, its names ended by a space where the story
    starts (新华社记者孔一凡、陶禾 历经…): the title's line break and the byline's were lost."""
    apart = STORY_APART.search(lead, 0, run_end)
    titled = TITLE_AFTER_DATELINE.search(lead, 0, label_at)
    return bool(titled and apart and apart.group().isspace())


# a label's mark as a credit line prints it (作者丨X, 记者／X, 文|X): in a sentence a label word never takes one
LABEL_MARK = re.compile(r"[/|丨]\s*$")


def _marked_byline_apart(lead: str, label_at: int, run_end: int) -> bool:
    """The credit's label is printed with its mark (作者丨孔一凡 编辑丨陶禾 长河获悉，…, 记者／孔一凡 长河大桥…) and its
    names end at a space, where the story starts: a byline set in the lead, wherever it stands (after a title or a
    picture's source whose line breaks were lost)."""
    label = zh_grammar().label.match(fold_credit_chars(lead), label_at)
    return bool(label and LABEL_MARK.search(label.group(0)) and lead[run_end - 1 : run_end].isspace())


def _closed(lead: str, label_at: int, run_end: int) -> bool:
    """A closing bracket ends the run and no bracket opens before its label (the page lost the opening one)."""
    return lead[:run_end].rstrip().endswith(CLOSING) and not OPENING.search(lead, 0, label_at)


def _outlet_report_end(lead: str) -> int:
    """Where a lead's opening "<outlet>讯" (or 电) ends when a label starts right there: 0 when there is none
    (连当地电视评论员都说 holds 电, then 视, no label)."""
    m = OUTLET_REPORT.match(lead)
    return m.end() if m and find_label(lead, m.end()) == m.end() else 0


def top_reporters(paragraphs: list[str]) -> list[str]:
    """Reporters from a byline line or a lead credit in the first paragraphs (the first that names any); a byline
    line's run of byline lines right after it adds theirs (本报记者 A / 本报见习记者 B / 本报通讯员 C, one a
    paragraph)."""
    top = paragraphs[:TOP_PARAGRAPHS]
    for i, p in enumerate(top):
        line = byline_line(p)
        found = line or (lead_reporters(p) if HAN_CHAR.search(p) else lead_byline_en(p))
        if not found:
            continue
        for q in top[i + 1 :] if line else ():
            if not is_byline(q):
                break
            found += [n for n in byline_line(q) if n not in found]
        return found
    return []


def removed_byline(removed: list[str]) -> list[str]:
    """Reporters of a Latin-script byline line the body's noise rules took out ("Von X und Y", "By X")."""
    for line in removed:
        t = nfkc(line).strip()
        found = [] if HAN_CHAR.search(t) else (english_byline(t) or [])
        if found:
            return found
    return []


def labelled_reporters(paragraphs: list[str], after_body: list[str]) -> list[str]:
    """Reporters of a labelled credit line ("Autorin: X", "Text: X", "Autoren X und Y") anywhere in the body
    (between a story and its appended interview, or above a list of references), then in the few lines right
    after the body (a post's "Autor: X" above its tags)."""
    for line in paragraphs + [t for t in after_body if t.strip()][:AFTER_BODY_LINES]:
        found = [] if HAN_CHAR.search(line) else labelled_byline(line)
        if found:
            return found
    return []


def header_reporters(lines: list[str]) -> list[str]:
    """Reporters of a header line above the body: "来源：人民网 作者：王敬照 2012-01-12", "本报记者 张三",
    "By Richard Ingham (AFP)", "Jane Doe / AFP", a "By" line over a line with the name."""
    for i, line in enumerate(lines):
        t = nfkc(line).strip()
        if not t or len(t) > BYLINE_CHARS_EN:
            continue
        if HAN_CHAR.search(t):
            found = byline_line(t) or (run_reporters(read_credits_zh(t, "lenient")) if len(t) <= 80 else [])
        elif LONE_BY.match(t):  # "By" / "Autor:" over the names: "Jane Holloway", "and", "Peter Marsh"
            names = _name_lines(lines[i + 1 : i + 8]) or lines[i + 1 : i + 2]
            found = english_byline(" ".join([t, *names])) or []
        else:
            found = english_byline(t, header=True) or []
        if found:
            return found
    return []


def _name_lines(lines: list[str]) -> list[str]:
    """The lines after a lone "By" that hold its names ("David Brand", "and", "Ramsey Khalifeh")."""
    out: list[str] = []
    for line in lines:
        t = nfkc(line).strip()
        if not (is_person_en(t) or t.lower() in ("and", "&", ",", "und")):
            break
        out.append(t)
    return out


def reporting_by(paragraphs: list[str]) -> list[str]:
    """Western wire credit at the end: "(Reporting by X and Y; Editing by Z)" or a contact block ("To contact the
    reporter on this story: X in London at …"); else a closing sign-off
    ("CNN's X reported from Beirut. Y contributed to this report."); else, on the last paragraph, a signature after
    its last sentence ("… geöffnet. Jane Roe") or an author note ("Jane Roe is a senior writer at …"): unlabelled
    forms, read after byline markup and metadata."""
    for p in paragraphs[-4:]:
        found = reporting_by_names(p) or contact_reporters(p)
        if found:
            return found
    for p in paragraphs[-CLOSING_PARAGRAPHS:][::-1]:
        found = [] if HAN_CHAR.search(p) else signoff_reporters(p)
        if found:
            return found
    last = nfkc(paragraphs[-1]).strip() if paragraphs else ""
    if not last or HAN_CHAR.search(last):
        return []
    return closing_signature(last) or author_note_reporters(last) or closing_credit_sentences(last)


_PHOTO_NAME = rf"(?:[{HAN}]{{1,5}}(?:·[{HAN}]{{1,5}}){{1,2}}|[{HAN}·]{{2,4}})"
# a photo credit: 记者 张三 摄, （李四 摄）, a caption's sentence and the credit after its full stop (图为…。王五摄)
PHOTO_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        # 拍摄 glued after the last name is its mark, no part of it (陶禾、孔一凡拍摄), and so is 摄影 closing a
        # caption (记者孔一凡摄影); the credit may follow a bracketed note of the caption (（无人机航拍）孔一凡 摄); a
        # transliterated name is longer, its parts joined by · (新华社发（林德·卡斯摄）)
        # 翻摄 (re-photographed: 記者孔一凡翻攝) is a mark too, and 摄于 + when or where (孔一凡拍摄于赛后); the picture
        # "by" the names (照片由孔一凡摄, 图片由陶禾拍摄) is a credit as well, and so is the picture "being" theirs
        # (（压题照片为孔一凡摄）, 图为陶禾摄: People's Daily's caption credit; 图为 opens no names: （图为陶禾摄）)
        rf"(?:^|[\s(（/：:。）)]|记者|記者|摄影|攝影|发|發|[片图圖][由为為])\s*(?![片图圖][由为為])(?P<names>{_PHOTO_NAME}(?:[\s、]{_PHOTO_NAME}){{0,2}})"
        rf"(?<![拍翻])\s*/?\s*[拍翻]?(?:摄|攝)(?:影)?(?:[于於][^（）()。]{{1,20}})?\s*(?:$|[）)\]】。《])",
        # a caption naming the picture a reporter took: 长河网记者孔一凡拍摄的长河大桥 (the label keeps it a credit), or
        # what a photographer took: 攝影記者孔一凡拍攝送行的人 (the photographer's title keeps it a credit)
        rf"(?:记者|記者)\s*(?P<names>{_PHOTO_NAME})\s*(?:拍摄|拍攝)的",
        # a caption opening with its credit, the mark glued to the caption's text (新华社记者孔一凡摄3月22日，…,
        # 新华社记者孔一凡/摄长河大桥…): a reporter's label first, so the names are a credit's (摄影, 摄像, 摄制 are words)
        rf"^[\s□■●◆▲★]*[{HAN}A-Za-z0-9]{{0,10}}?(?:记者|記者)\s*(?P<names>{_PHOTO_NAME}(?:[\s、]{_PHOTO_NAME}){{0,2}})"
        rf"\s*/?\s*(?:摄|攝)(?![影像制製])",
        rf"(?:摄影记者|攝影記者)\s*(?P<names>{_PHOTO_NAME})\s*(?:拍摄|拍攝)",
        r"Photo(?:s)?\s+by\s+(?:[A-Z][\w ]{0,40}?\s+(?:reporter|photographer)\s+)?"
        r"(?P<names>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})",
        r"\((?:Xinhua|Photo|IC|VCG)\s*/\s*(?P<names>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*\)",
    )
]


PHOTO_WORD = re.compile(r"[摄攝图圖]")  # a credit line that may name a photographer


def photographers_from(texts: list[str]) -> list[str]:
    """Photographers credited in ``texts`` ("记者 张三 摄", "Photo by X", "(Xinhua/X)", a credit line
    "摄影：张三"), in order, once each."""
    out: list[str] = []
    for t in texts:
        t = without_notice_after_mark(nfkc(t))  # …孔一凡 摄特别声明：本文仅为…: a portal's notice glued on
        names: list[str] = []
        # the whole line, or a caption's credit after its last full stop (…钩起。 长河网记者 孔一凡 图), a full stop
        # closing the credit too (…作业。摄影：新华社记者孔一凡。)
        tail = t.rstrip(" 。.").rpartition("。")[2].strip()
        for line in [t, tail] if len(tail) < len(t) else [t]:
            if line and len(line) <= BYLINE_CHARS and PHOTO_WORD.search(line):
                names += _line_photographers(line)
            names += _credits_apart(line) if line else []
        for rx in PHOTO_PATTERNS:
            for m in rx.finditer(t):
                found = m.group("names")
                names += _caption_names(found) if HAN_CHAR.search(found) else [found]
        closing = BRACKET_AT_END.search(t)
        if closing and PHOTO_WORD.search(closing.group("inner")):
            # a closing credit of reporters and the camera: （央视记者 孔一凡 陶禾 摄影 林小川）
            run = read_credits_zh(closing.group("inner"))
            names += run.names(PHOTOGRAPHER) if run else []
        names += _name_before_picture_agency(closing.group("inner")) if closing else []
        names += _photographer_between_agencies(closing.group("inner")) if closing else []
        names += _glued_photographers(closing.group("inner")) if closing else []
        for n in names:
            if n not in out:
                out.append(n)
    return out


def _name_before_picture_agency(inner: str) -> list[str]:
    """The photographer of a caption's closing bracket that names a picture agency after the name and a slash, with
    no photo mark (（孔一凡/东方IC）, （陶禾 / 视觉中国）): one name of the grammar, the agency one of
    ``picture_agencies`` (bylines.toml); [] otherwise (（资料图/视觉中国）, （孔一凡/长河日报）)."""
    name, slash, agency = inner.partition("/")
    name = name.strip()
    if not slash or fold_credit_chars(agency).strip().casefold() not in _picture_agencies():
        return []
    if fold_credit_chars(name) in zh_grammar().places or is_not_a_name(name):
        return []  # （杭州/视觉中国）: where, not who
    run = read_credits_zh(name) if HAN_CHAR.search(name) else None
    found = run.names(REPORTER) if run is not None and not run.labelled else []
    return found if len(found) == 1 else []


def _photographer_between_agencies(inner: str) -> list[str]:
    """The photographer of a caption's closing credit whose parts, set apart by slashes, name the agencies that sent
    the picture around the name (（攝影/美联社/Jane Roe/达志影像）, Taiwan's papers): the credit read without them."""
    parts = re.split(r"\s*/\s*", inner.strip())
    kept = [p for p in parts if fold_credit_chars(p).casefold() not in _picture_agencies()]
    run = read_credits_zh("/".join(kept)) if 0 < len(kept) < len(parts) else None
    return run.names(PHOTOGRAPHER) if run else []


# a photo mark glued after the last name of a caption's closing bracket (（孔一凡陶禾摄）, （孔一凡陶禾摄影报道）)
GLUED_PHOTO_MARK = re.compile(r"(?:拍摄|拍攝|摄|攝|摄影报道|攝影報導|攝影報道)\s*$")


def _glued_photographers(inner: str) -> list[str]:
    """The photographers of a caption's closing bracket of two or three names written without a space or a label,
    the photo mark glued after them (People's Daily: （孔一凡陶禾摄）), as a dateline's bracket has such names
    (``bare_glued_names``); [] otherwise."""
    mark = GLUED_PHOTO_MARK.search(inner)
    return bare_glued_names(inner[: mark.start()]) if mark else []


@cache
def _picture_agencies() -> frozenset[str]:
    return frozenset(fold_credit_chars(a).casefold() for a in byline_data()["zh"]["picture_agencies"])


def _caption_names(found: str) -> list[str]:
    """The names before a photo mark in a caption; when they do not read as names, the words after the caption's
    own words set apart by a space (布置现场 孔一凡摄影: the caption, then the credit)."""
    names = split_names_zh(found)
    words = found.split()
    for k in range(1, len(words)):
        names = names or split_names_zh(" ".join(words[k:]))
    return names


# a photo mark, then a space and more: where a caption's credit ends and another may start
MARK_THEN_MORE = re.compile(r"(?<=[摄攝])\s+(?=\S)")


def _credits_apart(line: str) -> list[str]:
    """The photographers of the credits a caption's line sets apart after photo marks (新华社记者 孔一凡摄 本文照片除署名
    外均为本报记者陶 禾摄 林川制图): each piece read from its first label, the caption's words before it left out."""
    pieces = MARK_THEN_MORE.split(line)
    out: list[str] = []
    for piece in pieces if len(pieces) > 1 else []:
        at = find_label(piece)
        out += _line_photographers(piece[at:]) if at is not None else []
    return out


# a photo mark closing a credit line: 记者孔一凡 通讯员陶禾摄
PHOTO_MARK_END = re.compile(r"(?:摄|攝|摄影|攝影)\s*[。.]?$")
# a credit closed by its bracket, then a labelled credit closed by a photo mark: （记者孔一凡）长河日报记者陶禾摄
BRACKET_BEFORE_PHOTO_CREDIT = re.compile(
    r"^\s*[（(](?P<inner>[^（）()]{2,40})[）)]\s*(?P<rest>[^（）()]{2,40}?(?:摄|攝|摄影|攝影)\s*[。.]?)$"
)


def _line_photographers(line: str) -> list[str]:
    """The photographers of a credit line; a labelled line closed by a photo mark credits the photos to every name
    of it, the reporter's and the correspondent's too (本报记者孔一凡 通讯员陶禾摄, 孔一凡、长河日报记者陶禾、摄): a
    caption's credit is for its picture."""
    bracketed = BRACKET_BEFORE_PHOTO_CREDIT.match(line)
    if bracketed:
        # （记者孔一凡）长河日报记者陶禾摄: the bracket closes the reporter's own credit, the mark after it is the
        # next credit's; each keeps the roles it names
        inner = read_credits_zh(bracketed.group("inner"))
        return _line_photographers(bracketed.group("rest")) + (inner.names(PHOTOGRAPHER) if inner else [])
    run = read_credits_zh(line)
    if run is None:
        return []
    if run.labelled and PHOTO_MARK_END.search(line) and not _names_a_writer(line):
        return list(dict.fromkeys(c.name for c in run.credits if c.role != EDITOR))
    return run.names(PHOTOGRAPHER)


# a writer's name of three characters, 文 and the photographer's name glued after a reporter's label (People's Daily)
GLUED_WRITER_MARK = re.compile(rf"记者[{HAN}]{{3}}文[{HAN}]{{2,3}}拍?摄$")


def _names_a_writer(line: str) -> bool:
    """A credit line that says who wrote, not only who photographed: labels set apart by a delimiter (文/记者 孔一凡
    图/记者 陶禾 摄), a writer's mark or label standing alone (记者 孔一凡 文 陶禾 摄, 作者 孔一凡 陶禾 摄)."""
    if re.search(r"[/:：|丨]", line):
        return True
    words = re.split(r"[\s、，,]+", fold_credit_chars(line))
    if any(GLUED_WRITER_MARK.search(w) for w in words):
        return True  # 本报记者孔一凡文陶禾摄: 文 glued between the writer's name and the photographer's
    writer_label = [w for w in words if label_kind(w) == REPORTER and not w.endswith("记者")]
    return bool(writer_label) or any(w in zh_grammar().writer_marks for w in words)
