"""A lower-case particle hyphened to a capitalised name word is part of an English name ("al-Sabah", "el-Tayeb";
name_forms.clean_en_name). Invented names."""

from __future__ import annotations

from pipeline.stages.people.name_forms import clean_en_name


def test_a_particle_hyphened_to_a_name_word_is_part_of_the_name() -> None:
    assert clean_en_name("Dr Nasser al-Khaldi al-Rumaih") == "Nasser al-Khaldi al-Rumaih"
    assert clean_en_name("Ahmed el-Tabbakh") == "Ahmed el-Tabbakh"
    assert clean_en_name("Omar bin Rashed") == "Omar bin Rashed"


def test_a_lower_case_word_is_still_no_name_word() -> None:
    assert clean_en_name("Nasser al-khaldi") is None  # the part after the hyphen must be capitalised
    assert clean_en_name("Nasser pro-Rumaih") is None  # not a particle
    assert clean_en_name("al-Khaldi") == "al-Khaldi"
