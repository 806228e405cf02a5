"""People stage: general fixes found on a blind Chinese set of local, court, business, sports, culture and
international news bodies (people_unseen_zh23, ``bench.people_pages --bodies``; docs/benchmarks.md, "Fourteenth
session").

Hand-written texts in the shapes that set showed; no name of that set is used here."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.zh_candidates import (
    _lac_players_in_match_reports,
    _names_after_titles,
    _names_in_parentheses,
)
from pipeline.stages.people.zh_foreign import join_adjacent_transliterations


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang="zh")).people


def _names(paragraphs: list[str]) -> set[str]:
    return {p.name for p in _people(paragraphs)}


def test_correspondents_in_the_dateline_parenthesis_are_each_a_person() -> None:
    # the recognisers read two names set apart by a space as one; the credit reader reads each
    names = _names(["长河日报讯（通讯员 孔德明 陶雨禾 严文轩）长河县检察院近日办结一起合同诈骗案。"])
    assert {"孔德明", "陶雨禾", "严文轩"} <= names
    assert not any(" " in n for n in names)


def test_a_desk_after_an_other_label_stays_out_of_the_parenthesis_reading() -> None:
    names = _names(["长河日报讯（出品 长河融媒 制作 孔德明）今年长河两岸新添绿道三十公里。"])
    assert "长河融媒" not in names


def test_a_two_character_name_padded_with_a_space_in_a_credit_line() -> None:
    people = {p.name: p for p in _people(["市政府今天召开会议，部署秋冬防火工作。", "二审：严 禾"])}
    assert "严禾" in people and people["严禾"].kind == "editor"


def test_a_closing_credit_of_a_padded_two_character_name() -> None:
    names = _names(["长河乐团将于下月在省城举行巡演，共演出十二首新歌。（陶 禾）"])
    assert "陶禾" in names


def test_a_cast_note_and_a_hong_kong_speech_verb_are_no_part_of_the_name() -> None:
    names = _names(
        [
            "电影讲述一名邮差的故事，严文轩在片中饰演邮差（严文轩饰），孔雨禾继《长河》后再度出演。",
            "孔雨禾指，拍摄期间天气炎热。严文轩指，剧组十分团结。",
        ]
    )
    assert {"严文轩", "孔雨禾"} <= names
    assert not any(n.endswith(("饰", "指", "继")) for n in names)


def test_a_resident_named_by_surname_after_the_noun_of_who_he_is() -> None:
    people = {
        p.name: p for p in _people(["12号楼业主陶女士：楼道里的灯坏了半年。", "车主严先生：停车位太少了。"])
    }
    assert people["陶"].surname_only and people["严"].surname_only


def test_a_title_ending_with_a_surname_character_before_mr_is_no_person() -> None:
    # 长 of 秘书长 is a surname too: 秘书长先生 is "Mr Secretary-General"
    assert "长" not in _names(["他表示，秘书长先生本月将出席论坛。"])


def test_a_relative_named_by_the_family_surname_is_no_name() -> None:
    names = _names(["严某某的代理律师提到，严父严立新已向法院提出申诉。", "他随后将孔家大儿子孔文强送医。"])
    assert "严立新" in names and "孔文强" in names
    assert "严父" not in names and not any(n.startswith("孔家") for n in names)


def test_a_carmaker_named_after_a_person_is_no_person() -> None:
    names = _names(["据报道，特斯拉今年在华销量增长，唐宁街发言人对此未予置评。"])
    assert "特斯拉" not in names and "唐宁街" not in names


def test_a_box_score_list_reads_each_player_before_his_figures() -> None:
    names = _names(
        [
            "客队：阿布拉莫维茨31分5篮板、马卡利斯特18分9篮板3助攻、斯特罗曼12分4助攻、瓦尔加斯9分、"
            "范德维尔德8分2篮板、奥孔科沃6分1篮板。"
        ]
    )
    assert {"马卡利斯特", "斯特罗曼", "瓦尔加斯"} <= names
    assert not any(c.isdigit() for n in names for c in n)


def test_two_transliteration_pieces_before_one_latin_original_are_one_name() -> None:
    # the recognisers may read the given and family parts apart (史密斯 alone is no transliteration word by
    # the character tables: 密); the original in brackets right after names the whole run
    text = "替补出发的科尼史密斯（Ray Coney-Smith）拿下14分。"
    a = text.index("科尼")
    spans = [(a, a + 2), (a + 2, a + 5)]
    assert join_adjacent_transliterations(text, spans) == [(a, a + 5)]
    plain = "会上，科尼史密斯发言。"
    b = plain.index("科尼")
    assert join_adjacent_transliterations(plain, [(b, b + 2), (b + 2, b + 5)]) == [(b, b + 2), (b + 2, b + 5)]


def _tokens(text: str, words: list[tuple[str, str]]) -> list[Token]:
    out, pos = [], 0
    for word, tag in words:
        start = text.index(word, pos)
        out.append(Token(word=word, tag=tag, start=start, end=start + len(word)))
        pos = start + len(word)
    return out


def test_a_player_lac_reads_in_a_match_report_is_a_candidate() -> None:
    # the CRF may miss a player named without a title or team; LAC's person word stands where two words of a
    # match report do
    text = "第30分钟,严德旭送出直塞,孔令超射门被扑出。"
    toks = _tokens(
        text,
        [("第30分钟", "TIME"), (",", "w"), ("严德旭", "PER"), ("送出", "v"), ("直塞", "n"), (",", "w"),
         ("孔令超", "PER"), ("射门", "v"), ("被", "p"), ("扑出", "v"), ("。", "w")],
    )  # fmt: skip
    spans: list[tuple[int, int]] = []
    _lac_players_in_match_reports(text, toks, spans)
    assert [text[a:b] for a, b in spans] == ["严德旭", "孔令超"]
    quiet = "会上,严德旭介绍了情况。"
    spans = []
    _lac_players_in_match_reports(quiet, _tokens(quiet, [("严德旭", "PER")]), spans)
    assert spans == []


def test_a_player_s_last_character_glued_to_the_match_verb_is_given_back() -> None:
    text = "第10分钟,主队后卫在禁区内将严德武铲倒,裁判判罚点球。"
    toks = _tokens(text, [("严德", "PER"), ("武铲", "n"), ("倒", "v")])
    a = text.index("严德")
    spans = [(a, a + 2)]
    _lac_players_in_match_reports(text, toks, spans)
    assert [text[s:e] for s, e in spans] == ["严德武"]
    adverb = "第10分钟,严德再射门,皮球被扑出。"
    b = adverb.index("严德")
    spans = [(b, b + 2)]
    _lac_players_in_match_reports(adverb, [], spans)
    assert spans == [(b, b + 2)]


def test_a_closing_parenthesis_name_replaces_the_recognisers_piece_of_it() -> None:
    text = "乐队将于下月在省城开唱。(孔德明 实习生 万雨禾)"
    a = text.index("雨禾")
    spans = [(a, a + 2)]  # the recognisers read 万 as the number and kept 雨禾
    _names_in_parentheses(text, [], spans)
    assert [text[s:e] for s, e in spans] == ["万雨禾"]


def test_a_name_after_a_title_of_an_organisation_named_by_reference() -> None:
    # 该院 "this procuratorate" names the organisation; LAC may read the three-character name as one verb
    text = "该院检察官严碧文向笔者介绍。"
    toks = _tokens(
        text,
        [
            ("该院", "n"),
            ("检察官", "n"),
            ("严碧文", "v"),
            ("向", "p"),
            ("笔者", "n"),
            ("介绍", "v"),
            ("。", "w"),
        ],
    )
    spans: list[tuple[int, int]] = []
    _names_after_titles(text, toks, spans)
    assert [text[s:e] for s, e in spans] == ["严碧文"]
    graduate = "该院本科生毕业后留校。"
    toks = _tokens(
        graduate, [("该院", "n"), ("本科生", "n"), ("毕业", "v"), ("后", "f"), ("留校", "v"), ("。", "w")]
    )
    spans = []
    _names_after_titles(graduate, toks, spans)
    assert spans == []
