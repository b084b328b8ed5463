"""The project's PEP 517 build backend: setuptools, plus two things setuptools cannot be told
in pyproject.toml.

1. The compiled translations. The wheel installs resources/translations/*.qm into
   share/counselor-desk/translations, and those files are made from the .ts sources by Qt's
   lrelease, never committed. Before any build (wheel, editable install, sdist) they are
   compiled here. When they are missing or older than their sources and this environment has
   no lrelease, the backend asks the frontend (pip, build) for PySide6-Essentials, which
   carries lrelease, as an extra build requirement; once they are up to date nothing extra is
   installed (an sdist carries them compiled). A build that still cannot compile them stops
   with a plain error instead of making a wheel without its languages.
2. The sdist's file list. The top level of the repository holds no MANIFEST.in; the template
   is packaging/sdist.in (same syntax), so the sdist carries the tests, their fixtures,
   resources/ and the docs.

pyproject.toml names this module with `backend-path = ["packaging"]`. Standard library and
setuptools only.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

from setuptools import build_meta  # type: ignore[import-untyped, unused-ignore]
from setuptools.command import egg_info  # type: ignore[import-untyped, unused-ignore]

sys.path.insert(0, str(Path(__file__).resolve().parent))  # packaging/, loaded by file name too
import make_translations

ROOT = Path(__file__).resolve().parents[1]
SDIST_TEMPLATE = "packaging/sdist.in"

# setuptools reads its manifest template from this class attribute ("MANIFEST.in").
egg_info.manifest_maker.template = SDIST_TEMPLATE

ConfigSettings = dict[str, Any] | None


def lrelease_requirement(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The runtime's own PySide6-Essentials requirement (the same Qt as the app runs on)."""
    with pyproject.open("rb") as stream:
        dependencies = tomllib.load(stream)["project"]["dependencies"]
    for requirement in dependencies:
        if requirement.lower().startswith("pyside6-essentials"):
            return str(requirement)
    return "PySide6-Essentials"


def extra_requirements(root: Path = ROOT) -> list[str]:
    """PySide6-Essentials (for its lrelease) when the translations need compiling and this
    environment has no lrelease; nothing otherwise."""
    if make_translations.stale(root) and make_translations.find_lrelease() is None:
        return [lrelease_requirement(root / "pyproject.toml")]
    return []


def compile_translations(root: Path = ROOT) -> None:
    """Compile when a tool is here; without one, up-to-date .qm files are enough, and
    missing or stale ones stop the build with a plain message."""
    if make_translations.find_lrelease() is None and not make_translations.stale(root):
        return
    try:
        make_translations.compile_all(root)
    except make_translations.TranslationError as error:
        raise SystemExit(f"counselor-desk build: {error}") from None


def get_requires_for_build_wheel(config_settings: ConfigSettings = None) -> list[str]:
    return [*build_meta.get_requires_for_build_wheel(config_settings), *extra_requirements()]


def get_requires_for_build_editable(config_settings: ConfigSettings = None) -> list[str]:
    return [*build_meta.get_requires_for_build_editable(config_settings), *extra_requirements()]


def get_requires_for_build_sdist(config_settings: ConfigSettings = None) -> list[str]:
    return [*build_meta.get_requires_for_build_sdist(config_settings), *extra_requirements()]


def prepare_metadata_for_build_wheel(
    metadata_directory: str, config_settings: ConfigSettings = None
) -> str:
    return str(build_meta.prepare_metadata_for_build_wheel(metadata_directory, config_settings))


def prepare_metadata_for_build_editable(
    metadata_directory: str, config_settings: ConfigSettings = None
) -> str:
    return str(build_meta.prepare_metadata_for_build_editable(metadata_directory, config_settings))


def build_wheel(
    wheel_directory: str,
    config_settings: ConfigSettings = None,
    metadata_directory: str | None = None,
) -> str:
    compile_translations()
    return str(build_meta.build_wheel(wheel_directory, config_settings, metadata_directory))


def build_editable(
    wheel_directory: str,
    config_settings: ConfigSettings = None,
    metadata_directory: str | None = None,
) -> str:
    compile_translations()
    return str(build_meta.build_editable(wheel_directory, config_settings, metadata_directory))


def build_sdist(sdist_directory: str, config_settings: ConfigSettings = None) -> str:
    compile_translations()
    return str(build_meta.build_sdist(sdist_directory, config_settings))
