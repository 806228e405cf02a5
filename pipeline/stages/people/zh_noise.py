"""An article-level filter of Chinese candidates that the article itself shows not to be persons: brands and
ships (柯达公司, “科斯塔-…”号).

(Issue 5's filter of LAC noise — a name without person evidence dropped when LAC tags it otherwise elsewhere,
when it is two characters not led by a surname said once, or when every occurrence is glued to a noun — is
gone with LAC's PER tags: the Chinese CRF reads LAC's tags as features, and on the MSRA / People's Daily dev
splits each of the three tests dropped more true names than noise: F1 0.933 without it, 0.879 with it.)"""

from __future__ import annotations

import re

from pipeline.stages.people.mentions import Mention, TextUnit
from pipeline.stages.people.vocabulary import vocabulary

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
