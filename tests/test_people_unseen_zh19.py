"""People stage: general fixes found on a blind Chinese set of modern news bodies (people_unseen_zh19,
``bench.people_pages --bodies``; docs/benchmarks.md, "Real pages nobody tuned on").

Hand-written texts in the shapes that set showed; no name of that set is used here."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang="zh")).people


def _by_name(people: list[Person]) -> dict[str, Person]:
    return {p.name: p for p in people}


def test_reporter_of_a_dateline_inside_the_parenthesis_is_cut_before_the_filing_place() -> None:
    # the Taipei wire's style: the whole dateline in the parenthesis; the recognisers read 周智仁台北 as one name
    people = _by_name(_people(["（中央社記者周智仁台北2日電）台北股市今天以平盤開出，午後賣壓出籠。"]))
    assert "周智仁" in people and people["周智仁"].kind == "reporter"
    assert not any(name.endswith("台北") for name in people)


def test_two_reporters_of_a_dateline_inside_the_parenthesis() -> None:
    people = _by_name(
        _people(["（中央社記者林志義、吳佳玲台北2日電）台北股市今天以平盤開出，午後賣壓出籠。"])
    )
    assert {"林志義", "吳佳玲"} == set(people)


def test_a_paragraph_of_a_name_in_parentheses_closes_the_article_with_its_reporter() -> None:
    people = _by_name(_people(["勇士队在主场以112比98击败对手。", "（修远）"]))
    assert people["修远"].kind == "reporter"


def test_a_closing_parenthesis_that_is_no_name_is_no_reporter() -> None:
    people = _people(["主队在主场以112比98击败对手。", "（完）", "（待续）", "（新华社）"])
    assert all(p.name not in {"完", "待续", "新华社"} for p in people)


def test_a_person_named_by_surname_and_xing_is_a_surname_only_person() -> None:
    people = _by_name(_people(["警方當晚在新竹查獲一名蔡姓男子與一名邱姓女子，兩人均否認涉案。"]))
    assert people["蔡"].surname_only and people["邱"].surname_only


def test_same_surname_is_no_person() -> None:
    assert all(p.name != "同" for p in _people(["现场还有一名同姓男子，与此事无关。"]))


def test_a_line_up_of_shirt_numbers_joined_by_hyphens_is_a_list_of_names() -> None:
    # "N-name": the hyphen after the shirt number is no part of the name; long transliterations keep the run
    text = "客队(4-4-2)：1-霍拉迪奇；2-马尔蒂内科，5-贝尔纳韦斯，6-奥斯特罗维奇，3-西蒙；8-卡斯特拉诺维奇"
    people = {p.name for p in _people(["主队1比0小胜。", text])}
    assert {"贝尔纳韦斯", "西蒙", "卡斯特拉诺维奇"} <= people


def test_known_to_all_closing_a_notice_is_no_person() -> None:
    assert _people(["请各单位互相转告，望周知。"]) == []


def test_a_dotted_name_cut_inside_its_last_part_runs_on_to_the_bracket() -> None:
    # LAC read the dot and the last part as one punctuation word (·米亚比金/w); the CRF stopped at 米亚
    text = "当地时间4月26日，乌克兰总统马连斯基任命帕夫洛·米亚比金（Pavlo Miabikin）为新一任乌克兰驻华大使。"
    forms = {f for p in _people([text]) for f in p.forms}
    assert "帕夫洛·米亚比金" in forms and "帕夫洛·米亚" not in forms


def test_a_country_abbreviation_with_its_media_or_side_is_no_name() -> None:
    # 韩 is a surname: LAC read 韩媒 ("Korean media") as a person
    assert _people(["近日，韩媒透露称，首尔将推出新服务。", "韩方表示将继续谈判。"]) == []


def test_emir_is_a_title() -> None:
    assert _people(["在前任埃米尔和首相的时代，该国外交十分活跃。"]) == []


def test_a_verb_or_genre_noun_glued_to_a_name_the_article_gives_is_cut_off() -> None:
    people = _people(
        ["武侠小说作家古龙逝世。", "当时古龙去探班，大家都很意外。", "那时大家对古龙剧有赞扬也有批评。"]
    )
    assert [f for p in people for f in p.forms] == ["古龙"]


def test_a_line_up_item_read_as_a_place_elsewhere_stays_a_person() -> None:
    # LAC reads 维多利亚 as a place; the line-up says it is a player, as a title would
    paragraphs = [
        "北京时间6月5日，欧国联小组赛展开争夺，主队2比0取胜，布斯托斯和维多利亚进球。",
        "第70分钟，梅伦德斯右路传中，边锋维多利亚近距离破门，2-0。",
        "主队(4-3-3)：1-加尔塞斯；2-梅伦德斯，4-奥尔蒂斯，5-卡斯特罗，3-普列托；6-布斯托斯，"
        "8-纳瓦罗(70',18-维多利亚)，10-蒙特罗；7-阿兰达，9-布斯托斯，11-塞古拉",
    ]
    assert "维多利亚" in {f for p in _people(paragraphs) for f in p.forms}


def test_a_team_in_a_list_of_athletes_stays_no_person() -> None:
    text = (
        "田径：马文丽（女，新疆）、冯尚武（解放军）、高文成（山西）、杜小勇（解放军）、陈学兰（女，广西）。"
    )
    assert "解放军" not in {p.name for p in _people([text])}


def test_a_transliteration_lac_reads_as_a_person_before_the_possessive_is_a_name() -> None:
    assert [p.name for p in _people(["此外，卡里佩的续约也起到了一定的作用，球队上下都很关注。"])] == [
        "卡里佩"
    ]


def test_a_conjunction_glued_before_a_name_the_article_gives_is_cut_off() -> None:
    # 和田 is a Japanese family name: the recognisers read 和田海芳 beside the 田海芳 the article gives
    from pipeline.stages.people.mentions import Mention
    from pipeline.stages.people.zh_noise import trim_run_on_names

    units = [(1, "蒋文丽和田海芳都是安徽人。"), (2, "田海芳说，这个角色很有意思。")]
    glued = Mention("和田海芳", "zh", 1, 3, 7, units[0][1])
    alone = Mention("田海芳", "zh", 2, 0, 3, units[1][1])
    trim_run_on_names(units, [glued, alone])
    assert (glued.form, glued.start, glued.end) == ("田海芳", 4, 7)


def test_a_two_character_transliteration_after_its_shirt_number_in_a_line_up_is_a_name() -> None:
    text = (
        "客队(4-4-2)：1-霍拉迪奇；2-马尔蒂内科，5-贝尔纳韦斯，6-奥斯特罗维奇，3-西蒙斯；"
        "8-卡斯特拉诺维奇(60',18-加诺)，10-莫拉莱斯"
    )
    assert "加诺" in {f for p in _people(["主队1比0小胜。", text]) for f in p.forms}
