"""The shapes of names in Chinese credit runs, for the reader of pipeline.text.bylines: what a name is in a credit
(a known surname first, no outlet, no report word), a name padded with spaces (（记者 张 胜 男）, 記者 謝 東明), names
written without a space (卢晶刘菁, 孔一凡陶禾, 孔一凡陶禾林大川), a name in Latin script after a label (记者 Jisho 报导), a
name glued to a place and a date before 电 / 报道 (中央社記者張三台北12日電, 记者孔一凡9月21日报道), an agency's dateline
that names nobody, an author's note (作者系…孔一凡), the affiliation brackets after a name, and what an organisation or
a surname is in a credit. Vocabulary: pipeline/data/bylines.toml and the surname tables of pipeline.text.names.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.credit_grammar import OTHER, REPORTER, byline_data, zh_grammar
from pipeline.text.credit_latin import latin_words, split_glued_after_latin
from pipeline.text.names import credit_surnames, surname_rank, surname_table
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN, HAN_RUN, nfkc
from pipeline.text.traditional import fold_traditional

# a token of a credit: what stands between spaces, list commas, colons, slashes, brackets and quotation marks, and a
# sentence end right after 报道 / 报导 (记者孔一凡报道。长河…: the report word ends the run at the full stop); elsewhere
# a sentence end stays inside its token, which is then no name (…评论员文章。)
TOKEN = re.compile(
    r"(?:[^\s。！？!?、，,;；|丨/:：()（）\[\]【】〔〕「」『』〈〉<>《》\"“”'‘’]|(?<!报道)(?<!报导)[。！？!?])+"
)
PLAIN_NAME = re.compile(rf"[{HAN}]{{2,4}}")


def is_organisation(word: str) -> bool:
    """新华社, 南方都市报, 北京日报客户端, 齐鲁晚报·齐鲁壹点 and 工人日报—中工网 (any part of a joined word), 新华社发
    ("distributed by")."""
    g = zh_grammar()
    for part in re.split(r"[·・•‧—–-]", fold_traditional(word)):
        for mark in ("", *g.org_marks):
            stem = part.removesuffix(mark) if mark else part
            if stem and (stem in g.orgs or g.org_suffix.search(stem)):
                return True
    return False


DOTTED_NAME = re.compile(rf"[{HAN}]{{1,8}}(?:[·・•‧][{HAN}]{{1,8}}){{1,3}}")


@cache
def _long_reports() -> tuple[str, ...]:
    return tuple(w for w in byline_data()["zh"]["report_words"] if len(w) > 1)


def zh_name(tok: str, folded: str, *, labelled: bool, strict: bool) -> str | None:
    """``tok`` as a person's name, or None. Unlabelled or loosely read names must start with a surname; a
    four-character name needs a compound surname unless a label stands right before it in a pure credit."""
    g = zh_grammar()
    if folded in g.not_names or tok in g.not_names or folded in g.orgs:
        return None  # an outlet is nobody's name, after a label too (文/新华社)
    if folded.startswith(_long_reports()):
        return None  # 报道配图, 报道组: a report word opens no name
    if DOTTED_NAME.fullmatch(tok):
        return None if is_organisation(tok) else tok  # 齐鲁晚报·齐鲁壹点 is two outlets
    if not PLAIN_NAME.fullmatch(tok):
        return None
    if folded[-1] in byline_data()["zh"]["name_final_particles"]:
        return None  # 图丨长河的“大桥”: a particle ends no name
    if not labelled and g.org_suffix.search(folded):
        return None  # 新民网, 本报: the organisation of a signature
    if len(tok) == 4 and tok[:2] not in surname_table() and not (labelled and not strict):
        return None
    if (strict or not labelled or len(tok) == 2) and not has_surname(tok):
        return None  # a two-character word after a label is a heading more often than a name: 记者手记
    return tok


def is_picture_agency(tok: str) -> bool:
    """A word after a photographer label that starts with no surname (视觉中国, 人民视觉, 图虫创意): pictures are
    credited to an agency far more often than to a photographer whose surname is in neither table; a dotted
    name (艾力·买买提) stays a name."""
    return (
        bool(PLAIN_NAME.fullmatch(tok))
        and not has_surname(tok)
        and fold_traditional(nfkc(tok)) not in zh_grammar().not_names
    )


def has_surname(name: str) -> bool:
    """``name`` starts with a surname a credit may name, rare ones of the 百家姓 included (訾, 郗, 逄)."""
    table = credit_surnames()
    return name[:2] in table or name[:1] in table


def glued_pair(name: str) -> list[str]:
    """Two two-character names written without a space (卢晶刘菁 -> 卢晶, 刘菁): four characters, both halves
    starting with a surname, no compound surname."""
    table = surname_table()
    if len(name) == 4 and name[:2] not in table and name[0] in table and name[2] in table:
        if name[1] not in _familiar_prefixes():  # 王小李子: 小 opens a name, it closes none
            return [name[:2], name[2:]]
    return [name]


@cache
def _familiar_prefixes() -> frozenset[str]:
    """小, 老, 阿: they open a familiar name (小王, 阿明) and close none (pipeline/data/bylines.toml)."""
    return frozenset(byline_data()["zh"]["familiar_prefixes"])


def glued_names(run: str) -> list[str]:
    """Two or three names written without a space in five to nine characters (孔一凡陶禾, 陶禾孔一凡, 孔一凡陶小禾,
    孔一凡陶禾林大川): names of two or three characters, each starting with a common surname; of several such cuts,
    the one whose surnames are the more frequent (朱某郭某某 rather than 朱某郭 + 敬某), two names before three; no
    name ends in a familiar prefix (小, 老, 阿). [] when none cuts."""
    rank = surname_rank()
    if not 5 <= len(run) <= 9 or not HAN_RUN.fullmatch(run):
        return []
    best: tuple[int, int, list[str]] | None = None
    for widths in _name_widths(len(run)):
        starts = [sum(widths[:i]) for i in range(len(widths))]
        if any(run[s] not in rank for s in starts):
            continue
        if any(run[s + w - 1] in _familiar_prefixes() for s, w in zip(starts, widths, strict=True)):
            continue  # 张家小王子: a cut leaving 小 at a name's end (张家小 + 王子) is none
        if any(is_time_word(run[s : s + w]) for s, w in zip(starts, widths, strict=True)):
            continue  # 何涛内容提要: a cut leaving a word that is no name (容提要 ends in a heading) is none
        score = (len(widths), sum(rank[run[s]] for s in starts[1:]))
        if best is None or score < best[:2]:
            best = (*score, [run[s : s + w] for s, w in zip(starts, widths, strict=True)])
    return best[2] if best else []


def _name_widths(length: int) -> list[tuple[int, ...]]:
    """The widths of two or three names of two or three characters that fill ``length`` characters."""
    pairs = [(a, b) for a in (2, 3) for b in (2, 3)]
    threes = [(a, b, c) for a in (2, 3) for b in (2, 3) for c in (2, 3)]
    return [w for w in [*pairs, *threes] if sum(w) == length]


# a month or a day in digits or in Chinese numerals (中央社記者張三台北十二日電: the 1998-2008 wires wrote them so)
_CN_NUMERALS = "[一二三四五六七八九十]"
_MONTH_DAY = rf"(?:(?:\d{{1,2}}|{_CN_NUMERALS}{{1,2}})月)?(?:\d{{1,2}}|{_CN_NUMERALS}{{1,3}})日"
# the name and the place read shortest first, so the numerals after them are the date's (台北十二日: no 台北十 + 二日)
PLACE_DATE = re.compile(rf"^(?P<han>[{HAN}]{{2,9}}?)(?:\d{{4}}年)?{_MONTH_DAY}$")
# the date before the place: 记者孔一凡8月7日长河报道 (a name, a date, a place of one to four characters, then 报道)
DATE_PLACE = re.compile(rf"^(?P<han>[{HAN}]{{2,4}})(?:\d{{4}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日[{HAN}]{{1,4}}$")


# a Taiwanese short county or city after the name: 嘉縣 (Chiayi County), 竹市 (Hsinchu City), 北市 (Taipei City)
_SHORT_COUNTY = re.compile(rf"(?P<name>[{HAN}]{{2,3}})[{HAN}][县市]")
# a place's Latin code written after it (华盛顿DC, 纽约NY, 华盛顿D.C.): part of the place filed from
_PLACE_CODE = re.compile(rf"(?P<han>.*[{HAN}])(?:[A-Z]\.?){{1,3}}")


def before_place_and_date(pre: str) -> str:
    """The name in "張三台北12日" + "電" (the CNA byline 中央社記者張三台北12日電, also with a year and month): a
    two-character name before a two-character place, else a three-character one, the whole when a date follows
    two or three characters (记者张三9月21日 + 报道: no place); without a date, the name before a place of
    ``not_names`` (台灣醒報記者張三台北 + 報導) or two (大纪元记者张三台湾台北 + 报导), unless the whole is a
    four-character name; the name before a date and a place (记者张三8月7日广州 + 报道); the name before a county or
    city in Taiwan's short form, one character and 縣 / 市 (記者張三嘉縣 + 報導: Chiayi County)."""
    coded = _PLACE_CODE.fullmatch(pre)
    if coded and _without_place(coded.group("han")) != coded.group("han"):
        pre = coded.group(
            "han"
        )  # 孔一凡美国华盛顿DC + 报导: the code of the known place before it goes with it
    m = PLACE_DATE.match(pre)
    dated_place = DATE_PLACE.match(pre)
    if not m and dated_place:
        return dated_place.group("han")
    if not m:
        name = _without_place(pre)
        glued = _glued_names_before_place(pre)
        if glued:
            return glued  # 孔一凡陶禾上海 + 报道: two names glued before the place, read by glued_names
        county = _SHORT_COUNTY.fullmatch(fold_traditional(pre)) if len(name) > 3 else None
        return name if len(name) <= 3 else pre[: county.end("name")] if county else pre
    han = m.group("han")
    if fold_traditional(han) in zh_grammar().places:
        return ""  # 记者成都11月29日电: the place and the date of the dateline, no name
    placed = _without_place(han)
    if placed != han:
        return placed  # 记者孔一凡哈尔滨12日电: the name before a known place
    return han if len(han) < 4 else han[:2] if len(han) == 4 else han[:3]


def _without_place(run: str) -> str:
    """``run`` without the places glued at its end (孔一凡沈阳 -> 孔一凡, 陶禾台湾台北 -> 陶禾): a place of the ``places``
    table (two to four characters) or another word that is no name of two, while four to nine characters are
    left and a name of two or more stays; a four-character run opening with a compound surname is a name (欧阳北京)."""
    g = zh_grammar()
    name = run
    while 4 <= len(name) <= 9:
        folded = fold_traditional(name)
        cut = next((k for k in (4, 3, 2) if folded[-k:] in g.places and len(name) - k >= 2), 0)
        cut = cut or (2 if folded[-2:] in g.not_names else 0)
        if not cut or (len(name) == 4 and name[:2] in surname_table()):
            break  # 欧阳北京 reads as a four-character name
        name = name[:-cut]
    return name


def outlet_before_name(run: str) -> int:
    """How many characters of ``run`` are an outlet glued before a name and the place it was filed from, a report word
    after them (民視新聞孔一凡南投 + 報導 -> 4, 长河日报陶禾 + 报道 -> 4): a known outlet or one ending in a suffix of
    two characters or more (新闻, 日报; the longest such head; not 本报, 本台: "this paper" is followed by a place), then a
    name of two or three characters with a surname, then nothing or places of the table. 0 otherwise (a dated run is
    an agency's dateline: ``is_agency_dateline``)."""
    g = zh_grammar()
    folded = fold_traditional(run)
    if PLACE_DATE.match(folded) or not HAN_RUN.fullmatch(folded):
        return 0
    long_suffixes = [s for s in byline_data()["zh"]["org_suffixes"] if len(s) > 1]
    for k in range(len(folded) - 2, 1, -1):
        head = folded[:k]
        if (
            head.startswith("本")
            or head not in g.orgs
            and not any(head.endswith(s) and k > len(s) for s in long_suffixes)
        ):
            continue  # 本报惠州 + 电: this paper's place, no name
        name = _without_place(folded[k:])
        known = name in g.not_names or name in g.places or is_organisation(name)
        if 2 <= len(name) <= 3 and has_surname(name) and not known:
            return k
    return 0


# names written together with no label are names only when each opens with a surname of this rank or better
# (刘某杨某 in a dateline's bracket; 王者荣耀 is no two names: 荣 is rarer)
BARE_GLUED_RANK = 100


def bare_glued_names(run: str) -> list[str]:
    """Two or three names written without a space and with no label (a dateline's bracket: （孔凡陶禾）, （孔一凡陶禾）):
    four characters cut in two (``glued_pair``) or five to nine (``glued_names``), each name opening with a surname
    of rank ``BARE_GLUED_RANK`` or better and none a word that is no name; [] otherwise."""
    run = run.strip()
    if not HAN_RUN.fullmatch(run):
        return []
    names = glued_pair(run) if len(run) == 4 else glued_names(run)
    rank, g = surname_rank(), zh_grammar()
    good = all(
        rank.get(fold_traditional(n[0]), BARE_GLUED_RANK + 1) <= BARE_GLUED_RANK
        and fold_traditional(n) not in g.not_names
        and fold_traditional(n) not in g.places
        for n in names
    )
    return names if len(names) > 1 and good else []


def bare_spaced_names(run: str) -> list[str]:
    """Two to four names set apart by spaces (or 、) with no label, a local paper's signature after a story's last
    sentence (…的行为。孔一凡 陶禾): each of two or three characters, opening with a surname of rank
    ``BARE_GLUED_RANK`` or better and none a word that is no name or a place; [] otherwise."""
    names = re.split(r"[\s、]+", run.strip())
    rank, g = surname_rank(), zh_grammar()
    good = all(
        HAN_RUN.fullmatch(n)
        and 2 <= len(n) <= 3
        and rank.get(fold_traditional(n[0]), BARE_GLUED_RANK + 1) <= BARE_GLUED_RANK
        and fold_traditional(n) not in g.not_names
        and fold_traditional(n) not in g.places
        for n in names
    )
    return names if 2 <= len(names) <= 4 and good else []


def _glued_names_before_place(run: str) -> str | None:
    """Names written without a space before a place of the table that ends ``run`` (孔一凡陶禾上海 -> 孔一凡陶禾)."""
    folded = fold_traditional(run)
    k = next((k for k in (4, 3, 2) if folded[-k:] in zh_grammar().places and glued_names(run[:-k])), 0)
    return run[:-k] if k else None


def names_before_place_report(token: str) -> str | None:
    """The names a lead's credit token opens with when a known place, a report word and the story follow, glued, its
    line break lost (孔一凡陶禾上海报道2021年…, 孔一凡上海报导长河…): what stands before the place (one name or names
    written without a space, read by the caller). None when no place of the ``places`` table stands right before a
    report word there, or nothing follows the report word."""
    folded = fold_traditional(token)
    m = _place_report_story().search(folded)
    if not m or not 2 <= m.start() <= 9:
        return None
    # each name opens with a common surname: 记者查阅上海报道2021年… is a verb's sentence
    run = token[: m.start()]
    firsts = [n[0] for n in glued_names(run) or glued_pair(run)] or [run[0]]
    rank, common = surname_rank(), byline_data()["zh"]["common_surname_rank"]
    return run if all(rank.get(fold_traditional(c), common + 1) <= common for c in firsts) else None


def spaced_name_before_report(word: str) -> bool:
    """A three-character word glued to a report word after names set apart by spaces is the last name, not the place
    filed from (记者 孔一凡 陶禾 林大川报道), when it opens with a common surname (``common_surname_rank``), is no place of
    the table (石家庄报道) and ends in no place's last character (``place_final_chars``: 张家口, 方城县)."""
    zh, folded = byline_data()["zh"], fold_traditional(word)
    return (
        len(folded) == 3
        and HAN_RUN.fullmatch(folded) is not None
        and surname_rank().get(folded[0], len(surname_rank())) <= zh["common_surname_rank"]
        and folded not in zh_grammar().places
        and folded not in zh_grammar().not_names
        and folded[-1] not in zh["place_final_chars"]
    )


@cache
def _place_report_story() -> re.Pattern[str]:
    places = alternation(sorted(zh_grammar().places, key=len, reverse=True))
    return re.compile(rf"(?:{places})(?P<report>报道|报导)(?=[^\s，。,])")


def is_agency_dateline(raw: str) -> bool:
    """An unlabelled dated run (（路透巴黎23日電）, 新华社北京1日电) is an agency's dateline and names nobody, unless
    a three-character name with a surname stands before the place (孔一凡长沙29日电: a byline without its label); an
    outlet before the place (长河日报北京3月5日讯, its name opening with a surname) is the agency."""
    m = PLACE_DATE.match(raw)
    if not m:
        return False
    han = m.group("han")
    outlet = any(is_organisation(han[:k]) for k in range(3, len(han) - 1))
    return len(han) < 5 or not has_surname(fold_traditional(han[:3])) or is_organisation(han[:3]) or outlet


def token_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each token of ``folded[start:end]``; a two- or three-character name printed with
    spaces inside (本报记者　刘　毅, （记者 张 胜 男）, as papers pad names to one width) is one token when its first
    character is a surname: a single character is never a name on its own."""
    spans = split_glued_after_latin(
        folded, [(m.start(), m.end()) for m in TOKEN.finditer(folded, start, end)]
    )
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        width = latin_words(folded, spans[i:]) or _spaced_name(folded, spans[i:])
        out.append((spans[i][0], spans[i + width - 1][1]))
        i += width
    return out


def _singles_in_a_row(folded: str, spans: list[tuple[int, int]]) -> int:
    """How many single characters, apart by spaces only, open ``spans``."""
    n = 0
    while (
        n < len(spans)
        and spans[n][1] - spans[n][0] == 1
        and not (n and folded[spans[n - 1][1] : spans[n][0]].strip())
    ):
        n += 1
    return n


def _spaced_name(folded: str, spans: list[tuple[int, int]]) -> int:
    """How many of ``spans`` are the single characters of one name written with spaces: 3 when exactly three
    single characters stand in a row (张 胜 男), else 2 (王　浩　李　明: two names), else 1."""
    marks = zh_grammar().photo_marks | zh_grammar().writer_marks | zh_grammar().fillers  # 李 摄 is no name
    if _surname_padded(folded, spans[:2], marks):
        return 2
    for width in (3, 2) if _singles_in_a_row(folded, spans) == 3 else (2,):
        part = spans[:width]
        singles = len(part) == width and all(b - a == 1 for a, b in part)
        if not singles or any(folded[b:c].strip() for (_, b), (c, _) in zip(part, part[1:], strict=False)):
            continue
        name = "".join(folded[a:b] for a, b in part)
        if name[0] in credit_surnames() and PLAIN_NAME.fullmatch(name) and not set(name[1:]) & marks:
            return width
    return 1


# the rest of a name padded after its surname: one or two characters, a report word may follow (谢 东明, 何 伟报道)
_PADDED_REST = re.compile(rf"[{HAN}]{{1,2}}")


def _surname_padded(folded: str, spans: list[tuple[int, int]], marks: frozenset[str]) -> bool:
    """A single surname, spaces, then the rest of its name (記者 謝 東明, 记者何 伟报道): one name, as papers pad a
    three-character name after its surname too; a single character is never a name on its own."""
    single = [b - a == 1 for a, b in spans[:2]]
    if single != [True, False] or folded[spans[0][1] : spans[1][0]].strip():  # 张 胜 男: three singles
        return False
    g = zh_grammar()
    head, rest = folded[spans[0][0]], folded[spans[1][0] : spans[1][1]]
    m = g.report.match(rest)
    if m and m.group("pre"):
        rest = m.group("pre")  # 伟报道: the rest of the name, then its report word
    glued = next(
        (k for k in sorted(g.photo_marks, key=len, reverse=True) if k.endswith("摄") and rest.endswith(k)), ""
    )
    if glued and len(rest) > len(glued):
        rest = rest[: -len(glued)]  # 冰摄: the rest of the name, then its photo mark (本报记者严 冰摄)
    if head in marks or head not in credit_surnames() or not _PADDED_REST.fullmatch(rest):
        return False
    return not (set(rest) & marks or rest in g.not_names or rest in g.kind or rest in g.fillers)


# A bracket right after a name (a space between allowed) that holds no label is the writer's affiliation or a desk
# code: 作者：张三（清华大学公共管理学院）, 责任编辑：张倩 (EN037); one that holds a label only is the name's status
# (责编：赵一(实习生)、钱二); a brand's name in quotation marks or a title's in 《》 (with an outlet's suffix after
# it) is no person's: 来源：微信公众号“深圳发布”, 特约记者/《某某》杂志 王五
@cache
def _affiliation() -> re.Pattern[str]:
    suffixes = alternation(byline_data()["zh"]["org_suffixes"])
    return re.compile(
        rf"(?<=[{HAN}])\s*[（(][^（）()]{{1,40}}[）)]|[“「『\"][^”」』\"]{{1,20}}[”」』\"]|《[^《》]{{1,20}}》(?:{suffixes})?"
    )


# what the writer is, after the name and a comma, closing the credit (（作者：孔一凡，系长河大学教授）, 作者 孔一凡，现为…)
AUTHOR_POST = re.compile(
    rf"(?<=[{HAN}])\s*[，,]\s*(?:系(?!列)|现系|现为|现任)[^（）()]{{2,40}}?(?=[）)】\]]?\s*$)"
)


def without_affiliations(text: str, folded: str) -> tuple[str, str]:
    """``text`` and ``folded`` with the affiliation brackets and the writer's post after a comma (AUTHOR_POST)
    blanked (same length, so offsets hold)."""
    post = AUTHOR_POST.search(folded)
    if post:
        blank = " " * (post.end() - post.start())
        text = text[: post.start()] + blank + text[post.end() :]
        folded = folded[: post.start()] + blank + folded[post.end() :]
    g = zh_grammar()
    marks = tuple(g.photo_marks | g.writer_marks)
    for m in _affiliation().finditer(folded):
        inside = m.group(0).strip()[1:-1].strip()
        status = g.kind.get(re.sub(r"\s+", "", inside).strip(":：/")) in (
            REPORTER,
            OTHER,
        )  # (实习生) after a name
        if status or not g.label.search(m.group(0)) and not inside.endswith(marks):  # （李刚 摄） is a credit
            blank = " " * (m.end() - m.start())
            text = text[: m.start()] + blank + text[m.end() :]
            folded = folded[: m.start()] + blank + folded[m.end() :]
    return text, folded


def author_note_name(note: str) -> str | None:
    """The author of a note (作者系长河大学经济研究所孔一凡, 作者系长河市政协常委 陶小禾): the name closing the author's
    post, up to a label after it (… 漫画作者林川 credits the drawing); glued to the post, three characters when
    the third from the end is a common surname, else two (研究所孔一凡, 教授林川). None when ``note`` is none."""
    words = byline_data()["zh"]["author_notes"]
    folded = fold_traditional(note.strip())
    if not folded.startswith(tuple(words)):
        return None
    body = folded[3:]
    label = zh_grammar().label.search(body)
    post = body[: label.start()] if label else body
    words = post.split()
    if label and words and not post[-1:].isspace():
        words = words[:-1]  # 漫画作者: the word glued before the label says what it credits
    last = words[-1] if words else ""
    if len(words) > 1 and PLAIN_NAME.fullmatch(last) and has_surname(last):
        return _as_printed(note, last)
    rank = surname_rank()
    for width in (3, 2):
        tail = last[-width:]
        if len(last) > width and HAN_RUN.fullmatch(tail) and tail[0] in rank:
            return _as_printed(note, tail)
    return None


def _as_printed(note: str, folded_name: str) -> str:
    """``folded_name`` as ``note`` prints it (the fold keeps lengths, so the offsets hold)."""
    at = fold_traditional(note).find(folded_name)
    return note[at : at + len(folded_name)]


@cache
def _story_after_name() -> re.Pattern[str]:
    """What follows a name glued to the story: a report word (a photo report's too: 摄影报道为…) then more (报道2017赛季…;
    报道组 is a team), a
    preposition opening the story's first clause (在位于…, 从今年…), 发自 and a place, or (group ``count``) a count or a
    year, month or day opening the story (两个…, 2018年…)."""
    zh = byline_data()["zh"]
    reports = alternation(w for w in zh["report_words"] if len(w) == 2 and w.startswith("报"))
    preps = alternation(zh["story_prepositions"])
    # a count (两个…, 一名…), where the reporter filed from (发自香港…), a year, month or day (2018年…)
    counts = rf"[{''.join(zh['story_numerals'])}][{''.join(zh['story_measures'])}]"
    sent = alternation(w for w in zh["sent_from"] if len(w) > 1)
    return re.compile(
        rf"(?P<report>(?:摄影)?(?:{reports})(?![组組]).)|(?:{preps})[{HAN}\d]{{2}}|(?P<sent>{sent})[{HAN}]{{2}}"
        rf"|(?P<count>{counts}|\d{{1,4}}[年月日])"
    )


def _sent_from_place(folded: str, after: re.Match[str]) -> bool:
    """A two-character name before 发自 (孔凡发自香港…): a place of the ``places`` table follows, and the name opens
    with a common surname (``common_surname_rank``: 记者查看发自香港的邮件 is a verb's sentence)."""
    at = after.end("sent")
    common = surname_rank().get(folded[0], len(surname_rank())) < byline_data()["zh"]["common_surname_rank"]
    return common and any(folded[at : at + k] in zh_grammar().places for k in (2, 3, 4))


def name_glued_to_story(token: str) -> str | None:
    """The name a lead's credit token opens with when the story is glued after it, its line break lost: a report
    word then the story (孔一凡报道2017赛季…, 孔一凡報導這項…), a preposition opening the story's first clause
    (孔一凡在长河大学…, 陶禾从今年4月…), 发自 and the place (孔一凡发自长河…), or, after three characters, a count or a
    date (孔一凡两个木箱…, 孔一凡2018年…); a three-character cut before a two-character one. None when the token is
    no such glue."""
    folded = fold_traditional(token)
    finals, numerals = byline_data()["zh"]["name_final_particles"], byline_data()["zh"]["story_numerals"]
    for width in (3, 2):
        after = _story_after_name().match(folded, width)
        if not after or is_time_word(folded[:width]) or not has_surname(folded[:width]):
            continue
        # a count or a date after two characters follows a verb more often than a name (记者来到一家…, 记者查阅2018年…),
        # as 发自 does unless a known place follows it and a common surname opens the name (记者收到发自长河的…, 记者查看
        # 发自香港的…); a particle or a numeral ends no name
        # (记者查阅了2018年…, 记者来到十多个…)
        if width < 3 and (
            after.group("count") or after.group("sent") and not _sent_from_place(folded, after)
        ):
            continue
        if folded[width - 1] in finals or (after.group("count") and folded[width - 1] in numerals):
            continue
        return token[:width]
    return None


def is_time_word(word: str) -> bool:
    """A time word or an adverb where a name would stand glued to the story (连日在…, 于今年在…, 这几天从…获悉): one
    of ``story_openers`` or the other words that are no names, alone or ending the word."""
    g = zh_grammar()
    folded = fold_traditional(word)
    return folded in g.not_names or folded[-2:] in g.story_openers


def report_glued_to_story(token: str) -> bool:
    """A token after a lead's names that opens with the report word, the story glued after it (孔一凡 报道历经…)."""
    m = _story_after_name().match(fold_traditional(token))
    return bool(m and m.group("report"))


def place_report_glued_to_story(token: str) -> bool:
    """A token after a lead's names that is a known place and the report word, the story glued after it (记者 孔一凡
    上海报道2021年，…: the place filed from, its line break lost)."""
    m = _place_report_story().match(fold_traditional(token))
    return m is not None


# an outlet glued after a signature's name is a place of two characters and an outlet suffix (长河日报, 天府早报)
OUTLET_STEM = 2
# the surnames a name glued before an outlet may start with: the common ones only (rank), so an outlet whose first
# character is a rare surname (经济观察报, 北京青年报) is never cut into a name and an outlet
GLUED_SURNAME_RANK = 300


def name_before_outlet(run: str) -> int:
    """How many characters of ``run`` are a name glued before an outlet (孔一凡长河日报 -> 3, 陶禾东岭新闻网 -> 2,
    扎西·次仁西津商报 -> 5): the rest is a place of two characters and an outlet suffix (or a known outlet), the name
    has two or three characters and a common surname (or is a name with a middle dot) and is no outlet or place
    word. 0 when no cut, or more than one, reads so: a closing signature's name before its outlet and label
    (…。孔一凡长河日报记者陶禾), where the outlet pattern would take the name in."""
    g = zh_grammar()
    if not 5 <= len(run) <= 16 or run in g.orgs or not re.fullmatch(rf"[{HAN}·・]+", run):
        return 0
    cuts = [k for k in range(2, len(run) - 2) if _glued_name(run[:k]) and _outlet_of_place(run[k:])]
    return cuts[0] if len(cuts) == 1 else 0


def _glued_name(word: str) -> bool:
    g = zh_grammar()
    if word in g.not_names or word in g.places or is_organisation(word):
        return False
    if DOTTED_NAME.fullmatch(word):
        # 新甘肃·甘肃 (+ 经济日报): a brand joined to its outlet holds a place; a minority name's parts hold none
        return not any(place in word for place in g.places)
    rank = surname_rank().get(word[0])
    return (
        bool(PLAIN_NAME.fullmatch(word))
        and len(word) <= 3
        and rank is not None
        and rank <= GLUED_SURNAME_RANK
    )


def _outlet_of_place(word: str) -> bool:
    """A known outlet, or a place of two characters and the longest outlet suffix ``word`` ends in."""
    g = zh_grammar()
    if word in g.orgs:
        return True
    suffix = max((s for s in byline_data()["zh"]["org_suffixes"] if word.endswith(s)), key=len, default="")
    stem = word[: len(word) - len(suffix)]
    return bool(suffix) and len(stem) == OUTLET_STEM and bool(PLAIN_NAME.fullmatch(stem))
