"""The editor an article credits, in page text ("【责任编辑：刘峻凌】", "(责编：萧潇、张妍)", "Editor: X", a line of credits
read with the grammar: 编辑 | 欧阳青). Split from pipeline.stages.extract.credits, which re-exports it."""

from __future__ import annotations

import re

from pipeline.stages.extract.credit_limits import BYLINE_CHARS
from pipeline.text.bylines import EDITOR, NAMES_ZH, is_not_a_name, read_credits_zh
from pipeline.text.scripts import HAN_CHAR, nfkc

EDITOR_PATTERNS = [
    re.compile(p)
    for p in (
        rf"(?:责任编辑|責任編輯)\s*[:：]?\s*(?P<names>{NAMES_ZH})",
        rf"(?:责编|責編)\s*[:：]?\s*(?P<names>{NAMES_ZH})",
        rf"(?:实习编辑|實習編輯|值班编辑|值班編輯)\s*[:：]?\s*(?P<names>{NAMES_ZH})",
        rf"(?<![审審])(?:编辑|編輯)\s*[:：]\s*(?P<names>{NAMES_ZH})",
        r"(?:Web\s+editor|Editor)\s*[:：]\s*(?P<names>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}(?:\s*(?:,|and)\s*[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})*)",
    )
]
EDITOR_END = re.compile(r"\s*(?:$|[\]】)）\n]|\s{2,})")


def editor_from_text(text: str) -> str | None:
    """The editor credited in a text ("【责任编辑：刘峻凌】", "(责编：萧潇、张妍)", "Editor: X")."""
    t = nfkc(text)
    for rx in EDITOR_PATTERNS:
        for m in rx.finditer(t):
            names = m.group("names").strip()
            rest = t[m.end("names") :]
            parts = re.split(r"([\s、，,]+)", names)
            # several names only when the credit ends there (a bracket, line end), else the first name
            if len(parts) > 1 and not EDITOR_END.match(rest):
                names = parts[0]
            names = names.strip(" ,，")
            first = re.split(r"[\s、，,]+", names)[0]
            if is_not_a_name(first):
                continue
            return names
    return _editor_of_credit_lines(t)


def _editor_of_credit_lines(text: str) -> str | None:
    """The first editor of a line that is nothing but credits, read with the grammar, whatever its delimiters
    (编辑 | 欧阳青, 编辑 樊川 校对 吴兴发): the responsible editor is credited first."""
    for line in text.splitlines():
        line = line.strip()
        if not line or len(line) > BYLINE_CHARS or not HAN_CHAR.search(line):
            continue
        run = read_credits_zh(line)
        editors = run.names(EDITOR) if run else []
        if editors:
            return editors[0]
    return None
