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


# -- the query language: OR, NOT / -, "phrases", prefix* -------------------------------------------------
@pytest.mark.parametrize(
    "query, expected",
    [
        ("文明 OR Hangzhou", [0, 1]),
        ("现场 OR 文明 OR culture", [0, 1, 2]),
        ("论坛 OR 文明 NOT 北京", [2]),
        ("论坛 OR 文明 -北京", [2]),
        ('conference -"culture matters"', []),
        ('conference NOT "culture matters"', []),
        ("conference -weather", [1]),
        ("Hang*", [1]),  # prefix
        ("organ*", [1]),  # prefixes match word stems: organizers is indexed as organ (docs/search.md)
        ('"organizers said"', [1]),
        ('"said organizers"', []),  # a phrase keeps its order
        ("or", []),  # lower case: a word, not the operator
        ("-文明", []),  # only exclusions: nothing to match
    ],
)
def test_or_not_phrases_and_prefixes(index, query, expected):
    assert sorted(index(query)) == expected


def test_or_binds_tighter_than_the_implicit_and(index):
    # 中国 AND (Hangzhou OR 北京): the Hangzhou document has no 中国
    assert index("中国 Hangzhou OR 北京") == [0]


# -- a person's name in any language ----------------------------------------------------------------------
PEOPLE = {"wang jianguo": ["Wang Jianguo", "王建国"]}


def lookup(name):
    from pipeline.text.names import name_key

    return PEOPLE.get(name_key(name), [])


@pytest.fixture
def people_index():
    db = sqlite3.connect(":memory:")
    db.execute("create virtual table f using fts5(t, tokenize='porter unicode61 remove_diacritics 2')")
    docs = [
        "王建国在开幕式上致辞。",
        "Wang Jianguo spoke at the opening.",
        "王建在会上发言。",
        "Jianguo Road, Wang said.",
    ]
    for i, doc in enumerate(docs):
        db.execute("insert into f(rowid, t) values (?, ?)", (i, search_text(doc)))
    return lambda q: sorted(
        r[0] for r in db.execute("select rowid from f where f match ?", (fts_query(q, lookup),))
    )


@pytest.mark.parametrize(
    "query, expected",
    [
        ("王建国", [0, 1]),  # the Chinese name finds the English coverage
        ("Wang Jianguo", [0, 1]),  # and the pinyin the Chinese
        ("wang jianguo", [0, 1]),
        ("Jianguo Wang", [0, 1]),  # given name first
        ('"Wang Jianguo"', [0, 1]),
        ("王建国 opening", [1]),  # the name is one term among others
        ("王建", [0, 2]),  # not a name the archive knows: a substring as usual
        ("Wang", [1, 3]),  # a surname alone is no person
    ],
)
def test_a_name_finds_the_person_in_every_language(people_index, query, expected):
    assert people_index(query) == expected


def test_a_word_that_reads_like_a_name_is_not_one():
    from pipeline.store.search import people_lookup

    db = sqlite3.connect(":memory:")
    db.execute(
        "create table people (id integer primary key, key text, name_en text, name_zh text, forms text)"
    )
    db.execute(
        """insert into people values (1, 'wen hua', 'Wen Hua', '温华', '["Wen Hua", "温华", "Wen"]')"""
    )
    forms = people_lookup(db)
    assert forms("温华") == ["Wen Hua", "温华"]  # the surname alone ("Wen") is not one of the full names
    assert forms("Wen Hua") == ["Wen Hua", "温华"]
    assert forms("文化") == []  # reads "wen hua" too, but is nobody's name
    assert people_lookup(sqlite3.connect(":memory:"))("温华") == []  # no people table: no expansion


# -- highlighting -----------------------------------------------------------------------------------------
def test_snippets_mark_what_the_query_found():
    from pipeline.store.search import highlight_patterns, snippet

    text = "Organizers said the forum opened. " + "x " * 200 + "Wang Jianguo spoke at the forum."
    parts = snippet(text, highlight_patterns("organizer forum -weather"))
    assert ("Organizers", True) in parts and ("forum", True) in parts
    assert "".join(p for p, _ in parts).startswith("Organizers said")
    parts = snippet(text, highlight_patterns("王建国", lookup))
    assert ("Wang Jianguo", True) in parts and parts[0] == ("…", False)
    chinese = snippet("开幕式上，王建国致辞。", highlight_patterns("王建国", lookup))
    assert chinese == [("开幕式上，", False), ("王建国", True), ("致辞。", False)]
    assert snippet("", []) == [] and snippet("short", []) == [("short", False)]


@pytest.mark.parametrize(
    "query",
    ['"', '"王建国', "NEAR(", "OR OR", "NOT NOT x", "王建国*", "-王建国", "{title}:x", "x:y", "^", "(", "🙂"],
)
def test_no_query_is_a_syntax_error_with_names_and_column_filters(query):
    from pipeline.store.search import unflagged_query

    db = sqlite3.connect(":memory:")
    db.execute("create virtual table f using fts5(title, body, title_en, body_en, flagged_en)")
    expression = fts_query(query, lookup)
    db.execute("select * from f where f match ?", [expression]).fetchall()
    db.execute("select * from f where f match ?", [unflagged_query(expression)]).fetchall()
