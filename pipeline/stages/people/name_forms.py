"""A candidate string made into the name form the stage keeps, or rejected: titles, honorifics and glued
words stripped, organisations, places, agencies and common false hits (people.toml ``[names]``) refused."""

from __future__ import annotations

import re

from pipeline.stages.people.recognisers import census_first_name, english_word_flags
from pipeline.stages.people.vocabulary import simplify, vocabulary
from pipeline.stages.people.zh_japanese import japanese_surnames
from pipeline.text.names import people_data, surname_table, transliteration_chars
from pipeline.text.scripts import has_han
from pipeline.text.zh_words import word_zipf

# Middle dots between the parts of a transliterated name (约翰·米勒, 乔治・伊士曼).
_NAME_DOTS = "·・•‧"


def _country_pair(name: str) -> bool:
    """中美, 韩中: China and another country by their one-character abbreviations (people.toml); 韩美日, 中美俄:
    three or more countries so (the sixteenth Chinese set); 韩媒, 韩方: a country's media or side."""
    countries = vocabulary().country_abbreviations_zh
    if len(name) == 2 and name[0] in countries and name[1] in vocabulary().country_heads_zh:
        return True  # 韩媒, 韩方: a country's media or side (people.toml country_heads_zh)
    if len(name) >= 3:
        return all(c in countries or c == "中" for c in name)
    return len(name) == 2 and "中" in name and (name.replace("中", "", 1) in countries)


# Zipf frequency from which each half of a four-character candidate is a common word (冷战 4.2, 思维 4.7)
TWO_WORDS_ZIPF = 3.5


# conjunctions the recognisers glue before the common noun after them (和妇女: 和 is also a rare surname), and the
# Zipf frequency from which that noun is too common to be a given name (妇女 5.1, 家庭 5.4); 于建国 stays: 于, a
# common surname, is no conjunction here
_CONJUNCTIONS = "和与及或并跟"
_GLUED_NOUN_ZIPF = 4.5


def _two_common_words(name: str) -> bool:
    """Four Han characters led by a one-character surname whose halves are each a common two-character word of
    pipeline/data/zh_common_words.tsv (冷战 | 思维): a phrase; Han given names have one or two characters. Not
    zh_run_on._chinese_four's test: a Japanese family name is no exception here (安倍 | 生怕: measured, it is a phrase)."""
    if len(name) != 4 or name[0] not in surname_table() or name[:2] in vocabulary().compound_surnames:
        return False
    if all(c in transliteration_chars() for c in name[1:]):
        return False  # 巴尔特拉: a transliteration (巴尔 and 特拉 are words of other transliterations)
    return word_zipf(name[:2]) >= TWO_WORDS_ZIPF and word_zipf(name[2:]) >= TWO_WORDS_ZIPF


# what follows a surname alone as "Mr", "Mrs", "Ms" (王先生, 陈太太, 李女士): no given name
_MR_MRS = frozenset({"先生", "太太", "女士", "小姐"})


def clean_zh_name(name: str) -> str | None:
    """The Chinese name in ``name`` (先生 / 同志 / 教授 … stripped), or None when it is not one."""
    v = vocabulary()
    name = name.strip(" \u3000" + _NAME_DOTS)
    for suffix in v.strip_suffix_zh:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            name = name[: -len(suffix)]
    if not name or not has_han(name) or re.search(r"[0-9A-Za-z]", name):
        return None
    # LAC glues the speech verb on: 胡豫說; not 道, which ends many names (李政道, 王明道) far more often
    # than LAC glues it (on the dev data: once, 李政道, a name)
    if len(name) >= 3 and name[-1] in "说說称稱讲講":
        name = name[:-1]
    simple = simplify(name)
    if name in v.never_zh or name.startswith(v.never_zh_prefix):
        return None
    if _country_pair(simple):
        return None  # 韩中是近邻: two countries, not a Mr Han
    if _two_common_words(simple):
        return None  # 冷战思维: 冷战 + 思维, not a Mr Leng
    if len(simple) == 3 and simple[0] in _CONJUNCTIONS and word_zipf(simple[1:]) >= _GLUED_NOUN_ZIPF:
        return None  # …副部长和妇女、家庭…: a conjunction glued before a common word, not a Mr He
    if len(name) == 2 and name[1] in v.family_suffixes_zh and simplify(name[0]) in surname_table():
        return None  # 徐家: a household
    if simple[1:] in _MR_MRS and simple[0] in surname_table():
        return None  # 王太太 read whole by LAC: a surname-only person (zh_mentions reads it so)
    if simplify(name[0]) in surname_table() and _kin_form(simple):
        return None  # 张父, 王家三儿子: a relative named by the family's surname
    if simple in v.speech_zh or simple in v.roles_zh:  # LAC on traditional text: 解釋, 強調
        return None
    if any(dot in name for dot in _NAME_DOTS + ".．"):  # 克里斯托弗.弗里曼: a full stop as the name dot
        return name if 3 <= len(name) <= 16 else None
    if not 2 <= len(name) <= 8:  # 古特雷斯, 阿卜杜拉赫曼: transliterations without a dot run long
        return None
    if any(name.endswith(s) for s in v.org_suffixes_zh if len(s) >= 2 or len(name) >= 4):
        # 村山富市: a Japanese family name and a given name that ends like a place (富市, 健市) is a name
        if not (len(name) == 4 and name[:2] in japanese_surnames() and name[-1] in v.org_suffixes_zh):
            return None
    return name


# Forms that are no names: a US legislator's party-state tag printed after the name ("Jane Doe, D-Georgia,", "R-Ky.")
# and a health programme named after a person or thing ("Obamacare", "Medicare"; the twentieth English set, dev).
_NO_NAME_FORM_EN = re.compile(r"[DRI]-[A-Z][a-z]+\.?|[A-Z][a-z]+care")


def _kin_form(simple: str) -> bool:
    """张父 (a surname and a kin character, people.toml ``kin_chars_zh``) or 王家三儿子 (a household, a rank of
    at most one character and a kin word, ``kin_words_zh``): a relative, not a name."""
    v = vocabulary()
    if len(simple) == 2:
        return simple[1] in v.kin_chars_zh
    return (
        simple[1:2] in v.family_suffixes_zh
        and len(simple) <= 6
        and simple[2:].endswith(v.kin_words_zh)
        and (len(simple) - 2 - max(len(w) for w in v.kin_words_zh if simple.endswith(w)) <= 1)
    )


def clean_en_name(name: str) -> str | None:
    """The English name in ``name`` ("Comrade Xi Jinping's" -> "Xi Jinping"), or None when it is not one."""
    v = vocabulary()
    name = re.sub(r"[’']s$", "", name.strip())
    suffix_dot = re.search(r"\b(?:Jr|Sr)\.$", name) is not None  # "Martin Luther King Jr.": printed so
    name = name.strip(' ,.;:"“”‘’()[]') + ("." if suffix_dot else "")
    words = _titles_stripped(name.split())
    while len(words) > 1 and words[-1].lower() in v.strip_suffix_en:
        words = words[:-1]
    head, _, tail = words[-1].rpartition("-") if words else ("", "", "")
    if head and tail.lower() in v.hyphen_suffixes_en:
        words[-1] = head  # "John Abraham-starrer" -> John Abraham
    # at most five name words; lower-case particles and an Arabic name's "Al" do not count ("Omar bin Khalid
    # bin Nasser Al Rashdi": a nasab chain, the twenty-fourth English set)
    if (
        not words
        or len([w for w in words if w.lower() not in v.particles_en]) > 5
        or words[0] in {"St", "St."}
    ):
        return None  # St George's, St Louis: places
    name = " ".join(words)
    if len(words) == 1 and (group_noun(name) or _NO_NAME_FORM_EN.fullmatch(name)):
        return None
    if name.lower() in v.never_en or any(ch.isdigit() for ch in name) or has_han(name):
        return None
    if any(w.lower().strip(".,’'") in v.org_words_en for w in words) and not _korean_two_words(words):
        return None
    if len(words) >= 3 and any(w.lower() in v.headline_verbs_en for w in words[1:-1]):
        return None  # "Doe Joins Roe": a subhead
    if not all(_capitalised(w) or w.lower() in v.particles_en for w in words):
        return None
    if not _capitalised(words[-1]):
        return None
    return name


# A romanised Korean syllable (Revised and McCune-Reischauer spellings as English news prints them): an initial
# consonant, a vowel, a final n, ng, k, l, m, p or t (en_shapes reads Korean given names with it).
KOREAN_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|sh|wh|[gkndtrlmbpsjhyw])?"
    r"(?:yae|yeo|wae|eui|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ee|oo|ei|ou|a|e|o|u|i)(?:ng|[kntlmp])?"
)
_KOREAN_GIVEN = re.compile(rf"(?i:{KOREAN_SYLLABLE})(?:-{KOREAN_SYLLABLE})?")


def _korean_two_words(words: list[str]) -> bool:
    """ "Park Jin", "Park Ji-won": a Korean family name of people.toml [korean] and a one-word given name of
    Korean syllables, whose family name is also an organisation word ("Central Park"): a name all the same."""
    return (
        len(words) == 2
        and words[0] in people_data()["korean"]["surnames_en"]
        and _KOREAN_GIVEN.fullmatch(words[1]) is not None
    )


def _titles_stripped(words: list[str]) -> list[str]:
    """``words`` without the honorifics and titles at their front: those of ``strip_prefix_en`` and the two-word
    ones of ``strip_prefix_pairs_en`` ("Datuk Seri"), but not an
    abbreviation listed only with its dot written alone without one ("Sen quipped": Amartya Sen); those of
    ``strip_prefix_before_full_name_en`` (also surnames) only before two more capitalised words, the first no
    particle."""
    v = vocabulary()
    while words:
        first = words[0].lower()
        if len(words) >= 3 and f"{first} {words[1].lower()}" in v.strip_prefix_pairs_en:
            words = words[2:]  # "Tan Sri Jane Doe": a two-word honorific
            continue
        if first.rstrip(".") in v.strip_prefix_en:
            if len(words) == 1 and first in v.dotted_only_prefix_en:
                break
        elif not (
            first in v.strip_prefix_before_full_name_en
            and sum(w[:1].isupper() for w in words[1:]) >= 2
            and words[1][:1].isupper()
            and words[1].lower() not in v.particles_en  # "Sultan Al Jaber", "Sultan bin Salman": a given name
        ):
            break
        words = words[1:]
    return words


def _capitalised(word: str) -> bool:
    """A capitalised name word, or a particle hyphened to one ("al-Sabah", "el-Sissi")."""
    particle, hyphen, rest = word.partition("-")
    return word[:1].isupper() or (
        bool(hyphen) and rest[:1].isupper() and particle.lower() in vocabulary().particles_en
    )


def group_noun(word: str) -> bool:
    """A member of a religion or a people ("Muslim", "Shiites": people.toml ``group_nouns_en``) or a country in
    the plural ("the two Koreas", "the Americas": the singular a country of the CRF's GeoNames words), no
    census first name ("Christian")."""
    if census_first_name(word):
        return False
    lower = word.lower().replace("’", "'")
    singular = lower[:-1] if lower.endswith("s") else lower
    if lower in vocabulary().group_nouns_en or singular in vocabulary().group_nouns_en:
        return True
    return lower.endswith("s") and "GC" in english_word_flags(singular)


def _cut_title(word: str) -> bool:
    """A one-word title of people.toml ``[roles] en`` that is cut from a name's front: not a title news prints
    as part of a name (``name_titles_en``: "Sheikh Hasina"), not a census first name ("Dean Smith")."""
    lower = word.lower()
    v = vocabulary()
    return lower in v.roles_en_norm and lower not in v.name_titles_en and not census_first_name(lower)


def title_cut(name: str) -> str:
    """``name`` without a one-word title of people.toml ``[roles] en`` the recogniser took in at its front
    ("Sheriff Chad McBride", "Rector Mustafa Babanli", "Supervisor Vallenilla" -> "Vallenilla"): a title is
    no part of a name, as the honorifics of ``strip_prefix_en`` are not; nor is a capitalised qualifier before
    the title when two words or more stay ("Bollywood Actor Jane Doe", "Chief Executive Jane Doe": cut through
    the last title, the twenty-first English set)."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words[1:]):
        return name
    for i in range(len(words) - 3, 0, -1):
        if _cut_title(words[i]):
            return " ".join(words[i + 1 :])
    if not _cut_title(words[0]):
        return name
    return " ".join(words[1:])
