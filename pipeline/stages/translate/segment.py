"""Translation units and output guards: what is sent to a model, and what is kept of its answer.

Text is split into sentences by the project's own splitter (pipeline/text/sentences.py), never argos's
MiniSBD/Stanza sentencizers, which download models at the first translation. A dateline that opens a
paragraph is its own unit; over-long sentences are cut at commas (argos models loop on long input); the
output is capped relative to the input, and repeated n-gram loops are cut.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.text.datelines import parse_dateline
from pipeline.text.langid import guess_text
from pipeline.text.sentences import split_sentences as sentences_of

MAX_SENTENCE_CHARS_CJK = 160  # longer sentences are cut at commas (argos models loop on long input)
MAX_SENTENCE_CHARS = 400
OUTPUT_CAP_RATIO = 4.0  # at most 4 output tokens per input token (+ OUTPUT_CAP_EXTRA)
OUTPUT_CAP_EXTRA = 16
OUTPUT_CAP_MAX = 512
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
    if len(words) < 4 or max(Counter(words).values()) < 3:
        return text, False  # a loop repeats its words at least three times: most sentences have none
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
