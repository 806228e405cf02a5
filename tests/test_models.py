"""Model management: pipeline.stages.translate.models and the `models` CLI group."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import config
from pipeline.cli.models import models as models_cli
from pipeline.stages.translate.models import (
    ModelError,
    find_model,
    has_model,
    install_model,
    list_models,
    remove_model,
    scan_models,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FIXTURE = SHARED / "models" / "translate-zh_en-fixture.argosmodel"
needs_fixture = pytest.mark.corpus("models/translate-zh_en-fixture.argosmodel")


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIREARCHIVE_DATA", str(tmp_path / "data"))
    return tmp_path / "data"


def make_archive(path: Path, metadata: dict | None, top: str = "translate-xx_en-test") -> Path:
    with zipfile.ZipFile(path, "w") as z:
        if metadata is not None:
            z.writestr(f"{top}/metadata.json", json.dumps(metadata))
        z.writestr(f"{top}/README.md", "test")
    return path


def test_nothing_installed(data: Path) -> None:
    assert list_models() == []
    assert not has_model("zh", "en")
    assert find_model("zh") is None


def test_broken_folder_is_skipped_not_fatal(data: Path) -> None:
    (config.models_dir() / "half-copied").mkdir(parents=True)
    models, problems = scan_models()
    assert models == []
    assert problems == ["half-copied: no metadata.json"]


@pytest.mark.parametrize(
    ("metadata", "message"),
    [(None, "no translate-xx_en-test/metadata.json"), ({"from_code": "xx"}, "no from_code/to_code")],
)
def test_invalid_archives_are_refused(
    data: Path, tmp_path: Path, metadata: dict | None, message: str
) -> None:
    archive = make_archive(tmp_path / "bad.argosmodel", metadata)
    with pytest.raises(ModelError, match=message):
        install_model(archive)
    not_zip = tmp_path / "x.argosmodel"
    not_zip.write_text("hello")
    with pytest.raises(ModelError, match="not a zip"):
        install_model(not_zip)
    assert not config.models_dir().exists() or not any(config.models_dir().iterdir())


@needs_fixture
def test_install_list_remove_fixture(data: Path) -> None:
    info = install_model(FIXTURE)
    assert info.name == "translate-zh_en-fixture"
    assert info.label == "translate-zh_en 0.1 (fixture)"
    assert (config.models_dir() / info.name / "metadata.json").is_file()
    assert [m.name for m in list_models()] == ["translate-zh_en-fixture"]
    assert has_model("zh", "en") and not has_model("fr", "en")
    again = install_model(FIXTURE)  # reinstall replaces, does not duplicate
    assert again == info and len(list_models()) == 1
    with pytest.raises(ModelError, match="no installed model"):
        remove_model("translate-fr_en")
    assert remove_model("zh_en").name == info.name
    assert list_models() == []


def test_a_real_model_beats_the_fixture(data: Path) -> None:
    for name, version, fixture in [
        ("a-fixture", "0.1", True),
        ("b-real", "1.9", False),
        ("c-old", "1.0", False),
    ]:
        folder = config.models_dir() / name
        folder.mkdir(parents=True)
        meta = {"from_code": "zh", "to_code": "en", "package_version": version, "fixture": fixture}
        (folder / "metadata.json").write_text(json.dumps(meta))
    best = find_model("zh", "en")
    assert best is not None and best.name == "b-real"
    with pytest.raises(ModelError, match="matches several"):
        remove_model("zh_en")


@needs_fixture
def test_cli_install_list_remove(data: Path) -> None:
    runner = CliRunner()
    empty = runner.invoke(models_cli, ["list"])
    assert empty.exit_code == 0 and "no translation model installed" in empty.output
    installed = runner.invoke(models_cli, ["install", str(FIXTURE)])
    assert installed.exit_code == 0, installed.output
    assert "installed translate-zh_en-fixture (zh→en" in installed.output
    listed = runner.invoke(models_cli, ["list"])
    assert "translate-zh_en-fixture\tzh→en\ttranslate-zh_en 0.1 (fixture)" in listed.output
    removed = runner.invoke(models_cli, ["remove", "translate-zh_en-fixture"])
    assert removed.exit_code == 0 and "removed translate-zh_en-fixture" in removed.output
    missing = runner.invoke(models_cli, ["remove", "translate-zh_en-fixture"])
    assert missing.exit_code == 1 and "no installed model" in missing.output
