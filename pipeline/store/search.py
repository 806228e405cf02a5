"""Search forms: how text is indexed and how a user's query is turned into an FTS5 query.

FTS5's unicode61 tokenizer treats a run of Chinese characters as one token, so 文明 would never be
found inside 网络文明大会. The trigram tokenizer needs at least three characters per term, so a
two-character word like 文明 finds nothing either. We index every Chinese run as overlapping character
bigrams (网络 络文 文明 明大 大会 会) and turn a Chinese query into the phrase of its bigrams, which
finds any substring of one or more characters. English words are indexed as words (porter-stemmed).
"""

from __future__ import annotations

import re

from pipeline.text.scripts import CJK_RUN

_TERM = re.compile(r'"([^"]*)"|(\S+)')


def _bigrams(run: str) -> str:
    if len(run) == 1:
        return run
    # every character starts a token: bigrams, then the last character alone
    return " ".join(run[i : i + 2] for i in range(len(run) - 1)) + " " + run[-1]


def search_text(text: str | None) -> str:
    """The indexed form of ``text``: Chinese runs become bigram tokens, everything else stays."""
    if not text:
        return ""
    return CJK_RUN.sub(lambda m: f" {_bigrams(m.group(0))} ", text)


def _term_query(term: str) -> str | None:
    parts: list[str] = []
    pos = 0
    for m in CJK_RUN.finditer(term):
        parts.extend(_word_tokens(term[pos : m.start()]))
        run = m.group(0)
        if len(run) == 1:
            parts.append(f"{run}*")  # a one-character search: any token starting with it
        else:
            parts.append('"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"')
        pos = m.end()
    parts.extend(_word_tokens(term[pos:]))
    return " ".join(parts) or None


def _phrase_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    for m in CJK_RUN.finditer(text):
        tokens.extend(re.findall(r"\w+", text[pos : m.start()]))
        run = m.group(0)
        tokens.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
        pos = m.end()
    tokens.extend(re.findall(r"\w+", text[pos:]))
    return tokens


def _word_tokens(text: str) -> list[str]:
    return [f'"{w}"' for w in re.findall(r"\w+", text)]


def fts_query(query: str) -> str:
    """A user's search (words and Chinese, "quoted phrases") as an FTS5 MATCH expression (all terms)."""
    clauses: list[str] = []
    for m in _TERM.finditer(query or ""):
        if m.group(1) is not None:  # a quoted phrase: keep word order
            tokens = _phrase_tokens(m.group(1))
            if tokens:
                clauses.append('"' + " ".join(tokens) + '"')
            continue
        clause = _term_query(m.group(2))
        if clause:
            clauses.append(clause)
    # A query with nothing searchable (only punctuation) matches nothing, instead of a syntax error.
    return " ".join(clauses) or '""'
