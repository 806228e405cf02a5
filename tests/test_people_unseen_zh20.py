"""People stage: general fixes found on a blind Chinese set of state-media and wire bodies (people_unseen_zh20,
``bench.people_pages --bodies``; docs/benchmarks.md, "Real pages nobody tuned on").

Hand-written texts in the shapes that set showed; no name of that set is used here."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.people import find_people
from pipeline.stages.people.zh_span_repairs import _drop_title_head


def _names(paragraphs: list[str]) -> set[str]:
    return {p.name for p in find_people(Article(paragraphs=paragraphs, lang="zh")).people}


def test_name_glued_to_the_next_credit_word_of_a_run_together_credit_line_ends_before_it() -> None:
    # print papers run the credits together: 记者秦岚通讯员韩晓宇 read as 秦岚通 | 讯员
    assert _names(["法制晚报记者秦岚通讯员韩晓宇"]) == {"秦岚", "韩晓宇"}
    assert _names(["滨海日报记者郑红实习生马骁"]) == {"郑红", "马骁"}
    assert _drop_title_head("记者秦岚通讯员韩晓宇", [], 2, 5) == (2, 4)
    # a three-character name before a credit word keeps its last character
    assert _drop_title_head("记者秦晓岚通讯员韩晓宇", [], 2, 5) == (2, 5)


def test_zuo_before_the_report_a_named_person_gives_is_cut_off_the_name() -> None:
    # official copy: X作关于…的报告 ("X gave the report on …"); the article also names X alone
    names = _names(
        ["市人大常委会副主任林东出席会议。", "会议听取财经委员会主任委员林东作关于预算执行情况的报告。"]
    )
    assert names == {"林东"}


def test_a_transliteration_with_a_model_designation_after_it_is_a_weapon_not_a_person() -> None:
    # international copy names missiles and aircraft so: a hyphen, a number or capitals, the weapon noun
    assert _names(["该国军队动用巴尔坎德-450导弹袭击了港口，发言人科瓦列夫说。"]) == {"科瓦列夫"}
    assert _names(["演习中发射了“萨尔迪克-K”，国防部长马雷诺出席。"]) == {"马雷诺"}
    # a player's score after a dash is no model
    assert _names(["比赛结束后，汤普金斯-3分球命中率创新低。"]) == {"汤普金斯"}
