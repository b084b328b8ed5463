"""The app's name, version and identifiers for packaging, read from pyproject.toml.

One source of truth: the PyInstaller spec, the macOS Info.plist and the Windows version
resource all come from here, so a release only bumps `version` in pyproject.toml (and adds a
<release> to the AppStream metainfo, which a test checks).
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"

DISPLAY_NAME = "Counselor Desk"
APP_ID = "org.counselordesk.CounselorDesk"  # reverse-DNS id: .desktop, metainfo, macOS bundle
PUBLISHER = "Counselor Desk team"
MACOS_MINIMUM = "11.0"  # Qt 6.8+ wheels need macOS 11 or later


@dataclass(frozen=True)
class AppMetadata:
    name: str  # the distribution and executable name: counselor-desk
    version: str  # as in pyproject.toml, e.g. 0.1.0
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


def read_metadata(pyproject: Path = PYPROJECT) -> AppMetadata:
    """Name, version, description and licence from the [project] table."""
    with pyproject.open("rb") as stream:
        project = tomllib.load(stream)["project"]
    licence = project.get("license", "")
    if isinstance(licence, dict):
        licence = licence.get("text", "")
    return AppMetadata(
        name=str(project["name"]),
        version=str(project["version"]),
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
