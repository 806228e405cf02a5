"""A non-person span of the English CRF opened by a word only a person's name follows (en_crf
persons_after_person_heads). Invented token lists, no model."""

from __future__ import annotations

from pipeline.stages.people.en_crf import persons_after_person_heads


def _relabel(tokens: str, label: str) -> dict[str, list[tuple[int, int]]]:
    toks = tokens.split()
    found: dict[str, list[tuple[int, int]]] = {"PER": [], "LOC": [], "ORG": [], "MISC": []}
    found[label] = [(0, len(toks))]
    persons_after_person_heads(toks, found)
    return found


def test_an_honorific_or_party_label_opening_an_organisation_gives_the_person_after_it() -> None:
    assert _relabel("Ms Zentrova", "ORG")["PER"] == [(1, 2)]
    assert _relabel("Democrat Kayla Brandt", "ORG") == {"PER": [(1, 3)], "LOC": [], "ORG": [], "MISC": []}
    assert _relabel("Footballer Park Ji-Sung", "MISC")["PER"] == [(1, 3)]


def test_the_person_stops_at_a_lower_case_word_and_after_three_words() -> None:
    assert _relabel("Mayor Mary Ellen Shaw Vows to Fight Ruling", "ORG")["PER"] == [(1, 4)]
    assert _relabel("Senator Anna Doe Is Set to Resign", "ORG")["PER"] == [(1, 4)]


def test_titles_that_open_organisations_and_places_stay() -> None:
    for tokens, label in (
        ("General Motors", "ORG"),
        ("King Abdullah University", "ORG"),
        ("Sheikh Zayed Road", "LOC"),
        ("President Hotel", "LOC"),
    ):
        assert _relabel(tokens, label)[label] == [(0, len(tokens.split()))]
    assert _relabel("Mr", "ORG")["ORG"] == [(0, 1)]  # nothing after the word: no person
