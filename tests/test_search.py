"""Search forms: Chinese substrings of any length and English words, through real SQLite FTS5."""

import sqlite3

import pytest

from pipeline.store.search import fts_query, search_text

DOCS = [
    "第一届中国网络文明大会将于11月19日在北京国家会议中心举办。",
    "The conference opened in Hangzhou; organizers said culture matters.",
    "图为论坛现场。",
]


@pytest.fixture
def index():
    db = sqlite3.connect(":memory:")
    db.execute("create virtual table f using fts5(t, tokenize='porter unicode61 remove_diacritics 2')")
    for i, doc in enumerate(DOCS):
        db.execute("insert into f(rowid, t) values (?, ?)", (i, search_text(doc)))
    return lambda q: [r[0] for r in db.execute("select rowid from f where f match ?", (fts_query(q),))]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("文明", [0]),  # two characters: the trigram tokenizer would find nothing
        ("网络文明大会", [0]),
        ("文", [0]),  # one character
        ("心", [0]),  # last character of a run
        ("论坛现场", [2]),
        ("conference", [1]),
        ("organizer", [1]),  # porter stemming: organizers
        ("中国 北京", [0]),  # all terms
        ('"网络文明"', [0]),  # quoted phrase
        ("文明 Hangzhou", []),
        ("会议文明", []),  # characters present but not together
    ],
)
def test_search_finds_substrings_and_words(index, query, expected):
    assert index(query) == expected


def test_queries_with_fts_syntax_are_escaped(index):
    # operators and stray quotes are searched as text, never raise a syntax error
    for query in ["AND", "a OR", '"unbalanced', "NEAR(", "*", "文明 -"]:
        index(query)


def test_query_with_nothing_searchable_matches_nothing(index):
    assert index("   ") == []
    assert index("*") == []
