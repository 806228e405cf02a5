"""Credit shapes of the second English/European set of real public lines (issue 10, docs/benchmarks.md "A second
English/European set"): a signature after the last sentence, an author note, "Propos recueillis par", names joined
by slashes, and author fields that name an outlet or wrap a name. Every line here is written anew, with invented
names, places and outlets."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.extract.authors import apply_people, meta_authors
from pipeline.text.bylines_en import author_note_reporters, closing_signature, english_byline

FILLER = (
    "Der Fährbetrieb nach Valmora läuft ab Montag wieder nach dem Winterfahrplan, teilte die Reederei mit."
)
STORY = "Die Fähre nach Valmora fährt ab Montag wieder nach dem Winterfahrplan"


def _closing(paragraph: str, lang: str = "de") -> list[str]:
    """The reporters the extractor reads from an article whose last paragraph is ``paragraph``."""
    record = Article(lang=lang)
    apply_people(record, [FILLER, paragraph], [], lang)
    return record.authors


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (f"{STORY}. Tova Brennick", ["Tova Brennick"]),
        (f"{STORY}.“ Tova Brennick/ Ilse Varga (mit dpa)", ["Tova Brennick", "Ilse Varga"]),
        # an editor's initials before the writer's name, a desk's after it
        (f"{STORY}. kxb/Tova Brennick", ["Tova Brennick"]),
        (f"{STORY}. Tova Brennick / KXB", ["Tova Brennick"]),
        (f"{STORY}. Interview: Tova Brennick", ["Tova Brennick"]),
        (f"{STORY}. Von Tova Brennick", ["Tova Brennick"]),
        # a name printed twice (the signature and an author box joined), initials with a surname
        (f'{STORY}". Tova Brennick Tova Brennick', ["Tova Brennick"]),
        (f"{STORY}. O. Brennick/T.Varga", ["O. Brennick", "T.Varga"]),
        # a web address closing the story before the signature
        (f"{STORY}. www.faehre-valmora.example Tova Brennick", ["Tova Brennick"]),
    ],
)
def test_signature_after_the_last_sentence(paragraph: str, names: list[str]) -> None:
    assert closing_signature(paragraph) == names
    assert _closing(paragraph) == names


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{STORY}. Zur Fahrplanauskunft KXB",  # a link: German capitalises its nouns
        f"{STORY}. kxb / lmo",  # initials name nobody
        f"{STORY}. Von kxb",
        "The ferry to Valmora resumes its winter timetable on Monday. Read More",
        "The ferry to Valmora resumes its winter timetable on Monday. THE END",
        "The ferry to Valmora was blessed on Monday by Dr. Tova Brennick",  # no sentence ends before the name
        f"{STORY}. Tova Brennick sagte das am Montag",
        f"{STORY}. Tova Brennick.",
    ],
)
def test_no_signature_after_the_last_sentence(paragraph: str) -> None:
    assert closing_signature(paragraph) == []
    assert _closing(paragraph) == []


def test_author_note_closing_a_story() -> None:
    note = "Tova Brennick is a senior writer at KXN, where she covers ferries, ports and shipping."
    assert author_note_reporters(note) == ["Tova Brennick"]
    assert _closing(note, "en") == ["Tova Brennick"]
    assert author_note_reporters("Brennick is a reporter for KXN.") == []  # a surname alone names nobody
    # at the top of a story the same sentence is news, not a byline
    assert english_byline("Tova Brennick is a reporter at KXN who was detained in Valmora on Monday.") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Propos recueillis par Ilse Varga", ["Ilse Varga"]),
        ("Opinion by Tova Brennick", ["Tova Brennick"]),
        ("Tova Brennick, desde Valmora", ["Tova Brennick"]),
        (
            "(Commentary. Olin Marsh is a KXN News columnist. The opinions expressed are his own.)",
            ["Olin Marsh"],
        ),
        ("Von Tova Brennick / Ilse Varga / Olin Marsh", ["Tova Brennick", "Ilse Varga", "Olin Marsh"]),
        ("Von Tova Brennick (mit Ilse Varga)", ["Tova Brennick", "Ilse Varga"]),
    ],
)
def test_byline_lines_of_the_second_set(line: str, names: list[str]) -> None:
    assert english_byline(line) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("tbrennick@kxn.example (Tova Brennick)", ["Tova Brennick"]),  # a feed's author: e-mail (name)
        ("Opinion by Tova Brennick", ["Tova Brennick"]),
        ("Tova Brennick of Valmora's Channel 9 news", ["Tova Brennick"]),
        ("Tova BrennickESPN Senior Writer", ["Tova Brennick"]),  # an agency glued by a scraper
        ("Ilse Varga BLOOMBERG", ["Ilse Varga"]),
        ("The Valmora", []),  # an outlet: no name starts with an article
        ("KX Tech", []),  # a desk named by its beat
        # a slash joins names only after a name: after an agency it credits a photographer
        ("Tova Brennick / Ilse Varga", ["Tova Brennick", "Ilse Varga"]),
        ("KXA/ Tova Brennick", []),
        ("AUTOR/IN Tova Brennick", ["Tova Brennick"]),  # a German role with its feminine ending
    ],
)
def test_author_fields_of_the_second_set(value: str, names: list[str]) -> None:
    assert meta_authors({"author": value}, []) == names
