"""The licence texts the app ships (resources/licenses) and the versions of what it runs on,
for the About box, the bundle and the packages."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

NOTICES = "NOTICES.md"

#: The distributions the About box names with their versions (those the app imports).
COMPONENTS = (
    "reportlab",
    "python-bidi",
    "arabic-reshaper",
    "sqlcipher3",
    "rapidfuzz",
    "fhir.resources",
)


def licence_dirs() -> list[Path]:
    """Where the texts can be: the source tree, a frozen bundle, an installed copy."""
    dirs = [Path(__file__).resolve().parents[1] / "resources" / "licenses"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "resources" / "licenses")
    dirs.append(Path(sys.prefix) / "share" / "counselor-desk" / "licenses")  # a pip install
    return dirs


def licence_dir() -> Path | None:
    """The first folder holding the notices, or None when the install lost them."""
    return next((folder for folder in licence_dirs() if (folder / NOTICES).is_file()), None)


def texts() -> dict[str, str]:
    """Every licence file by name (the notices first), read as UTF-8."""
    folder = licence_dir()
    if folder is None:
        return {}
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name != NOTICES)
    found = {NOTICES: (folder / NOTICES).read_text(encoding="utf-8")}
    for path in files:
        found[path.name] = path.read_text(encoding="utf-8", errors="replace")
    return found


def versions() -> list[tuple[str, str]]:
    """(distribution, version) of each component installed ('' when it is not)."""
    found = []
    for name in COMPONENTS:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, ""))
    return found
