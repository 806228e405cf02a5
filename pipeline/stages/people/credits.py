"""Credits: reporters, photographers and editors, from the record's byline fields (``authors``,
``photographers``, ``editor``) and from their usual patterns in the text: a credit label right before a name
("（记者 刘育英）", "Photo by … reporter Yi Haifei", "责编：袁晴", "Reporting by A, B and C; Editing by D"),
"张三 摄" after it, a bare name in the dateline parenthesis (电（王文举）) or closing the article (（仲崇山）)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.record import Article
from pipeline.stages.people.mentions import CREDIT_KINDS, Mention, sentence_of, starts_in
from pipeline.stages.people.name_forms import clean_en_name, clean_zh_name
from pipeline.stages.people.vocabulary import patterns, vocabulary
from pipeline.text.bylines import EDITOR, fold_credit_chars, label_kind, read_credits_zh
from pipeline.text.credit_grammar import byline_data, zh_grammar
from pipeline.text.names import surname_table
from pipeline.text.scripts import HAN, has_han
from pipeline.text.traditional import fold_traditional

# ------------------------------------------------------------------------ a credit label around a name


def _zh_before(text: str, start: int) -> str:
    return text[max(0, start - 30) : start]


def _zh_after(text: str, end: int) -> str:
    return text[end : end + 12]


def _zh_photo_credit(text: str, start: int, end: int) -> bool:
    """张三 摄 / 摄影：张三 / 图：张三."""
    p = patterns()
    return bool(
        p.zh_photo_after.match(_zh_after(text, end)) or p.zh_photo_before.search(_zh_before(text, start))
    )


def _zh_editor_credit(text: str, start: int, end: int) -> bool:
    """责编：袁晴; checked before the bare parenthesis: （编辑：李静 张然）."""
    return bool(patterns().zh_editor_before.search(_zh_before(text, start)))


def _zh_reporter_credit(text: str, start: int, end: int) -> bool:
    """（记者 刘育英）, 记者张三、李四."""
    return bool(patterns().zh_reporter_before.search(_zh_before(text, start)))


def _zh_parenthesis_credit(text: str, start: int, end: int) -> bool:
    """A bare name in parentheses after the dateline (电（王文举）, a list too: 电（文涛、拉巴卓玛）) or closing the
    text (（仲崇山））."""
    before, after = _zh_before(text, start), _zh_after(text, end)
    listed_before, listed_after = rf"(?:[{HAN}]{{2,4}}、)*", rf"(?:、[{HAN}]{{2,4}})*"
    if re.search(rf"[（(](?:[^（）()]{{0,8}}\s)?{listed_before}$", before) and re.match(
        rf"^{listed_after}[）)]", after
    ):
        return bool(re.search(r"[电讯息電訊]\s*[（(][^（）()]*$", before) or not text[end + 1 :].strip())
    return False


# (kind, test of the text around the name), first match wins
ZH_CREDIT_RULES: tuple[tuple[str, Callable[[str, int, int], bool]], ...] = (
    ("photographer", _zh_photo_credit),
    ("editor", _zh_editor_credit),
    ("reporter", _zh_reporter_credit),
    ("reporter", _zh_parenthesis_credit),
)

# (kind, the Patterns field searched in the line before the name), first match wins
EN_CREDIT_RULES: tuple[tuple[str, str], ...] = (
    ("photographer", "en_photo_before"),
    ("editor", "en_editor_before"),
    ("reporter", "en_reporter_before"),
)


def zh_credit_kind(text: str, start: int, end: int) -> str | None:
    """reporter / photographer / editor when a Chinese credit surrounds the name at ``start:end``."""
    return next((kind for kind, test in ZH_CREDIT_RULES if test(text, start, end)), None)


def en_credit_kind(text: str, start: int) -> str | None:
    """reporter / photographer / editor when an English credit label precedes the name on its line."""
    line_start = max(text.rfind("\n", 0, start) + 1, 0)
    before = text[max(line_start, start - 80) : start]
    p = patterns()
    return next((kind for kind, field in EN_CREDIT_RULES if getattr(p, field).search(before)), None)


# ------------------------------------------------------------------------------------- credit lines


def zh_credit_line_mentions(unit: int, text: str, mentions: list[Mention]) -> None:
    """Add the names of the Chinese credit lines LAC did not tag ("责编：袁晴 ]"), each with the line's kind."""
    for m in patterns().zh_credit.finditer(text):
        label = m.group("label")
        if m.group("photo"):
            kind = "photographer"
        else:
            # the label's kind from the byline vocabulary, traditional labels too (編輯 is an editor)
            kind = "editor" if label_kind(label) == EDITOR else "reporter"
        for found in re.finditer(rf"[{HAN}]{{2,4}}", m.group("names")):
            s = m.start("names") + found.start()
            word = found.group(0)
            if _place_filed_from(word) or _place_filed_from(text[s : s + len(word) + 2]):  # 长沙 | 报道
                continue  # 记者 杨斌 长沙报道: the place the report was filed from
            name = clean_zh_name(found.group(0))
            if not name or name[0] not in surname_table() or starts_in(s, mentions):
                continue
            mentions.append(Mention(name, "zh", unit, s, s + len(name), sentence_of(text, s, "zh"), kind))


# a paragraph that is only a parenthesised short name: the sports desks' closing credit, （修楚）; or a two-character
# name the outlet padded to three with a space, closing the paragraph's last sentence: …。（孔 禾）
_CLOSING_CREDIT = re.compile(rf"\s*[（(](?P<n>[{HAN}]{{2,3}})[）)]\s*")
_CLOSING_SPACED_CREDIT = re.compile(
    rf"(?:^|(?<=[。！？!?”」]))\s*[（(](?P<n>[{HAN}][ \u3000]+[{HAN}])[）)]\s*$"
)


def zh_closing_credit_mentions(unit: int, text: str, mentions: list[Mention]) -> None:
    """The reporter of a paragraph that holds only a name in parentheses (（修楚）), which the recognisers,
    reading it without a sentence around it, often miss: surname-led and a clean name, so that （完）,
    （待续） and （新华社） stay out."""
    m = _CLOSING_CREDIT.fullmatch(text)
    if m and starts_in(m.start("n"), mentions):
        return
    m = m or _CLOSING_SPACED_CREDIT.search(text)  # the recognisers' 孔 禾 or 孔 of it is replaced
    if not m:
        return
    name = re.sub(r"\s", "", m.group("n"))
    if name[0] not in surname_table() or clean_zh_name(name) != name:
        return
    s, e = m.span("n")
    mentions[:] = [x for x in mentions if not s <= x.start < e]  # the recognisers' 孔 of 孔 禾
    mentions.append(Mention(name, "zh", unit, s, e, sentence_of(text, s, "zh"), "reporter"))


def _place_filed_from(word: str) -> bool:
    """A place of the credit grammar's table glued to a report word: 长沙报道, 北京报導."""
    place = re.sub(r"(?:报道|报导|報道|報導)$", "", word)
    return place != word and fold_traditional(place) in zh_grammar().places


# the dateline's parenthesis: 电（记者倪红梅　史霄萌）, 电 (旦增旺姆 格桑央金 武春燕)
_DATELINE_PARENTHESIS = re.compile(r"(?<=[电讯電訊])\s*[（(](?P<inner>[^（）()]{2,40})[）)]")
# the whole dateline inside the parenthesis, the agency's style of Taipei's wire: （中央社記者王小明台北2日電）;
# the recognisers glue the filing place to the last name (王小明台北), the credit reader does not
_WIRE_DATELINE_PARENTHESIS = re.compile(
    r"[（(](?P<inner>[^（）()]{0,8}?[记記]者[^（）()]{2,40}?\d{1,2}日[电電])[）)]"
)
# names set apart by spaces only, after an optional reporter's label
_SPACED_NAMES = re.compile(rf"(?:(?:记者|記者|通讯员|通訊員)\s*)?[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})+")


def _spaced_names(inner: str) -> list[str]:
    """Names set apart by spaces, one of them a surname-led name of three characters (旦增旺姆 格桑央金 武春燕:
    names that are not surname-led, as Tibetan or Mongolian ones, beside it); a label word is left out."""
    if not _SPACED_NAMES.fullmatch(inner.strip()):
        return []
    items = [t for t in inner.split() if label_kind(t) is None]
    if not any(len(t) == 3 and t[0] in surname_table() for t in items):
        return []
    return [t for t in items if clean_zh_name(t) == t]


def _dateline_names(inner: str) -> list[tuple[str, str]]:
    """(name, kind) of the credits in a dateline's parenthesis, read by the credit reader (pipeline/text/
    bylines.py), which splits names glued together (倪红梅顾震球) or set apart by an ideographic space; when it
    reads none, ``_spaced_names``."""
    run = read_credits_zh(inner, "whole")
    if run and run.credits:
        return [(c.name, c.role) for c in run.credits]
    return [(t, "reporter") for t in _spaced_names(inner)]


# a line of a credit label and names set apart by spaces: 作者 奥蓝 乌娅娜
_LABELLED_LINE = re.compile(rf"^\s*(?P<label>[{HAN}]{{1,4}})(?:\s*[:：]\s*|\s+)(?P<inner>[{HAN}].*?)\s*$")


def _credit_text(text: str) -> tuple[int, int, list[tuple[str, str]]] | None:
    """(start, end, names with their kinds) of the unit's credit text the recognisers may misread: the dateline's
    parenthesis, or a whole line of a label and names (作者 孟和 乌日娜), read by the credit reader, else as spaced
    names."""
    m = _DATELINE_PARENTHESIS.search(text) or _WIRE_DATELINE_PARENTHESIS.search(text)
    if m:
        return m.start("inner"), m.end("inner"), _dateline_names(m.group("inner"))
    line = _LABELLED_LINE.match(text)
    kind = label_kind(line.group("label")) if line else None
    if not line or kind not in CREDIT_KINDS:
        return None
    run = read_credits_zh(text, "whole")
    if run and run.credits:
        return line.start("inner"), line.end("inner"), [(c.name, c.role) for c in run.credits]
    return (
        line.start("inner"),
        line.end("inner"),
        [(t, str(kind)) for t in _spaced_names(line.group("inner"))],
    )


def _with_correspondents(inner: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The credits of a dateline's parenthesis whose `other` names are all correspondents or interns (a person's
    title label, bylines.toml ``person_titles``: 讯（通讯员 甲乙丙 丁戊己）) read as the story's credited persons,
    kind "reporter" as the annotation gives a correspondent of the dateline (tests/fixtures/people/heldout); []
    when an `other` name may be a desk (出品：…) or reads as no surname-led Chinese name."""
    titles = byline_data()["zh"]["person_titles"]
    if not any(t in fold_credit_chars(inner) for t in titles):
        return []
    out = []
    for name, kind in names:
        if kind not in CREDIT_KINDS:
            if kind != "other" or name[0] not in surname_table() or clean_zh_name(name) != name:
                return []
            kind = "reporter"
        out.append((name, kind))
    return out


def zh_dateline_credit_mentions(unit: int, text: str, mentions: list[Mention]) -> None:
    """The names of the dateline's credit parenthesis as the credit reader reads them, in place of what the
    recognisers made of it (倪红梅 史霄萌 as one name, 旺姆 for 旦增旺姆), and those of a labelled line of spaced
    names (作者 奥蓝 乌娅娜); the recognisers' reading stays when a name is not of the reporter, photographer or
    editor kind or is not printed as read."""
    found = _credit_text(text)
    if not found or not found[2]:
        return
    lo, hi, names = found
    if any(kind not in CREDIT_KINDS for _n, kind in names):
        names = _with_correspondents(text[lo:hi], names)
        if not names:
            return
    located: list[tuple[int, int, str, str]] = []
    pos = lo
    for name, kind in names:
        # as printed: a two-character name padded with a space (编辑：孔 禾) is read 孔禾 by the credit reader
        found_at = re.compile(r"\s*".join(map(re.escape, name))).search(text, pos, hi)
        if not found_at:
            return
        located.append((found_at.start(), found_at.end(), name, kind))
        pos = found_at.end()
    mentions[:] = [x for x in mentions if not lo <= x.start < hi]
    for at, end, name, kind in located:
        mentions.append(Mention(name, "zh", unit, at, end, sentence_of(text, at, "zh"), kind))


_CREDIT_EN = re.compile(
    r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written)\s+by)\s+(?P<names>[^;)\]\n]+)"
)
# "(Xinhua/Li Gang)", "[Photo by Jane Doe]", "(AP Photo/Jane Doe, File)", "(Reuters/Jane Doe)"
_PHOTO_CREDIT_EN = re.compile(
    r"[(\[](?:Xinhua|Reuters|AFP|(?:(?:AP|AFP|EPA|Pool|Reuters)\s+)?(?:Photo|Photos|photo)(?:\s+by)?)"
    r"\s*/?\s*(?P<n>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\s*(?:[/,][^)\]]*)?[)\]]"
)


_CITY_IN_CREDIT = re.compile(r"\s+in\s+[A-Z][A-Z ]+\b")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def en_credit_line_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name in "Reporting by A, B and C in CITY; Editing by D" lines."""
    out: list[tuple[int, int, str]] = []
    for m in _CREDIT_EN.finditer(text):
        base = m.start("names")
        names = _CITY_IN_CREDIT.sub(_blank, m.group("names"))  # "A and B in PARIS": offsets kept
        for part in re.finditer(r"[^,;]+", names):
            for piece in re.finditer(r"[^,]+?(?=\s+and\s+|$)|(?<=and\s)[^,]+", part.group(0)):
                raw = piece.group(0).strip()
                if not raw:
                    continue
                s0 = base + part.start() + piece.start() + piece.group(0).find(raw)
                if not _CREDIT_NAME.fullmatch(raw):
                    raw = _before_glued_line(raw)
                if raw:
                    out.append((s0, s0 + len(raw), raw))
    return out + _contributing_names(text)


# "Contributing: Jane Doe and John Roe, The (Jackson, Miss.) Clarion-Ledger; Ann Lee, Hattiesburg American; The
# Associated Press": a paragraph that credits reporters, each group before the comma that opens its outlet.
_CONTRIBUTING_EN = re.compile(r"\s*(?i:contributing(?:\s+reporters?)?):\s*")
_AND_PARTS = re.compile(r"(?:^|(?<=\sand\s))(?P<n>[^\s,].*?)(?=\s+and\s+|$)")


def _contributing_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the reporters of a "Contributing:" paragraph (``_CONTRIBUTING_EN``); an outlet standing
    alone ("The Associated Press") is no name."""
    m = _CONTRIBUTING_EN.match(text)
    if not m:
        return []
    en = byline_data()["en"]
    outlet_words = {w.lower() for w in en["org_words"]} | {w.lower() for w in en["articles"]}
    out: list[tuple[int, int, str]] = []
    for part in re.finditer(r"[^;\s][^;]*", text[m.end() :]):
        group = part.group(0).split(",")[0]
        base = m.end() + part.start()
        for piece in _AND_PARTS.finditer(group):
            raw = piece.group("n").strip()
            # an outlet alone ("The Associated Press"): a byline's outlet word or article (bylines.toml)
            if _CREDIT_NAME.fullmatch(raw) and not any(w.lower() in outlet_words for w in raw.split()):
                out.append((base + piece.start("n"), base + piece.start("n") + len(raw), raw))
    return out


# two to four capitalised words, initials with their dot among them ("Sam R. Hall")
_CREDIT_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,3}")
# Where a scraper glued the page's next line to the credit's last name ("Editing by Jane DoeOur Standards: …"):
# three lower-case letters, then a capital opening a word (not "McDonald", "MacArthur", "DeSantis").
_GLUED_LINE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]+\b)")


def _before_glued_line(raw: str) -> str:
    """The name before a line glued to it ("Jane DoeOur Standards: The Trust Principles." -> "Jane Doe"), or
    "" when there is none."""
    glue = _GLUED_LINE.search(raw)
    name = raw[: glue.start()] if glue else ""
    return name if _CREDIT_NAME.fullmatch(name) else ""


# A wire photo credit closing a caption, no brackets: "REUTERS/Jane Roe/File Photo", "REUTERS/Jane Roe/Pool", or
# the credit at the caption's end ("… May 3, 2021. REUTERS/Jane Roe"); the CRF reads the slashed run as one ORG.
_WIRE_PHOTO_CREDIT_EN = re.compile(
    r"\b(?:REUTERS|Reuters|AFP|EPA|AP)/(?P<n>[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){1,2})"
    r"(?:/(?:File\s+Photo|File|Pool|Handout|Illustration)\b|\s*$)"
)


# The same credit with the name in capitals, as EPA prints it ("… 12 November 2022. EPA/JANE ROE"), at the caption's
# end; not the credit's own words ("REUTERS/FILE PHOTO").
_WIRE_PHOTO_CREDIT_CAPS_EN = re.compile(
    r"\b(?:REUTERS|AFP|EPA|AP)/(?!(?:FILE|PHOTO|POOL|HANDOUT|STAFF)\b)(?P<n>[A-Z]{2,}(?:[-'’][A-Z]+)?"
    r"(?:\s(?!(?:FILE|PHOTO|POOL|HANDOUT)\b)[A-Z]{2,}(?:[-'’][A-Z]+)?){1,2})\s*$"
)
# A caption's credit with the photographer first and the agency after a slash ("toggle caption Jane Roe/AP Jane
# Roe/AP", "Jane Roe/AFP/Getty Images"), as NPR and Getty print it.
_NAME_SLASH_AGENCY_EN = re.compile(
    r"(?<![\w/])(?P<n>[A-Z][a-z]+(?:\s[A-Z]\.?)?(?:\s[A-Z][a-z][\w'’-]*){1,2})"
    r"/(?:AP|AFP|EPA|Reuters|REUTERS|Getty\s+Images|Bloomberg|Xinhua)\b"
)

# A caption's label before the photographer, then a slash and the agency or the rights holder, whatever they are
# ("Picture: Jane Roe/GCIS", "Copyright Jane Roe/Copyright 2024 The AP"; the twenty-third English set)
_LABEL_NAME_SLASH_EN = re.compile(
    r"\b(?:Pictures?|Photos?|Photograph|Images?|Credit|Copyright|©)\s*:?\s*"
    r"(?P<n>[A-Z][a-z]+(?:\s[A-Z]\.?)?(?:\s[A-Z][a-z][\w'’-]*){1,2})\s*/\s*[A-Z©]"
)

# A caption's label, the agency in capitals, a slash (a space may follow it) and the photographer closing the line
# ("Photo: RNZI/ Jane Roe", "Photo: ABC/Jane Mary Roe"; the twenty-fifth English set); not the credit's own words
_LABEL_AGENCY_SLASH_NAME_EN = re.compile(
    r"\b(?:Pictures?|Photos?|Photograph|Images?|Credit)\s*:\s*[A-Z]{2,6}\s*/\s*"
    r"(?!(?:File|Pool|Handout|Staff|Getty|Photo)\b)"
    r"(?P<n>[A-ZÀ-ÝĐ][^\W\d_]+(?:\s[A-ZÀ-ÝĐ][^\W\d_]+){1,2})\s*$"
)


def en_photo_credit_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names in photo credits: "(Xinhua/Li Gang)", "[Photo by Zhang Wei]",
    "REUTERS/Jane Roe/File Photo"."""
    found = list(_PHOTO_CREDIT_EN.finditer(text)) + list(_WIRE_PHOTO_CREDIT_EN.finditer(text))
    return [(m.start("n"), m.end("n"), m.group("n")) for m in found]


# A caption closed by the agencies' credit before the photographer's name, with or without "Photo": "… on
# Saturday. — VNA/VNS Photo Jane Doe", "— VNA/VNS Jane Doe" (Vietnamese and other Asian agencies' style; the
# name may carry diacritics: the twenty-fourth English set). Two agencies with a slash, or one and "Photo".
_AGENCIES_PHOTO_NAME_EN = re.compile(
    r"(?:^|[—–]\s*)(?:[A-Z]{2,6}/[A-Z]{2,6}(?:\s+Photo)?|[A-Z]{2,6}\s+Photo)\s+"
    r"(?P<n>[A-ZÀ-ÝĐ][^\W\d_]+(?:\s[A-ZÀ-ÝĐ][^\W\d_]+){1,2})\s*$"
)


def en_caption_credit_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the photographers of "EPA/JANE ROE", "Jane Roe/AP" and "Picture: Jane Roe/GCIS" credits:
    read before the CRF's
    spans, as credit lines are (en_names.py), since the CRF tags a part of such a name ("LARA" of "EPA/LARA …")."""
    found = list(_WIRE_PHOTO_CREDIT_CAPS_EN.finditer(text)) + list(_NAME_SLASH_AGENCY_EN.finditer(text))
    found += list(_AGENCIES_PHOTO_NAME_EN.finditer(text)) + list(_LABEL_AGENCY_SLASH_NAME_EN.finditer(text))
    found += [
        m for m in _LABEL_NAME_SLASH_EN.finditer(text) if not any(m.start("n") == f.start("n") for f in found)
    ]
    out = []
    for m in found:
        start, name = m.start("n"), m.group("n")
        # the agency of the credit before, run on into this one ("…/Getty Images Jane Roe/AFP"): not the name's
        while (first := name.split()[0]).lower() in vocabulary().org_words_en and " " in name.strip():
            start, name = start + len(first) + 1, name[len(first) + 1 :]
        if len(name.split()) >= 2:
            out.append((start, m.end("n"), name))
    return out


# Print-edition credits in capitals, as China Daily's pages print them: a photo credit with the agency after a
# spaced slash ("LIU WEIBING / XINHUA", "JANE ROE / CHINA DAILY"), and a byline inside a line, the text of a
# page that lost its line breaks ("… at general debate By HAN BAOYI in London and PRIME SARMIENTO in Hong Kong").
_CAPS_NAME_EN = r"[A-Z]{2,}(?:[-'’][A-Z]+)?(?:\s[A-Z]{2,}(?:[-'’][A-Z]+)?){1,2}"
_CAPS_NAME_SPACED_SLASH_AGENCY_EN = re.compile(
    rf"(?<![\w/])(?P<n>{_CAPS_NAME_EN})\s/\s(?:XINHUA|(?:FOR\s)?CHINA\sDAILY|AFP|AP|REUTERS|EPA)\b"
)
# not at a line's start: lead_byline_names reads those, with their datelines
_BY_CAPS_INSIDE_A_LINE_EN = re.compile(
    rf"(?<=\S\s)By\s(?P<n>{_CAPS_NAME_EN})(?![\w'’-])(?:\sin\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
    rf"(?:\s(?:and|AND)\s(?P<m>{_CAPS_NAME_EN})(?![\w'’-]))?"
)


def en_print_credit_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the capital names of print-edition credits (above); a name with a word of a desk,
    an agency or an organisation ("By CHINA DAILY STAFF") is none."""
    v = vocabulary()
    spans = [m.span("n") for m in _CAPS_NAME_SPACED_SLASH_AGENCY_EN.finditer(text)]
    for m in _BY_CAPS_INSIDE_A_LINE_EN.finditer(text):
        spans += [m.span(g) for g in ("n", "m") if m.group(g)]
    out = []
    for s, e in spans:
        words = text[s:e].lower().split()
        if any(w in v.never_en or w in v.byline_desks_en or w in v.org_words_en for w in words):
            continue
        out.append((s, e, text[s:e]))
    return out


# ------------------------------------------------------------------------------ the record's bylines


_CREDIT_PREFIX = re.compile(r"^(?:记者|责任编辑|责编|编辑|摄影)[:：\s]*")


def byline_mentions(record: Article, base: int) -> list[Mention]:
    """The record's authors (reporter), photographers and editor as mentions in units ``base``, ``base+1``…"""
    out: list[Mention] = []
    credits = [(n, "reporter") for n in record.authors] + [(n, "photographer") for n in record.photographers]
    if record.editor:
        credits += [(n, "editor") for n in re.split(r"[、,，;；/]|\s+and\s+", record.editor) if n.strip()]
    for i, (raw, kind) in enumerate(credits):
        raw = raw.strip()
        if has_han(raw):
            label = _CREDIT_PREFIX.match(fold_credit_chars(raw))  # 記者 / 編輯 folded: same offsets
            raw = raw[label.end() :] if label else raw
            name = clean_zh_name(raw)
            lang = "zh"
        else:
            name = clean_en_name(raw) or (raw if raw and raw[:1].isupper() else None)
            lang = "en"
        if name:
            out.append(Mention(name, lang, base + i, 0, len(name), "", kind))
    return out
