"""English byline lines inside the text, read before the recogniser or beside it: a line that is only a byline
("By LISA MASCARO and ERIC TUCKER", "BY SAM TELLER AND CHINEDU OKORO") and a byline opening a lead paragraph
before its dateline ("By Jane Doe SAN FRANCISCO (Reuters) - …")."""

from __future__ import annotations

import re

from pipeline.stages.people.recognisers import english_tagger
from pipeline.stages.people.vocabulary import vocabulary
from pipeline.text.bylines_en import lead_byline_en, lead_byline_place

# "BY": the all-capital byline line of AP pages ("BY SAM TELLER AND CHINEDU OKORO"), its "AND" too
# "By Jane Doe", "BY: Jane Doe | Example Online" (a colon after By, the outlet after a bar: a Ghanaian site's
# style, the twenty-fourth English set)
_BYLINE = re.compile(r"^\s*(?:By|BY):?\s+(?P<names>[A-Z][^;|\n]*?)\s*(?:\|[^|\n]*)?$")
_BYLINE_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}")


def byline_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names of a line that is only a byline: "By LISA MASCARO, MARY CLARE JALONICK
    and ERIC TUCKER", "By Fergus Jensen" (the recogniser may miss all-capital names)."""
    m = _BYLINE.match(text)
    if not m:
        return []
    out = []
    base = m.start("names")
    v = vocabulary()
    for part in re.split(r",\s*|\s+(?:and|AND)\s+", m.group("names")):
        found = _BYLINE_NAME.fullmatch(part.strip())
        if not found:
            return []  # not a list of names: a sentence that starts with "By"
        if any(w in v.byline_desks_en or w in v.never_en for w in part.lower().split()):
            continue  # "By Reuters Staff": the desk's credit, not a reporter
        start = text.index(part.strip(), base)
        out.append(
            (start, start + len(part.strip()), part.strip().title() if part.isupper() else part.strip())
        )
        base = start + len(part.strip())
    return out


def lead_byline_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the reporters of a byline opening a lead paragraph, before the dateline: "By
    Jane Doe SAN FRANCISCO (Reuters) - …", "By JANE DOE and TOM REED WEST PALM BEACH, Fla. (AP) — …" (there the
    capitals after a first and last name are cut off when each is a GeoNames place word)."""
    names = lead_byline_en(text)
    if not names:
        return []
    full, place = lead_byline_place(names[-1])
    table = english_tagger().words
    if place and full.split()[0].isupper() and all("G" in table.get(w, "") for w in place):
        names[-1] = " ".join(full.split()[: -len(place)])
    out: list[tuple[int, int, str]] = []
    base = 0
    for name in names:
        start = text.find(name, base)
        if start < 0:
            return out
        out.append((start, start + len(name), name.title() if name.isupper() else name))
        base = start + len(name)
    return out
