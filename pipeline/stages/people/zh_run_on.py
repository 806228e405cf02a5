"""Chinese names the recognisers ran on into the next word, told by the word the name's last character opens
with the text after it (pipeline/text/zh_words.py: a common two-character word of wordfreq's list).

- A four-character name led by a one-character surname whose last character opens a common word (赵朴初特 | 地为:
  特地 "specially") is the three-character name: Han given names have one or two characters, and LAC and the
  CRF glue a one-character word they have not seen after a name.
- Such a four-character name whose last character is a function word (people.toml ``function_chars_zh``:
  校长孙玉清和 | 交通运输部…) is the three-character name before a conjunction or a particle.
- A transliterated name (a hyphen or middle dot inside) whose last character is no transliteration character
  and opens a common word (帕布洛-莫雷诺助 | 攻: 助攻 "an assist") ends before it.
- A two-character name is not completed by the one-character word after it (``_extend_cut_given_name``,
  王建 | 国说 -> 王建国) when that character opens a common word with the text after it (唐嫣 | 晒 | 出: 晒出).

Three-character names are not cut here: 2.4 % of the MSRA / People's Daily dev names end with a character that
opens a common word (江泽民 | 主席: 民主), so such a name is cut only where the article gives the shorter name
elsewhere (``zh_noise.trim_run_on_names``)."""

from __future__ import annotations

from pipeline.stages.people.recognisers import Token
from pipeline.stages.people.vocabulary import vocabulary
from pipeline.stages.people.zh_japanese import japanese_surnames
from pipeline.text.names import people_data, surname_table, transliteration_chars
from pipeline.text.scripts import HAN_CHAR
from pipeline.text.zh_words import word_zipf

Span = tuple[int, int]

# Zipf frequency from which a name's last character and the next one make the word the name ran into
# (特地 3.9, 助攻 3.7); swept on the dev sets (docs/people.md)
GLUED_WORD_ZIPF = 3.0
# Zipf frequency from which a lone character after a two-character name opens a word rather than ending the
# name (晒出 2.6)
OPENS_WORD_ZIPF = 2.5

# the marks between the parts of a transliterated name
HYPHENS_AND_DOTS = "-－‐·•・‧"


def opens_common_word(text: str, pos: int, min_zipf: float) -> bool:
    """The character at ``pos`` and the one after it make a common two-character word."""
    pair = text[pos : pos + 2]
    return len(pair) == 2 and bool(HAN_CHAR.match(pair[1])) and word_zipf(pair) >= min_zipf


def _chinese_four(name: str) -> bool:
    """Four Han characters led by a one-character surname: no compound or Japanese family name, no
    transliteration throughout (罗纳尔多)."""
    if len(name) != 4 or not all(HAN_CHAR.match(c) for c in name) or name[0] not in surname_table():
        return False
    if name[:2] in people_data()["compound_surnames"] or name.startswith(japanese_surnames()):
        return False
    return not all(c in transliteration_chars() for c in name[1:])


def cut_glued_word(text: str, toks: list[Token], start: int, end: int) -> Span:
    """赵朴初特 | 地为 -> 赵朴初, 帕布洛-莫雷诺助 | 攻 -> 帕布洛-莫雷诺 (module docstring)."""
    name = text[start:end]
    if _chinese_four(name) and name[-1] in vocabulary().function_chars_zh:
        return start, end - 1  # 校长孙玉清和 | 交通运输部…: a name and the conjunction after it
    if end - start < 3 or not opens_common_word(text, end - 1, GLUED_WORD_ZIPF):
        return start, end
    foreign = (
        any(c in name[:-1] for c in HYPHENS_AND_DOTS)
        and name[-2] not in HYPHENS_AND_DOTS
        and name[-1] not in transliteration_chars()
    )
    return (start, end - 1) if _chinese_four(name) or foreign else (start, end)
