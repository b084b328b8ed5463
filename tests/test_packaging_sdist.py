"""The source package and the build backend: the sdist carries everything its tests need and
the docs; the translations are compiled for every build, and a build that cannot compile
them stops instead of shipping a wheel without its languages."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import counselor_desk

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
# Not part of a source tree: the checkout's own environment, caches and build output.
TOP_LEVEL_ONLY = {".git", ".venv", "build", "dist", ".bench", ".hypothesis", "out"}
ANYWHERE = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
PACKAGING_OUTPUT = {".build-venv", "dist", "work"}


def load(name: str) -> ModuleType:
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location(f"_pkg_{name}", PACKAGING / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path[:] = saved


def source_tree(target: Path) -> Path:
    """A copy of the checkout as a fresh clone would have it (plus what is being written)."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = {name for name in names if name in ANYWHERE or name.endswith(".egg-info")}
        if Path(folder) == ROOT:
            skipped |= TOP_LEVEL_ONLY & set(names)
        if Path(folder) == PACKAGING:
            skipped |= PACKAGING_OUTPUT & set(names)
        return skipped

    shutil.copytree(ROOT, target, ignore=ignore)
    return target


def files_under(root: Path, folder: str) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in (root / folder).rglob("*")
        if path.is_file() and not path.name.endswith((".sqlite3-wal", ".sqlite3-shm"))
    }


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """Build the sdist of a copy of the checkout; returns the copy and the sdist's names."""
    pytest.importorskip("build", reason="python -m build (the dev extras) is not installed")
    folder = tmp_path_factory.mktemp("sdist")
    tree = source_tree(folder / "src")
    # With the translations compiled, the isolated build needs nothing beyond setuptools.
    load("make_translations").compile_all(tree)
    result = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(folder / "out"), str(tree)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (archive,) = (folder / "out").glob("*.tar.gz")
    assert archive.name == f"counselor_desk-{counselor_desk.__version__}.tar.gz"
    with tarfile.open(archive) as opened:
        prefix = f"counselor_desk-{counselor_desk.__version__}/"
        names = {
            member.name.removeprefix(prefix) for member in opened.getmembers() if member.isfile()
        }
    return tree, names


def test_the_sdist_carries_the_tests_their_fixtures_and_resources(
    sdist: tuple[Path, set[str]],
) -> None:
    tree, names = sdist
    for required in ("tests/conftest.py", "tests/ui/conftest.py", "tests/run.py", ".ci/run"):
        assert required in names, required
    for folder in ("tests", "tests/ui", "tests/fixtures", "resources", "counselor_desk"):
        missing = sorted(files_under(tree, folder) - names)
        assert not missing, f"{folder}: {missing[:10]}"
    translations = {name for name in names if name.startswith("resources/translations/")}
    assert any(name.endswith(".ts") for name in translations)
    assert any(name.endswith(".qm") for name in translations)  # compiled for the wheel


def test_the_sdist_carries_the_docs_and_what_builds_it(sdist: tuple[Path, set[str]]) -> None:
    tree, names = sdist
    for required in ("README.md", "LICENSE", "BENCHMARKS.md", "main.py", "pyproject.toml"):
        assert required in names, required
    assert files_under(tree, "docs") <= names
    assert "docs/CHANGELOG.md" in names
    for required in ("build_backend.py", "make_translations.py", "sdist.in", "build"):
        assert f"packaging/{required}" in names, required
    assert files_under(tree, "packaging") <= names


def test_the_sdist_carries_nothing_of_a_working_checkout(sdist: tuple[Path, set[str]]) -> None:
    _tree, names = sdist
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    assert not [name for name in names if name.split("/")[0] in TOP_LEVEL_ONLY]
    assert not [name for name in names if name.startswith(("packaging/dist/", "packaging/work/"))]


# -- the build backend and the translations -------------------------------------------------


def translation_tree(tmp_path: Path) -> Path:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    source = tmp_path / "resources" / "translations" / "counselor_desk_es.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es_US" sourcelanguage="en_US">\n'
        "<context><name>MainWindow</name><message><source>Save</source>"
        "<translation>Guardar</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    return tmp_path


def test_stale_translations_ask_for_lrelease_as_a_build_requirement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = load("build_backend")
    tree = translation_tree(tmp_path)
    monkeypatch.setattr(backend.make_translations, "find_lrelease", lambda: None)
    with (ROOT / "pyproject.toml").open("rb") as stream:
        runtime = tomllib.load(stream)["project"]["dependencies"]
    wanted = backend.extra_requirements(tree)
    assert wanted == [next(r for r in runtime if r.startswith("PySide6-Essentials"))]
    compiled = tree / "resources" / "translations" / "counselor_desk_es.qm"
    compiled.write_bytes(b"")
    os.utime(compiled, (compiled.stat().st_mtime + 10,) * 2)  # newer than its source
    assert backend.extra_requirements(tree) == []  # an sdist's compiled files are enough
    backend.compile_translations(tree)  # and nothing to do without a tool


def test_a_build_that_cannot_compile_the_translations_stops_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = load("build_backend")
    tree = translation_tree(tmp_path)
    monkeypatch.setattr(backend.make_translations, "find_lrelease", lambda: None)
    with pytest.raises(SystemExit, match="no lrelease found"):
        backend.compile_translations(tree)


def test_the_backend_points_setuptools_at_the_sdist_template() -> None:
    from setuptools.command import egg_info  # type: ignore[import-untyped, unused-ignore]

    backend = load("build_backend")
    assert egg_info.manifest_maker.template == backend.SDIST_TEMPLATE == "packaging/sdist.in"
    assert (ROOT / backend.SDIST_TEMPLATE).is_file()
    with (ROOT / "pyproject.toml").open("rb") as stream:
        system = tomllib.load(stream)["build-system"]
    assert system["build-backend"] == "build_backend"
    assert system["backend-path"] == ["packaging"]


def test_lrelease_compiles_every_catalogue_beside_its_source(tmp_path: Path) -> None:
    make_translations = load("make_translations")
    if make_translations.find_lrelease() is None:
        pytest.skip("no lrelease here")
    tree = translation_tree(tmp_path)
    assert [path.name for path in make_translations.stale(tree)] == ["counselor_desk_es.ts"]
    written = make_translations.compile_all(tree)
    assert [path.name for path in written] == ["counselor_desk_es.qm"]
    assert written[0].read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    assert make_translations.stale(tree) == []


def test_the_wheel_installs_the_compiled_translations_and_both_guides() -> None:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        data_files = tomllib.load(stream)["tool"]["setuptools"]["data-files"]
    assert data_files["share/counselor-desk/translations"] == ["resources/translations/*.qm"]
    assert data_files["share/counselor-desk/guide/en"] == ["resources/guide/en/*"]
    assert data_files["share/counselor-desk/guide/es"] == ["resources/guide/es/*"]
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "resources/translations/*.qm" in ignored  # compiled, never committed
