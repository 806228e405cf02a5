"""Which step of the Chinese people stage drops a true person that LAC tags PER as-is (issue 10, round 5):
``python -m bench.people_drops [--dir DIR [--bodies]]... [--ner] [--details]``.

For every text (a page of a ``bench.people_pages`` set, or a pseudo-article of the NER dev splits) the persons
of the truth that LAC's PER words find (scored as the benches score) and ``find_people`` misses are traced
through the stage's steps, as ``pipeline.stages.people._find`` runs them: the candidate spans
(``zh_candidates``: the CRF's spans and the rules), the unit's mentions (``zh_mentions``: a candidate made a
name form or rejected), each article-level filter in turn, and the assembly into persons. The first step
after which no form of the person is left is the one that drops it; a person no candidate span holds is
sorted by whether a candidate overlaps LAC's word (the CRF's span differs: a run-on or a cut) or none does
(the CRF did not tag it). Dev data only: every set named is a dev set."""

from __future__ import annotations

import argparse
import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.ner_dev import DEV_SPLITS, lac_as_is, load_articles, merge_names, normalise
from bench.people_pages import body_record, extracted_record, load_truth
from pipeline.record import Article
from pipeline.stages.people import _text_mentions, _units
from pipeline.stages.people import zh_things as zt
from pipeline.stages.people.assemble import assemble
from pipeline.stages.people.mentions import Mention, TextUnit
from pipeline.stages.people.original_script import folded_units
from pipeline.stages.people.recognisers import lac_tokens
from pipeline.stages.people.repeats import repeated_mentions
from pipeline.stages.people.zh_candidates import zh_candidates
from pipeline.stages.people.zh_noise import (
    drop_brands,
    drop_common_words,
    drop_eponyms,
    extend_cut_names,
    trim_run_on_names,
)
from pipeline.stages.people.zh_things import drop_places_and_firms
from pipeline.text.scripts import is_chinese

Step = tuple[str, Callable[[list[TextUnit], list[Mention]], list[Mention]]]
STEPS: tuple[Step, ...] = (
    ("drop_brands", drop_brands),
    ("drop_eponyms", lambda _u, m: drop_eponyms(m)),
    ("trim_run_on_names", trim_run_on_names),
    ("drop_common_words", drop_common_words),
    ("drop_places_and_firms", drop_places_and_firms),
    ("extend_cut_names", extend_cut_names),
)


def _forms(mentions: list[Mention]) -> set[str]:
    return {normalise(m.form, "zh") for m in mentions}


def _candidate_cause(units: list[TextUnit], forms: set[str]) -> str:
    """Why no candidate span holds the person: a span overlapping LAC's PER word differs from it, or none."""
    for _u, text in units:
        toks = lac_tokens(text)
        spans = zh_candidates(text, toks)
        for t in toks:
            if t.tag == "PER" and normalise(t.word, "zh") in forms:
                over = [text[a:b] for a, b in spans if a < t.end and t.start < b]
                if over:
                    return f"CRF span differs ({over[0]})"
    return "no candidate (the CRF and the rules leave it)"


def drop_step(record: Article, forms: set[str]) -> str:
    """The first step after which no form in ``forms`` is left (module docstring), or "kept"."""
    units = folded_units(_units(record))
    zh_units = [(u, t) for u, t in units if is_chinese(t)]
    spans = {normalise(t[a:b], "zh") for _u, t in zh_units for a, b in zh_candidates(t, lac_tokens(t))}
    if not spans & forms:
        longer = sorted(s for s in spans for f in forms if f in s)
        return f"CRF span differs (run-on: {longer[0]})" if longer else _candidate_cause(zh_units, forms)
    mentions = _text_mentions(zh_units, [])
    if not _forms(mentions) & forms:
        latin = any(re.search("[0-9A-Za-z]", f) for f in forms)
        return "mention (" + ("Latin letters or digits" if latin else "name form rejected") + ")"
    for name, step in STEPS:
        mentions = step(units, mentions)
        if not _forms(mentions) & forms:
            return name
    mentions.extend(repeated_mentions(units, mentions))
    final = {normalise(f, "zh") for p in assemble(mentions) for f in p.forms}
    return "kept" if final & forms else "assemble (linked or merged away)"


def step_balance(record: Article, truth: set[str]) -> Counter[tuple[str, bool]]:
    """(step, true?) -> distinct forms each article-level step removes from the mentions, true when a form
    of the truth (a filter worth keeping removes more false forms than true ones)."""
    units = folded_units(_units(record))
    mentions = _text_mentions([(u, t) for u, t in units if is_chinese(t)], [])
    out: Counter[tuple[str, bool]] = Counter()
    for name, step in STEPS:
        before = _forms(mentions)
        if name == "drop_places_and_firms":
            out.update(_things_tests(units, mentions, truth))
        mentions = step(units, mentions)
        out.update((name, f in truth) for f in before - _forms(mentions))
    return out


def _things_tests(
    units: list[TextUnit], mentions: list[Mention], truth: set[str]
) -> Counter[tuple[str, bool]]:
    """The forms each test of ``drop_places_and_firms`` finds, each test alone (a form two tests find counts
    for both)."""
    texts = dict(units)
    plain = [m for m in mentions if m.lang == "zh" and not m.single and len(m.form) >= 2]
    spans = {(m.unit, m.start, m.end) for m in plain}
    out: Counter[tuple[str, bool]] = Counter()
    for form in {m.form for m in plain}:
        out[" · CRF odds (_read_as_thing)", form in truth] += zt._read_as_thing(form, units)
        out[" · firm word (_in_firm_word)", form in truth] += zt._in_firm_word(form, units)
        context = any(zt._place_or_firm_context(texts[m.unit], m, spans) for m in plain if m.form == form)
        out[" · context (_place_or_firm_context)", form in truth] += context
    return out


def _ours(record: Article) -> set[str]:
    from pipeline.stages.people import find_people

    return merge_names([f for p in find_people(record).people for f in p.forms], "zh")


BALANCE: Counter[tuple[str, bool]] = Counter()


def _dropped(record: Article, persons: list[set[str]]) -> list[tuple[str, str]]:
    """(person, step) for each person LAC finds and ours misses."""
    units = [u for u in [record.title or "", *record.paragraphs] if u.strip()]
    lac = merge_names(lac_as_is(units), "zh")
    ours = _ours(dataclasses.replace(record, people=[]))
    BALANCE.update(step_balance(dataclasses.replace(record, people=[]), set().union(*persons)))
    out = []
    for forms in persons:
        if forms & lac and not forms & ours:
            out.append((sorted(forms)[0], drop_step(dataclasses.replace(record, people=[]), forms)))
    return out


def page_drops(folder: Path, bodies: bool) -> list[tuple[str, str, str]]:
    """(page, person, step) of a people_pages set's Chinese pages."""
    out = []
    for row in load_truth(folder):
        if row.lang != "zh":
            continue
        record = body_record(folder, row) if bodies else extracted_record(folder, row)
        kept = merge_names([p["name"] for p in row.persons], "zh")
        persons = [
            {normalise(n, "zh") for n in [p["name"], *p.get("also", [])]}
            for p in row.persons
            if normalise(p["name"], "zh") in kept
        ]
        out += [(row.page, name, step) for name, step in _dropped(record, persons)]
    return out


def ner_drops() -> list[tuple[str, str, str]]:
    """(pseudo-article, person, step) of the Chinese NER dev splits."""
    out = []
    for split, articles in load_articles("zh").items():
        if split not in DEV_SPLITS["zh"]:
            continue
        for k, article in enumerate(articles):
            record = Article(paragraphs=list(article.paragraphs), lang="zh")
            persons = [{g} for g in merge_names(article.gold, "zh")]
            out += [(f"{split}#{k}", name, step) for name, step in _dropped(record, persons)]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", action="append", default=[], help="a people_pages set (repeatable)")
    parser.add_argument("--bodies", action="append", default=[], help="a --bodies set (repeatable)")
    parser.add_argument("--ner", action="store_true", help="the Chinese NER dev splits too")
    parser.add_argument("--details", action="store_true", help="every person, not only the counts")
    args = parser.parse_args(argv)
    rows: list[tuple[str, str, str, str]] = []
    for d in args.dir:
        rows += [(Path(d).name, *r) for r in page_drops(Path(d), bodies=False)]
    for d in args.bodies:
        rows += [(Path(d).name, *r) for r in page_drops(Path(d), bodies=True)]
    if args.ner:
        rows += [("ner_dev", *r) for r in ner_drops()]
    counts = Counter((s, step.split(" (")[0]) for s, _p, _n, step in rows)
    print("| set | step | persons |\n|---|---|---|")
    for (s, step), n in sorted(counts.items()):
        print(f"| {s} | {step} | {n} |")
    print("\n| step | true forms removed | false forms removed |\n|---|---|---|")
    for name in sorted({n for n, _t in BALANCE}, key=lambda n: (n.strip(" ·") != n, n)):
        print(f"| {name} | {BALANCE[name, True]} | {BALANCE[name, False]} |")
    if args.details:
        for s, page, name, step in rows:
            print(f"{s} {page}: {name} -> {step}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
