"""The app's name, version and identifiers for packaging, read from pyproject.toml.

One source of truth: the version is `__version__` in counselor_desk/__init__.py, which
pyproject.toml names (`dynamic = ["version"]`, `[tool.setuptools.dynamic] version = {attr =
…}`); the PyInstaller spec, the macOS Info.plist, the Windows version resource and installer
and the .deb all read it through here. A release bumps that line only (and adds a <release>
to the AppStream metainfo and an entry to docs/CHANGELOG.md, which a test checks).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"

DISPLAY_NAME = "Counselor Desk"
APP_ID = "org.counselordesk.CounselorDesk"  # reverse-DNS id: .desktop, metainfo, macOS bundle
PUBLISHER = "Counselor Desk team"
MACOS_MINIMUM = "11.0"  # Qt 6.8+ wheels need macOS 11 or later


@dataclass(frozen=True)
class AppMetadata:
    name: str  # the distribution and executable name: counselor-desk
    version: str  # counselor_desk.__version__, e.g. 1.2.3
    description: str
    license: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for the Windows version resource (1.2.3rc1 -> 1, 2, 3, 0)."""
        release = re.match(r"\d+(?:\.\d+)*", self.version)
        numbers = [int(part) for part in release.group(0).split(".")] if release else []
        padded = [*numbers, 0, 0, 0, 0][:4]
        return (padded[0], padded[1], padded[2], padded[3])

    def info_plist(self) -> dict[str, object]:
        """Info.plist settings of the macOS .app bundle."""
        return {
            "CFBundleName": DISPLAY_NAME,
            "CFBundleDisplayName": DISPLAY_NAME,
            "CFBundleIdentifier": APP_ID,
            "CFBundleShortVersionString": self.version,
            "CFBundleVersion": self.version,
            "CFBundlePackageType": "APPL",
            "LSApplicationCategoryType": "public.app-category.medical",
            "LSMinimumSystemVersion": MACOS_MINIMUM,
            "NSHighResolutionCapable": True,
            "NSRequiresAquaSystemAppearance": False,  # follow light/dark mode
            "NSHumanReadableCopyright": f"© {PUBLISHER}. {self.license} licence.",
        }


def attribute_value(root: Path, attr: str) -> str:
    """A string assigned at the top of a module, read without importing it:
    "counselor_desk.__version__" -> the value in counselor_desk/__init__.py."""
    module, _, name = attr.rpartition(".")
    base = root.joinpath(*module.split("."))
    source = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
    for node in ast.parse(source.read_text(encoding="utf-8"), str(source)).body:
        if not isinstance(node, ast.Assign):
            continue
        if any(isinstance(target, ast.Name) and target.id == name for target in node.targets):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError(f"{source} assigns no string to {name}")


def read_version(pyproject: Path, document: dict[str, Any]) -> str:
    """[project] version, or the module attribute setuptools reads it from when dynamic."""
    project = document["project"]
    if "version" in project:
        return str(project["version"])
    dynamic = document.get("tool", {}).get("setuptools", {}).get("dynamic", {})
    attr = dynamic.get("version", {}).get("attr")
    if "version" not in project.get("dynamic", []) or not attr:
        raise ValueError(f"{pyproject} gives no version and no version attribute")
    return attribute_value(pyproject.parent, str(attr))


def read_metadata(pyproject: Path = PYPROJECT) -> AppMetadata:
    """Name, version, description and licence from the [project] table (the version from
    the package when pyproject.toml says it is dynamic)."""
    with pyproject.open("rb") as stream:
        document = tomllib.load(stream)
    project = document["project"]
    licence = project.get("license", "")
    if isinstance(licence, dict):
        licence = licence.get("text", "")
    return AppMetadata(
        name=str(project["name"]),
        version=read_version(pyproject, document),
        description=str(project.get("description", "")),
        license=str(licence),
    )


def main(argv: list[str]) -> int:
    """`python packaging/app_metadata.py version|numeric-version|name` for build scripts."""
    meta = read_metadata()
    values = {
        "name": meta.name,
        "version": meta.version,
        "numeric-version": ".".join(str(number) for number in meta.version_tuple),
    }
    if len(argv) != 1 or argv[0] not in values:
        print(f"usage: app_metadata.py {'|'.join(values)}", file=sys.stderr)
        return 2
    print(values[argv[0]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
