"""People stage: general fixes found on a blind Chinese set of police features, Taiwan and Hong Kong sport,
state-media meetings, tennis, Malaysian Chinese press, Taiwan politics and Japan-Korea news
(people_unseen_zh24, ``bench.people_pages --bodies``; docs/benchmarks.md, "Fourteenth session").

Hand-written texts in the shapes that set showed; no name of that set is used here."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.people import find_people
from pipeline.stages.people.famous import _long_form_on_word_bounds
from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.zh_candidates import _in_dateline_place, _name_after_title
from pipeline.stages.people.zh_span_repairs import _cut_lac_glued_words, _extend_cut_given_name


def _names(paragraphs: list[str]) -> set[str]:
    return {p.name for p in find_people(Article(paragraphs=paragraphs, lang="zh")).people}


def test_a_malay_name_after_datuk_seri_is_a_person() -> None:
    # the recognisers never saw the Malay name; the honorific says a name follows
    names = _names(["(怡保5日讯)霹雳州行政议员拿督斯里卡马鲁丁今日说,州政府将拨款修路。"])
    assert "卡马鲁丁" in names
    assert not any(n.startswith("拿督") for n in names)


def test_a_chinese_name_after_datuk_ends_before_the_adverb() -> None:
    names = _names(["该职务将由州行政议员拿督黄志豪暂代。"])
    assert "黄志豪" in names


def test_a_name_after_tunku_is_a_person_without_the_title() -> None:
    names = _names(["森州议员已获端姑慕扎法鲁丁委任为新任州务大臣。"])
    assert "慕扎法鲁丁" in names


def test_a_shrine_deity_and_london_are_not_names_after_an_honorific() -> None:
    names = _names(["村民到拿督公庙祈福后,再乘车前往伦敦市政厅参观。"])
    assert not names


def test_a_crown_princes_title_is_not_part_of_his_name() -> None:
    names = _names(["柔州王储依德里斯今日在新山出席开斋节活动。"])
    assert "依德里斯" in names
    assert "王储依德里斯" not in names


def _toks(pairs: list[tuple[str, str]]) -> list[Token]:
    out, pos = [], 0
    for word, tag in pairs:
        out.append(Token(word=word, tag=tag, start=pos, end=pos + len(word)))
        pos += len(word)
    return out


def test_a_modal_verb_the_recogniser_ran_into_a_name_is_cut_off() -> None:
    # 钱卫 | 会 | 商谈: "will discuss"; LAC's cut after the person word stands
    toks = _toks([("副部长", "n"), ("钱卫", "PER"), ("会", "v"), ("商谈", "v")])
    text = "".join(t.word for t in toks)
    assert _cut_lac_glued_words(text, toks, 3, 6) == (3, 5)
    # and the cut name is not completed again with the modal
    assert _extend_cut_given_name(text, toks, 3, 5) == (3, 5)


def test_a_two_character_adverb_after_a_surname_is_cut_off() -> None:
    toks = _toks([("邵", "PER"), ("立刻", "d"), ("召集", "v")])
    text = "".join(t.word for t in toks)
    assert _cut_lac_glued_words(text, toks, 0, 3) == (0, 1)


def test_a_one_character_adverb_ending_a_given_name_is_kept() -> None:
    # 均 ("all") and 曾 ("once") are given names' last characters too
    for last in ("均", "曾"):
        toks = _toks([("余思", "PER"), (last, "d"), ("表示", "v")])
        text = "".join(t.word for t in toks)
        assert _cut_lac_glued_words(text, toks, 0, 3) == (0, 3)


def test_a_one_character_adjective_before_a_transliterated_name_is_cut_off() -> None:
    # 不 | 久 | 马卡雷 ("before long, Makare …"): the CRF ran 久 into the name
    toks = _toks([("不", "d"), ("久", "a"), ("马卡雷", "PER"), ("总统", "n")])
    text = "".join(t.word for t in toks)
    assert _cut_lac_glued_words(text, toks, 1, 5) == (2, 5)


def test_two_persons_joined_by_a_conjunction_are_not_one_name() -> None:
    # 夫人许丽华同马卡雷合影: the recogniser ran the two persons and 同 ("with") into one name
    toks = _toks([("夫人", "n"), ("许丽华", "PER"), ("同", "PER"), ("马卡雷", "PER"), ("合影", "v")])
    text = "".join(t.word for t in toks)
    assert _cut_lac_glued_words(text, toks, 2, 9) == (2, 5)
    names = _names(["这是主席和夫人许丽华同马卡雷和夫人合影留念。"])
    assert {"许丽华", "马卡雷"} <= names
    assert not any("同" in n for n in names)


def test_a_long_famous_form_counts_whatever_lac_tags_its_pieces() -> None:
    # 首相 | 高/a | 远/a | 山川/n 於…: four characters on LAC word boundaries, pieces of any tag
    toks = _toks([("首相", "n"), ("高", "a"), ("远", "a"), ("山川", "n"), ("於", "p")])
    assert _long_form_on_word_bounds(toks, 2, 6)
    # not a form cut inside a LAC word, nor a three-character one
    assert not _long_form_on_word_bounds(toks, 2, 5)
    assert not _long_form_on_word_bounds(toks, 3, 6)


def test_a_given_names_last_character_before_a_time_word_completes_the_name() -> None:
    # 教练 | 孙登 | 盛 | 賽後 | 說: a time word after the lone character, as a verb or punctuation does
    toks = _toks([("教練", "n"), ("孫登", "PER"), ("盛", "v"), ("賽後", "TIME"), ("說", "v")])
    text = "".join(t.word for t in toks)
    assert _extend_cut_given_name(text, toks, 2, 4) == (2, 5)


def test_a_common_adjective_after_a_title_is_no_name() -> None:
    # 议员 | 成功/a 「…」: "successfully", led by the surname 成; a rarer word there stays a name (高明)
    for word, expected in (("成功", None), ("高明", (3, 5))):
        toks = _toks([("县", "n"), ("议员", "n"), (word, "a"), ("「", "w"), ("转换", "v")])
        text = "".join(t.word for t in toks)
        assert _name_after_title(text, toks, 1) == expected


def test_the_place_of_a_bracketed_dateline_is_no_name() -> None:
    # (亚庇12日讯): a Malaysian paper's dateline, a place then the day
    span = (1, 3)
    assert _in_dateline_place("(亚庇12日讯)州政府今日宣布。", span)
    assert not _in_dateline_place("(记者 邝文)州政府今日宣布。", (4, 6))
