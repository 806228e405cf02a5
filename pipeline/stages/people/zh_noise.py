"""Article-level filters of Chinese candidates that the article itself shows not to be persons: brands and
ships (柯达公司, “科斯塔-…”号), and LAC PER words with no person evidence that LAC or the text contradict."""

from __future__ import annotations

import re

from pipeline.stages.people.mentions import Mention, TextUnit
from pipeline.stages.people.recognisers import Token, lac_tokens
from pipeline.stages.people.vocabulary import is_role_zh, vocabulary
from pipeline.text.names import surname_table
from pipeline.text.scripts import has_han

_NOUN_TAGS_ZH = frozenset({"n", "nz", "vn", "nw"})


def drop_brands(units: list[TextUnit], mentions: list[Mention]) -> list[Mention]:
    """Chinese candidates that the article also uses as a company or ship name (柯达公司, “科斯塔-…”号)."""
    full = "\n".join(t for _u, t in units)
    followers = "|".join(re.escape(w) for w in vocabulary().brand_followers_zh)
    brands: set[str] = set()
    for form in {m.form for m in mentions if m.lang == "zh" and not m.single}:
        esc = re.escape(form)
        if re.search(rf"{esc}(?:{followers})|{esc}[^”」\"\n]{{0,8}}[”」\"](?:号|號)", full):
            brands.add(form)
    if not brands:
        return mentions
    return [m for m in mentions if not (m.lang == "zh" and any(m.form.startswith(b) for b in brands))]


def _occurrences(form: str, units: list[TextUnit]) -> list[tuple[list[Token], int]]:
    """(LAC tokens of the unit, start) of every occurrence of ``form`` in the units."""
    out: list[tuple[list[Token], int]] = []
    for _u, text in units:
        if form in text:
            toks = lac_tokens(text)
            out.extend((toks, k.start()) for k in re.finditer(re.escape(form), text))
    return out


def _is_lac_noise(form: str, units: list[TextUnit]) -> bool:
    occurrences = _occurrences(form, units)
    tags: list[str] = []
    glued_noun: list[bool] = []
    for toks, s in occurrences:
        e = s + len(form)
        tags.append(next((t.tag for t in toks if t.start == s and t.word == form), ""))
        nxt = next((t for t in toks if t.start == e), None)
        glued_noun.append(bool(nxt and nxt.tag in _NOUN_TAGS_ZH and not is_role_zh(nxt.word)))
    if any(t and t != "PER" for t in tags):
        return True
    if len(form) == 2 and form[0] not in surname_table() and len(occurrences) == 1:
        return True
    return bool(occurrences) and all(glued_noun)


def drop_lac_noise(units: list[TextUnit], mentions: list[Mention]) -> list[Mention]:
    """LAC PER words with no person evidence anywhere in the article (no title, no speech, no credit) that
    the text itself shows to be something else:

    - LAC tags the same string as a non-person at another occurrence (莱卡 camera, “咔咔”声);
    - a two-character word whose first character is not a surname, said once (尼可刹米);
    - every occurrence is glued to a following noun that is not a title (洛贝林原料药, 商卫健部门).
    """
    by_form: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.lang == "zh" and not m.single and has_han(m.form):
            by_form.setdefault(m.form, []).append(m)
    noise: set[str] = set()
    for form, ms in by_form.items():
        if any(m.role or m.kind != "mentioned" for m in ms):
            continue
        if _is_lac_noise(form, units):
            noise.add(form)
    return [m for m in mentions if not (m.lang == "zh" and m.form in noise)]
