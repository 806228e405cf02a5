"""Header lines of a WeChat article as mirror and copy sites print them, and a Latin "by" before Chinese names, for
the whole-line reader of pipeline.text.bylines: the account's stamp ``原创 X 长河观察 2021-03-01`` (original, the
writer, the account, then the date or the topics it is filed under: 收录于话题…), the meta line ``2017-03-01 X Y 63氪``
(the date, the writers, the account), and ``by孔一凡`` / ``By 孔一凡``. No label: the writers are known by their place."""

from __future__ import annotations

import re

from pipeline.text.credit_grammar import zh_grammar
from pipeline.text.credit_marks import is_outlet
from pipeline.text.credit_names import PLAIN_NAME, has_surname, is_organisation
from pipeline.text.credit_residue import DATE_STAMP
from pipeline.text.scripts import HAN, nfkc
from pipeline.text.traditional import fold_traditional

# at most three writers before the account
_MAX_WRITERS = 3
# what may follow the account in the stamp: the date, or the topics the article is filed under (收录于话题#…)
_AFTER_ACCOUNT = ("收录于",)
_BY = re.compile(rf"(?i:by)\s*(?=[{HAN}])")
_NAMES_SPLIT = re.compile(r"[\s、,，]+")


def _is_writer(token: str) -> bool:
    """A writer's name: two to four Han characters opening with a known surname, no outlet or organisation (长河日报)."""
    folded = fold_traditional(token)
    return (
        bool(PLAIN_NAME.fullmatch(token))
        and has_surname(folded)
        and not is_outlet(folded)
        and not is_organisation(folded)
        and folded not in zh_grammar().not_names
    )


def _writers(tokens: list[str]) -> list[str]:
    """The writers opening ``tokens``: up to three names with a known surname."""
    out: list[str] = []
    for tok in tokens[:_MAX_WRITERS]:
        if not _is_writer(tok):
            break
        out.append(tok)
    return out


def _account(token: str) -> bool:
    """An account's name closing the meta line: an outlet (长河日报) or a brand mixing Han with Latin letters or digits
    (63氪, 7号观察), no writer's name."""
    if _is_writer(token):
        return False
    return is_outlet(fold_traditional(token)) or (
        bool(re.search(f"[{HAN}]", token)) and bool(re.search(r"[A-Za-z0-9]", token))
    )


def stamp_writers(text: str) -> list[str]:
    """The writers of a WeChat header line: ``原创 X [Y] 账号 [日期|收录于…]`` (the last word before the date or the
    topics is the account, the words before it its writers) or ``日期 X [Y] 账号``; [] for another line (原创 账号 日期:
    the account alone, no writer)."""
    t = nfkc(text).strip()
    tokens = t.split()
    if len(tokens) >= 3 and fold_traditional(tokens[0]) == "原创":
        middle: list[str] = []
        for tok in tokens[1:]:
            if DATE_STAMP.match(tok) or fold_traditional(tok).startswith(_AFTER_ACCOUNT):
                break
            middle.append(tok)
        writers, account = middle[:-1], middle[-1:]
        ok = bool(account) and 0 < len(writers) <= _MAX_WRITERS and all(_is_writer(w) for w in writers)
        # with nothing after it, the account is told from a second writer by being no name (原创 X 长河观察室)
        closed = len(middle) < len(tokens) - 1 or bool(account) and not _is_writer(account[0])
        return writers if ok and closed else []
    stamp = DATE_STAMP.match(t)
    if not stamp:
        return []
    tokens = t[stamp.end() :].split()
    names = _writers(tokens)
    if names and len(tokens) == len(names) + 1 and _account(tokens[-1]):
        return names
    return []


def by_writers(text: str) -> list[str]:
    """The names after a Latin "by" opening a Chinese line (by孔一凡, By 孔一凡、陶禾), each with a known surname; []
    otherwise."""
    t = nfkc(text).strip()
    m = _BY.match(t)
    if not m:
        return []
    names = [n for n in _NAMES_SPLIT.split(t[m.end() :]) if n]
    return names if names and len(names) <= _MAX_WRITERS and all(_is_writer(n) for n in names) else []
