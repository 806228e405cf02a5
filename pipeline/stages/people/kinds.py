"""The kind of a mention: a credit (reporter / photographer / editor, see credits.py), ``quoted`` when a
speech verb belongs to the person (no other person between them) or the person is the only one of a sentence
carrying a quotation, else ``mentioned``. The rules are tables of module-level tests, tried in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.stages.people.credits import en_credit_kind, zh_credit_kind
from pipeline.stages.people.mentions import Mention
from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.vocabulary import patterns, simplify, vocabulary
from pipeline.text.sentences import sentence_bounds

Span = tuple[int, int]

# --------------------------------------------------------------------------------------------- Chinese


def _speech_verb_in_clause(text: str, toks: list[Token], start: int, end: int) -> bool:
    """A speech verb after the name in the same clause, with no other person in between (据…称 before it)."""
    speech = vocabulary().speech_zh
    for word, tag, s, _e in toks:
        if s < end:
            if word in speech and s >= start - 3 and text[s - 1 : s] == "据":
                return True
            continue
        if tag == "PER" or word in {"。", "；", "！", "？"} or s - end > 30:
            return False
        if word in speech and tag.startswith("v"):
            return True
    return False


def _according_to_name(text: str, toks: list[Token], start: int, end: int) -> bool:
    """据<name>介绍 / 透露 / 称."""
    return bool(
        re.search(r"据$", text[max(0, start - 1) : start])
        and re.match(r"^\s*(?:介绍|透露|称)", text[end : end + 12])
    )


ZH_QUOTED_RULES: tuple[Callable[[str, list[Token], int, int], bool], ...] = (
    _speech_verb_in_clause,
    _according_to_name,
)


def zh_kind(text: str, toks: list[Token], start: int, end: int) -> str:
    """The kind of the Chinese name at ``start:end`` of ``text`` (``toks``: LAC's tokens of ``text``)."""
    credit = zh_credit_kind(text, start, end)
    if credit:
        return credit
    if any(rule(text, toks, start, end) for rule in ZH_QUOTED_RULES):
        return "quoted"
    return "mentioned"


def zh_pronoun_speech(text: str, mentions: list[Mention]) -> None:
    """张国栋……是县交通运输局局长。他告诉记者，…: a 他/她 speech sentence right after the sentence of the only
    person named there makes that person quoted (他们 / 她们 do not count)."""
    pronoun = patterns().zh_pronoun_speech
    for m in mentions:
        if m.kind != "mentioned":
            continue
        s0, s1 = sentence_bounds(text, m.start, True)
        if any(x is not m and s0 <= x.start < s1 and x.form != m.form for x in mentions):
            continue
        if pronoun.match(simplify(text[s1:])):
            m.kind = "quoted"


# --------------------------------------------------------------------------------------------- English

_CONTRIBUTED_EN = re.compile(
    r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b", re.I
)
_DECLARE_EN = frozenset({"declared", "declares"})


@dataclass(frozen=True)
class _EnglishName:
    """An English name at ``start:end`` of ``text``, in the sentence ``s0:s1``; ``others``: the spans of the
    other names of the text unit."""

    text: str
    start: int
    end: int
    others: list[Span]
    s0: int
    s1: int

    @property
    def sentence(self) -> str:
        return self.text[self.s0 : self.s1]

    def alone_in_sentence(self) -> bool:
        return not any(self.s0 <= o[0] < self.s1 for o in self.others)


def _declare_is_speech(text: str, vs: int, ve: int) -> bool:
    """ "declared that …", "declared: “…”", "“…,” he declared." are speech; "declared the Games open" is not."""
    if re.match(r"\s*(?:that\b|[:“\"]|,\s*[“\"]|[.!?]|$)", text[ve:]):
        return True
    return bool(
        re.search(r"[”\"]\s*,?\s*(?:[A-Z][\w'-]*\s+){0,3}$|,\s*[”\"]\s*$", text[max(0, vs - 60) : vs])
    )


def _contributed_to_report(n: _EnglishName) -> bool:
    """ "Associated Press writer Kevin Tran contributed to this report." / "A and B contributed reporting."."""
    contrib = _CONTRIBUTED_EN.search(n.sentence)
    return bool(contrib and n.start < n.s0 + contrib.start())


def _speech_verb_of_name(n: _EnglishName) -> bool:
    """ "X, role, said" / "said X", "according to X", with no other person between verb and name."""
    text, start, end, others = n.text, n.start, n.end, n.others
    for m in patterns().speech_en.finditer(n.sentence):
        vs, ve = n.s0 + m.start(), n.s0 + m.end()
        if m.group(0).lower() in _DECLARE_EN and not _declare_is_speech(text, vs, ve):
            continue  # "declared the Games open": an act, not a quotation
        if vs >= end:  # "X, role, said"
            if not any(end <= o[0] < vs for o in others) and vs - end <= 220:
                if not re.search(r"[.!?]\s|[“\"]", text[end:vs]) or text[end:vs].count(",") >= 1:
                    return True
        elif ve <= start:  # "said X", "according to X"
            gap = text[ve:start]
            if (
                len(gap) <= 60
                and not any(ve <= o[0] < start for o in others)
                and not re.search(r"[.,;]", gap)
            ):
                return True
    return False


def _only_person_with_quotation(n: _EnglishName) -> bool:
    """ "Mayor X called the vote "a historic moment."": the one person of a sentence carrying a quotation."""
    quote = re.search(r"[“\"]([^”\"]{12,})[”\"]", n.sentence)
    if quote and n.alone_in_sentence():
        return not (n.s0 + quote.start() <= n.start < n.s0 + quote.end())
    return False


def _pronoun_speech_after(n: _EnglishName) -> bool:
    """ "Jonas Weber is the chief economist of … He said …": a He/She speech sentence right after the sentence
    of the only person named there."""
    return n.alone_in_sentence() and bool(patterns().pronoun_speech_en.match(n.text[n.s1 :]))


# (kind, test), first match wins
EN_SPEECH_RULES: tuple[tuple[str, Callable[[_EnglishName], bool]], ...] = (
    ("reporter", _contributed_to_report),
    ("quoted", _speech_verb_of_name),
    ("quoted", _only_person_with_quotation),
    ("quoted", _pronoun_speech_after),
)


def en_kind(text: str, start: int, end: int, others: list[Span]) -> str:
    """The kind of the English name at ``start:end`` of ``text``; ``others``: the other names' spans."""
    credit = en_credit_kind(text, start)
    if credit:
        return credit
    s0, s1 = sentence_bounds(text, start, False)
    name = _EnglishName(text, start, end, others, s0, s1)
    return next((kind for kind, test in EN_SPEECH_RULES if test(name)), "mentioned")
