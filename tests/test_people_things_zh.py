"""People stage: Chinese candidates the article shows to be a place or a firm, the founder of a firm named
after him, and Japanese names whose family name the table lacks (issue 10, the Chinese people round after
the fourth set; docs/benchmarks.md, "Chinese people, round 5"; docs/people.md, "Places and firms named like
persons").

Hand-written texts with invented names and places in the shapes the dev sets showed (no name of those sets
is used, but 高市早苗's shape); each case but the guards fails on main f45c681."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _names(*paragraphs: str) -> set[str]:
    return {p.name for p in find_people(Article(paragraphs=list(paragraphs), lang="zh")).people}


# the CRF reads the form elsewhere in the article as an organisation or place (a firm's name, a team's)
READ_AS_A_THING_ELSEWHERE = [
    ("今天奥克伍德黄蜂队与丹佛掘金队比赛。奥克伍德后卫出场7分钟。", "奥克伍德"),
    ("莫瑞塔：拟收购控股子公司日本莫瑞塔少数股权。", "莫瑞塔"),
    ("据了解，莫瑞塔用7个月完成了芯片设计。这是阿里莫瑞塔成立后首款芯片。", "莫瑞塔"),
    ("今天斯潘塞黄蜂队与丹佛掘金队比赛。斯潘塞后卫出场7分钟。", "斯潘塞"),
    ("维森特：拟收购控股子公司日本维森特少数股权。", "维森特"),
    ("据了解，维森特用7个月完成了芯片设计。这是阿里维森特成立后首款芯片。", "维森特"),
    ("今天帕塔亚黄蜂队与丹佛掘金队比赛。帕塔亚后卫出场7分钟。", "帕塔亚"),
    ("洛佩兰：拟收购控股子公司日本洛佩兰少数股权。", "洛佩兰"),
    ("据了解，加尔维用7个月完成了芯片设计。这是阿里加尔维成立后首款芯片。", "加尔维"),
    ("今天克莱维黄蜂队与丹佛掘金队比赛。克莱维后卫出场7分钟。", "克莱维"),
    ("巴斯科：拟收购控股子公司日本巴斯科少数股权。", "巴斯科"),
    ("据了解，洛佩兰用7个月完成了芯片设计。这是阿里洛佩兰成立后首款芯片。", "洛佩兰"),
]


@pytest.mark.parametrize(("text", "thing"), READ_AS_A_THING_ELSEWHERE)
def test_a_form_the_crf_reads_mostly_as_an_organisation_or_place_is_no_person(text: str, thing: str) -> None:
    assert thing not in _names(text)


# a LAC organisation word holds the form and a company word after it
INSIDE_A_FIRM_NAME = [
    ("1994年宝马收购了奥克伍德汽车公司，奥克伍德是英国的汽车厂商。", "奥克伍德"),
    ("浙江奥克伍德纺织品有限公司今年出口增长三成，奥克伍德的产品销往欧美。", "奥克伍德"),
    ("1994年宝马收购了斯潘塞汽车公司，斯潘塞是英国的汽车厂商。", "斯潘塞"),
    ("浙江斯潘塞纺织品有限公司今年出口增长三成，斯潘塞的产品销往欧美。", "斯潘塞"),
    ("1994年宝马收购了帕塔亚汽车公司，帕塔亚是英国的汽车厂商。", "帕塔亚"),
    ("浙江帕塔亚纺织品有限公司今年出口增长三成，帕塔亚的产品销往欧美。", "帕塔亚"),
    ("1994年宝马收购了克莱维汽车公司，克莱维是英国的汽车厂商。", "克莱维"),
    ("浙江克莱维纺织品有限公司今年出口增长三成，克莱维的产品销往欧美。", "克莱维"),
    ("1994年宝马收购了卡利诺汽车公司，卡利诺是英国的汽车厂商。", "卡利诺"),
    ("浙江布里斯顿纺织品有限公司今年出口增长三成，布里斯顿的产品销往欧美。", "布里斯顿"),
    ("1994年宝马收购了维森特汽车公司，维森特是英国的汽车厂商。", "维森特"),
    ("浙江莫瑞塔纺织品有限公司今年出口增长三成，莫瑞塔的产品销往欧美。", "莫瑞塔"),
]


@pytest.mark.parametrize(("text", "firm"), INSIDE_A_FIRM_NAME)
def test_a_form_inside_a_firm_name_before_its_company_word_is_no_person(text: str, firm: str) -> None:
    assert firm not in _names(text)


# a place head, a region of a place, 位于, a list closing with 等 + count + place unit
IN_A_PLACE_CONTEXT = [
    ("５月３１日，美国南达科他州小镇奥克伍德遭到强龙卷风的袭击。", "奥克伍德"),
    ("在首都曼谷通往著名旅游胜地奥克伍德的高速公路上，发生车祸。", "奥克伍德"),
    ("生产基地将继续留在英格兰中部的奥克伍德，雇员全员留任。", "奥克伍德"),
    ("警方前往他们位于当地奥克伍德的家中调查。", "奥克伍德"),
    ("31日上午，在奥克伍德等4个村庄，警察与武装人员交火。", "奥克伍德"),
    ("该公司垄断了神奈川、奥克伍德等5县的交通信号维修业务。", "奥克伍德"),
    ("５月３１日，美国南达科他州小镇斯潘塞遭到强龙卷风的袭击。", "斯潘塞"),
    ("在首都曼谷通往著名旅游胜地斯潘塞的高速公路上，发生车祸。", "斯潘塞"),
    ("生产基地将继续留在英格兰中部的斯潘塞，雇员全员留任。", "斯潘塞"),
    ("警方前往他们位于当地斯潘塞的家中调查。", "斯潘塞"),
    ("31日上午，在斯潘塞等4个村庄，警察与武装人员交火。", "斯潘塞"),
    ("该公司垄断了神奈川、斯潘塞等5县的交通信号维修业务。", "斯潘塞"),
    ("该店曾在深圳拥有20间分店，分布在华强北、罗湖、东门、南山、西丽、布吉、康乐、南油等繁华商圈。", "康乐"),
]


@pytest.mark.parametrize(("text", "place"), IN_A_PLACE_CONTEXT)
def test_a_form_in_a_place_context_is_no_person(text: str, place: str) -> None:
    assert place not in _names(text)


# a trade noun right before the form
AFTER_A_TRADE_NOUN = [
    ("美国电信运营商奥克伍德宣布，将推出新套餐。", "奥克伍德"),
    ("全球最大贵金属精炼商奥克伍德宣布，将追踪黄金来源。", "奥克伍德"),
    ("德国汽车零部件供应商奥克伍德宣布裁员。", "奥克伍德"),
    ("美国电信运营商斯潘塞宣布，将推出新套餐。", "斯潘塞"),
    ("全球最大贵金属精炼商帕塔亚宣布，将追踪黄金来源。", "帕塔亚"),
    ("德国汽车零部件供应商斯潘塞宣布裁员。", "斯潘塞"),
    ("美国电信运营商帕塔亚宣布，将推出新套餐。", "帕塔亚"),
    ("全球最大贵金属精炼商莫瑞塔宣布，将追踪黄金来源。", "莫瑞塔"),
    ("德国汽车零部件供应商帕塔亚宣布裁员。", "帕塔亚"),
    ("美国电信运营商克莱维宣布，将推出新套餐。", "克莱维"),
    ("全球最大贵金属精炼商卡利诺宣布，将追踪黄金来源。", "卡利诺"),
    ("德国汽车零部件供应商克莱维宣布裁员。", "克莱维"),
]


@pytest.mark.parametrize(("text", "firm"), AFTER_A_TRADE_NOUN)
def test_a_form_after_a_trade_noun_is_a_firm(text: str, firm: str) -> None:
    assert firm not in _names(text)


# a firm named after its founder: the titled mention is the person
FOUNDERS = [
    ("李宁公司创始人李宁表示，将继续努力。", "李宁"),
    ("李宁集团董事长李宁出席了发布会。", "李宁"),
    ("陶华碧公司创始人陶华碧表示，将继续努力。", "陶华碧"),
    ("陶华碧集团董事长陶华碧出席了发布会。", "陶华碧"),
    ("刘建华公司创始人刘建华表示，将继续努力。", "刘建华"),
    ("刘建华集团董事长刘建华出席了发布会。", "刘建华"),
    ("陈光明公司创始人陈光明表示，将继续努力。", "陈光明"),
    ("陈光明集团董事长陈光明出席了发布会。", "陈光明"),
    ("张国强公司创始人张国强表示，将继续努力。", "张国强"),
    ("王守义集团董事长王守义出席了发布会。", "王守义"),
    ("赵德胜公司创始人赵德胜表示，将继续努力。", "赵德胜"),
    ("张国强集团董事长张国强出席了发布会。", "张国强"),
]


@pytest.mark.parametrize(("text", "founder"), FOUNDERS)
def test_the_founder_of_a_firm_named_after_him_is_found_by_his_title(text: str, founder: str) -> None:
    assert founder in _names(text)


def test_a_firm_named_after_a_person_without_a_title_is_no_person() -> None:
    assert "刘建华" not in _names("刘建华公司今年营收增长。刘建华表示将继续努力。")


# a Japanese name of two and two after a title, in a sentence about Japan, family name not in the table
JAPANESE_AFTER_TITLES = [
    ("据日媒报道，日本首相高市早苗4日在社交平台上发帖。", "高市早苗"),
    ("据日媒报道，日本首相高市正人4日在社交平台上发帖。", "高市正人"),
    ("据日媒报道，日本首相猪熊早苗4日在社交平台上发帖。", "猪熊早苗"),
    ("据日媒报道，日本首相猪熊正人4日在社交平台上发帖。", "猪熊正人"),
    ("据日媒报道，日本首相户叶早苗4日在社交平台上发帖。", "户叶早苗"),
    ("据日媒报道，日本首相户叶正人4日在社交平台上发帖。", "户叶正人"),
    ("据日媒报道，日本首相鬼塚早苗4日在社交平台上发帖。", "鬼塚早苗"),
    ("据日媒报道，日本首相鬼塚正人4日在社交平台上发帖。", "鬼塚正人"),
    ("据日媒报道，日本首相苇原早苗4日在社交平台上发帖。", "苇原早苗"),
    ("据日媒报道，日本首相苇原正人4日在社交平台上发帖。", "苇原正人"),
    ("据日媒报道，日本首相蓼科早苗4日在社交平台上发帖。", "蓼科早苗"),
    ("据日媒报道，日本首相蓼科正人4日在社交平台上发帖。", "蓼科正人"),
]


@pytest.mark.parametrize(("text", "name"), JAPANESE_AFTER_TITLES)
def test_a_japanese_name_after_a_title_is_found_without_its_family_name_in_the_table(
    text: str, name: str
) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "日本首相官邸发言人表示，将研究此事。",
        "日本首相官邸周二表示，将研究此事。",
        "日本首相官邸前举行集会。",
        "日本首相积极推动修宪。",
        "日本首相深感遗憾。",
        "日本首相高度重视此事。",
        "日本首相强烈谴责袭击。",
        "日本和韩国的关系近来改善。",
    ],
)
def test_words_after_a_japanese_title_are_no_name(text: str) -> None:
    assert _names(text) == set()


# guards: what stays a person
def test_a_list_of_names_closing_with_a_count_of_persons_stays() -> None:
    assert {"张伟", "李娜", "王建国"} <= _names("张伟、李娜、王建国等3人获奖。")


def test_a_name_before_a_count_of_heads_of_state_stays() -> None:
    # 国家 is a place unit, 国家元首 a title: the list is one of persons
    assert "莫拉提" in _names("开幕式上，莫拉提等10多个国家元首发表了讲话。")


def test_a_name_before_a_list_of_titles_with_places_stays() -> None:
    assert "黄登仁" in _names("黄登仁在1990年任洪泽县委书记、沭阳县委书记、宿迁市副市长期间收受贿赂。")


def test_a_place_named_after_a_person_is_no_vote_against_the_person() -> None:
    assert "伏羲" in _names("连日来，在甘肃天水市伏羲庙前，游客络绎不绝，人们祭奠伏羲氏。")


# a long invented paragraph (the shape of the thirteenth Chinese set, now dev): the CRF's odds drift over 300
# characters and read 普京 as a thing twice of three; a famous person of the table stays (fails on main f6ebdda)
LONG_PARAGRAPH_WITH_A_FAMOUS_PERSON = "据报道，6月2日，哈萨克斯坦总统托卡耶夫接受当地媒体采访，表示自己刚刚在莫斯科参加了欧亚经济论坛，他和普京讨论了跨里海运输走廊问题。这条走廊从中国西部出发，经过哈萨克斯坦，向西面里海方向延伸。托卡耶夫说，这个项目对哈萨克斯坦非常重要。拿到普京的支持承诺之后，托卡耶夫总统宣布，明年开工建设。俄罗斯的态度，并不是这个项目唯一的障碍。虽然普京这次明确答应不再反对，但项目的前景还有很多其他变数，不能太乐观。运输走廊计划最早出现在1990年代，几个国家当年就签署了备忘录。从国际交通地理来说，这条走廊是亚欧大陆桥的重要补充，把中国和里海平原地区连通起来。从项目里程来看，政治上最大的难点就是让沿线国家同意。"


def test_a_famous_person_is_no_thing_for_the_crfs_doubt_alone() -> None:
    people = find_people(Article(paragraphs=[LONG_PARAGRAPH_WITH_A_FAMOUS_PERSON], lang="zh")).people
    assert "普京" in {form for person in people for form in person.forms}


# a trade noun before the form, a town after it (the thirteenth Chinese set's shapes, dev; invented places and firms;
# both fail on main f6ebdda)
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("目前中国和美国的两家企业科维诺和Moderna引领了全球疫苗的研发。", "科维诺"),
        ("默克尔18日在柏林以北的施泰因贝格小镇与来访的法国总统举行会谈。", "施泰因贝格"),
    ],
)
def test_a_firm_after_a_trade_noun_and_a_place_before_a_town_word_are_no_persons(
    text: str, thing: str
) -> None:
    assert thing not in _names(text)


def test_a_hometown_after_a_name_keeps_the_person() -> None:
    assert "张明远" in _names("张明远的家乡在江苏。张明远表示，他很想念家乡。")


# a team, its player's position, the player (the fourteenth Chinese set's shape, dev; invented; fail on main e1515c9)
@pytest.mark.parametrize(
    ("text", "team", "player"),
    [
        ("据媒体报道，AC米兰即将与卡斯蒂利中场马尔科维奇签下一份4年合约。", "卡斯蒂利", "马尔科维奇"),
        ("在赛后接受采访时，帕尔玛后卫巴斯托尼透露称，球队状态很好。", "帕尔玛", "巴斯托尼"),
    ],
)
def test_a_team_before_its_players_position_is_no_person(text: str, team: str, player: str) -> None:
    names = _names(text)
    assert team not in names and player in names
