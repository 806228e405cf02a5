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
    model_size,
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
    size = f"{model_size(list_models()[0]) / 1_000_000:.1f} MB"  # the unpacked folder, not the archive
    assert (
        f"translate-zh_en-fixture\tzh→en\ttranslate-zh_en 0.1 (fixture)\t{size}\tfile {FIXTURE}"
        in listed.output
    )
    removed = runner.invoke(models_cli, ["remove", "translate-zh_en-fixture"])
    assert removed.exit_code == 0 and "removed translate-zh_en-fixture" in removed.output
    missing = runner.invoke(models_cli, ["remove", "translate-zh_en-fixture"])
    assert missing.exit_code == 1 and "no installed model" in missing.output


# -- installing from a package index (argos's format) served on 127.0.0.1 --------------------------------


class IndexServer:
    """A package index on 127.0.0.1: GET /<name> answers ``files[name]`` (404 otherwise); every path asked
    for is kept in ``requests``."""

    def __init__(self, files: dict[str, bytes]) -> None:
        import http.server
        import threading

        self.files = files
        self.requests: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                server.requests.append(self.path)
                body = server.files.get(self.path.lstrip("/"))
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> IndexServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def fixture_index_entry(link: str, **changes: object) -> dict:
    """The fixture's metadata.json as an index entry (argos's index lists each package's metadata + links)."""
    with zipfile.ZipFile(FIXTURE) as z:
        meta = json.loads(z.read("translate-zh_en-fixture/metadata.json"))
    return {**meta, "links": [link], **changes}


@needs_fixture
def test_install_index_through_a_local_index(data: Path) -> None:
    """`models install-index --index URL`: argos downloads the index, then the model, from 127.0.0.1."""
    with IndexServer({"translate-zh_en-fixture.argosmodel": FIXTURE.read_bytes()}) as srv:
        model_link = f"{srv.base}/translate-zh_en-fixture.argosmodel"
        index = [
            fixture_index_entry(f"{srv.base}/old.argosmodel", package_version="0.0"),  # older: not chosen
            fixture_index_entry(model_link),
            fixture_index_entry(f"{srv.base}/fr.argosmodel", from_code="fr", code="translate-fr_en"),
        ]
        srv.files["index.json"] = json.dumps(index).encode()
        result = CliRunner().invoke(models_cli, ["install-index", "zh", "--index", f"{srv.base}/index.json"])
        assert result.exit_code == 0, result.output
        assert "installed translate-zh_en-fixture (zh→en, translate-zh_en 0.1 (fixture))" in result.output
        assert srv.requests == ["/index.json", "/translate-zh_en-fixture.argosmodel"]
    assert [m.name for m in list_models()] == ["translate-zh_en-fixture"]
    listed = CliRunner().invoke(models_cli, ["list"]).output
    size = f"{model_size(list_models()[0]) / 1_000_000:.1f} MB"
    assert f"translate-zh_en 0.1 (fixture)\t{size}\tindex {srv.base}/index.json" in listed
    assert list(config.data_dir().rglob("*.argosmodel")) == []  # the download is deleted once installed

    from pipeline.record import Article
    from pipeline.stages.translate.translator import translate

    record = Article(title="图为论坛现场。", paragraphs=["责任编辑：王丽"], lang="zh", paragraph_langs=["zh"])
    translate(record)
    assert record.body_en == "Editor: Wang Li"  # the model installed from the index translates


def test_install_index_refuses_what_is_not_an_index(data: Path, tmp_path: Path) -> None:
    with IndexServer({"index.json": b"<html>not json</html>", "dict.json": b'{"a": 1}'}) as srv:
        for name, message in [
            ("index.json", "not an argos package index (not JSON"),
            ("dict.json", "not an argos package index (expected a JSON list"),
            ("nothing.json", "could not download the package index"),
        ]:
            result = CliRunner().invoke(models_cli, ["install-index", "zh", "--index", f"{srv.base}/{name}"])
            assert result.exit_code == 1 and message in result.output, (name, result.output)
    empty = tmp_path / "index.json"  # a local path works too (a file URL for argos)
    empty.write_text("[]")
    missing = CliRunner().invoke(models_cli, ["install-index", "zh", "--index", str(empty)])
    assert missing.exit_code == 1 and "not in the index" in missing.output and "zh→en" in missing.output
    assert list_models() == []


@needs_fixture
def test_list_shows_source_version_and_size(data: Path) -> None:
    info = install_model(FIXTURE)
    assert 400_000 < model_size(info) < 2_000_000
    (config.models_dir() / "copied").mkdir()
    (config.models_dir() / "copied" / "metadata.json").write_text(
        json.dumps({"from_code": "fr", "to_code": "en", "package_version": "1.9"})
    )
    listed = CliRunner().invoke(models_cli, ["list"]).output.splitlines()
    assert listed[1] == "copied\tfr→en\ttranslate-fr_en 1.9\t0.0 MB\tcopied in (no install record)"
    size = f"{model_size(info) / 1_000_000:.1f} MB"
    assert (
        listed[2] == f"translate-zh_en-fixture\tzh→en\ttranslate-zh_en 0.1 (fixture)\t{size}\tfile {FIXTURE}"
    )
