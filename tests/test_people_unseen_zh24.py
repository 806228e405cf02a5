"""People stage: general fixes found on a blind Chinese set of police features, Taiwan and Hong Kong sport,
state-media meetings, tennis, Malaysian Chinese press, Taiwan politics and Japan-Korea news
(people_unseen_zh24, ``bench.people_pages --bodies``; docs/benchmarks.md, "Fourteenth session").

Hand-written texts in the shapes that set showed; no name of that set is used here."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.people import find_people


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
