"""The relative dates written in phrasings the rules were not written against (issue 10): the sets of
tests/fixtures/dates_unseen (relative.toml, the first; round2.toml, round3.toml, round4.toml and round5.toml,
written blind), one hand-written sentence a case, scored mention by mention. ``python -m bench.dates_unseen [file.toml ...]`` (default: every set).

An expected mention is right when a mention ``find_dates`` gives (besides "published") overlaps its text and
has the same value (None for a mention kept without a value) and the same range end. A found mention that
answers no expected one is extra (a date read where the policy of docs/dates.md has none, or a wrong value).
A sentence that expects no date is "none right" when nothing is found in it. The first run of a set, before any
rule was changed for it, is its "unseen" figure (docs/benchmarks.md).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.record import Article, DateMention
from pipeline.stages.dates import find_dates

UNSEEN_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "dates_unseen"
UNSEEN = UNSEEN_DIR / "relative.toml"
ROUND2 = UNSEEN_DIR / "round2.toml"
ROUND3 = UNSEEN_DIR / "round3.toml"
ROUND4 = UNSEEN_DIR / "round4.toml"
ROUND5 = UNSEEN_DIR / "round5.toml"
UNSEEN_SETS = (UNSEEN, ROUND2, ROUND3, ROUND4, ROUND5)
DEFAULT_REFERENCE = "2024-03-14"  # a Thursday


@dataclass
class UnseenScore:
    """Counts over a set of cases: expected mentions, right ones, extra found ones, and what went wrong."""

    expected: int = 0
    right: int = 0
    extra: int = 0
    misses: list[str] | None = None
    none_cases: int = 0  # sentences that expect no date at all
    none_right: int = 0  # ... and give none

    def add(self, other: UnseenScore) -> None:
        self.expected += other.expected
        self.right += other.right
        self.extra += other.extra
        self.misses = (self.misses or []) + (other.misses or [])
        self.none_cases += other.none_cases
        self.none_right += other.none_right


def load_unseen(path: Path = UNSEEN) -> list[dict[str, Any]]:
    return list(tomllib.loads(path.read_text(encoding="utf-8"))["case"])


def case_article(case: dict[str, Any]) -> Article:
    return Article(
        paragraphs=[case["text"]], published=case.get("published", DEFAULT_REFERENCE), lang=case["lang"]
    )


def found_mentions(case: dict[str, Any]) -> list[DateMention]:
    record = find_dates(case_article(case))
    return [d for d in record.dates if d.kind != "published"]


def answers(found: DateMention, want: dict[str, Any]) -> bool:
    """``found`` answers the expected mention ``want``: overlapping texts, the same value and range end."""
    text, want_text = found.text.strip().lower(), want["text"].strip().lower()
    overlap = text in want_text or want_text in text
    return overlap and found.value == want.get("value") and found.end == want.get("end")


def score_case(case: dict[str, Any]) -> UnseenScore:
    found = found_mentions(case)
    want = case["expect"]
    right = [w for w in want if any(answers(f, w) for f in found)]
    extra = [f for f in found if not any(answers(f, w) for w in want)]
    misses = [
        f"missed {w['text']}={w.get('value')}{'/' + w['end'] if w.get('end') else ''}"
        for w in want
        if w not in right
    ]
    misses += [f"extra {f.text}={f.value}{'/' + f.end if f.end else ''}" for f in extra]
    lines = [f"{case['text']}: {m}" for m in misses]
    none = not want
    return UnseenScore(len(want), len(right), len(extra), lines, int(none), int(none and not extra))


def score_unseen(cases: list[dict[str, Any]]) -> Iterator[tuple[str, UnseenScore]]:
    """(language, score) for zh, en and all."""
    total = UnseenScore()
    for lang in ("zh", "en"):
        score = UnseenScore()
        for case in cases:
            if case["lang"] == lang:
                score.add(score_case(case))
        total.add(score)
        yield lang, score
    yield "all", total


def print_unseen(verbose: bool, paths: tuple[Path, ...] = UNSEEN_SETS) -> None:
    """One block a set: rows zh, en, all (expected mentions, right, accuracy, extras, no-date sentences right)."""
    for path in paths:
        cases = load_unseen(path)
        print(
            f"unseen relative phrasings ({path.name}, {len(cases)} sentences; mention text overlap, exact value):"
        )
        print(f"{'set':<10} {'expected':>8} {'right':>6} {'accuracy':>9} {'extra':>6} {'none right':>11}")
        for lang, score in score_unseen(cases):
            acc = f"{score.right / score.expected:.3f}" if score.expected else "-"
            none = f"{score.none_right}/{score.none_cases}"
            print(f"{lang:<10} {score.expected:>8} {score.right:>6} {acc:>9} {score.extra:>6} {none:>11}")
            if verbose and lang != "all":
                for miss in score.misses or []:
                    print(f"   {miss}")


if __name__ == "__main__":
    import sys

    print_unseen(verbose=True, paths=tuple(Path(a) for a in sys.argv[1:]) or UNSEEN_SETS)
