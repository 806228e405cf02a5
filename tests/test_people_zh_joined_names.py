"""People stage: foreign names in Chinese text, from the sixth Chinese set's sport and world news (issue 10):
names whose parts a hyphen or a full stop joins, and transliterations LAC reads as persons where the CRF does
not (docs/people.md, "Foreign names"). Invented sentences; no name of that set."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.people import find_people


def _forms(text: str) -> list[str]:
    return [
        form for person in find_people(Article(paragraphs=[text], lang="zh")).people for form in person.forms
    ]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the part after the hyphen, whatever LAC's tag for it (特纳/v, 朗/ORG, 奈特/PER)
        ("埃文-特纳", "替补出场的埃文-特纳12分3篮板。"),
        ("沙恩-朗", "第23分钟，沙恩-朗拿球形成单刀。"),
        ("布兰登-奈特", "控卫布兰登-奈特得到14分6助攻。"),
        ("凯尔-科沃尔", "射手凯尔-科沃尔三分球8投5中。"),
        # the part before the hyphen, which the recogniser left out
        ("阿隆-戈登", "魔术队阿隆-戈登扣篮得分。"),
        # a full stop printed as the name dot
        ("约翰.史密斯", "公司首席执行官约翰.史密斯在声明中表示，销量将继续增长。"),
        ("保罗.乔治", "步行者球星保罗.乔治伤愈复出。"),
        ("迈克尔.乔丹", "篮球之神迈克尔.乔丹出席了活动。"),
        ("伊万.拉基蒂奇", "中场伊万.拉基蒂奇打入一球。"),
        ("克里斯托弗.弗里曼", "这一做法需要获得国防部长克里斯托弗.弗里曼的书面批准。"),
        ("奥斯曼-登贝莱", "据法国媒体报道，球队前锋奥斯曼-登贝莱赛季报销。"),  # LAC: 登/v 贝莱/PER
    ],
)
def test_parts_of_a_foreign_name_across_a_hyphen_or_name_dot_are_one_name(name: str, text: str) -> None:
    forms = _forms(text)
    assert name in forms
    assert not {part for part in forms if part != name and part in name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("伦纳德-马刺关系破裂已成定局。", "伦纳德"),  # a name and a team
        ("詹姆斯-骑士的故事仍在继续。", "詹姆斯"),
        ("比赛结束后，库里-3分球命中率创新低。", "库里"),  # a number after the hyphen
        ("混双决赛中，许昕和刘诗雯发挥出色。", "许昕"),
    ],
)
def test_a_word_beside_a_hyphen_that_is_no_name_part_stays_out(text: str, name: str) -> None:
    forms = _forms(text)
    assert name in forms
    assert not [f for f in forms if f != name and f.startswith(name)]


def test_full_stop_between_places_joins_nothing() -> None:
    assert _forms("他在北京.上海两地工作。") == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("阿圭罗", "上半场，阿圭罗开场3分钟就破门得分。"),
        ("埃托奥", "下半时，埃托奥打破僵局。"),
        ("迪马利亚", "迪马利亚打破僵局。"),
        ("姆巴佩", "姆巴佩打破僵局。"),
        ("奥利塞", "奥利塞打破僵局。"),
        ("登贝莱", "登贝莱打破僵局。"),
        ("登贝莱", "下半时，登贝莱打破僵局，帮助球队逆转。"),
        ("阿拉巴", "下半时，阿拉巴打破僵局，帮助球队逆转。"),
        # LAC glued the first character to the title word before it: 州长德/n 桑蒂斯/PER
        ("德桑蒂斯", "在共和党籍州长德桑蒂斯主政的佛罗里达州，大学被要求删除相关内容。"),
        # LAC tags the part after the hyphen an organisation: 阿拉萨内/PER -/w 普莱亚/ORG
        ("阿拉萨内-普莱亚", "球队前锋阿拉萨内-普莱亚赛季报销。"),
    ],
)
def test_a_transliteration_lac_tags_a_person_is_a_name(name: str, text: str) -> None:
    assert name in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "球队去年的赞助费为7800万雷亚尔，今年翻了一番。",  # a currency after a number
        "这部电影在洛杉矶拍摄。",
        "他们在巴塞罗那度过了假期。",
        "阿森纳主场迎战热刺。",
        # LAC persons where no person stands: a dateline, a camp, a people
        "新华社贝鲁特6月21日电 黎巴嫩政府当天宣布了新的措施。",
        "他曾担任塞诺瓦茨集中营的指挥官。",
        "双方承诺继续同科索沃阿族代表谈判。",
    ],
)
def test_places_clubs_and_currencies_stay_out(text: str) -> None:
    assert _forms(text) == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a pinyin name, given name first or last (no census first name)
        ("Haoran Li", "由两位清华学生Haoran Li和Yuxin Zhang创办的公司推出了新产品。"),
        ("Yuxin Zhang", "由两位清华学生Haoran Li和Yuxin Zhang创办的公司推出了新产品。"),
        ("Liu Yang", "该研究由Liu Yang和同事完成。"),
        ("Zhiyuan Liu", "清华大学教授Zhiyuan Liu表示。"),
        # a title word right before the Latin run
        ("Priya Raman", "公司发言人 Priya Raman 证实了这一消息。"),
        ("Tomasz Wójcik", "分析师Tomasz Wójcik周一发表评论称。"),
        ("Olamide Adeyemi", "首席执行官Olamide Adeyemi在声明中说。"),
        ("Kwabena Owusu", "发言人Kwabena Owusu表示，调查仍在进行。"),
        ("Bartosz Zielinski", "研究员 Bartosz Zielinski 指出，数据并不完整。"),
        ("Ngozi Eze", "首席执行官Ngozi Eze在声明中说。"),
    ],
)
def test_a_latin_name_in_chinese_text_without_a_census_first_name(name: str, text: str) -> None:
    assert name in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "公司推出了Reward AI和Galaxy Gear两款产品。",
        "他在Hong Kong工作。",
        "苹果公司发布了Vision Pro头显。",
        "用户可以在Credit Karma上查询。",
        "首席执行官表示，Vision Pro的销量不及预期。",
    ],
)
def test_latin_products_and_places_stay_out(text: str) -> None:
    assert _forms(text) == []
