"""The docs are generated from the code or checked against it, so they cannot drift."""

import json
import re

from helpers import ROOT

from tools import cli_docs, schema_docs


def test_cli_reference_is_up_to_date():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_docs.render(), (
        "docs/cli.md is stale: run `python -m tools.cli_docs`"
    )


def test_schema_reference_is_up_to_date():
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == schema_docs.schema_markdown(), (
        "docs/schema.md is stale: run `python -m tools.schema_docs`"
    )


def test_metadata_describes_every_table_and_column():
    metadata = json.loads((ROOT / "metadata.json").read_text(encoding="utf-8"))
    tables = metadata["databases"]["wirearchive"]["tables"]
    for table, docs in schema_docs.metadata_tables().items():
        assert tables[table]["description_html"] == docs["description_html"]
        assert tables[table]["columns"] == docs["columns"]


def test_readme_starts_with_the_two_commands_and_names_real_targets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```", 2)[1]
    assert "make demo" in first_block and "make test" in first_block
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):", makefile, flags=re.M))
    for target in set(re.findall(r"`make ([a-z-]+)", readme)):
        assert target in targets, f"README names `make {target}`, which the Makefile lacks"


def test_docs_link_to_files_that_exist():
    for doc in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        for link in re.findall(r"\]\(([^)#:]+)\)", doc.read_text(encoding="utf-8")):
            assert (doc.parent / link).exists(), f"{doc.name} links to missing {link}"
