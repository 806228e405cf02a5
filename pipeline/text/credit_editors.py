"""What stands beside an editor's name in a Chinese credit line and is no name, for the reader of
pipeline.text.credit_reader: a portal's desk code after the name, set apart or glued (责任编辑：孔一凡 SN101,
[责任编辑：陶禾 PK022], 责任编辑：林大川SN303; the underscore form 孔一凡_NE0011 is the reader's own), and the channel or
desk the editor works for glued after the name (责任编辑：孔一凡新闻评论, 责编：孔一凡财经频道); and the names a word
holds, two glued names in an editor's field only of common surnames (编辑：卢晶刘菁, but 编辑：江湖郎中 one pen name).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.credit_grammar import EDITOR, byline_data, zh_grammar
from pipeline.text.credit_names import glued_names, glued_pair, is_organisation, zh_name
from pipeline.text.names import surname_rank
from pipeline.text.scripts import HAN

# a CMS's code of the editor who published the page: capital letters, then digits (SN242, PK018, UN649)
DESK_CODE = re.compile(r"[A-Z]{1,4}\d{2,6}")
# the same code glued to the name (刘某SN222)
GLUED_DESK_CODE = re.compile(rf"(?<=[{HAN}])[A-Z]{{1,4}}\d{{2,6}}$")
# in an editor's field, a word of four to six characters is two glued names only when each of them starts with a
# surname of this rank or better (卢晶刘菁: 卢 and 刘; 许某周某某); 江湖郎中 (郎, 238th) is a pen name
EDITOR_PAIR_RANK = 100


def is_desk_code(word: str) -> bool:
    """``word`` is a CMS's editor code (SN242), no name."""
    return bool(DESK_CODE.fullmatch(word))


def without_glued_desk_code(word: str) -> str:
    """``word`` without a desk code glued after a Han name (孔一凡SN303 -> 孔一凡)."""
    return GLUED_DESK_CODE.sub("", word)


@cache
def _desk_words() -> tuple[str, ...]:
    """The words a channel's or a desk's name opens with (bylines.toml ``desk_words``), longest first."""
    return tuple(sorted(byline_data()["zh"]["desk_words"], key=len, reverse=True))


def name_before_desk(word: str, folded: str) -> str | None:
    """The editor's name of a word that is a name and, glued after it, the channel or desk the editor works for
    (孔一凡新闻评论 -> 孔一凡, 陶禾新闻评论 -> 陶禾): the name of two or three characters opening with a common surname
    (``common_surname_rank``) and no place, the rest a desk's word (``desk_words``) and more (新闻 + 评论: a channel);
    after two characters the rest must be no outlet's name either (江川新闻中心 is an outlet's news desk). None
    otherwise (江川晚报, 柳江日报新媒体中心: a paper's name). Three-character names are tried first."""
    g, rank = zh_grammar(), surname_rank()
    common = byline_data()["zh"]["common_surname_rank"]
    for width in (3, 2):
        head, tail = folded[:width], folded[width:]
        desk = next((w for w in _desk_words() if tail.startswith(w)), "")
        if not desk or len(tail) <= len(desk) or rank.get(head[0], common + 1) > common:
            continue
        if head in g.not_names or head in g.places or (width == 2 and is_organisation(tail)):
            continue
        name = zh_name(word[:width], head, labelled=True, strict=True)
        if name:
            return name
    return None


def names_of_word(name: str, kind: str | None) -> list[str]:
    """The names a word read as a name holds: two glued two-character names (卢晶刘菁); in an editor's field a five- or
    six-character word may be two glued names too (监制/孔一凡陶禾), but only when each starts with a common surname
    (编辑：江湖郎中 is one pen name)."""
    pair = glued_pair(name)
    if kind == EDITOR and len(name) in (5, 6):
        pair = glued_names(name) or [name]
    rank = surname_rank()
    if (
        kind == EDITOR
        and len(pair) > 1
        and any(rank.get(n[0], EDITOR_PAIR_RANK + 1) > EDITOR_PAIR_RANK for n in pair)
    ):
        pair = [name]
    return pair
