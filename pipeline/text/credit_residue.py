"""What a Chinese credit text carries that is no word of the credit, blanked before it is read (same length, so
offsets hold): bullets and slash look-alikes, an HTML space entity a scraper left (记者孔一凡#8195;陶禾, &nbsp;), and,
in a line read whole or loosely, a telephone number, a date or time stamp (记者: 孔一凡 / 日期: 2018-10-04 13:40:00,
（圖／記者孔一凡攝，2016.11.30）, 长河日报 2026/08/04 記者孔一凡報導), the date of a Taiwanese wire's closing bracket in the
ROC calendar (（編輯：孔一凡）1140907: year 114, September 7), an editor's account code (（责任编辑：QX518）), the phrase
saying whose a story's pictures all are (本文图片均为 … 图), a photo's year after a comma (摄，2025), a reprint note
(· 经长河新闻转载), where a bracket's story was carried from before its credit (（转长河网图集，记者 X 摄）), a portal's link
text glued after the credit (…摄返回搜狐，查看更多), a portal's notice glued after a photo mark (…摄特别声明：…), a
header's reading time (本文约 2100 字，建议阅读 5 分钟), the Latin source of a re-shot picture ((圖／Facebook翻攝)) and the
fields after the credit (日期：…, 时间：…; the words of pipeline/data/bylines.toml's ``field_labels``). Read by
pipeline.text.bylines.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.credit_grammar import byline_data, zh_grammar
from pipeline.text.patterns import alternation
from pipeline.text.scripts import HAN
from pipeline.text.traditional import fold_traditional

# a bullet standing before a credit's label or name (本报记者 孔一凡 □ 本报见习记者 陶小禾; ☉ and ⊙ open a Taiwanese paper's
# commentary byline: ☉孔一凡): a separator, like a space
BULLET = re.compile(r"(?:(?<=\s)|^)[□■●◆◇▲△▼★☆◎○◉☉⊙]")
# slashes and bars of other fonts and box drawing (联合报 记者孔一凡╱即时报导, 记者 孔一凡│台北): one character each, as
# NFKC leaves them
SLASH_LIKE = str.maketrans({"╱": "/", "∕": "/", "⁄": "/", "│": "|", "┃": "|"})
# an HTML space entity left in the text, its ampersand lost or not (&#8195; is the em space papers pad names with)
SPACE_ENTITY = re.compile(r"&?#(?:8194|8195|8197|12288|160|32);|&(?:nbsp|ensp|emsp);")
# a telephone number after a credit is no word of it either: 【责任编辑：孔一凡 TEL：（010）12345678】
PHONE = re.compile(r"\s(?:TEL|Tel|tel|电话|電話)\s*[:：]\s*[\d()（）\-\s]{6,}(?=[】\]）)]?\s*$)")
# a date (2018-10-04, 2016.11.30, 2026/08/04) and a clock time after it: a page's stamp beside the credit
DATE_STAMP = re.compile(r"(?<!\d)\d{4}([-./])\d{1,2}\1\d{1,2}(?!\d)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# what a page's stamp says of the item around it: 於/于 before it standing alone (於 2014-02-21 12:02:55 發布), published,
# original or reposted after it (…16:38:17原創 來源：…, 2006-11-16 00:00:00转载 返回原文): no word of the credit, blanked with
# the stamp (a name glued to the stamp is the writer's: 2021-06-03 07:27孔一凡陶小禾, read by the stamped-names reader)
STAMP_NOTES = re.compile(
    r"(?:(?:^|(?<=\s))[于於]\s*)?(?<!\d)\d{4}(?P<sep>[-./])\d{1,2}(?P=sep)\d{1,2}(?!\d)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:发布|發布|发表|發表|原创|原創|转载|轉載)(?:\s*返回原文)?)?"
)
# the year (and month, day) a photo was taken, after a comma closing the credit (新华社记者 孔一凡 摄，2025; （…摄，2025年5月）)
YEAR_AFTER_COMMA = re.compile(r"[，,]\s*(?:19|20)\d{2}(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?)?(?=[）)】\]]?\s*$)")
# how long the story is and reads, in a WeChat or a tech site's header before its credits (本文约 2100 字，建议阅读 5 分钟
# 作者丨X, 全文约1800字，阅读约需4分钟): no word of the credit
READING_TIME = re.compile(
    r"(?:本文|全文)(?:约|共)?\s*[\d,.]+\s*[千万]?字\s*[，,]?\s*(?:建议|预计)?\s*阅读(?:时间|时长)?\s*(?:约需|约|需)?\s*"
    r"[\d.]+\s*分钟"
)
# the date a Taiwanese wire (CNA) prints after its closing credit bracket: ROC year, month, day (1140907)
ROC_STAMP = re.compile(r"(?<=[）)】\]〕])\s*1\d{2}[01]\d[0-3]\d\s*$")


# a reprint note closing a credit line (新华社（记者孔一凡）· 经长河新闻转载, 转载自长河网): which site carried the story,
# no credit of it; not a field whose colon credits what follows (本文转载自：长河洞见 作者：孔一禾: a source, then the writer)
REPRINT = re.compile(r"[\s·・|/-]*(?:经.{2,12}?(?:转载|转发|转引)|(?:转载|转引|转)自[^:：]{2,12}?)[\s。.]*$")
# who reposted the item, after the credit's closing bracket and a comma (长河网（X 摄），长河号转载): no credit of it
REPOSTED_BY = re.compile(rf"(?<=[）)】\]])\s*[，,]\s*[{HAN}A-Za-z0-9]{{2,12}}?(?:转载|转发)[\s。.]*$")


# where the credit's bracket says the story or picture was carried from, before the credit (（转长河网图集，记者 X 摄）,
# （据长河社微博报道，记者X）): no credit of it
CARRIED_FROM = re.compile(r"(?<=[（(])\s*(?:转载?自?|据)[^，,（）()]{2,24}?[，,]\s*")


def _without_carried_from(text: str) -> str:
    """``text`` with a bracket's opening clause saying where the story was carried from blanked (CARRIED_FROM), when a
    credit's label follows it."""
    folded = fold_traditional(text)
    for m in reversed(list(CARRIED_FROM.finditer(folded))):
        if _credit_starts(folded, m.end()):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


@cache
def _listed_places() -> re.Pattern[str]:
    """Places of the table listed by 、 before the last one and a report word (上海、深圳 + 报道): the ones before it."""
    places = alternation(sorted(byline_data()["zh"]["places"], key=len, reverse=True))
    return re.compile(rf"(?:(?:{places})、)+(?=(?:{places})(?:报道|报导))")


def _without_listed_places(text: str) -> str:
    """The places a credit lists before the last one it was filed from are blanked (本报记者孔一凡上海、深圳报道 reads as
    孔一凡 and 深圳报道: the name glued to the first place is cut from it as from one place)."""
    folded = fold_traditional(text)
    for m in reversed(list(_listed_places().finditer(folded))):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# the story's, the page's or the set's pictures said to be all by the credit after it (本文图片均为 长河日报记者 X 图,
# 本版图片均由本报记者 X 摄), the line closed by a photo mark: the phrase is no word of the credit, the mark gives the role
PICTURES_BY = re.compile(
    r"^\s*(?:本文|本版|文中|本组|组图)?(?:图片|照片)(?:均|皆|全部|全)?(?:为|由|系)(?=.+(?:摄|图|摄影)[\s。.）)】\]]*$)"
)


def _without_pictures_by(text: str) -> str:
    """``text`` with a line's opening phrase saying whose its pictures all are blanked (PICTURES_BY)."""
    m = PICTURES_BY.match(fold_traditional(text))
    return " " * m.end() + text[m.end() :] if m else text


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


# a dateline's bracket of names closing a line read whole, then a dash and the kind of report the item is (人民网长河4月19日电
# （孔一凡）— 综合大会报道, 新华社长河电（孔一凡、陶禾）): the bracket's names are the dateline's, as a lead's; the words after
# the dash say what the item is, no credit (a story's words after the dash make no credit line: …电（X）——长河大桥通车)
DATELINE_BRACKET = re.compile(
    r"(?<=[电電讯訊])(?P<open>\s*[（(])[^（）()]{2,40}[）)]"
    r"(?P<tail>\s*(?:—{1,2}|–|－|-{1,2})\s*[^，。；！？,;!?（）()—\s]{0,12}(?:报道|報導|報道|报导))?\s*$"
)


# where a photo was taken, after its mark (记者孔一凡摄于长河大桥, 摄自长河灾区现场), and a bracket after the credit saying
# what the picture is (（数码传真照片）, （资料图片）, （资料图）), after the credit's closing bracket or right after its photo
# mark (记者 孔一凡 摄(资料图片)): no words of the credit
PHOTO_TAKEN_AT = re.compile(
    r"(?<=[摄攝])(?:于|於|自)[^（）()，。,;；]{2,24}?(?=[）)】\]]?\s*(?:[（(][^（）()]{0,8}(?:照片|图片|圖片)[）)])?\s*$)"
)
PHOTO_NOTE = re.compile(r"(?<=[）)】\]摄攝])\s*[（(][^（）()]{0,8}(?:照片|图片|圖片|资料图|資料圖)[）)]\s*$")


def _without_dateline_bracket(text: str) -> str:
    """``text`` with a closing dateline bracket's opening and the dash after it blanked (DATELINE_BRACKET)."""
    m = DATELINE_BRACKET.search(text)
    if not m:
        return text
    for part in ("tail", "open"):
        if m.group(part):
            text = text[: m.start(part)] + " " * (m.end(part) - m.start(part)) + text[m.end(part) :]
    return text


@cache
def _page_tail() -> re.Pattern[str]:
    """A portal's link text glued after a story (``page_tails``: 返回搜狐，查看更多)."""
    tails = [
        r"\s*[，,]\s*".join(map(re.escape, re.split(r"[，,]", t))) for t in byline_data()["zh"]["page_tails"]
    ]
    return re.compile("|".join(tails))


@cache
def _editor_code() -> re.Pattern[str]:
    """A portal's account code in an editor's field (（责任编辑：QX518）, [责任编辑:ab207]): letters then digits, the
    user name of the desk's system, no person's name; a field's value ends at a bracket, a space or the line's end."""
    labels = alternation(byline_data()["zh"]["editor"])
    return re.compile(rf"(?:{labels})\s*[:：]\s*(?P<code>[A-Za-z]{{1,8}}\d{{1,8}})(?=[\s）)】\]]|$)")


def _without_editor_code(text: str) -> str:
    """``text`` with an editor's account code blanked (the label stays: a field with no name)."""
    folded = fold_traditional(text)
    for m in reversed(list(_editor_code().finditer(folded))):
        text = text[: m.start("code")] + " " * (m.end("code") - m.start("code")) + text[m.end("code") :]
    return text


@cache
def _notice_after_mark() -> re.Pattern[str]:
    """A portal's notice glued after a credit's photo mark or closing bracket, its line break lost (…孔一凡 摄特别声明：本文
    仅为作者个人看法，…; ``notices_after_credit``): from the notice to the end of the text. Only after a mark or
    a bracket: a notice inside a story (长河公司发布特别声明：…) ends no credit."""
    notices = alternation(byline_data()["zh"]["notices_after_credit"])
    return re.compile(rf"(?<=[摄攝）)】\]〕])\s*(?:{notices})\s*[:：].*$", re.S)


def without_notice_after_mark(text: str) -> str:
    """``text`` cut before a notice glued after its credit's photo mark or closing bracket (_notice_after_mark)."""
    m = _notice_after_mark().search(fold_traditional(text))
    return text[: m.start()] if m else text


# a word in Latin script right after a photo label and before 翻摄 (re-shot: a copy of a picture found elsewhere), with
# no reporter's label between (（圖／Facebook翻攝）, 图/North Harbor Design 翻摄): where the picture was copied from, no
# photographer; a Chinese name there (圖／記者X翻攝, 圖／X翻攝) is the reporter who made the copy and stays
LATIN_SOURCE_BEFORE_COPY = re.compile(
    r"[图]\s*[/:：]\s*(?P<source>[A-Za-z][A-Za-z0-9'’.&-]*(?: [A-Za-z0-9][A-Za-z0-9'’.&-]*){0,4})(?=\s*翻[摄拍])"
)


def _without_latin_source(text: str) -> str:
    """``text`` with the Latin source before a copy mark blanked (LATIN_SOURCE_BEFORE_COPY)."""
    for m in reversed(list(LATIN_SOURCE_BEFORE_COPY.finditer(fold_traditional(text)))):
        text = (
            text[: m.start("source")] + " " * (m.end("source") - m.start("source")) + text[m.end("source") :]
        )
    return text


def without_residue(text: str, whole: bool) -> str:
    """``text`` (NFKC) with what is no word of its credit blanked; stamps and fields only in a line read whole or
    loosely (``whole``): inside a lead, a date may be the story's."""
    t = _blank(SPACE_ENTITY, BULLET.sub(" ", text).translate(SLASH_LIKE))
    t = _without_listed_places(t)
    if not whole:
        return t
    t = _without_latin_source(without_notice_after_mark(t).ljust(len(t)))
    t = _without_dateline_bracket(_blank(_page_tail(), _without_editor_code(_without_pictures_by(t))))
    t = _blank(PHOTO_NOTE, _blank(PHOTO_TAKEN_AT, t))
    t = _blank(
        REPOSTED_BY,
        _blank(REPRINT, _blank(ROC_STAMP, _blank(PHONE, _blank(YEAR_AFTER_COMMA, _without_carried_from(t))))),
    )
    return _without_fields(_blank(STAMP_NOTES, _blank(READING_TIME, t)))


# a bar setting a page's header fields apart (发布时间: … ｜ 来源: … ｜ 作者: X ｜ 责任编辑: Y; NFKC writes ｜ as |)
FIELD_BAR = re.compile(r"[|丨]")
BAR_BEFORE = re.compile(r"[|丨]\s*$")


# a field's value that is only a date, its time beside it (the stamp blanked already, or written 2019年06月20日), then
# a credit's bracket or label: the field ends there (【时间：2019年06月20日】【作者：X】, 发布时间：2019-03-10 12:46:29 【编辑：Y】)
DATE_VALUE = re.compile(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)?\s*[】\]]?\s*")


def _without_fields(text: str) -> str:
    """``text`` with a page's fields blanked: from a field's label to the end, or, in a line of fields set apart by
    bars, from the bar before the field to the next bar (发布时间: 2007-01-14 ｜ 作者: X ｜ 责任编辑: Y keeps the
    credits after the date's field); a field holding only a date before a credit's bracket or label is blanked alone."""
    folded = fold_traditional(text)
    at = 0
    while field := _field_label().search(folded, at):
        bar = FIELD_BAR.search(folded, field.end())
        end = bar.start() if bar else len(text)
        date = DATE_VALUE.match(folded, field.end())
        if date and _credit_starts(folded, date.end()):
            end = date.end()
        before = BAR_BEFORE.search(folded[: field.start()]) if bar else None
        start = before.start() if before else field.start()
        pad = " " * (end - start)
        text, folded = text[:start] + pad + text[end:], folded[:start] + pad + folded[end:]
        at = end
    return text


@cache
def _field_label() -> re.Pattern[str]:
    """A page's field label after a credit (/ 日期：…, | 时间：…) or in a black bracket (【时间：…】): where the credit
    ends."""
    words = alternation(byline_data()["zh"]["field_labels"])
    return re.compile(rf"(?:(?<=[\s/|丨【\[])|^)(?:{words})\s*[:：]")


def _credit_starts(folded: str, at: int) -> bool:
    """A credit's bracket or label opens ``folded`` at ``at`` (after a date's field: 【作者：X】, 编辑：Y)."""
    if folded.startswith(("【", "["), at):
        at += 1
    return bool(zh_grammar().label.match(folded, at))
