"""Traditional-script articles read through the fold, their names given back as printed.

The recognisers (LAC, the Chinese CRF) and the word lists learnt or list simplified Chinese. An article's text
units are folded to simplified characters (pipeline/text/traditional.py: one character to one, so every offset
holds), all of the stage's Chinese reading runs on the folded units, and then each mention's form, sentence and
role are cut from the original unit at the same place: 陳建華 (not 陈建华), 副院長, the sentence as printed.
On simplified text the fold is the identity, and nothing here changes anything.
"""

from __future__ import annotations

from pipeline.stages.people.mentions import Mention, TextUnit
from pipeline.text.traditional import fold_traditional_text, is_traditional


def folded_units(units: list[TextUnit]) -> list[TextUnit]:
    """The units with traditional characters folded to simplified ones (same lengths). Whether the article is
    traditional (which folds 後, 於 too) is decided once, on all its units: a title alone says little."""
    traditional = is_traditional("\n".join(text for _unit, text in units))
    return [(unit, fold_traditional_text(text, traditional)) for unit, text in units]


def _nearest(piece: str, folded: str, near: int) -> int:
    """Where ``piece`` occurs in ``folded`` nearest ``near``; -1 when it does not."""
    best = -1
    pos = folded.find(piece)
    while pos >= 0:
        if best < 0 or abs(pos - near) < abs(best - near):
            best = pos
        pos = folded.find(piece, pos + 1)
    return best


def _as_printed(piece: str, folded: str, original: str, near: int) -> str:
    """``piece`` (read in ``folded``) as ``original`` prints it, from its occurrence nearest ``near``. A piece the
    rules put together from two places (a role: 南京大学法学院 before the name + 副教授 after it) is given back
    part by part, each the longest run found in the text."""
    out: list[str] = []
    i = 0
    while i < len(piece):
        j = len(piece)
        while j > i and piece[i:j] not in folded:
            j -= 1
        if j == i:  # a character the text does not hold (a joining space): kept
            out.append(piece[i])
            i += 1
            continue
        pos = _nearest(piece[i:j], folded, near)
        out.append(original[pos : pos + j - i])
        near, i = pos + j - i, j
    return "".join(out)


def restore_script(units: list[TextUnit], folded: list[TextUnit], mentions: list[Mention]) -> list[Mention]:
    """The mentions found in the folded units, with form, sentence and role as the original units print them
    (changed in place; mentions of other units, such as byline fields, are left as they are)."""
    originals, folds = dict(units), dict(folded)
    for m in mentions:
        original, fold = originals.get(m.unit), folds.get(m.unit)
        if original is None or fold is None or original == fold:
            continue
        m.form = _as_printed(m.form, fold, original, m.start)
        if m.sentence:
            m.sentence = _as_printed(m.sentence, fold, original, m.start - len(m.sentence) // 2)
        if m.role:
            m.role = _as_printed(m.role, fold, original, m.start - len(m.role))
    return mentions
