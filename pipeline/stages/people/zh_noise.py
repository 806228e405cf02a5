"""Article-level checks of Chinese candidates against the rest of the article: brands and ships (柯达公司,
“科斯塔-…”号) are not persons, nor is a law taken whole for a name (胡克定律), and a name run on into the next
word is cut back (唐胜利康复 beside 唐胜利), a name cut short is made whole (李建明年前 beside 李建明, 小花说 beside 小花（化名）).

(Issue 5's filter of LAC noise — a name without person evidence dropped when LAC tags it otherwise elsewhere,
when it is two characters not led by a surname said once, or when every occurrence is glued to a noun — is
gone with LAC's PER tags: the Chinese CRF reads LAC's tags as features, and on the MSRA / People's Daily dev
splits each of the three tests dropped more true names than noise: F1 0.933 without it, 0.879 with it.)"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.stages.people.mentions import Mention, TextUnit
from pipeline.stages.people.vocabulary import vocabulary
from pipeline.text.scripts import has_han

_NOUN_TAGS_ZH = frozenset({"n", "nz", "vn", "nw"})


# “科斯塔-…”号: a ship, within 8 characters of the form, closed by a quote and 号
_QUOTED_SHIP_NAME_END = re.compile(r'[^”」"\n]{0,8}[”」"](?:号|號)')


@lru_cache(maxsize=4)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")")


def _used_as_brand(form: str, full: str, followers: re.Pattern[str]) -> bool:
    """Does ``form`` occur in ``full`` followed by a brand word (公司) or closing a quoted ship name?"""
    pos = full.find(form)
    while pos >= 0:  # every occurrence, overlapping ones too (as a regex search tries every position)
        end = pos + len(form)
        if followers.match(full, end) or _QUOTED_SHIP_NAME_END.match(full, end):
            return True
        pos = full.find(form, pos + 1)
    return False


def drop_brands(units: list[TextUnit], mentions: list[Mention]) -> list[Mention]:
    """Chinese candidates that the article also uses as a company or ship name (柯达公司, “科斯塔-…”号)."""
    full = "\n".join(t for _u, t in units)
    followers = _any_of(vocabulary().brand_followers_zh)
    forms = {m.form for m in mentions if m.lang == "zh" and not m.single}
    brands = {form for form in forms if _used_as_brand(form, full, followers)}
    if not brands:
        return mentions
    return [m for m in mentions if not (m.lang == "zh" and any(m.form.startswith(b) for b in brands))]


def drop_eponyms(mentions: list[Mention]) -> list[Mention]:
    """Chinese candidates ending with a doctrine, law or design word (people.toml ``eponym_words_zh``): the
    recogniser took 胡克定律 whole, which is no name. (A name followed by such a word, 马克思主义, stays a
    mention: the MSRA / People's Daily dev data annotate 马克思 and 邓小平 there as persons, and dropping those
    mentions cost 0.012 dev F1.)"""
    words = vocabulary().eponym_words_zh
    return [m for m in mentions if not (m.lang == "zh" and m.form.endswith(words))]


def trim_run_on_names(mentions: list[Mention]) -> list[Mention]:
    """唐胜利康复 when the article also names 唐胜利: a name the recogniser ran on into the next word (LAC glued
    them, and the CRF followed) is cut back to the shorter name the article gives elsewhere, when at least two
    characters run on (王建国 beside a cut 王建 stays)."""
    forms = {m.form for m in _plain_zh(mentions) if not m.single and len(m.form) >= 2}
    for m in _plain_zh(mentions):
        shorter = [f for f in forms if m.form.startswith(f) and len(m.form) - len(f) >= 2]
        if shorter and not m.single:
            name = max(shorter, key=len)
            m.form, m.end = name, m.start + len(name)
    return mentions


def extend_cut_names(units: list[TextUnit], mentions: list[Mention]) -> list[Mention]:
    """A mention cut short is the name the article gives elsewhere when the text around it completes that
    name: 李建明年前 beside 李建明 (a 2-character name the text goes on with the third character: LAC cut
    李建 | 明年前, and the recogniser followed); 小花 and 小花说 beside 小花（化名） (a familiar form or the bare
    surname of a speech verb, read as the surname 花, whose printed form, or the character before it, makes
    a name the article gives)."""
    texts = dict(units)
    names = {m.form for m in _plain_zh(mentions) if not m.single}
    for m in _plain_zh(mentions):
        text = texts.get(m.unit, "")
        if not m.single and len(m.form) == 2 and len(m.form + text[m.end : m.end + 1]) == 3:
            if m.form + text[m.end] in names:
                m.form, m.end = m.form + text[m.end], m.end + 1
        elif m.single and text[m.start : m.end] in names:  # the familiar form 小花 read as the surname 花
            m.form, m.single = text[m.start : m.end], False
        elif m.single and len(m.form) == 1 and m.start >= 1 and text[m.start - 1] + m.form in names:
            m.form, m.start, m.single = text[m.start - 1] + m.form, m.start - 1, False
    return mentions


def _plain_zh(mentions: list[Mention]) -> list[Mention]:
    """The Chinese mentions of Han names without a middle dot."""
    return [m for m in mentions if m.lang == "zh" and has_han(m.form) and "·" not in m.form]
