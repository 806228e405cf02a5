"""European web credit shapes found in real public lines (issue 10, docs/benchmarks.md "European web credit lines
found in public code"): every line here is written anew, with invented names, places and outlets."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.extract.authors import apply_people, meta_authors
from pipeline.text.bylines_en import english_byline, labelled_byline

FILLER = "Der Hafen wurde nach einer Woche Reparaturen am Montag wieder geöffnet, teilte die Stadt mit."


def _closing(paragraph: str) -> list[str]:
    """The reporters the extractor reads from an article whose last paragraph is ``paragraph``."""
    record = Article(lang="de")
    apply_people(record, [FILLER, paragraph], [], "de")
    return record.authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the byline word of more languages: sv "av", da "af", it "di"; a colon after the preposition
        ("av Linnea Strandqvist", ["Linnea Strandqvist"]),
        ("Af Søren Lykkegaard", ["Søren Lykkegaard"]),
        ("di Marta Collina e Piero Vasti", ["Marta Collina", "Piero Vasti"]),
        ("Verfasst von: Marla Brenning", ["Marla Brenning"]),
        ("Geschreven door: Joris Veldkamp, redacteur buitenland", ["Joris Veldkamp"]),
        # a piece's genre before "von": Kommentar, Reportage, Analyse; "Aufgezeichnet von" (an as-told-to piece)
        ("Ein Kommentar von Marla Brenning, 12.03.2024", ["Marla Brenning"]),
        (
            "Eine Reportage von Marla Brenning (Text) und Tilo Haasner (Bilder), 02.05.2023",
            ["Marla Brenning"],
        ),
        ("Aufgezeichnet von Marla Brenning, Bilder von Tilo Haasner, 16.03.2021", ["Marla Brenning"]),
    ],
)
def test_byline_words_of_european_languages(line: str, names: list[str]) -> None:
    assert english_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Auteur: Lucie Marchetti", ["Lucie Marchetti"]),
        ("Forfatter: Ingrid Dahlberg", ["Ingrid Dahlberg"]),
        ("Författare: Linnea Strandqvist", ["Linnea Strandqvist"]),
        ("Autore: Piero Vasti", ["Piero Vasti"]),
    ],
)
def test_author_labels_of_european_languages(line: str, names: list[str]) -> None:
    assert labelled_byline(line) == names
    assert english_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a newsroom role between the preposition and the name: "our correspondent", "our editor"
        ("Von unserem Korrespondenten Tilo Haasner", ["Tilo Haasner"]),
        ("Von Von unserem Korrespondenten Tilo HAASNER.", ["Tilo HAASNER"]),
        ("Door onze redacteur Joris Veldkamp Fotografie Anouk Maesen", ["Joris Veldkamp"]),
        ("Par notre correspondant Lucie Marchetti", ["Lucie Marchetti"]),
        # a title before the name, also glued to the outlet's name by a hyphen
        ("Von Blatt-Korrektorin Marla Brenning, 07.07.2020", ["Marla Brenning"]),
        ("Von Gastautor Tilo Haasner (Bremen)", ["Tilo Haasner"]),
        # "mit" joins co-writers; who is named only with the pictures is not one
        (
            "Von Marla Brenning mit Tilo Haasner (Text) und Anouk Maesen (Fotos), 30.01.2019",
            ["Marla Brenning", "Tilo Haasner"],
        ),
        ("Von Marla Brenning mit dem Kollektiv Nordlicht (Regie), 25.12.2020", ["Marla Brenning"]),
        # an initial closes a short name
        ("Ein Gastbeitrag von Tilo H.", ["Tilo H."]),
    ],
)
def test_roles_titles_and_joiners_around_european_names(line: str, names: list[str]) -> None:
    assert english_byline(line) == names


@pytest.mark.parametrize(
    "value",
    [
        "Redacción Norteña",  # es / it / fr desks
        "Redazione Valle",
        "Rédaction Sud",
        "Echos du Lac",  # newspaper words: Echo, Kurier, Zeitung, Rundschau …
        "Westfalen Kurier",
        "Neue Talzeitung",
        "R. T.",  # initials alone name nobody
    ],
)
def test_desks_papers_and_initials_are_not_authors(value: str) -> None:
    assert meta_authors({"author": value}, []) == []


def test_a_desk_in_a_byline_line_is_not_an_author() -> None:
    assert english_byline("Von Ihrem Reiseteam, 04.12.2020") is None
    assert english_byline("Von der Sportredaktion, 04.12.2020") is None


def test_closing_credit_with_a_colon_after_the_preposition() -> None:
    assert _closing("Verfasst von: Marla Brenning") == ["Marla Brenning"]
    assert meta_authors({"author": "Von Gastautor Tilo Haasner (Bremen)"}, []) == ["Tilo Haasner"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a non-writing role in brackets after a name names that one only, the list before it stays
        ("Eine Reportage von Marla Brenning und Anouk Maesen (Illustration), 05.05.2020", ["Marla Brenning"]),
        (
            "Von Marla Brenning, Tilo Haasner (Übersetzung) und Anouk Maesen (Bilder), 11.02.2021",
            ["Marla Brenning"],
        ),
        (
            "Von Marla Brenning (Text und Bilder) und Tilo Haasner (Bildredaktion und Übersetzung)",
            ["Marla Brenning"],
        ),
    ],
)
def test_a_bracketed_non_writing_role_names_only_the_name_before_it(line: str, names: list[str]) -> None:
    assert english_byline(line) == names
