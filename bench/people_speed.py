"""Speed of the people + dates stages on one core, and a guard that a speed change leaves their output as it was.

Speed: the dev pseudo-articles of ``bench/ner_dev.py`` (20 sentences of ../shared/ner each; Chinese: MSRA and
People's Daily, English: CoNLL-2003 testa), run through ``find_dates(find_people(record))`` in-process, models
loaded before timing, the process pinned to one core. Reported per language: CPU milliseconds per article (this
process's CPU time, which a shared machine does not inflate the way it does wall time), articles per CPU second
and per wall second; beside it, in the same run, the peer: Baidu LAC alone (``lac.run`` on every paragraph) for
Chinese, the English CRF's tokenizer + tagger alone for English.

Guard: ``--dump FILE`` writes the full output (every field of every person and date, and the record's error) of
find_people + find_dates on every article of these sets: the Chinese and English dev pseudo-articles, the
project's people fixtures (tests/fixtures/people, heldout/ included), the seeds, and every page of
../shared/corpus/truth.jsonl (title, body lines, byline fields, publication date). ``--compare FILE`` runs the
same and reports every article whose output differs from the dump (exit status 1 when any does). Run ``--dump``
with the code before a change and ``--compare`` after it. The dump holds text of ../shared: keep it outside the
repository.

``--profile`` prints cProfile's top functions on the Chinese (or ``--lang en``) dev pseudo-articles.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.bench_people import load_fixture
from bench.ner_dev import NER_DIR, load_articles, pin_to_one_core
from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.stages.people import find_people

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures" / "people"


# ------------------------------------------------------------------------------------------------- sets


def dev_articles(lang: str) -> list[Article]:
    """The dev pseudo-articles of ``lang`` (ner_dev's protocol), in split and file order."""
    return [
        Article(paragraphs=list(a.paragraphs), lang=lang)
        for articles in load_articles(lang, NER_DIR).values()
        for a in articles
    ]


def _seed(path: Path) -> Article:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    return Article(paragraphs=paragraphs, is_text=True, lang="en")


def _corpus_page(row: dict[str, Any]) -> Article:
    return Article(
        title=row.get("title"),
        paragraphs=[x.strip() for x in (row.get("body") or "").split("\n") if x.strip()],
        authors=list(row.get("authors") or []),
        editor=row.get("editor"),
        published=row.get("published"),
        lang=row.get("lang"),
    )


def guard_sets() -> Iterator[tuple[str, list[tuple[str, Article]]]]:
    """(set name, [(article label, a fresh record)]) for the identical-output check."""
    for lang in ("zh", "en"):
        yield f"{lang}_dev", [(f"{lang}#{k}", a) for k, a in enumerate(dev_articles(lang))]
    paths = sorted(FIXTURES.glob("*.json")) + sorted((FIXTURES / "heldout").glob("*.json"))
    yield "fixtures", [(p.stem, load_fixture(p)[0]) for p in paths]
    yield "seeds", [(p.name, _seed(p)) for p in sorted((SHARED / "seeds").glob("*.txt"))]
    truth = SHARED / "corpus" / "truth.jsonl"
    lines = truth.read_text(encoding="utf-8").splitlines() if truth.exists() else []
    rows = [json.loads(x) for x in lines if x.strip()]
    yield "corpus", [(r["file"], _corpus_page(r)) for r in rows]


def output(record: Article) -> dict[str, Any]:
    """Everything the two stages write into the record."""
    return {
        "people": [asdict(p) for p in record.people],
        "dates": [asdict(d) for d in record.dates],
        "error": record.error,
    }


def guard_outputs() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, items in guard_sets():
        out[name] = {label: output(find_dates(find_people(record))) for label, record in items}
    return out


def compare(path: Path) -> int:
    """Print the articles whose output differs from the dump at ``path``; the number of differences."""
    before = json.loads(path.read_text(encoding="utf-8"))
    now = guard_outputs()
    differences = 0
    for name in sorted(set(before) | set(now)):
        old, new = before.get(name, {}), now.get(name, {})
        changed = [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
        people = sum(len(v["people"]) for v in new.values())
        dates = sum(len(v["dates"]) for v in new.values())
        print(
            f"{name}: {len(new)} articles ({len(old)} in the dump), {people} persons, {dates} dates: "
            + ("identical" if not changed else f"{len(changed)} differ")
        )
        for label in changed[:10]:
            print(f"  {label}:\n    before {json.dumps(old.get(label), ensure_ascii=False)[:400]}")
            print(f"    now    {json.dumps(new.get(label), ensure_ascii=False)[:400]}")
        differences += len(changed)
    return differences


# ------------------------------------------------------------------------------------------------ speed


def people_and_dates(record: Article) -> None:
    find_dates(find_people(record))


def lac_alone(record: Article) -> None:
    from pipeline.stages.people.recognisers import lac_model

    lac = lac_model()
    for text in record.paragraphs:
        lac.run(text)


def english_crf_alone(record: Article) -> None:
    from pipeline.stages.people.recognisers import english_entities

    english_entities(record.paragraphs)


def timed(system: Callable[[Article], None], articles: list[Article]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of ``system`` over fresh copies of ``articles``."""
    fresh = [Article(paragraphs=list(a.paragraphs), lang=a.lang) for a in articles]
    c0, t0 = time.process_time(), time.perf_counter()
    for record in fresh:
        system(record)
    return time.process_time() - c0, time.perf_counter() - t0


def speed(langs: list[str], rounds: int) -> list[str]:
    """Table rows: per language and system, the best of ``rounds`` runs (CPU time) over the dev articles."""
    peers: dict[str, tuple[str, Callable[[Article], None]]] = {
        "zh": ("Baidu LAC alone (lac.run per paragraph)", lac_alone),
        "en": ("English CRF alone (tokenize + tag)", english_crf_alone),
    }
    rows = []
    for lang in langs:
        articles = dev_articles(lang)
        if not articles:
            continue
        systems = [("find_people + find_dates", people_and_dates), peers[lang]]
        for _name, system in systems:
            system(Article(paragraphs=["预热。" if lang == "zh" else "Warm-up by John Smith."], lang=lang))
        best: dict[str, tuple[float, float]] = {}
        for _ in range(rounds):  # interleaved, so that a busy spell of the machine hits both alike
            for name, system in systems:
                cpu, wall = timed(system, articles)
                if name not in best or cpu < best[name][0]:
                    best[name] = (cpu, wall)
        for name, _system in systems:
            cpu, wall = best[name]
            n = len(articles)
            rows.append(f"| {lang} | {n} | {name} | {1000 * cpu / n:.1f} | {n / cpu:.1f} | {n / wall:.1f} |")
    return rows


def profile(lang: str, top: int) -> None:
    articles = dev_articles(lang)
    people_and_dates(Article(paragraphs=["预热。" if lang == "zh" else "Warm-up by John Smith."], lang=lang))
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    timed(people_and_dates, articles)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.people_speed", description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="zh,en", help="languages to time (default zh,en)")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs per system; the best counts")
    parser.add_argument("--dump", type=Path, help="write the output of every guard article to this file")
    parser.add_argument("--compare", type=Path, help="compare the output of every guard article to a dump")
    parser.add_argument("--profile", action="store_true", help="cProfile the first --lang instead of timing")
    parser.add_argument("--top", type=int, default=40, help="functions --profile prints")
    args = parser.parse_args(argv)
    if not load_articles("zh", NER_DIR):
        print(f"no NER dev data in {NER_DIR}", file=sys.stderr)
        return 2
    langs = [x for x in args.lang.split(",") if x]
    print(pin_to_one_core())
    if args.dump:
        args.dump.write_text(json.dumps(guard_outputs(), ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"wrote {args.dump}")
        return 0
    if args.compare:
        differences = compare(args.compare)
        print("identical" if not differences else f"{differences} articles differ")
        return 1 if differences else 0
    if args.profile:
        profile(langs[0], args.top)
        return 0
    print("| lang | articles | system | CPU ms/article | articles/s (CPU) | articles/s (wall) |")
    print("|---|---|---|---|---|---|")
    for row in speed(langs, args.rounds):
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
