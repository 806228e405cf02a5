"""Conference tagging from names and aliases kept as data."""

from pipeline.catalog import load_conferences
from pipeline.record import Article
from pipeline.stages.conferences import tag_conferences


def test_tagged_by_chinese_name_english_alias_or_translation():
    assert tag_conferences(Article(paragraphs=["第一届中国网络文明大会将于19日开幕。"])).conferences == [
        "china-internet-civilization-conference"
    ]
    english = Article(title="China Network Civilization Conference opens", paragraphs=["..."])
    assert tag_conferences(english).conferences == ["china-internet-civilization-conference"]
    translated = Article(paragraphs=["论坛开幕。"], body_en="The Lakeside Digital Culture Forum opened.")
    assert tag_conferences(translated).conferences == ["lakeside-digital-culture-forum-2026"]


def test_an_article_about_something_else_gets_no_conference():
    assert (
        tag_conferences(Article(title="杭州地铁延长运营时间", paragraphs=["市民出行更便利。"])).conferences
        == []
    )


def test_every_conference_has_names_in_both_languages():
    for cid, conference in load_conferences().items():
        assert conference["name_en"] and conference["name_zh"], cid


def test_a_doubtful_sentence_of_the_translation_tags_nothing():
    from pipeline.record import TranslationFlag

    english = "The Lakeside Digital Culture Forum opened."
    record = Article(paragraphs=["寒潮来袭。"], body_en=english)
    record.translation_flags = [
        TranslationFlag(part="body", target=english, source="寒潮来袭。", kinds=["coverage"])
    ]
    assert tag_conferences(record).conferences == []
