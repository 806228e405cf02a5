"""Near-duplicate wire copies: found across the archive, the earliest published is the original."""

from pipeline.record import Article
from pipeline.stages.dedupe import Candidate, find_duplicates, fingerprint, simhash

STORY = "".join(
    f"新华社杭州11月19日电 第{i}段：2026湖畔数字文化论坛在杭州国际博览中心开幕，来自多国嘉宾出席。"
    for i in range(8)
)


def test_a_copy_with_small_edits_has_a_close_fingerprint_and_a_different_story_does_not():
    copy = STORY.replace("新华社", "中新网", 1) + "（完）"
    other = "".join(
        f"杭州地铁第{i}条线路今日起延长运营时间，市民出行更加便利，各站点增加了服务人员。" for i in range(8)
    )
    assert bin(simhash(STORY) ^ simhash(copy)).count("1") <= 3
    assert bin(simhash(STORY) ^ simhash(other)).count("1") > 3


def test_earliest_published_copy_is_the_original():
    h = simhash(STORY)
    copies = [
        Candidate("https://chinanews/copy", h ^ 0b1, "2026-11-19T12:00:00+08:00", "2026-11-19T05:00:00Z"),
        Candidate("https://news.cn/original", h, "2026-11-19T09:00:00+08:00", "2026-11-20T00:00:00Z"),
        Candidate("https://other/story", h ^ ((1 << 64) - 1), "2026-11-18", None),
    ]
    assert find_duplicates(copies) == {"https://chinanews/copy": "https://news.cn/original"}


def test_copies_differing_in_up_to_three_bits_anywhere_are_found():
    base = simhash(STORY)
    for bits in [(0, 1, 2), (5, 21, 40), (15, 31, 63)]:
        variant = base
        for b in bits:
            variant ^= 1 << b
        found = find_duplicates([Candidate("a", base, "1", None), Candidate("b", variant, "2", None)])
        assert found == {"b": "a"}, bits


def test_short_or_failed_articles_get_no_fingerprint():
    assert fingerprint(Article(paragraphs=["太短。"])) is None
    assert fingerprint(Article(paragraphs=[STORY], error="HTTP 404")) is None
    assert fingerprint(Article(paragraphs=[STORY])) == simhash(STORY)
