"""People stage: a transliterated name the CRF cut one character short of the person word LAC reads from the same
start ends where LAC's word ends (issue 10, round 6: the ninth blind set's 伊朗总统佩泽希齐扬当地时间… gave
佩泽希齐); not when that character opens a title (…坚赞副委员长, a NER dev name). Invented names; the 12 joined
cases fail on main d37d29c, the title guard passes on both (the NER dev case is real). Left: names cut two characters short, or cut by LAC too (萨尔基希扬 → 萨尔基)."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(text: str) -> set[str]:
    people = find_people(Article(paragraphs=[text], lang="zh")).people
    return {form for person in people for form in person.forms}


NAMES = ["卡拉米希扬", "阿鲁秋尼扬", "巴格达萨扬", "米纳希齐扬"]
FRAMES = [
    "综合外媒报道，伊朗总统{}当地时间23日在联合国大会发表讲话。",
    "据报道，亚美尼亚总理{}当地时间5日抵达莫斯科。",
    "消息人士称，外长{}当地时间周一将出访。",
]
CASES = [(frame.format(name), name) for frame in FRAMES for name in NAMES]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_cut_transliteration_ends_where_lac_reads_it(text: str, name: str) -> None:
    assert name in _forms(text)


def test_a_title_character_is_not_taken() -> None:
    assert not any(f.endswith("副") for f in _forms("会议请阿旺多吉·次仁坚赞副委员长出席，研究这个问题。"))
