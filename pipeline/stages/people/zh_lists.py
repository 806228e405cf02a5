"""Names in enumerations: a team line-up, a medal table, a list of delegates ("1刘伟国；21崔麒，4奥克雷",
"王楚钦 孙颖莎 樊振东"). The recognisers read each name with little context there (a shirt number before it, a
separator after it) and miss some of a list whose other items they find, or run a name on into the
bracket after it. A list is found by its items: the pieces of a unit between separators (、，；：brackets,
spaces), a leading number (a shirt number) and minute marks left out. When most name-shaped items of a run
of consecutive items already hold a name, the run is a list of names, and each of its other name-shaped
items that looks like a name on its own is one too (surname-led, or a transliteration, or a LAC person or
proper noun), and a name found at the start of an item is the whole item (迪力依米提-土地, a hyphenated
Uyghur name the recogniser cut at 迪力依)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.vocabulary import is_role_zh, vocabulary
from pipeline.text.names import people_data, surname_table, transliteration_chars
from pipeline.text.scripts import HAN

Span = tuple[int, int]

# one item: the text between two separators of a list
_ITEM = re.compile(r"[^、，,；;：:（）()【】\[\]\s/|]+")
# what an item may carry around its name: a shirt number before it, minute marks and quotes around it
_ITEM_EDGES = "0123456789０１２３４５６７８９‘’'′\"“”"
# and before it only: the hyphen of a shirt number joined to the name, as sports desks print line-ups
# ("23-西蒙；20-卡瓦哈尔"); not after it, where a hyphen joins the parts of one transliterated name
_ITEM_LEAD = _ITEM_EDGES + "-－"
# a name-shaped item: 2-4 Han characters, or a transliteration of up to 10 joined by a hyphen or middle dot
_NAME_SHAPE = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{2,6}}(?:[-－‐·・][{HAN}]{{1,6}})+")
_JOINERS = "-－‐·・"
_MIN_NAMES = 3  # names already found in a run for it to be a list of names
_PROPER_TAGS = frozenset({"PER", "nr", "nz"})


@cache
def _box_score_tail() -> re.Pattern[str]:
    """A player's figures after the name in a box score (33分8篮板11助攻; people.toml ``box_score_units_zh``)."""
    units = sorted(people_data()["names"].get("box_score_units_zh", []), key=len, reverse=True)
    return re.compile(rf"(?:[0-9０-９]+(?:{'|'.join(map(re.escape, units))}))+$")


def _name_shaped(word: str) -> bool:
    """2-4 Han characters, a joined transliteration, or an unjoined one of 5-8 transliteration characters
    (拉姆斯戴尔, 克里斯坦特: a long name of a line-up that must not end its run)."""
    if _NAME_SHAPE.fullmatch(word):
        return True
    return 5 <= len(word) <= 8 and all(c in transliteration_chars() for c in word)


def _items(text: str, spans: list[Span] | tuple[Span, ...] = ()) -> list[Span | None]:
    """The items of the unit in text order: the span of a name-shaped item (or of an item the recognisers
    read whole as a name, ``spans``: 范德比尔特, five characters, not all of them transliteration ones), None for
    another item (a word that ends a run: 长春亚泰首发); items with no Han character (46‘, U23) are left out."""
    whole = set(spans)
    out: list[Span | None] = []
    for m in _ITEM.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start] in _ITEM_LEAD:
            start += 1
        while end > start and text[end - 1] in "。！？":
            end -= 1  # the list's last item, closing the sentence
        tail = _box_score_tail().search(text, start, end)
        if tail and tail.start() > start:
            end = tail.start()  # 张某33分8篮板: the player's figures after the name
        while end > start and text[end - 1] in _ITEM_EDGES:
            end -= 1
        if not re.search(f"[{HAN}]", text[start:end]):
            continue
        pair = _PAIR_ITEM.fullmatch(text, start, end)
        if pair and all(text[pair.start(g)] in surname_table() for g in ("a", "b")):
            out.extend([pair.span("a"), pair.span("b")])  # 卢伟强和黄国: the list's last two names, one item
            continue
        out.append((start, end) if _name_shaped(text[start:end]) or (start, end) in whole else None)
    return out


# the last item of a list that holds its last two names joined by 和 / 及 / 与 / 以及 (李某、卢伟强和黄国, 郭某以及牟某甫:
# not 郭某以 | 牟某甫): each a name of 2-3 characters led by a surname
_PAIR_ITEM = re.compile(rf"(?P<a>[{HAN}]{{2,3}}?)(?:以及|和|及|与)(?P<b>[{HAN}]{{2,3}})")


def _runs(items: list[Span | None]) -> list[list[Span]]:
    """Consecutive name-shaped items, each run ended by an item that is not one."""
    runs: list[list[Span]] = [[]]
    for item in items:
        if item is None:
            runs.append([])
        else:
            runs[-1].append(item)
    return [run for run in runs if run]


def _found_at(item: Span, spans: list[Span]) -> int | None:
    """The index of the name span that starts the item, or None."""
    return next((i for i, (a, _b) in enumerate(spans) if a == item[0]), None)


def _looks_like_name(text: str, toks: list[Token], item: Span) -> bool:
    """A list item that is a name on its own: surname-led (2-3 characters), a transliteration (3 or more
    transliteration characters, joined parts allowed; 2 after a shirt number), or one LAC word tagged a person
    or proper noun."""
    word = text[item[0] : item[1]]
    if word in vocabulary().never_zh or is_role_zh(word):
        return False
    if len(word) <= 3 and word[0] in surname_table() and word[0] not in vocabulary().function_chars_zh:
        return True
    if len(word) >= 3 and all(c in transliteration_chars() or c in _JOINERS for c in word):
        return True
    if len(word) == 2 and all(c in transliteration_chars() for c in word) and _numbered(text, item):
        return True  # 18-加维: a two-character transliteration after its shirt number, in a line-up
    if any(c in _JOINERS for c in word) and word[0] in transliteration_chars():
        return True  # 迪力依米提-土地: the parts of a transliterated name, one of them also a word (土地)
    return any(t.start == item[0] and t.end == item[1] and t.tag in _PROPER_TAGS for t in toks)


def _numbered(text: str, item: Span) -> bool:
    """Does a shirt number stand right before the item (18-加维, 7加维)?"""
    before = text[max(0, item[0] - 2) : item[0]]
    return bool(re.search(r"[0-9０-９][-－]?$", before))


def _fitted(text: str, toks: list[Token], span: Span, item: Span) -> Span:
    """A name span that starts an item, fitted to it: cut at the item's end (吴伟） -> 吴伟), or made the whole
    item when the item looks like a name (陈 -> 陈某进, 迪力依 -> 迪力依米提-土地; not 彭某 -> 彭某等人)."""
    if span[1] > item[1] or _looks_like_name(text, toks, item):
        return item
    return span


def names_in_lists(text: str, toks: list[Token], spans: list[Span]) -> None:
    """Complete the names of each list of names in the unit (module docstring): spans added for the items
    the recognisers missed, and a span that starts an item made the whole item."""
    for run in _runs(_items(text, spans)):
        found = [_found_at(item, spans) for item in run]
        named = sum(i is not None for i in found)
        if named < _MIN_NAMES or 2 * named < len(run):
            continue
        for n, (item, i) in enumerate(zip(run, found, strict=True)):
            if i is not None:
                spans[i] = _fitted(text, toks, spans[i], item)
            elif n == 0:
                continue  # a label heading the list, not a name: 单打，王友福、杨福景、…
            elif _looks_like_name(text, toks, item) and not any(
                a < item[1] and item[0] < b for a, b in spans
            ):
                spans.append(item)


def listed_items(text: str, toks: list[Token], spans: list[Span]) -> set[Span]:
    """The name spans that are whole items of a list of names (the runs of ``names_in_lists``, once the lists
    are completed): a line-up says its items are persons, as a title does, so the article-level filters of
    places, firms and common words (萨拉维亚 read as a place elsewhere) leave them; not an item LAC reads as
    one organisation (冯某（解放军）、高某（山西）: a list of athletes and their teams)."""
    orgs = {(t.start, t.end) for t in toks if t.tag == "ORG"}
    listed: set[Span] = set()
    for run in _runs(_items(text, spans)):
        found = [_found_at(item, spans) for item in run]
        named = sum(i is not None for i in found)
        if named < _MIN_NAMES or 2 * named < len(run):
            continue
        listed |= {
            item
            for item, i in zip(run, found, strict=True)
            if i is not None and spans[i] == item and item not in orgs
        }
    return listed


# what joins two names of one pair: 阿扎尔和约维奇, 罗本、蒂亚戈
_PAIR_JOINERS = ("和", "与", "及", "、")


def lac_persons_beside_names(text: str, toks: list[Token], spans: list[Span]) -> None:
    """A LAC person word joined by 和 / 与 / 及 / 、 to a name the recognisers found (引进了阿扎尔和约维奇: the CRF read
    阿扎尔 as a place, LAC as a person): two of a kind, so a person too; only a transliteration or a surname-led
    word of 2-3 characters (the shapes of ``_looks_like_name``)."""
    starts, ends = {a for a, _b in spans}, {b for _a, b in spans}
    for t in toks:
        if t.tag != "PER" or any(a < t.end and t.start < b for a, b in spans):
            continue
        after = text[t.end : t.end + 1] in _PAIR_JOINERS and t.end + 1 in starts
        before = t.start >= 1 and text[t.start - 1] in _PAIR_JOINERS and t.start - 1 in ends
        if not (after or before) or text[t.start - 1 : t.start] in _JOINERS:
            continue  # 泰格-伍兹: a part of a longer name
        if t.word.endswith(vocabulary().org_suffixes_zh):
            continue  # 比尔和梅琳达·盖茨基金会: LAC's person word holds the foundation
        if _looks_like_name(text, toks, (t.start, t.end)):
            spans.append((t.start, t.end))
