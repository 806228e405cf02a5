"""Translate articles to English, offline, with installed argostranslate models.

``translate(record)`` and ``translate_many(records, workers=N, cache=...)`` fill ``title_en``,
``body_en`` (paragraphs kept, joined by ``"\\n\\n"`` like ``record.body``), ``translation_status``,
``translation_model``, ``translation_quality`` and ``translation_flags``. The status strings (see
docs/translation.md):

* ``"original"``: an English article, nothing to translate (``title_en``/``body_en`` = the original);
* ``"translated"``: every non-English paragraph translated;
* ``"partly translated: ..."``: ``body_en`` exists but some paragraphs kept their original text
  (a failure, or no model for that paragraph's language);
* ``"not translated: no model installed"`` (no translation model at all),
  ``"not translated: no zh→en model installed"`` (models, but none for the page's language), ``"not translated: language und"``,
  ``"not translated: empty"``, ``"not translated: failed (RuntimeError)"``: ``title_en``/``body_en`` are None.
  A failure is named by its exception class only (the record's own failures); the library's message goes
  to the log and to ``TranslationStats.errors``.

How (the offline traps are in docs/translation.md):

* Text is split into sentences by our own regex splitter (:func:`pipeline.stages.translate.segment.split_sentences`), never argos's
  MiniSBD/Stanza sentencizers, which download models at the first translation. Over-long sentences
  are cut at commas (:func:`~pipeline.stages.translate.segment.split_long`). Paragraph structure is kept.
* Every sentence is looked up in a :class:`~pipeline.stages.translate.cache.TranslationCache` keyed by
  (model, sentence) first; only misses are translated, each unique one once per run.
* Misses are translated by :class:`pipeline.stages.translate.models.ArgosEngine`: the installed argos ``Package`` (its SentencePiece
  tokenizer and target prefix) and a ``ctranslate2.Translator`` with 1 intra thread, greedy decoding
  and an output cap relative to the input length; repeated n-gram loops are cut. It imports
  ``argostranslate.package`` only (0.1 s), not ``argostranslate.translate`` (torch, 3-5 s), and never
  calls ``get_available_packages()``.
* ``translate_many(workers=N)`` sends misses in chunks to a process pool (workers.py) and commits each finished
  chunk to the cache: Ctrl-C loses at most the chunks in flight, and the next run continues.
* Names and terms whose English is known (the glossary, the conferences, the people the people stage found:
  protect.py) are kept: a sentence that loses one is translated again with the English written in, and if
  it is lost again, around it (spliced). Every sentence is then checked (checks.py): the flags and the
  article's quality are filled by assemble.py.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.record import Article
from pipeline.stages.translate import protect
from pipeline.stages.translate.assemble import Draft, Unit, fill_record, plan
from pipeline.stages.translate.cache import MemoryTranslationCache, TranslationCache
from pipeline.stages.translate.models import TARGET, ModelInfo, models_by_source
from pipeline.stages.translate.protect import Protector
from pipeline.stages.translate.segment import collapse_repeats
from pipeline.stages.translate.workers import run_chunks

CHUNK_SIZE = 32  # sentences per worker task (and per cache commit)
log = logging.getLogger(__name__)


@dataclass
class TranslationStats:
    """What one translate_many call did (filled in place)."""

    records: int = 0
    sentences: int = 0  # sentence occurrences needing translation
    unique: int = 0  # distinct (model, text) sent to the cache or a model, over all rounds
    cache_hits: int = 0
    translated: int = 0  # texts sent to a model
    failed: int = 0
    retried: int = 0  # sentences translated again with their protected terms' English written in
    spliced: int = 0  # sentences whose terms' English was inserted between separately translated pieces
    flagged: int = 0  # sentences with at least one check kind
    seconds: float = 0.0
    check_seconds: float = 0.0  # of which: the checks (pipeline/stages/translate/checks.py)
    errors: list[str] = field(
        default_factory=list
    )  # "model: Class: the library's message", for logs and benches


@dataclass
class _Rounds:
    """Translations made so far in one translate_many call, keyed by (model label, text sent)."""

    cache: TranslationCache
    stats: TranslationStats
    workers: int
    beam_size: int
    chunk_size: int
    progress: bool
    done: dict[tuple[str, str], str] = field(default_factory=dict)
    failed: dict[tuple[str, str], str] = field(default_factory=dict)  # -> the exception's class name

    def run(self, wanted: dict[str, tuple[ModelInfo, dict[str, None]]]) -> None:
        """Translate every text of ``wanted`` (label -> model and its texts) not translated yet: cache
        first, then the models, in chunks committed to the cache one by one."""
        chunks: list[tuple[ModelInfo, list[str]]] = []
        for label, (model, texts) in wanted.items():
            new = [t for t in texts if (label, t) not in self.done and (label, t) not in self.failed]
            self.stats.unique += len(new)
            hits = self.cache.get_many(label, new)
            self.stats.cache_hits += len(hits)
            self.done.update(((label, s), t) for s, t in hits.items())
            misses = [s for s in new if s not in hits]
            size = self.chunk_size
            chunks += [(model, misses[i : i + size]) for i in range(0, len(misses), size)]
        if chunks:
            run_chunks(chunks, self.workers, self.beam_size, self._finished, self.progress)

    def _finished(self, model: ModelInfo, sentences: list[str], result: list[str] | BaseException) -> None:
        if isinstance(result, BaseException):
            self.stats.failed += len(sentences)
            error = f"{model.label}: {type(result).__name__}: {result}"
            self.stats.errors.append(error)
            log.warning("translation of %d sentences failed: %s", len(sentences), error)
            self.failed.update(dict.fromkeys(((model.label, s) for s in sentences), type(result).__name__))
            return
        pairs = list(zip(sentences, result, strict=True))
        self.cache.put_many(model.label, pairs)  # committed now: Ctrl-C later keeps this chunk
        self.done.update(((model.label, s), t) for s, t in pairs)
        self.stats.translated += len(sentences)

    def failures(self, units: list[Unit]) -> list[str]:
        """The class names of the exceptions that failed these units' sentences, each once."""
        names = (
            self.failed.get((u.model.label, d.source))
            for u in units
            if u.model is not None
            for d in u.drafts
            if d.output is None
        )
        return list(dict.fromkeys(name for name in names if name))

    def get(self, model: ModelInfo, text: str) -> tuple[str, bool] | None:
        """The translation of ``text`` with loops cut, and whether one was; None if it failed."""
        raw = self.done.get((model.label, text))
        return None if raw is None else collapse_repeats(raw.strip())


def _want(wanted: dict[str, tuple[ModelInfo, dict[str, None]]], model: ModelInfo, text: str) -> None:
    wanted.setdefault(model.label, (model, {}))[1][text] = None


def _drafts(plans: list[list[Unit]]) -> list[tuple[ModelInfo, Draft]]:
    return [(u.model, d) for units in plans for u in units if u.model is not None for d in u.drafts]


def _translate_drafts(drafts: list[tuple[ModelInfo, Draft]], rounds: _Rounds) -> None:
    """Three rounds: every sentence as it is; the sentences that lost a protected term's English, with the
    English written in; those that still lose it, the pieces around the terms (then spliced)."""
    first: dict[str, tuple[ModelInfo, dict[str, None]]] = {}
    for model, draft in drafts:
        _want(first, model, draft.source)
    rounds.run(first)
    retry = []
    for model, draft in drafts:
        got = rounds.get(model, draft.source)
        if got is not None:
            draft.output, draft.looped = got
            if protect.missing(draft.found, draft.output):
                retry.append((model, draft))
    second: dict[str, tuple[ModelInfo, dict[str, None]]] = {}
    for model, draft in retry:
        _want(second, model, protect.with_english(draft.source, draft.found))
    rounds.run(second)
    rounds.stats.retried += len(retry)
    splice = []
    for model, draft in retry:
        got = rounds.get(model, protect.with_english(draft.source, draft.found))
        if got is not None and not protect.missing(draft.found, got[0]):
            draft.output, draft.looped = got
        else:
            splice.append((model, draft))
    third: dict[str, tuple[ModelInfo, dict[str, None]]] = {}
    for model, draft in splice:
        for piece in protect.pieces(draft.source, draft.found):
            if protect.needs_model(piece):
                _want(third, model, piece)
    rounds.run(third)
    for model, draft in splice:
        _splice(model, draft, rounds)


def _splice(model: ModelInfo, draft: Draft, rounds: _Rounds) -> None:
    translated: list[str] = []
    for piece in protect.pieces(draft.source, draft.found):
        if not protect.needs_model(piece):
            translated.append(protect.punctuation_only(piece))
            continue
        got = rounds.get(model, piece)
        if got is None:
            return  # keep the first round's output; the names check flags the missing term
        translated.append(got[0])
        draft.looped = draft.looped or got[1]
    draft.output = protect.splice(draft.found, translated)
    draft.spliced = True
    rounds.stats.spliced += 1


# -- the stage -------------------------------------------------------------------------------------------


def translate(record: Article, cache: TranslationCache | None = None) -> Article:
    """Translate one article in this process (see :func:`translate_many`)."""
    translate_many([record], workers=1, cache=cache, progress=False)
    return record


_default_cache = MemoryTranslationCache()


def translate_many(
    records: Iterable[Article],
    workers: int = 1,
    cache: TranslationCache | None = None,
    progress: bool = False,
    stats: TranslationStats | None = None,
    beam_size: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> list[Article]:
    """Translate many articles; each distinct (model, sentence) is translated at most once.

    The people stage runs before: the names it found are protected (pipeline/stages/translate/protect.py),
    and every translated sentence is checked (checks.py). Cache hits are looked up here, in the parent;
    only misses go to the models, in chunks of ``chunk_size`` sentences, in this process (``workers <= 1``)
    or in a pool of ``workers`` processes (each with its own 1-thread translator). Each finished chunk is
    written to the cache at once, so an interrupted run (Ctrl-C: KeyboardInterrupt is re-raised) loses at
    most the chunks in flight and the next run translates only what is left. Records are filled at the end.
    """
    records = list(records)
    stats = stats if stats is not None else TranslationStats()
    cache = cache if cache is not None else _default_cache
    started = time.perf_counter()
    models = models_by_source(TARGET)
    # the language stage ran before: record.lang and paragraph_langs are set
    plans = [plan(record, models, Protector(record)) for record in records]
    stats.records += len(records)
    drafts = _drafts(plans)
    stats.sentences += len(drafts)
    rounds = _Rounds(cache, stats, workers, beam_size, chunk_size, progress)
    _translate_drafts(drafts, rounds)
    checks_started = time.perf_counter()
    for record, units in zip(records, plans, strict=True):
        fill_record(record, units, rounds.failures(units), any_model=bool(models))
        stats.flagged += len(record.translation_flags)
    stats.check_seconds += time.perf_counter() - checks_started
    stats.seconds += time.perf_counter() - started
    return records
