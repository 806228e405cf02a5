"""Relative dates in natural news text (issue 10): Reuters stories of CoNLL-2003 ``testa`` and People's Daily
dateline sentences (bench/natural_stories.py builds them from ../shared/ner at run time), against the blind
annotation of tests/fixtures/dates_natural/annotations.toml; a second, independent English sample of Reuters
stories of CoNLL-2003 train (annotations_train.toml); a third, Chinese: People's Daily sentences of the MSRA
training text, those with a dated dateline (annotations_pd_train.toml) and, apart, some without one
(annotations_pd_train_undated.toml: no reference, so every mention is one without a value); and a fourth, English,
of other train stories weighted to weekdays (annotations_weekdays.toml); and a fifth, modern English web news: the
ground-truth bodies of scrapinghub's pages in ../shared/corpus-web (bench/web_stories.py), each page's reference its
printed publication date, which the annotation carries (annotations_web.toml); each scored by the same code as its
own rows (``NATURAL_SETS``).
``python -m bench.dates_natural [-v] [--no-peer]``.

A sample whose text may not be copied into the repository (its licence unknown: the sixth, modern Chinese leads found in
public code) is an annotation file kept outside it, with each story's text inline (``sentences``, its paragraphs):
``python -m bench.dates_natural --external <file.toml> [-v]`` scores that file alone, by the same code (``inline``).

Each story is one Article (its sentences as paragraphs, ``lang``, ``published`` = the dateline's date) run
through ``find_dates``. A found mention belongs to the sentence (paragraph) that holds it. An expected mention is
**right** when a found mention of its sentence answers it as in bench/dates_unseen.py (overlapping text, same
value and range end; a mention kept without a value answers one annotated without), or when none of its sentence
overlaps it, the story has its value, and its sentence read alone gives it (the stage keeps identical dates once,
first wins: a repeated "on Thursday", or "Wednesday" after "yesterday"); **wrong value** when a found
mention of its sentence overlaps its text with another value; else **missed**. A found mention that overlaps no
expected one of its sentence is **extra** when its text is relative (bench.dates_peer.is_relative, or a bare weekday)
or it overlaps a vague word (近日, "recently": no mention by the policy of docs/dates.md). Vague words are listed
in the annotation to be counted, not scored.

Beside it, in the same run, dateparser (bench_dates' peer, every socket refused) on the same stories, scored
with bench_dates' side-by-side rule for relative dates (text overlap, value at the annotation's precision).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.dates_peer import compare, is_relative
from bench.dates_unseen import answers
from bench.natural_stories import (
    NER_DIR,
    PD_TRAIN_SPLITS,
    SPLITS,
    TRAIN_SPLITS,
    Splits,
    Story,
    stories,
)
from bench.web_stories import WEB_DIR, web_pages, web_story
from pipeline.record import Article, DateMention
from pipeline.stages.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "fixtures" / "dates_natural" / "annotations.toml"
ANNOTATIONS_TRAIN = ROOT / "tests" / "fixtures" / "dates_natural" / "annotations_train.toml"
ANNOTATIONS_PD_TRAIN = ROOT / "tests" / "fixtures" / "dates_natural" / "annotations_pd_train.toml"
ANNOTATIONS_PD_UNDATED = ROOT / "tests" / "fixtures" / "dates_natural" / "annotations_pd_train_undated.toml"
ANNOTATIONS_WEEKDAYS = ROOT / "tests" / "fixtures" / "dates_natural" / "annotations_weekdays.toml"
ANNOTATIONS_WEB = ROOT / "tests" / "fixtures" / "dates_natural" / "annotations_web.toml"
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[周週]|星期|礼拜|禮拜", re.I
)


@dataclass(frozen=True)
class NaturalSet:
    """One blind sample: what its rows are called, its annotation file and the NER splits its stories come from."""

    title: str
    label: str  # the side-by-side rows' prefix
    annotations: Path
    splits: Splits
    undated: bool = False  # Chinese sentences without a dateline are stories too (reference "": none)
    web: bool = False  # pages of ../shared/corpus-web (bench.web_stories), not NER splits; reference = the annotation's
    inline: bool = False  # each story's text is in the annotation file itself (a file outside the repository)


DEV_SET = NaturalSet(
    "conll2003_dev Reuters stories, peoples_daily_dev datelines", "natural", ANNOTATIONS, SPLITS
)
TRAIN_SET = NaturalSet(
    "second sample: conll2003_train Reuters stories", "natural train", ANNOTATIONS_TRAIN, TRAIN_SPLITS
)
PD_TRAIN_SET = NaturalSet(
    "third sample: msra_train People's Daily dateline sentences",
    "natural pd",
    ANNOTATIONS_PD_TRAIN,
    PD_TRAIN_SPLITS,
)
PD_UNDATED_SET = NaturalSet(
    "third sample: msra_train People's Daily sentences without a dateline, no reference: no values",
    "natural pd undated",
    ANNOTATIONS_PD_UNDATED,
    PD_TRAIN_SPLITS,
    undated=True,
)
WEEKDAY_SET = NaturalSet(
    "fourth sample: conll2003_train Reuters stories naming a weekday",
    "natural weekdays",
    ANNOTATIONS_WEEKDAYS,
    TRAIN_SPLITS,
)
WEB_SET = NaturalSet(
    "fifth sample: modern web news, scrapinghub pages of corpus-web, printed dates",
    "natural web",
    ANNOTATIONS_WEB,
    {},
    web=True,
)
NATURAL_SETS = (DEV_SET, TRAIN_SET, PD_TRAIN_SET, PD_UNDATED_SET, WEEKDAY_SET, WEB_SET)


@dataclass
class NaturalScore:
    """Counts over stories of one language; ``misses`` lists each wrong, missed and extra mention."""

    stories: int = 0
    expected: int = 0
    right: int = 0
    wrong: int = 0
    missed: int = 0
    extra: int = 0
    vague: int = 0
    vague_valued: int = 0  # vague words given a value (also counted in extra)
    deduped: int = 0  # right only by the sentence read alone (the record keeps the date once, another text)
    misses: list[str] = field(default_factory=list)

    def add(self, other: NaturalScore) -> None:
        for name in (
            "stories",
            "expected",
            "right",
            "wrong",
            "missed",
            "extra",
            "vague",
            "vague_valued",
            "deduped",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses


def load_annotations(path: Path = ANNOTATIONS) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def story_article(story: Story) -> Article:
    return Article(
        paragraphs=[text for _, text in story.sentences], published=story.reference or None, lang=story.lang
    )


def sentence_of(found: DateMention, story: Story) -> int | None:
    """The sent_index of the story sentence that holds ``found`` (its sentence, else its text)."""
    for probe in (found.sentence, found.text):
        if probe:
            for index, text in story.sentences:
                if probe in text:
                    return index
    return None


def _overlaps(found: DateMention, want: dict[str, Any]) -> bool:
    text, want_text = found.text.strip().lower(), want["text"].strip().lower()
    return text in want_text or want_text in text


def relative_text(text: str) -> bool:
    return is_relative(text) or bool(_WEEKDAY.search(text) and not re.search(r"\d", text))


def _show(value: str | None, end: str | None) -> str:
    return f"{value}{'/' + end if end else ''}"


def score_story(story: Story, wanted: list[dict[str, Any]], found: list[DateMention]) -> NaturalScore:
    """Score one story's found mentions (not "published", not "dateline") against its annotated ones."""
    score = NaturalScore(stories=1)
    placed = [(sentence_of(f, story), f) for f in found]
    scored = [w for w in wanted if not w.get("vague")]
    for want in scored:
        here = [f for s, f in placed if s == want["sentence"]]
        label = f"{story.first}/{want['sentence']} {want['text']}={_show(want.get('value'), want.get('end'))}"
        # a mention that answers another annotated one of the sentence does not stand for this one (the range
        # 29日8时到30日8时 holds the text of a 29日 deduped to an earlier paragraph's)
        others = [w for w in scored if w is not want and w["sentence"] == want["sentence"]]
        over = [f for f in here if _overlaps(f, want) and not any(answers(f, w) for w in others)]
        if any(answers(f, want) for f in here):
            score.right += 1
        elif not over and _deduped(story, want, found):
            score.right += 1
            score.deduped += 1
        elif over:
            score.wrong += 1
            score.misses.append(f"wrong {label}: got {_show(over[0].value, over[0].end)}")
        else:
            score.missed += 1
            score.misses.append(f"missed {label}")
    score.expected = len(scored)
    score.vague = len(wanted) - len(scored)
    for sentence, f in placed:
        mine = [w for w in wanted if w["sentence"] == sentence and _overlaps(f, w)]
        vague = any(w.get("vague") for w in mine)
        if vague and f.value is not None:
            score.vague_valued += 1
        if (vague and f.value is not None) or (not mine and relative_text(f.text)):
            score.extra += 1
            score.misses.append(f"extra {story.first}/{sentence} {f.text}={_show(f.value, f.end)}")
    return score


def _deduped(story: Story, want: dict[str, Any], found: list[DateMention]) -> bool:
    """find_dates keeps identical dates once (first wins): ``want``'s value is in the story and its sentence
    read alone (same reference) gives it — "on Thursday" again, or "Wednesday" after "yesterday"."""
    if not any(f.value == want.get("value") and f.end == want.get("end") for f in found):
        return False
    alone = Story(story.split, story.lang, story.first, story.reference, [(want["sentence"], "")])
    alone.sentences = [(i, t) for i, t in story.sentences if i == want["sentence"]]
    return any(answers(f, want) for f in found_in(alone))


def annotated_stories(
    annotation: dict[str, Any], ner_dir: Path = NER_DIR, splits: Splits = SPLITS, undated: bool = False
) -> list[tuple[Story, list[dict]]]:
    """The annotated stories (built from ``splits`` in ../shared, with ``undated`` also the Chinese sentences
    without a dateline) with their mentions; a reference that differs is an error."""
    built = {(s.split, s.first): s for lang in splits for s in stories(lang, ner_dir, splits, undated)}
    out = []
    for entry in annotation["story"]:
        story = built[(entry["split"], entry["first"])]
        if story.reference != entry["reference"]:
            raise ValueError(
                f"story {entry['first']}: reference {story.reference}, annotated {entry['reference']}"
            )
        mentions = [
            m for m in annotation["mention"] if (m["split"], m["story"]) == (story.split, story.first)
        ]
        out.append((story, mentions))
    return out


def annotated_pages(annotation: dict[str, Any], web_dir: Path = WEB_DIR) -> list[tuple[Story, list[dict]]]:
    """The annotated web pages (bench.web_stories) with their mentions; each story's reference is the printed date
    the annotation gives (the page has no other); a page whose file does not start as annotated is an error."""
    rows = {row["index"]: row for row in web_pages(web_dir)}
    out = []
    for entry in annotation["story"]:
        row = rows[entry["first"]]
        if not row["file"].rsplit("/", 1)[-1].startswith(entry["file"]):
            raise ValueError(f"page {entry['first']}: file {row['file']}, annotated {entry['file']}")
        story = web_story(row)
        story.reference = entry["reference"]
        mentions = [
            m for m in annotation["mention"] if (m["split"], m["story"]) == (story.split, story.first)
        ]
        out.append((story, mentions))
    return out


def inline_stories(annotation: dict[str, Any]) -> list[tuple[Story, list[dict]]]:
    """The stories of an annotation that carries their text (``sentences``: the paragraphs, numbered from 0), with
    their mentions; ``lang`` defaults to zh."""
    out = []
    for entry in annotation["story"]:
        story = Story(entry["split"], entry.get("lang", "zh"), entry["first"], entry["reference"])
        story.sentences = list(enumerate(entry["sentences"]))
        mentions = [
            m for m in annotation["mention"] if (m["split"], m["story"]) == (story.split, story.first)
        ]
        out.append((story, mentions))
    return out


def natural_pairs(
    natural: NaturalSet, ner_dir: Path = NER_DIR, web_dir: Path = WEB_DIR
) -> list[tuple[Story, list[dict]]]:
    """The annotated stories of one sample, from ../shared/ner, ../shared/corpus-web or the annotation itself."""
    annotation = load_annotations(natural.annotations)
    if natural.inline:
        return inline_stories(annotation)
    if natural.web:
        return annotated_pages(annotation, web_dir)
    return annotated_stories(annotation, ner_dir, natural.splits, natural.undated)


def external_set(path: Path) -> NaturalSet:
    """A sample kept outside the repository, its text inline (``--external``)."""
    return NaturalSet(f"external sample {path.name}, text inline", "natural external", path, {}, inline=True)


def available(natural: NaturalSet, ner_dir: Path = NER_DIR, web_dir: Path = WEB_DIR) -> Path | None:
    """None when the sample's shared data is there, else the folder (or file) that is missing."""
    if natural.inline:
        return None if natural.annotations.is_file() else natural.annotations
    if natural.web:
        return None if (web_dir / "truth.jsonl").is_file() else web_dir
    return None if all((ner_dir / name).is_file() for name, _ in natural.splits.values()) else ner_dir


def found_in(story: Story) -> list[DateMention]:
    record = find_dates(story_article(story))
    return [d for d in record.dates if d.kind not in ("published", "dateline")]


def score_natural(pairs: list[tuple[Story, list[dict]]]) -> dict[str, NaturalScore]:
    """Scores per language (zh, en) and for all."""
    scores = {"zh": NaturalScore(), "en": NaturalScore(), "all": NaturalScore()}
    for story, wanted in pairs:
        one = score_story(story, wanted, found_in(story))
        scores[story.lang].add(one)
        scores["all"].add(one)
    return scores


def kinds_of(misses: list[str]) -> Counter[str]:
    """Misses counted by kind of expression (weekday, today/yesterday, week, month, year, duration, other)."""
    kinds: Counter[str] = Counter()
    for line in misses:
        text = line.split(" ", 2)[2].split("=")[0].lower()
        kind = next(
            (
                name
                for name, pattern in (
                    ("weekday", _WEEKDAY),
                    ("duration", re.compile(r"ago|later|after|before|earlier|[前后後]$")),
                    ("day word", re.compile(r"today|tonight|yesterday|tomorrow|night|morning|[今昨明]")),
                    ("week", re.compile(r"week|周")),
                    (
                        "month",
                        re.compile(
                            r"month|january|february|march|april|may|june|july|august|september|"
                            r"october|november|december|月"
                        ),
                    ),
                    ("year or season", re.compile(r"year|summer|spring|autumn|fall|winter|年")),
                )
                if pattern.search(text)
            ),
            "other",
        )
        kinds[f"{line.split(' ', 1)[0]} {kind}"] += 1
    return kinds


def print_natural(
    verbose: bool,
    peer: bool = True,
    ner_dir: Path = NER_DIR,
    natural: NaturalSet = DEV_SET,
    web_dir: Path = WEB_DIR,
) -> None:
    """The natural-text block of `make bench-dates` for one sample (skipped, saying so, without its ../shared data)."""
    if missing := available(natural, ner_dir, web_dir):
        print(f"natural news text (relative dates, {natural.label}): skipped ({missing} not found)")
        return
    pairs = natural_pairs(natural, ner_dir, web_dir)
    scores = score_natural(pairs)
    print(f"relative dates in natural news text ({natural.title};")
    print("annotated blind; mention text overlap in its sentence, exact value):")
    print(
        f"{'set':<5} {'stories':>7} {'expected':>8} {'right':>6} {'accuracy':>9} {'wrong':>6} {'missed':>7} {'extra':>6}"
        f" {'in record':>9} {'vague (valued)':>15}"
    )
    for lang, s in scores.items():
        if not s.stories:
            continue
        acc = f"{s.right / s.expected:.3f}" if s.expected else "-"
        print(
            f"{lang:<5} {s.stories:>7} {s.expected:>8} {s.right:>6} {acc:>9} {s.wrong:>6} {s.missed:>7} {s.extra:>6}"
            f" {s.right - s.deduped:>9} {f'{s.vague} ({s.vague_valued})':>15}"
        )
    print(
        "  (in record: right without reading a sentence alone; the others are kept once under another text)"
    )
    kinds = kinds_of(scores["all"].misses)
    if kinds:
        print("  by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    if verbose:
        for lang in ("zh", "en"):
            for line in scores[lang].misses:
                print(f"   {lang} {line}")
    if peer and any(w.get("value") for _, wanted in pairs for w in wanted):  # the peer is scored on values
        compare_natural(pairs, natural.label)


def side_by_side_cases(pairs: list[tuple[Story, list[dict]]], lang: str) -> list[tuple[str, Article, list]]:
    """The stories of a language as bench_dates side-by-side cases (the annotated mentions with a value)."""
    cases = []
    for story, wanted in pairs:
        if story.lang != lang:
            continue
        expected = [
            {
                "text": w["text"],
                "value": w["value"],
                "kind": "range" if w.get("end") else "event",
                "end": w.get("end"),
            }
            for w in wanted
            if w.get("value") and not w.get("vague")
        ]
        cases.append((f"natural {story.first}", story_article(story), expected))
    return cases


def compare_natural(pairs: list[tuple[Story, list[dict]]], label: str = "natural") -> None:
    """Ours and dateparser side by side on the same stories, bench_dates' relative rule (text overlap)."""
    langs = [lang for lang in ("zh", "en") if any(story.lang == lang for story, _ in pairs)]
    compare(
        [(f"{label} {lang}", side_by_side_cases(pairs, lang)) for lang in langs],
        relative_only=True,
        relative=relative_text,
    )


if __name__ == "__main__":
    import sys

    chosen: tuple[NaturalSet, ...] = NATURAL_SETS
    if "--external" in sys.argv:
        chosen = (external_set(Path(sys.argv[sys.argv.index("--external") + 1])),)
    for natural in chosen:
        print_natural(verbose="-v" in sys.argv, peer="--no-peer" not in sys.argv, natural=natural)
