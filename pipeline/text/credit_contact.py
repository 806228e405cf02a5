"""A wire story's closing contact block (Bloomberg's): "To contact the reporter on this story: Jane Doe in London at
jdoe@example.net", "To contact the reporters on this story: A in Seoul at a@example.net; B in Sydney at …", "… A
and B.", glued by a scraper to the editors' contact line or the page's furniture after it. The forms are data
(pipeline/data/bylines.toml ``[en]`` ``contact_reporters``, ``contact_end``)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.text.bylines_en import plain, split_names_en
from pipeline.text.credit_grammar import byline_data

# "at jdoe@example.net": the top-level domain in lower case, so a mail glued to the next line ("….netTo contact")
# ends before it
_MAIL = re.compile(r"(?:\s+at)?\s*[\w.+-]+@[\w-]+(?:\.[a-z]{2,})+")
# "in San Francisco", "in New Delhi": where a reporter writes from, between the name and the mail
_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")


@cache
def _contact_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    en = byline_data()["en"]
    return re.compile(en["contact_reporters"]), re.compile(en["contact_end"])


def contact_reporters(paragraph: str) -> list[str]:
    """The reporters a contact block names (its reporters' line only; the editors' line names none)."""
    text = " ".join(plain(paragraph).split())
    opener, end = _contact_forms()
    m = opener.search(text)
    if not m:
        return []
    block = text[m.end() :]
    stop = end.search(block)
    block = _PLACE.sub("", _MAIL.sub("", block[: stop.start()] if stop else block))
    names: list[str] = []
    for item in block.split(";"):
        names += [n for n in split_names_en(item) if n not in names]
    return names
