"""Synthetic article text for the scale benchmark: Chinese and English with realistic word frequencies and lengths.

Chinese words are drawn from jieba's dictionary with its frequencies (Zipf-like, as real text), English words
from wordfreq's list; both with punctuation and paragraphs. A list of news words is put into a set share of the
articles (中国 in ~70% of Chinese articles, China in ~70% of the English ones ...), so that a common-word search
matches as many articles as it would in a real news archive, and a rare word as few.

Lengths follow the project's corpus (shared/corpus/truth.jsonl, 64 articles): Chinese bodies have a median of
660 and a mean of 920 characters, English bodies a median of 1,900 and a mean of 3,060 characters (~330 and
~500 words). The generator draws log-normal lengths with about those medians and means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import numpy as np

from pipeline.text.scripts import HAN_BASIC

# (Chinese word, English word, share of articles containing it): the news words of a wire archive
NEWS_WORDS: tuple[tuple[str, str, float], ...] = (
    ("中国", "China", 0.70), ("发展", "development", 0.60), ("国家", "national", 0.45),
    ("合作", "cooperation", 0.40), ("经济", "economic", 0.40), ("建设", "construction", 0.38),
    ("表示", "said", 0.55), ("记者", "reporter", 0.45), ("北京", "Beijing", 0.35), ("网络", "network", 0.30),
    ("互联网", "internet", 0.25), ("数字", "digital", 0.28), ("文化", "culture", 0.25), ("世界", "world", 0.30),
    ("国际", "international", 0.32), ("企业", "enterprises", 0.30), ("创新", "innovation", 0.30),
    ("技术", "technology", 0.28), ("安全", "security", 0.25), ("人民", "people", 0.30),
    ("社会", "social", 0.28), ("政府", "government", 0.25), ("推进", "promote", 0.30),
    ("加强", "strengthen", 0.30), ("改革", "reform", 0.20), ("开放", "opening", 0.20),
    ("平台", "platform", 0.20), ("治理", "governance", 0.15), ("文明", "civilization", 0.10),
    ("论坛", "forum", 0.12), ("大会", "conference", 0.15), ("峰会", "summit", 0.08), ("举行", "held", 0.25),
    ("开幕", "opened", 0.08), ("新华社", "Xinhua", 0.30), ("数据", "data", 0.20),
    ("人工智能", "artificial intelligence", 0.08), ("科技", "science", 0.20), ("高质量", "high-quality", 0.15),
    ("产业", "industry", 0.22), ("市场", "market", 0.22), ("投资", "investment", 0.15),
    ("一带一路", "Belt and Road", 0.07), ("上海", "Shanghai", 0.12), ("广东", "Guangdong", 0.07),
)  # fmt: skip
EN_ONLY_WORDS = (("Chinese", 0.60), ("year", 0.40), ("percent", 0.25), ("also", 0.50), ("global", 0.25))

ZH_MEDIAN_CHARS, ZH_SIGMA = 680, 0.75  # mean = median * exp(sigma^2 / 2) = 900
EN_MEDIAN_WORDS, EN_SIGMA = 330, 0.75  # mean ~435 words, ~2,700 characters
ZH_CHARS_PER_WORD = 1.75  # jieba's words with punctuation, as drawn
EN_WORDS_PER_ZH_CHAR = 0.55  # length of an English translation of a Chinese text


def _cdf(weights: np.ndarray) -> np.ndarray:
    total = np.cumsum(weights, dtype=np.float64)
    return total / total[-1]


@dataclass
class Vocabulary:
    words: list[str]
    cdf: np.ndarray

    def sample(self, rng: np.random.Generator, n: int) -> list[str]:
        ids = np.searchsorted(self.cdf, rng.random(n), side="right")
        return list(itemgetter(*ids)(self.words)) if n > 1 else [self.words[int(ids[0])]]


_DICTIONARY_WORD = re.compile(f"[{HAN_BASIC}]{{1,4}}")  # a word of 1-4 characters of the basic block


def chinese_vocabulary() -> Vocabulary:
    """jieba's dictionary (words of 1-4 Chinese characters, with frequencies) and punctuation."""
    import jieba

    words: list[str] = []
    weights: list[float] = []
    for line in Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 2 or int(parts[1]) < 3:
            continue
        if _DICTIONARY_WORD.fullmatch(parts[0]):
            words.append(parts[0])
            weights.append(int(parts[1]))
    total = sum(weights)
    # a comma every ~12 words, a full stop every ~25, a paragraph every ~150
    for mark, share in (("，", 0.075), ("。", 0.04), ("、", 0.012), ("\n\n", 0.0065)):
        words.append(mark)
        weights.append(total * share)
    return Vocabulary(words, _cdf(np.asarray(weights, dtype=np.float64)))


def english_vocabulary(size: int = 50_000) -> Vocabulary:
    """wordfreq's most frequent English words, with their frequencies, and punctuation."""
    import wordfreq

    words = [w for w in wordfreq.top_n_list("en", size) if w.isalpha()]
    weights = [wordfreq.word_frequency(w, "en") for w in words]
    total = sum(weights)
    for mark, share in ((",", 0.05), (".", 0.045), ("\n\n", 0.006)):
        words.append(mark)
        weights.append(total * share)
    return Vocabulary(words, _cdf(np.asarray(weights, dtype=np.float64)))


class TextMaker:
    """Chinese and English texts with the news words and the given names put in."""

    def __init__(self) -> None:
        self.zh = chinese_vocabulary()
        self.en = english_vocabulary()

    def zh_chars(self, rng: np.random.Generator) -> int:
        return int(np.clip(rng.lognormal(np.log(ZH_MEDIAN_CHARS), ZH_SIGMA), 120, 8000))

    def en_words(self, rng: np.random.Generator) -> int:
        return int(np.clip(rng.lognormal(np.log(EN_MEDIAN_WORDS), EN_SIGMA), 60, 2500))

    def chinese(self, rng: np.random.Generator, n_words: int, inserts: list[str], news: bool = True) -> str:
        words = self.zh.sample(rng, max(n_words, 2))
        if news:
            _put_news(rng, words, [(z, share) for z, _, share in NEWS_WORDS])
        for text in inserts:
            words[int(rng.integers(0, len(words)))] = text
        words[0] = words[0].lstrip("，。、\n")
        return "".join(words).strip() + "。"

    def english(self, rng: np.random.Generator, n_words: int, inserts: list[str], news: bool = True) -> str:
        words = self.en.sample(rng, max(n_words, 2))
        if news:
            _put_news(rng, words, [(e, share) for _, e, share in NEWS_WORDS] + list(EN_ONLY_WORDS))
        for text in inserts:
            words[int(rng.integers(0, len(words)))] = text
        text = " ".join(words).replace(" ,", ",").replace(" .", ".").replace(" \n\n ", "\n\n")
        text = text.strip(" ,.\n")
        return text[:1].upper() + text[1:] + "."

    def headline_words(self, rng: np.random.Generator, lang: int) -> list[str]:
        """0-2 news words for a headline (a tenth of their share in bodies)."""
        return [str(w[lang]) for w in NEWS_WORDS if rng.random() < w[2] / 10]


def _put_news(rng: np.random.Generator, words: list[str], news: list[tuple[str, float]]) -> None:
    """Each news word, with its share of articles, 1-4 times at random places (all draws at once: fast)."""
    present = [word for (word, share), draw in zip(news, rng.random(len(news)), strict=True) if draw < share]
    counts = 1 + rng.poisson(2.0, len(present))
    for word, position in zip(
        np.repeat(present, counts), rng.integers(0, len(words), int(counts.sum())), strict=True
    ):
        words[int(position)] = str(word)
