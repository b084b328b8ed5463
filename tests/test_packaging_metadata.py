"""One version for everything, the changelog beside it, the per-user Linux install's menu
entry, and the Windows installer's two install modes."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import counselor_desk

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "org.counselordesk.CounselorDesk"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
CHANGELOG = ROOT / "docs" / "CHANGELOG.md"
ISS = PACKAGING / "windows" / "counselor-desk.iss"
VERSION = re.compile(r"\b\d+\.\d+\.\d+(?:\.\d+)?\b")


# -- the version, in one place ---------------------------------------------------------------


def test_the_version_is_written_once_in_the_package() -> None:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        document = tomllib.load(stream)
    assert "version" not in document["project"]
    assert document["project"]["dynamic"] == ["version"]
    attr = document["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "counselor_desk.__version__"
    init = ast.parse((ROOT / "counselor_desk" / "__init__.py").read_text(encoding="utf-8"))
    assigned = [
        node
        for node in init.body
        if isinstance(node, ast.Assign)
        and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        )
    ]
    assert len(assigned) == 1 and ast.literal_eval(assigned[0].value) == counselor_desk.__version__


def test_no_packaging_file_repeats_the_version() -> None:
    """Everything reads it through app_metadata; only the release history names versions."""
    readers = [
        PACKAGING / "app_metadata.py",
        PACKAGING / "counselor-desk.spec",
        PACKAGING / "build",
        PACKAGING / "build_backend.py",
        PACKAGING / "linux" / "install.sh",
        PACKAGING / "linux" / "make_deb.py",
        PACKAGING / "linux" / f"{APP_ID}.desktop",
        PACKAGING / "windows" / "build.ps1",
        ROOT / "pyproject.toml",
    ]
    for path in readers:
        text = path.read_text(encoding="utf-8")
        assert counselor_desk.__version__ not in text, path.name
    iss_settings = [
        line for line in ISS.read_text(encoding="utf-8").splitlines() if line[:1] != ";"
    ]
    assert not any(counselor_desk.__version__ in line for line in iss_settings)


def test_the_release_history_agrees_with_the_version() -> None:
    releases = [
        (release.get("version"), release.get("date"))
        for release in ET.parse(METAINFO).getroot().findall("releases/release")
    ]
    assert releases[0][0] == counselor_desk.__version__
    headings = re.findall(r"^## (.+)$", CHANGELOG.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert headings[0] == "Unreleased"
    released = [re.fullmatch(r"(\S+) — (\d{4}-\d{2}-\d{2})", heading) for heading in headings[1:]]
    assert all(released), headings  # "## 1.2.3 — YYYY-MM-DD"
    assert [match.groups() for match in released if match] == releases


def test_the_changelog_names_no_file_outside_the_repository() -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    for path in re.findall(r"`([\w./-]+/[\w.-]+)`", text):
        if path.startswith("/"):  # an installed path (the .deb's /opt/counselor-desk)
            continue
        assert (ROOT / path).exists(), path


# -- the per-user Linux install --------------------------------------------------------------


def desktop_exec_argument(value: str) -> str:
    """The program path of an Exec= value that is one quoted argument, unescaped as the
    Desktop Entry specification says: first the string escapes, then the quoting rules."""
    string = re.sub(
        r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value
    )
    assert string.startswith('"') and string.endswith('"'), value
    inner = string[1:-1]
    unquoted = re.sub(r'\\([`$"\\])', r"\1", inner)
    assert not re.search(r'(?<!\\)[`$"]', inner), f"unescaped reserved character in {value}"
    return unquoted.replace("%%", "%")


@pytest.mark.skipif(shutil.which("bash") is None, reason="install.sh is a bash script")
@pytest.mark.parametrize("home", ["plain", "with space", 'odd $dollar "quote" `tick` 100%'])
def test_install_sh_quotes_the_program_path_in_the_menu_entry(tmp_path: Path, home: str) -> None:
    bundle = tmp_path / "built" / "counselor-desk"
    bundle.mkdir(parents=True)
    program = bundle / "counselor-desk"
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    prefix = tmp_path / home / ".local"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PREFIX": str(prefix),
        "BUNDLE": str(bundle),
    }
    script = PACKAGING / "linux" / "install.sh"
    subprocess.run(["bash", str(script)], env=env, check=True, capture_output=True)
    entry = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    (exec_line,) = [line for line in lines if line.startswith("Exec=")]
    installed = desktop_exec_argument(exec_line.removeprefix("Exec="))
    assert installed == str(prefix / "lib" / "counselor-desk" / "counselor-desk")
    assert Path(installed).is_file()
    source = (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if not line.startswith("Exec=")] == [
        line for line in source if not line.startswith("Exec=")
    ]
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0 and not result.stdout, result.stdout
    for size in (16, 256):
        assert (
            prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        ).is_file()
    subprocess.run(["bash", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not entry.exists() and not (prefix / "lib" / "counselor-desk").exists()
    assert not (prefix / "bin" / "counselor-desk").exists()


# -- the Windows installer -------------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith((";", "#")):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
            sections[current] = []
        else:
            sections.setdefault(current, []).append(stripped)
    return sections


def test_the_windows_installer_installs_per_user_or_per_machine() -> None:
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # per user unless told otherwise
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"dialog", "commandline"}
    assert setup.get("UsePreviousPrivileges", "yes") == "yes"  # an update keeps its mode
    # Every place follows the mode chosen ({auto…} constants), none is the user's alone.
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    placed = " ".join(sections["Files"] + sections["Icons"] + [setup["DefaultDirName"]])
    assert not re.search(r"\{(user|local)\w*\}|\{commonpf\}|\{pf\}", placed)
    assert all(
        line.startswith(('Name: "{autoprograms}', 'Name: "{autodesktop}'))
        for line in sections["Icons"]
    )
    # The app started at the end runs as the person, not as the administrator who approved.
    (run,) = sections["Run"]
    assert "postinstall" in run and "runasoriginaluser" in run and "skipifsilent" in run


def test_the_silent_install_switches_are_documented() -> None:
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    for switch in (
        "/ALLUSERS",
        "/CURRENTUSER",
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/NORESTART",
        "/TASKS=",
        "/DIR=",
        "/LOG=",
        "unins000.exe",
    ):
        assert switch in readme, switch
