"""Translate articles to English, offline, with installed argostranslate models.

``translate(record)`` and ``translate_many(records, workers=N, cache=...)`` fill ``title_en``,
``body_en`` (paragraphs kept, joined by ``"\\n\\n"`` like ``record.body``), ``translation_status``
and ``translation_model``. The status strings (see docs/translation.md):

* ``"original"``: an English article, nothing to translate (``title_en``/``body_en`` = the original);
* ``"translated"``: every non-English paragraph translated;
* ``"partly translated: ..."``: ``body_en`` exists but some paragraphs kept their original text
  (a failure, or no model for that paragraph's language);
* ``"not translated: no zh→en model installed"``, ``"not translated: language und"``,
  ``"not translated: empty"``, ``"not translated: failed (...)"``: ``title_en``/``body_en`` are None.

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
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.record import Article
from pipeline.stages.translate.cache import MemoryTranslationCache, TranslationCache
from pipeline.stages.translate.models import TARGET, ModelInfo, models_by_source
from pipeline.stages.translate.segment import split_sentences
from pipeline.stages.translate.workers import run_chunks
from pipeline.text.langid import UND, guess_text

CHUNK_SIZE = 32  # sentences per worker task (and per cache commit)

# -- planning and assembling ---------------------------------------------------------------------------


@dataclass
class TranslationStats:
    """What one translate_many call did (filled in place)."""

    records: int = 0
    sentences: int = 0  # sentence occurrences needing translation
    unique: int = 0  # distinct (model, sentence)
    cache_hits: int = 0
    translated: int = 0  # sentences sent to a model
    failed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


@dataclass
class _Unit:
    """One title or paragraph of one record."""

    lang: str  # language it is translated from; "en" or "und" = kept as is
    text: str
    sentences: list[str] = field(default_factory=list)
    model: ModelInfo | None = None


def _plan(record: Article, models: dict[str, ModelInfo]) -> list[_Unit]:
    """Units of a record: index 0 is the title, then the paragraphs."""
    article_lang = record.lang or UND
    langs = list(record.paragraph_langs)
    if len(langs) != len(record.paragraphs):
        langs = [guess_text(p).lang for p in record.paragraphs]
    title_guess = guess_text(record.title)
    # Titles are short: only a script-based answer (CJK) overrides the page's language.
    title_lang = title_guess.lang if title_guess.method == "script" else article_lang
    units = []
    for text, lang in [(record.title or "", title_lang), *zip(record.paragraphs, langs, strict=True)]:
        if lang == UND and article_lang not in (UND, TARGET) and any(ch.isalpha() for ch in text):
            lang = article_lang  # too short to tell on its own: take the article's language
        unit = _Unit(lang=lang, text=text)
        if lang not in (UND, TARGET) and text.strip():
            unit.model = models.get(lang)
            unit.sentences = split_sentences(text) if unit.model else []
        units.append(unit)
    return units


def _join(translated: list[str]) -> str:
    return " ".join(t for t in translated if t)


def _assemble(
    record: Article,
    units: list[_Unit],
    done: dict[tuple[str, str], str],
    failed: set[tuple[str, str]],
    errors: list[str],
) -> None:
    article_lang = record.lang or UND
    foreign = [u for u in units if u.lang not in (UND, TARGET) and u.text.strip()]
    if not foreign:
        if article_lang == UND:
            _untranslated(record, f"not translated: language {UND}")
        else:
            record.title_en, record.body_en = record.title, record.body
            record.translation_status, record.translation_model = "original", None
        return
    out: list[str] = []
    used: list[str] = []
    no_model: dict[str, list[int]] = {}  # lang -> unit indexes without a model
    failures: list[int] = []
    for index, unit in enumerate(units):
        if unit.lang in (UND, TARGET) or not unit.text.strip():
            out.append(unit.text)
        elif unit.model is None:
            no_model.setdefault(unit.lang, []).append(index)
            out.append(unit.text)
        else:
            keys = [(unit.model.label, s) for s in unit.sentences]
            if any(k in failed or k not in done for k in keys):
                failures.append(index)
                out.append(unit.text)
            else:
                out.append(_join([done[k] for k in keys]))
                if unit.model.label not in used:
                    used.append(unit.model.label)
    if not used and article_lang != TARGET:
        if no_model:
            lang = article_lang if article_lang in no_model else max(no_model, key=lambda k: len(no_model[k]))
            _untranslated(record, f"not translated: no {lang}→{TARGET} model installed")
        else:
            _untranslated(record, f"not translated: failed ({errors[0] if errors else 'unknown error'})")
        return
    n = len(units) - 1
    problems = [
        f"no {lang}→{TARGET} model installed for {_parts(idx, n)}" for lang, idx in sorted(no_model.items())
    ]
    if failures:
        problems.append(f"failed for {_parts(failures, n)}" + (f" ({errors[0]})" if errors else ""))
    record.title_en = out[0] if record.title is not None else None
    record.body_en = "\n\n".join(out[1:])
    record.translation_model = ", ".join(used) or None
    record.translation_status = "partly translated: " + "; ".join(problems) if problems else "translated"


def _parts(indexes: list[int], n_paragraphs: int) -> str:
    """ "the title and 2 of 9 paragraphs" for unit indexes (0 = title)."""
    paragraphs = sum(1 for i in indexes if i > 0)
    words = ["the title"] if 0 in indexes else []
    if paragraphs:
        words.append(f"{paragraphs} of {n_paragraphs} paragraphs")
    return " and ".join(words)


def _untranslated(record: Article, status: str) -> None:
    record.title_en = record.body_en = record.translation_model = None
    record.translation_status = status


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

    Cache hits are looked up here, in the parent; only misses go to the models, in chunks of
    ``chunk_size`` sentences, in this process (``workers <= 1``) or in a pool of ``workers``
    processes (each with its own 1-thread translator). Each finished chunk is written to the cache
    at once, so an interrupted run (Ctrl-C: KeyboardInterrupt is re-raised) loses at most the chunks
    in flight and the next run translates only what is left. Records are filled at the end.
    """
    records = list(records)
    stats = stats if stats is not None else TranslationStats()
    cache = cache if cache is not None else _default_cache
    started = time.perf_counter()
    models = models_by_source(TARGET)
    plans = []
    for record in records:  # the language stage ran before: record.lang and paragraph_langs are set
        plans.append(_plan(record, models))
    stats.records += len(records)

    wanted: dict[str, ModelInfo] = {}
    todo: dict[str, dict[str, None]] = {}  # label -> ordered set of sentences
    for units in plans:
        for unit in units:
            if unit.model is None:
                continue
            wanted[unit.model.label] = unit.model
            todo.setdefault(unit.model.label, {}).update(dict.fromkeys(unit.sentences))
            stats.sentences += len(unit.sentences)

    done: dict[tuple[str, str], str] = {}
    failed: set[tuple[str, str]] = set()
    chunks: list[tuple[ModelInfo, list[str]]] = []
    for label, sentences in todo.items():
        stats.unique += len(sentences)
        hits = cache.get_many(label, list(sentences))
        stats.cache_hits += len(hits)
        done.update(((label, s), t) for s, t in hits.items())
        misses = [s for s in sentences if s not in hits]
        chunks += [(wanted[label], misses[i : i + chunk_size]) for i in range(0, len(misses), chunk_size)]

    def finished(model: ModelInfo, sentences: list[str], result: list[str] | BaseException) -> None:
        if isinstance(result, BaseException):
            stats.failed += len(sentences)
            stats.errors.append(f"{model.label}: {type(result).__name__}: {result}")
            failed.update((model.label, s) for s in sentences)
            return
        pairs = list(zip(sentences, result, strict=True))
        cache.put_many(model.label, pairs)  # committed now: Ctrl-C later keeps this chunk
        done.update(((model.label, s), t) for s, t in pairs)
        stats.translated += len(sentences)

    if chunks:
        run_chunks(chunks, workers, beam_size, finished, progress)
    for record, units in zip(records, plans, strict=True):
        _assemble(record, units, done, failed, stats.errors)
    stats.seconds += time.perf_counter() - started
    return records
