"""Search forms: how text is indexed and how a reader's query becomes an FTS5 query.

FTS5's unicode61 tokenizer treats a run of Chinese characters as one token, so 文明 would never be
found inside 网络文明大会. The trigram tokenizer needs at least three characters per term, so a
two-character word like 文明 finds nothing either. We index every Chinese run as overlapping character
bigrams (网络 络文 文明 明大 大会 会) and turn a Chinese query into the phrase of its bigrams, which
finds any substring of one or more characters. English words are indexed as words (porter-stemmed).

The query language (docs/search.md): words and Chinese terms must all match; ``"quoted phrases"`` keep
their order; ``OR`` between two terms matches either; ``NOT term`` or ``-term`` excludes; ``word*`` is a
prefix. A term that names a person the pipeline linked across languages (王建国, "Wang Jianguo") matches
every full form of that person's name, so a Chinese name finds the English coverage and the reverse.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from pipeline.text.names import name_key
from pipeline.text.scripts import CJK_RUN, has_han

# A name -> every full form of the person it names ([] when it names no one the archive knows).
PeopleLookup = Callable[[str], list[str]]

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_OPERATORS = {"OR", "NOT"}
_LATIN_WORD = re.compile(r"\w+")
_MAX_NAME_WORDS = 3  # "Wang Jianguo", "Ursula von der Leyen" would need 4: good enough for Chinese names
# The version of the indexed forms (search_text, article_search_columns). The search index is contentless: it
# forgets an article only when given the forms it indexed, so a change of forms must rebuild it (the store
# does when meta.search_forms differs).
SEARCH_FORMS_VERSION = "3"


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


def article_search_columns(
    title: str | None,
    body: str | None,
    title_en: str | None,
    body_en: str | None,
    flags: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """The indexed form of each column of ``articles_search`` for one article.

    ``flags`` are the (part, target) of its doubtful English sentences (``translation_flags``): they are
    taken out of ``title_en`` / ``body_en`` and indexed in ``flagged_en``, whose bm25 weight is low, so a
    hit that only a doubtful sentence gives ranks below the others. An English original's ``title_en`` /
    ``body_en`` repeat its ``title`` / ``body``: they are indexed once.
    """
    english = {
        "title": "" if title_en == title else title_en or "",
        "body": "" if body_en == body else body_en or "",
    }
    flagged = []
    for part, target in flags:
        if target and part in english and target in english[part]:
            english[part] = english[part].replace(target, " ", 1)
            flagged.append(target)
    return {
        "title": search_text(title),
        "body": search_text(body),
        "title_en": search_text(english["title"]),
        "body_en": search_text(english["body"]),
        "flagged_en": search_text("\n".join(flagged)),
    }


# -- the query language --------------------------------------------------------------------------------
@dataclass
class Term:
    text: str
    phrase: bool = False  # "quoted": tokens in order
    negated: bool = False
    alternatives: list[str] = field(default_factory=list)  # person forms the term expands to


def parse(query: str) -> list[list[Term]]:
    """The query as a list of OR-groups (each a list of alternatives); groups all must match."""
    groups: list[list[Term]] = []
    pending_or = pending_not = False
    for m in _TOKEN.finditer(query or ""):
        if m.group(3) in _OPERATORS:
            pending_or, pending_not = m.group(3) == "OR" and bool(groups), m.group(3) == "NOT"
            continue
        if m.group(2) is not None:
            term = Term(m.group(2), phrase=True, negated=bool(m.group(1)))
        else:
            word = m.group(3)
            term = Term(word.lstrip("-"), negated=word.startswith("-") and len(word) > 1)
        term.negated = term.negated or pending_not
        if pending_or and not term.negated and not groups[-1][0].negated:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = pending_not = False
    return groups


def _phrase_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    for m in CJK_RUN.finditer(text):
        tokens.extend(_LATIN_WORD.findall(text[pos : m.start()]))
        run = m.group(0)
        tokens.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
        pos = m.end()
    tokens.extend(_LATIN_WORD.findall(text[pos:]))
    return tokens


def _phrase(text: str) -> str | None:
    tokens = _phrase_tokens(text)
    return '"' + " ".join(tokens) + '"' if tokens else None


def _term_clause(term: Term) -> str | None:
    """One term as FTS5: a phrase, or its words and Chinese runs all required; ``word*`` a prefix."""
    if term.alternatives:
        phrases = [p for p in (_phrase(form) for form in term.alternatives) if p]
        return "(" + " OR ".join(phrases) + ")" if phrases else None
    if term.phrase:
        return _phrase(term.text)
    prefix = term.text.endswith("*")
    text = term.text.rstrip("*")
    parts: list[str] = []
    pos = 0
    for m in CJK_RUN.finditer(text):
        parts.extend(f'"{w}"' for w in _LATIN_WORD.findall(text[pos : m.start()]))
        run = m.group(0)
        # a one-character search: any token starting with it; longer runs: the phrase of their bigrams
        parts.append(f"{run}*" if len(run) == 1 else _phrase(run) or "")
        pos = m.end()
    words = [f'"{w}"' for w in _LATIN_WORD.findall(text[pos:])]
    if prefix and words:
        words[-1] += "*"
    parts.extend(words)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def expand_people(groups: list[list[Term]], people: PeopleLookup | None) -> list[list[Term]]:
    """Replace a run of terms that names a known person (王建国; Wang Jianguo) by all the person's names.

    Candidates: a quoted phrase, a Chinese term, or two or three consecutive plain words (a name). Only
    plain required terms are joined into a name: ``Wang OR Li`` stays as typed.
    """
    if people is None:
        return groups
    out: list[list[Term]] = []
    i = 0
    while i < len(groups):
        group = groups[i]
        term = group[0]
        if len(group) > 1 or term.negated or term.text.endswith("*"):
            out.append([_expanded(t, people) for t in group])
            i += 1
            continue
        for width in range(_MAX_NAME_WORDS, 1, -1):  # the longest name first
            window = groups[i : i + width]
            if len(window) == width and all(_plain_word(g) for g in window):
                forms = people(" ".join(g[0].text for g in window))
                if forms:
                    out.append([Term(" ".join(g[0].text for g in window), alternatives=forms)])
                    i += width
                    break
        else:
            out.append([_expanded(term, people)])
            i += 1
    return out


def _plain_word(group: list[Term]) -> bool:
    term = group[0]
    return (
        len(group) == 1
        and not term.phrase
        and not term.negated
        and term.text.isalpha()
        and term.text.isascii()
    )


def _expanded(term: Term, people: PeopleLookup) -> Term:
    if term.negated or term.text.endswith("*") or not (term.phrase or has_han(term.text)):
        return term
    forms = people(term.text)
    if forms:
        return Term(term.text, negated=term.negated, alternatives=forms)
    return term


def fts_query(query: str, people: PeopleLookup | None = None) -> str:
    """A reader's search as an FTS5 MATCH expression (see the module docstring for the language).

    Punctuation and FTS syntax in a query are searched as text, never a syntax error; a query with
    nothing searchable, or only exclusions, matches nothing.
    """
    groups = expand_people(parse(query), people)
    required: list[str] = []
    excluded: list[str] = []
    for group in groups:
        clauses = [c for c in (_term_clause(t) for t in group) if c]
        if not clauses:
            continue
        clause = clauses[0] if len(clauses) == 1 else "(" + " OR ".join(clauses) + ")"
        (excluded if group[0].negated else required).append(clause)
    if not required:
        return '""'
    expression = " AND ".join(required)
    for clause in excluded:
        expression = f"({expression}) NOT {clause}"
    return expression


def unflagged_query(expression: str) -> str:
    """The same search limited to the columns that are not doubtful translations (see ``flagged_en``)."""
    return "{title body title_en body_en} : (" + expression + ")"


# -- people, through the links the pipeline makes --------------------------------------------------------
def people_lookup(conn: sqlite3.Connection) -> PeopleLookup:
    """A :data:`PeopleLookup` over the ``people`` table of ``conn`` (by ``people.key``: an index)."""

    def forms(name: str) -> list[str]:
        key = name_key(name)
        if not key or key.startswith("~") or (" " not in key and not has_han(name)):
            return []  # one Latin word ("Wang") is a surname, not a person
        try:
            row = conn.execute("select name_en, name_zh, forms from people where key = ?", [key]).fetchone()
        except sqlite3.OperationalError:  # a database without our tables (Datasette's own, a test's)
            return []
        if row is None:
            return []
        seen = {row[0], row[1], *json.loads(row[2] or "[]")}
        full = sorted(f for f in seen if f and name_key(f) == key and (len(f) > 1 or not has_han(f)))
        # 文化 reads "wen hua": it finds Wen Hua's coverage only if 文化 is one of that person's names
        if has_han(name) and name not in full:
            return []
        return full

    return forms


# -- highlighting ------------------------------------------------------------------------------------------
def highlight_patterns(query: str, people: PeopleLookup | None = None) -> list[re.Pattern[str]]:
    """Regular expressions for what a query looks for in the stored text (its required terms)."""
    patterns: list[re.Pattern[str]] = []
    for group in expand_people(parse(query), people):
        for term in group:
            if term.negated:
                continue
            for text in term.alternatives or [term.text]:
                patterns.extend(_text_patterns(text, exact=term.phrase or bool(term.alternatives)))
    return patterns


def _text_patterns(text: str, exact: bool) -> list[re.Pattern[str]]:
    prefix = text.endswith("*")
    text = text.rstrip("*")
    if exact:
        pieces = [re.escape(p) for p in re.split(r"\s+", text.strip()) if p]
        return [re.compile(r"\s+".join(pieces), re.IGNORECASE)] if pieces else []
    patterns = [re.compile(re.escape(run)) for run in CJK_RUN.findall(text)]
    for word in _LATIN_WORD.findall(CJK_RUN.sub(" ", text)):
        # porter stemming finds organizers for organizer: mark the word's stem and what follows it
        stem = word if len(word) <= 4 and not prefix else word[: max(4, len(word) - 2)]
        tail = r"\w*" if (prefix or stem != word) else r"\b"
        patterns.append(re.compile(r"\b" + re.escape(stem) + tail, re.IGNORECASE))
    return patterns


def snippet(
    text: str | None, patterns: Sequence[re.Pattern[str]], width: int = 180
) -> list[tuple[str, bool]]:
    """A window of ``text`` around its first match, as (piece, is_match) segments (escape when rendering)."""
    if not text:
        return []
    text = " ".join(text.split())
    matches = [m for p in patterns for m in p.finditer(text) if m.end() > m.start()]
    first = min((m.start() for m in matches), default=0)
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    segments: list[tuple[str, bool]] = [("…", False)] if start else []
    pos = start
    for m in sorted((m for m in matches if m.start() >= start and m.end() <= end), key=lambda m: m.start()):
        if m.start() < pos:
            continue
        segments += [(text[pos : m.start()], False), (m.group(0), True)]
        pos = m.end()
    segments.append((text[pos:end], False))
    if end < len(text):
        segments.append(("…", False))
    return [s for s in segments if s[0]]
