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

* Text is split into sentences by our own regex splitter (:func:`split_sentences`), never argos's
  MiniSBD/Stanza sentencizers, which download models at the first translation. Over-long sentences
  are cut at commas (:func:`split_long`). Paragraph structure is kept.
* Every sentence is looked up in a :class:`~pipeline.stages.translate.cache.TranslationCache` keyed by
  (model, sentence) first; only misses are translated, each unique one once per run.
* Misses are translated by :class:`ArgosEngine`: the installed argos ``Package`` (its SentencePiece
  tokenizer and target prefix) and a ``ctranslate2.Translator`` with 1 intra thread, greedy decoding
  and an output cap relative to the input length; repeated n-gram loops are cut. It imports
  ``argostranslate.package`` only (0.1 s), not ``argostranslate.translate`` (torch, 3-5 s), and never
  calls ``get_available_packages()``.
* ``translate_many(workers=N)`` sends misses in chunks to a process pool and commits each finished
  chunk to the cache: Ctrl-C loses at most the chunks in flight, and the next run continues.
"""

from __future__ import annotations

import concurrent.futures as futures
import multiprocessing
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from pipeline import config
from pipeline.record import Article
from pipeline.stages.language import UND, detect_language, guess_text
from pipeline.stages.translate.cache import MemoryTranslationCache, TranslationCache
from pipeline.stages.translate.models import TARGET, ModelInfo, import_argos_package, models_by_source
from pipeline.text.datelines import parse_dateline
from pipeline.text.sentences import split_sentences as sentences_of

MAX_SENTENCE_CHARS_CJK = 160  # longer sentences are cut at commas (argos models loop on long input)
MAX_SENTENCE_CHARS = 400
OUTPUT_CAP_RATIO = 4.0  # at most 4 output tokens per input token (+ OUTPUT_CAP_EXTRA)
OUTPUT_CAP_EXTRA = 16
OUTPUT_CAP_MAX = 512
BATCH_SIZE = 16  # sentences per ctranslate2 call
CHUNK_SIZE = 32  # sentences per worker task (and per cache commit)

_SOFT_BREAK = re.compile(r"[，、,：:；;]")
_SPACE = re.compile(r"\s")


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph (no newlines inside a sentence).

    A dateline that opens a paragraph (新华社杭州11月20日电（记者 陈晓燕）, "HANGZHOU, Nov. 19 (Xinhua) --")
    is its own segment: it is a formula, not part of the lead sentence, and models translate it better alone.
    """
    dateline = parse_dateline(text)
    if dateline is not None and 0 < dateline.end < len(text.rstrip()):
        head, rest = text[: dateline.end].strip(), text[dateline.end :]
        return [head, *split_sentences(rest)] if head else split_sentences(rest)
    return [p for s in sentences_of(text) for p in split_long(s)]


def split_long(sentence: str, limit: int | None = None) -> list[str]:
    """Cut an over-long sentence at commas/colons, else at spaces, else anywhere."""
    if limit is None:
        if len(sentence) <= min(MAX_SENTENCE_CHARS_CJK, MAX_SENTENCE_CHARS):
            return [sentence]
        cjk = guess_text(sentence).method == "script"
        limit = MAX_SENTENCE_CHARS_CJK if cjk else MAX_SENTENCE_CHARS
    out: list[str] = []
    rest = sentence
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = max((m.end() for m in _SOFT_BREAK.finditer(window)), default=0)
        if cut < limit // 3:
            cut = max((m.start() for m in _SPACE.finditer(window)), default=0)
        if cut < limit // 3:
            cut = limit
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return [p for p in out if p]


def collapse_repeats(text: str, max_n: int = 8) -> tuple[str, bool]:
    """Cut a loop of a repeated word n-gram (n <= max_n) down to one copy: (text, changed).

    A unigram must repeat 4 times in a row, a longer n-gram 3 times ("of the of the of the").
    """
    words = text.split(" ")
    out: list[str] = []
    changed = False
    i = 0
    while i < len(words):
        step = keep = 0
        for n in range(1, min(max_n, (len(words) - i) // 3) + 1):
            unit = words[i : i + n]
            k = 1
            while words[i + k * n : i + (k + 1) * n] == unit:
                k += 1
            if k >= (4 if n == 1 else 3):
                step, keep = k * n, n
                break
        if step:
            out.extend(words[i : i + keep])
            i += step
            changed = True
        else:
            out.append(words[i])
            i += 1
    return " ".join(out), changed


def output_cap(n_input_tokens: int) -> int:
    return min(OUTPUT_CAP_MAX, int(OUTPUT_CAP_RATIO * n_input_tokens) + OUTPUT_CAP_EXTRA)


# -- argos -------------------------------------------------------------------------------------------


class RegexSentencizer:
    """Drop-in for argostranslate.sbd's sentencizers (constructor ``(pkg)``), downloading nothing."""

    def __init__(self, pkg: Any = None) -> None:
        self.pkg = pkg

    def split_sentences(self, text: str) -> list[str]:
        return split_sentences(text)


def patch_argos_translate(translate: ModuleType | None = None) -> ModuleType:
    """Make argos's own ``argostranslate.translate`` API offline-safe (we do not use it ourselves).

    Replaces the MiniSBD, Stanza and spaCy sentencizers (they download models at the first
    translation) with :class:`RegexSentencizer` and drops argos's cached translation objects.
    Importing ``argostranslate.translate`` imports torch (3-5 s): only call this if you need it.
    """
    if translate is None:
        import_argos_package()  # environment first
        import argostranslate.translate as argos_translate

        translate = argos_translate
    module: Any = translate  # its attributes are replaced: not a plain ModuleType to the type checker
    if getattr(module, "MiniSBDSentencizer", None) is not RegexSentencizer:
        module.MiniSBDSentencizer = RegexSentencizer
        module.StanzaSentencizer = RegexSentencizer
        module.SpacySentencizerSmall = RegexSentencizer
        module.installed_translates.clear()
        module.get_installed_languages.cache_clear()
    return translate


class ArgosEngine:
    """One installed model: argos's Package (tokenizer) + a single-threaded ctranslate2 Translator."""

    def __init__(self, model: ModelInfo, beam_size: int = 1) -> None:
        package = import_argos_package()
        import ctranslate2

        self.model = model
        self.beam_size = beam_size
        self.pkg = package.Package(model.path)
        if not hasattr(self.pkg, "tokenizer"):
            raise RuntimeError(f"{model.name}: no sentencepiece.model or bpe.model in the package")
        self.translator = ctranslate2.Translator(
            str(model.path / "model"), device="cpu", inter_threads=1, intra_threads=1, compute_type="auto"
        )
        self.loops_cut = 0

    def translate_batch(self, sentences: Sequence[str]) -> list[str]:
        tokenizer = self.pkg.tokenizer
        prefix = self.pkg.target_prefix or ""
        tokenized = [tokenizer.encode(s) for s in sentences]
        caps = [output_cap(len(t)) for t in tokenized]
        todo = [i for i, t in enumerate(tokenized) if t]
        out = [""] * len(sentences)
        if not todo:
            return out
        results = self.translator.translate_batch(
            [tokenized[i] for i in todo],
            target_prefix=[[prefix]] * len(todo) if prefix else None,
            replace_unknowns=True,
            max_batch_size=BATCH_SIZE,
            beam_size=self.beam_size,
            num_hypotheses=1,
            length_penalty=0.2,
            max_decoding_length=max(caps[i] for i in todo),
        )
        for i, result in zip(todo, results, strict=True):
            tokens = result.hypotheses[0][: caps[i] + (1 if prefix else 0)]
            value = tokenizer.decode(tokens)
            if prefix and value.startswith(prefix):
                value = value[len(prefix) :]
            value, changed = collapse_repeats(value.strip())
            self.loops_cut += changed
            out[i] = value
        return out


_engines: dict[Path, ArgosEngine] = {}


def get_engine(model: ModelInfo, beam_size: int = 1) -> ArgosEngine:
    engine = _engines.get(model.path)
    if engine is None or engine.model != model or engine.beam_size != beam_size:
        engine = _engines[model.path] = ArgosEngine(model, beam_size)
    return engine


def forget_engines(folder: Path | None = None) -> None:
    """Drop loaded translators (all, or those under ``folder``), e.g. after a model is removed."""
    for path in list(_engines):
        if folder is None or path == folder or folder in path.parents:
            del _engines[path]


# -- worker processes --------------------------------------------------------------------------------

NET_EVENTS = (
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.sendto",
    "urllib.Request",
)
_guard = {"installed": False, "on": False}


def _network_guard(event: str, args: tuple[Any, ...]) -> None:
    if _guard["on"] and event in NET_EVENTS:
        raise ConnectionRefusedError(
            f"network blocked by the wirearchive network guard: {event} {args!r:.120}"
        )


def set_network_guard(on: bool = True) -> None:
    """Make every socket/urllib attempt in this process raise (``on``), or stop doing so.

    An audit hook, installed once. Workers turn it on when ``WIREARCHIVE_NETWORK_GUARD=1``:
    a way to check that a run really stays offline.
    """
    if on and not _guard["installed"]:
        sys.addaudithook(_network_guard)
        _guard["installed"] = True
    _guard["on"] = on


def _worker_init(data_dir: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    os.environ["WIREARCHIVE_DATA"] = data_dir
    if os.environ.get("WIREARCHIVE_NETWORK_GUARD") == "1":
        set_network_guard(True)


def _worker_translate(model: ModelInfo, beam_size: int, sentences: list[str]) -> list[str]:
    return get_engine(model, beam_size).translate_batch(sentences)


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
    for record in records:
        if record.lang is None:
            detect_language(record)
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
        _run_chunks(chunks, workers, beam_size, finished, progress)
    for record, units in zip(records, plans, strict=True):
        _assemble(record, units, done, failed, stats.errors)
    stats.seconds += time.perf_counter() - started
    return records


def _progress_bar(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=total, disable=not enabled, unit="sent", desc="translating", file=sys.stderr, smoothing=0.1
    )


def _run_chunks(
    chunks: list[tuple[ModelInfo, list[str]]],
    workers: int,
    beam_size: int,
    finished: Callable[[ModelInfo, list[str], list[str] | BaseException], None],
    progress: bool,
) -> None:
    total = sum(len(s) for _, s in chunks)
    with _progress_bar(total, progress) as bar:
        if workers <= 1 or len(chunks) == 1:
            for model, sentences in chunks:
                try:
                    result: list[str] | BaseException = get_engine(model, beam_size).translate_batch(
                        sentences
                    )
                except Exception as e:  # noqa: BLE001 - a bad model/sentence must not stop the run
                    result = e
                finished(model, sentences, result)
                bar.update(len(sentences))
            return
        # spawn, not fork: a forked child of a process that already runs ctranslate2/torch threads can hang.
        # Children import only pipeline + argostranslate.package + ctranslate2 (about 0.2 s).
        context = multiprocessing.get_context("spawn")
        pool = futures.ProcessPoolExecutor(
            max_workers=min(workers, len(chunks)),
            mp_context=context,
            initializer=_worker_init,
            initargs=(str(config.data_dir()),),
        )
        try:
            pending = {pool.submit(_worker_translate, model, beam_size, s): (model, s) for model, s in chunks}
            for future in futures.as_completed(pending):
                model, sentences = pending[future]
                try:
                    result = future.result()
                except Exception as e:  # noqa: BLE001
                    result = e
                finished(model, sentences, result)
                bar.update(len(sentences))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: drop queued chunks, keep what is cached
            raise
        pool.shutdown(wait=True)
