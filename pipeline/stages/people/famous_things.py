"""Firms, brands, products, parties, teams and places the recognisers read as persons (issue 10: 萨克森,
沙姆沙伊赫; "Credit Suisse", "Kuomintang"): knowledge from CC-CEDICT (pipeline/data/famous_things.tsv, generated
by tools/build_famous_things.py), as the famous-persons table (famous.py) is knowledge of persons.

A mention whose whole form is a table thing (Chinese as printed after the stage's folding; English with accents
folded) is no person, unless the article shows a person in one of the form's mentions: a title or honorific
right before it or a credit (has_title_before), a kind stronger than "mentioned" (a speech verb after it, a
quotation), or the famous-persons table knows the form. A bare surname to be linked and a part of a longer
name of the article ("Hilton" beside "Paris Hilton") are left to their person.
"""

from __future__ import annotations

from functools import cache

from pipeline.config import DATA_FILES
from pipeline.stages.people.famous import famous_table, fold
from pipeline.stages.people.mentions import Mention, TextUnit, has_title_before
from pipeline.stages.people.zh_things import lac_reads_a_person_throughout
from pipeline.text.scripts import has_han


@cache
def _thing_forms() -> frozenset[str]:
    """Every Chinese form and folded English form of the table."""
    lines = (DATA_FILES / "famous_things.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    out: set[str] = set()
    for chinese, english, _kind in rows:
        out.add(chinese)
        out.update(fold(f) for f in english.split("|") if f)
    return frozenset(out)


def is_thing(form: str) -> bool:
    """Is the whole form a table thing that the famous-persons table does not know?"""
    persons = famous_table()
    folded = fold(form)
    if form in persons.english_of_zh or folded in persons.full_names or folded in persons.surnames:
        return False
    return folded in _thing_forms()


def drop_famous_things(units: list[TextUnit], mentions: list[Mention]) -> list[Mention]:
    """Mentions whose form is a table thing, unless one of the form's mentions shows a person (docstring)."""
    things = {m.form for m in mentions if not m.single and is_thing(m.form)}
    # a part of a longer name of the article ("Hilton" beside "Paris Hilton") is that person's
    things = {t for t in things if not any(t in m.form and t != m.form for m in mentions)}
    if not things:
        return mentions
    texts = dict(units)
    persons = {
        m.form
        for m in mentions
        if m.form in things and (m.kind != "mentioned" or has_title_before(m, texts.get(m.unit, "")))
    }
    # LAC reads every occurrence (two at least) as a person word of its own: 萨里 the coach, not Surrey
    persons |= {t for t in things - persons if has_han(t) and lac_reads_a_person_throughout(t, units)}
    return [m for m in mentions if m.form not in things or m.form in persons]
