"""People stage: a LAC person word joined by 和 / 与 / 、 to a name the recognisers found is a person too (引进了阿扎尔和
约维奇: the CRF read the first as a place; the fourteenth Chinese set, dev; docs/people.md). Tokens built by hand, so
the rule is tested without the recognisers."""

from __future__ import annotations

from helpers import lac_tokens_from

from pipeline.stages.people.zh_lists import lac_persons_beside_names


def test_a_lac_person_joined_to_a_found_name_is_a_person() -> None:
    toks = lac_tokens_from(
        ("引进", "v"), ("了", "u"), ("卡萨尔", "PER"), ("和", "c"), ("约维尼", "PER"), ("。", "w")
    )
    text = "".join(t.word for t in toks)
    spans = [(7, 10)]  # 约维尼, found by the recognisers
    lac_persons_beside_names(text, toks, spans)
    assert (3, 6) in spans


def test_a_lac_person_far_from_a_name_or_holding_a_foundation_is_not_added() -> None:
    toks = lac_tokens_from(("卡萨尔", "PER"), ("来到", "v"), ("北京", "LOC"), ("，", "w"), ("约维尼", "PER"))
    text = "".join(t.word for t in toks)
    spans = [(8, 11)]
    lac_persons_beside_names(text, toks, spans)
    assert spans == [(8, 11)]
    toks = lac_tokens_from(("比尔", "PER"), ("和", "c"), ("梅琳达·盖茨基金会", "PER"))
    text = "".join(t.word for t in toks)
    spans = [(0, 2)]
    lac_persons_beside_names(text, toks, spans)
    assert spans == [(0, 2)]
