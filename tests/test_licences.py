"""The licence texts ship with the app, and every library it runs on is named in them."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from counselor_desk import licences

ROOT = Path(__file__).resolve().parents[1]


def _runtime_distributions() -> set[str]:
    """Counselor Desk's runtime requirements, followed down to the last one installed."""
    seen: set[str] = set()
    todo = ["counselor-desk"]
    while todo:
        name = todo.pop()
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in requires:
            if "extra ==" in requirement:
                continue
            if ";" in requirement and "sys_platform" in requirement:
                continue
            dist = re.split(r"[ <>=!~;\[(]", requirement, maxsplit=1)[0].strip()
            key = dist.lower().replace("_", "-")
            if key not in seen:
                seen.add(key)
                todo.append(dist)
    return seen


def test_the_repository_has_its_licence_and_the_notices() -> None:
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licences.licence_dir() == ROOT / "resources" / "licenses"
    found = licences.texts()
    assert next(iter(found)) == licences.NOTICES
    notices = found[licences.NOTICES]
    for file_name in re.findall(r"`([\w.-]+\.(?:txt|yml))`", notices):
        if not file_name.startswith("LICENSE-DejaVu"):
            assert file_name in found, f"{file_name} is named in the notices but not shipped"


def test_every_runtime_library_is_in_the_notices() -> None:
    notices = (ROOT / "resources" / "licenses" / licences.NOTICES).read_text(encoding="utf-8")
    named = {word.lower().replace("_", "-") for word in re.findall(r"[\w.-]+", notices)}
    named |= {"pyside6-essentials", "shiboken6"} if "PySide6-Essentials" in notices else set()
    missing = sorted(_runtime_distributions() - named)
    assert not missing, f"add these to resources/licenses/NOTICES.md with their licence: {missing}"


def test_the_packages_carry_the_licence_files() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject
    assert '"LICENSE"' in pyproject and '"resources/licenses/*"' in pyproject
    assert '"share/counselor-desk/licenses" = ["resources/licenses/*"]' in pyproject
