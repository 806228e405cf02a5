"""People stage: general fixes found on a second blind Chinese set, modern news text (issue 10,
``bench.people_pages --plain-text``; docs/benchmarks.md, "Real pages nobody tuned on").

Hand-written texts in the shapes that set showed; no name of that set is used here."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.zh_span_repairs import _drop_title_tail


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang="zh")).people


def _by_name(people: list[Person]) -> dict[str, Person]:
    return {p.name: p for p in people}


def test_last_character_of_a_title_before_the_name_is_no_part_of_it() -> None:
    # LAC: 国务委员/ORG 长/PER 金永哲/PER; the CRF took 长金永哲
    text = "国务委员长金永哲出席了会议。"
    assert _drop_title_tail(text, [], 4, 8) == (5, 8)
    assert "金永哲" in _by_name(_people(["朝鲜最高人民会议常任委员会委员长金永哲观摩了演出。"]))


def test_name_right_after_a_title_ending_with_its_surname_keeps_it() -> None:
    # 主任 ends before the name: 任 is the surname of 任志平
    assert _drop_title_tail("办公室主任任志平说", [], 5, 8) == (5, 8)


def test_reporters_listed_in_the_dateline_parenthesis_are_all_reporters() -> None:
    people = _by_name(
        _people(["新华网西宁3月7日专电（文远、扎西卓玛）记者7日从青海省气象局获悉，全省将迎来降雪。"])
    )
    assert people["文远"].kind == "reporter" and people["扎西卓玛"].kind == "reporter"


def test_a_listed_reporter_whose_name_is_also_a_word_is_a_reporter() -> None:
    people = _by_name(_people(["新华社“新华视点”记者孙岩、许可、马卫东2019年全国两会将于3月3日开幕。"]))
    assert {"孙岩", "许可", "马卫东"} <= set(people)
    assert people["许可"].kind == "reporter"


def test_credit_word_inside_the_dateline_parenthesis_is_no_part_of_a_name() -> None:
    people = _by_name(_people(["新华社北京9月2日电（记者林青、周海）国家广播电视总局2日发出通知。"]))
    assert set(people) == {"林青", "周海"}


def test_a_name_cut_short_is_the_longer_name_the_article_gives() -> None:
    # LAC: 李建/PER 明年前/TIME; the article names 李建明 elsewhere
    people = _people(["公司董事长李建明证实了收购的消息。", "李建明年前也曾表示，公司将采取新的战略。"])
    assert [p.name for p in people] == ["李建明"]


def test_part_after_a_hyphen_of_a_transliterated_name_joins_it() -> None:
    # LAC: 詹姆斯/PER -/w 波西/LOC; the CRF stopped at the hyphen
    assert "詹姆斯-波西" in _by_name(_people(["前NBA球员詹姆斯-波西的播客节目请来了多位嘉宾。"]))


def test_a_pseudonym_given_in_the_text_is_the_printed_name() -> None:
    # docs/people.md: 小X（化名） is the person's printed name, not the familiar form of the surname X
    people = _people(["9岁的小花（化名）在学校受了伤。", "小花说，她当时很害怕。"])
    assert [(p.name, p.surname_only) for p in people] == [("小花", False)]


def test_a_familiar_form_without_a_pseudonym_stays_a_surname_reference() -> None:
    people = _people(["小崔说，他当时很害怕。"])
    assert [(p.name, p.surname_only) for p in people] == [("崔", True)]


def test_a_surname_and_jia_is_a_household_not_a_person() -> None:
    from pipeline.stages.people.name_forms import clean_zh_name

    assert clean_zh_name("王家") is None and clean_zh_name("王家明") == "王家明"
    assert clean_zh_name("刘嘉") == "刘嘉"


def test_a_conjunction_glued_to_a_name_is_cut_when_the_article_gives_the_name() -> None:
    # LAC: 习近平和/PER 夫人/n; the article names 习近平 alone elsewhere
    people = _people(["国家主席习近平和夫人彭丽媛会见了代表团。", "习近平对代表团表示欢迎。"])
    assert {p.name for p in people} == {"彭丽媛", "习近平"} and len(people) == 2


def test_china_and_a_country_by_their_abbreviations_are_no_person() -> None:
    from pipeline.stages.people.name_forms import clean_zh_name

    # LAC: 韩中/PER 是/v 近邻/n
    assert _people(["韩中是近邻，中国的困难就是韩国的困难。"]) == []
    assert clean_zh_name("中美") is None and clean_zh_name("韩忠") == "韩忠"


def test_a_form_lac_reads_mostly_as_a_place_is_no_person() -> None:
    # LAC tags the invented 苏尔特 a place three times and a person twice; no title or credit
    people = _people(
        [
            "苏尔特的居民区传出交火声。",
            "目前苏尔特东部已完全处在当局控制之下。",
            "战斗在苏尔特西部继续。",
            "阿里夫说，他们在苏尔特发现了武器。",
            "据报道，苏尔特被捕的人员已被送走。",
        ]
    )
    assert [p.name for p in people] == ["阿里夫"]


def test_a_name_lac_reads_as_a_word_once_stays_a_person() -> None:
    # the CRF finds 宗禾 in the closing parenthesis; LAC reads it as a noun once: not enough to drop it
    people = _people(["他们还批评了这一举动。(宗禾)"])
    assert [p.name for p in people] == ["宗禾"]


def test_an_editors_mark_in_brackets_is_no_name() -> None:
    assert [p.name for p in _people(["张文木：政治人物安危与国家安全（全文）"])] == ["张文木"]


def test_a_three_character_lac_person_opening_a_clause_is_a_candidate() -> None:
    # LAC: ；/w 林书远/PER  /w 4/m ...; the CRF missed such a name in a results line (a score after it)
    from pipeline.stages.people.recognisers import Token
    from pipeline.stages.people.zh_japanese import lac_names_with_titles

    text = "决赛后；林书远 4 比 1 获胜"
    toks = [Token("决赛后", "n", 0, 3), Token("；", "w", 3, 4), Token("林书远", "PER", 4, 7)]
    toks += [Token(" ", "w", 7, 8), Token("4", "m", 8, 9)]
    spans: list[tuple[int, int]] = []
    lac_names_with_titles(text, toks, spans)
    assert spans == [(4, 7)]
    spans = []
    lac_names_with_titles("决赛后林书远", [Token("决赛后", "n", 0, 3), Token("林书远", "PER", 3, 6)], spans)
    assert spans == []  # glued to a noun before it: no clause opening, no title, no speech
    spans = []
    toks = [Token("美", "LOC", 0, 1), Token("、", "w", 1, 2), Token("卢两国", "PER", 2, 5)]
    lac_names_with_titles("美、卢两国", toks, spans)
    assert spans == []  # 、 and ， are inside a clause: no opening


def test_a_doctrine_named_after_a_person_is_no_vote_against_the_name() -> None:
    # LAC reads 马克思主义 as one proper noun; the dev data count 马克思 there a person (drop_eponyms)
    people = _people(["坚持马克思主义。", "马克思主义是指导思想。", "马克思说过这句话。"])
    assert [p.name for p in people] == ["马克思"]


def test_a_cup_named_after_a_person_is_no_vote_against_the_name() -> None:
    # LAC reads the invented 韦伯杯 as one proper noun each time; the dev data count a cup's person a person
    from pipeline.stages.people.recognisers import Token
    from pipeline.stages.people.zh_noise import _lac_votes

    assert _lac_votes("韦伯", [Token("韦伯杯", "nz", 0, 3), Token("韦伯杯", "nz", 5, 8)]) == (0, 0)
    assert _lac_votes("易讯", [Token("易讯网", "nz", 0, 3)]) == (0, 1)  # a site's name does vote
