"""Language per article and per paragraph (pipeline.stages.language)."""

from __future__ import annotations

import random

from pipeline.record import Article
from pipeline.stages.language import detect_language
from pipeline.text.langid import UND, guess_text

ZH = [
    "新华社杭州11月18日电（记者 陈晓燕）2026湖畔数字文化论坛将于11月19日在杭州国际博览中心开幕。",
    "本届论坛由杭州市人民政府和浙江省文化和旅游厅联合主办。",
    "责任编辑：王丽",
]
EN = [
    "HANGZHOU, Nov. 19 (Xinhua) -- The 2026 Lakeside Digital Culture Forum opened on Wednesday in Hangzhou, "
    "capital of east China's Zhejiang Province.",
    "More than 600 guests from over 30 countries and regions attended the two-day forum, the organizers said.",
    "Speaking at the opening ceremony, Wang Jianguo said that culture is the soul of a city and that Zhejiang "
    "will continue to promote the deep integration of culture and technology.",
    "The forum will close on Thursday afternoon at the Hangzhou International Expo Center.",
]


def test_chinese_article() -> None:
    record = detect_language(Article(title="2026湖畔数字文化论坛在杭州开幕", paragraphs=list(ZH)))
    assert record.lang == "zh"
    assert record.paragraph_langs == ["zh", "zh", "zh"]
    assert record.lang_confidence is not None and record.lang_confidence > 0.9


def test_english_article() -> None:
    record = detect_language(Article(title="Digital culture forum opens in Hangzhou", paragraphs=list(EN)))
    assert record.lang == "en"
    assert record.paragraph_langs == ["en"] * len(EN)
    assert record.lang_confidence is not None and record.lang_confidence > 0.8


def test_mostly_english_page_with_chinese_quotes() -> None:
    paragraphs = [
        EN[0],
        "“我们欢迎全世界的朋友再来杭州！”",
        EN[1],
        EN[2],
        "“数字技术让文化遗产焕发新生”",
        EN[3],
    ]
    record = detect_language(Article(title="Forum opens in Hangzhou", paragraphs=paragraphs))
    assert record.lang == "en"
    assert record.paragraph_langs == ["en", "zh", "en", "en", "zh", "en"]
    assert 0 < (record.lang_confidence or 0) < 1


def test_traditional_chinese_is_zh() -> None:
    record = detect_language(
        Article(title="論壇開幕", paragraphs=["本屆論壇由杭州市人民政府和浙江省文化和旅遊廳聯合主辦。"])
    )
    assert record.lang == "zh"


def test_other_languages() -> None:
    fr = "Le forum sur la culture numérique s'est ouvert mercredi à Hangzhou, en présence de six cents invités."
    de = "Das Forum für digitale Kultur wurde am Mittwoch in Hangzhou eröffnet, mit mehr als sechshundert Gästen."
    ja = "杭州でデジタル文化フォーラムが開幕しました。"
    assert detect_language(Article(paragraphs=[fr])).lang == "fr"
    assert detect_language(Article(paragraphs=[de])).lang == "de"
    assert detect_language(Article(paragraphs=[ja])).lang == "ja"


def test_empty_and_short_text_is_und() -> None:
    empty = detect_language(Article())
    assert (empty.lang, empty.lang_confidence, empty.paragraph_langs) == (UND, 0.0, [])
    short = detect_language(Article(title="", paragraphs=["Photo: AFP", "", "12:30"]))
    assert short.lang == UND
    assert short.paragraph_langs == [UND, UND, UND]
    assert guess_text("OK").lang == UND
    assert guess_text("杭").lang == UND  # one character is not enough


def test_short_chinese_paragraph_is_decided_by_script() -> None:
    assert guess_text("责任编辑：王丽").lang == "zh"
    assert guess_text("责任编辑：王丽").method == "script"


def test_deterministic_across_calls() -> None:
    """langdetect is random per call unless seeded per detector: ambiguous text must not flip."""
    texts = [
        "Hangzhou Lakeside forum",  # short, ambiguous
        "Mitglieder der Delegation und invited guests attended",
        "Le forum Lakeside de Hangzhou ouvre demain matin",
        *EN,
    ]
    first = [guess_text(t) for t in texts]
    rng = random.Random(1)
    for _ in range(15):
        order = list(range(len(texts)))
        rng.shuffle(order)
        for i in order:
            assert guess_text(texts[i]) == first[i]
