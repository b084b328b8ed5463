"""Light checks of packaging/: metadata from pyproject, the spec's choices, desktop files, icons.

PyInstaller itself is never run here (packaging/build does that, in minutes); the spec is
executed with recording stand-ins for PyInstaller's build classes instead.
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import counselor_desk

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.counselordesk.CounselorDesk"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "counselor-desk.iss"


def load(name: str) -> ModuleType:
    """A module of packaging/ (not a package: `packaging` is also a PyPI distribution)."""
    spec = importlib.util.spec_from_file_location(f"_pkg_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        project: dict[str, Any] = tomllib.load(stream)["project"]
    return project


# -- metadata ------------------------------------------------------------------------------


def test_metadata_comes_from_pyproject(pyproject: dict[str, Any]) -> None:
    meta = load("app_metadata").read_metadata()
    assert meta.name == pyproject["name"] == "counselor-desk"
    assert "version" not in pyproject and pyproject["dynamic"] == ["version"]
    assert meta.version == counselor_desk.__version__
    assert meta.license == "MIT"


def test_metadata_reads_another_pyproject(tmp_path: Path) -> None:
    other = tmp_path / "pyproject.toml"
    other.write_text(
        '[project]\nname = "counselor-desk"\nversion = "2.3.4rc1"\nlicense = "MIT"\n',
        encoding="utf-8",
    )
    meta = load("app_metadata").read_metadata(other)
    assert meta.version == "2.3.4rc1"
    assert meta.version_tuple == (2, 3, 4, 0)
    assert meta.license == "MIT"


def test_macos_info_plist_settings() -> None:
    metadata = load("app_metadata")
    plist = metadata.read_metadata().info_plist()
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == counselor_desk.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == metadata.MACOS_MINIMUM


def test_build_scripts_can_ask_for_the_version() -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "app_metadata.py"), "numeric-version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == ".".join(
        [*counselor_desk.__version__.split("."), "0", "0", "0"][:4]
    )


# -- the PyInstaller spec, executed with recording stand-ins -------------------------------


class Recorder:
    calls: dict[str, dict[str, Any]]

    def __init__(self) -> None:
        self.calls = {}

    def stand_in(self, kind: str, **extra: Any) -> type:
        recorder = self

        class Built:
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                recorder.calls[kind] = {"args": args, **kwargs}
                for key, value in extra.items():
                    setattr(self, key, list(value))
                self.scripts: list[Any] = []
                self.pure: list[Any] = []

        return Built


SAMPLE_DATAS = [
    ("resources/fonts/DejaVuSans.ttf", "/src/DejaVuSans.ttf", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/qml/QtQuick/qmldir", "/src/qmldir", "DATA"),
    ("PySide6\\translations\\qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
]
SAMPLE_BINARIES = [
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/a", "BINARY"),
    ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/b", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/c", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/src/d", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/e", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/f", "BINARY"),
    ("libcairo.so.2", "/src/g", "BINARY"),
    ("libglib-2.0.so.0", "/src/h", "BINARY"),
    ("pillow.libs/libjpeg-6dc8d115.so.62.4.0", "/src/i", "BINARY"),
    # The Windows wheel's layout: no Qt/ folder, no "lib" in front.
    ("PySide6\\Qt6Network.dll", "/src/j", "BINARY"),
    ("PySide6\\plugins\\platforms\\qwindows.dll", "/src/k", "BINARY"),
    ("PySide6\\plugins\\imageformats\\qtiff.dll", "/src/l", "BINARY"),
]


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> tuple[Recorder, dict[str, Any]]:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts packaging/ on it
    recorder = Recorder()
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "SPECPATH": str(PACKAGING),
        "Analysis": recorder.stand_in("Analysis", datas=SAMPLE_DATAS, binaries=SAMPLE_BINARIES),
        "PYZ": recorder.stand_in("PYZ"),
        "EXE": recorder.stand_in("EXE"),
        "COLLECT": recorder.stand_in("COLLECT"),
        "BUNDLE": recorder.stand_in("BUNDLE"),
    }
    source = (PACKAGING / "counselor-desk.spec").read_text(encoding="utf-8")
    exec(compile(source, "counselor-desk.spec", "exec"), namespace)
    return recorder, namespace


def test_spec_builds_a_one_folder_app_named_from_pyproject(
    monkeypatch: pytest.MonkeyPatch, pyproject: dict[str, Any]
) -> None:
    recorder, _namespace = run_spec(monkeypatch, "linux")
    assert recorder.calls["EXE"]["name"] == pyproject["name"]
    assert recorder.calls["EXE"]["exclude_binaries"] is True  # one folder, not one file
    assert recorder.calls["COLLECT"]["name"] == pyproject["name"]
    assert "BUNDLE" not in recorder.calls
    spec_text = (PACKAGING / "counselor-desk.spec").read_text(encoding="utf-8")
    assert counselor_desk.__version__ not in spec_text  # never hard-coded


def test_spec_takes_resources_and_leaves_out_unused_qt_and_tests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder, _namespace = run_spec(monkeypatch, "linux")
    analysis = recorder.calls["Analysis"]
    assert (str(ROOT / "resources"), "resources") in analysis["datas"]
    assert analysis["args"][0] == [str(PACKAGING / "launcher.py")]
    excludes = set(analysis["excludes"])
    for module in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "tests",
        "pytest",
        "tkinter",
    ):
        assert module in excludes
    assert not any(name.startswith(("PySide6.QtCore", "PySide6.QtGui")) for name in excludes)
    assert "PySide6.QtWidgets" not in excludes
    assert "counselor_desk.selftest" in analysis["hiddenimports"]


def test_spec_carries_sqlcipher_and_the_scrypt_it_is_keyed_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder, _namespace = run_spec(monkeypatch, "linux")
    analysis = recorder.calls["Analysis"]
    for module in ("sqlcipher3", "sqlcipher3.dbapi2", "sqlcipher3._sqlite3"):
        assert module in analysis["hiddenimports"]
    excludes = set(analysis["excludes"])
    # hashlib.scrypt (passphrase hash, key file) exists only with OpenSSL's _hashlib
    assert "_hashlib" not in excludes and "hashlib" not in excludes
    assert not any(name.startswith("sqlcipher3") for name in excludes)
    assert "ssl" in excludes  # still no network


def test_the_sqlcipher_extension_needs_no_library_outside_the_system() -> None:
    """What the spec's comment says: nothing but libc, libm and libpthread is linked."""
    import sqlcipher3._sqlite3 as extension

    if shutil.which("ldd") is None or not sys.platform.startswith("linux"):
        pytest.skip("ldd is Linux-only")
    listed = subprocess.run(
        ["ldd", extension.__file__], capture_output=True, text=True, check=True
    ).stdout
    linked = {line.split()[0] for line in listed.splitlines() if line.strip()}
    system = ("linux-vdso", "libc.so", "libm.so", "libpthread.so", "ld-linux", "/lib64/ld-linux")
    assert all(name.startswith(system) for name in linked), linked


def test_spec_prunes_translations_qml_and_unused_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    _recorder, namespace = run_spec(monkeypatch, "linux")
    analysis = namespace["a"]
    assert [entry[0] for entry in analysis.datas] == ["resources/fonts/DejaVuSans.ttf"]
    assert [entry[0] for entry in analysis.binaries] == [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "libglib-2.0.so.0",
        "pillow.libs/libjpeg-6dc8d115.so.62.4.0",
        "PySide6\\plugins\\platforms\\qwindows.dll",
    ]


# Files of the Linux Qt wheel, by their real names, and whether the bundle carries them.
QT_FILES = {
    # the EGL FS device integration (no display back end left uses it) and its KMS part
    "lib/libQt6EglFSDeviceIntegration.so.6": False,
    "lib/libQt6EglFsKmsSupport.so.6": False,
    # what only a Wayland compositor built with Qt, or a legacy shell, links to
    "lib/libQt6WaylandCompositor.so.6": False,
    "lib/libQt6WaylandEglCompositorHwIntegration.so.6": False,
    "lib/libQt6WlShellIntegration.so.6": False,
    "plugins/platforms/libqminimal.so": False,
    "plugins/platforms/libqminimalegl.so": False,
    "plugins/wayland-graphics-integration-server/libqt-wayland-compositor-wayland-egl.so": False,
    "plugins/wayland-graphics-integration-client/libdmabuf-server.so": False,
    "plugins/wayland-graphics-integration-client/libshm-emulation-server.so": False,
    "plugins/wayland-shell-integration/libwl-shell-plugin.so": False,
    "plugins/wayland-shell-integration/libivi-shell.so": False,
    "plugins/wayland-shell-integration/libfullscreen-shell-v1.so": False,
    "plugins/wayland-shell-integration/libqt-shell.so": False,
    "plugins/imageformats/libqpdf.so": False,
    # what offscreen, X11 and Wayland clients need
    "lib/libQt6Gui.so.6": True,
    "lib/libQt6XcbQpa.so.6": True,
    "lib/libQt6WaylandClient.so.6": True,
    "lib/libQt6OpenGL.so.6": True,
    "plugins/platforms/libqoffscreen.so": True,
    "plugins/platforms/libqxcb.so": True,
    "plugins/platforms/libqwayland.so": True,
    "plugins/wayland-shell-integration/libxdg-shell.so": True,
    "plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so": True,
    "plugins/wayland-decoration-client/libadwaita.so": True,
    "plugins/wayland-decoration-client/libbradient.so": True,
    "plugins/xcbglintegrations/libqxcb-egl-integration.so": True,
    "plugins/xcbglintegrations/libqxcb-glx-integration.so": True,
    "plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so": True,
}


def test_spec_drops_what_no_display_back_end_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    _recorder, namespace = run_spec(monkeypatch, "linux")
    keep = namespace["keep"]
    for name, kept in QT_FILES.items():
        assert keep((f"PySide6/Qt/{name}", "/src", "BINARY")) is kept, name
    # The Windows wheel's layout: no Qt/ folder, no "lib" in front.
    assert keep(("PySide6\\plugins\\platforms\\qminimal.dll", "/src", "BINARY")) is False
    assert keep(("PySide6\\Qt6EglFSDeviceIntegration.dll", "/src", "BINARY")) is False
    assert keep(("PySide6\\plugins\\platforms\\qwindows.dll", "/src", "BINARY")) is True


def test_the_names_dropped_are_the_wheels_own_spelling() -> None:
    """DROP_LIBS once spelt the EGL FS library Qt6EglFs and kept it: each name in the list
    above is checked against the installed wheel's files, case and all."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    if not (qt / "lib" / "libQt6Core.so.6").is_file():
        pytest.skip("the Linux wheel's layout is needed")
    missing = [name for name in QT_FILES if not (qt / name).is_file()]
    assert not missing, f"not in this PySide6 wheel (misspelt?): {missing}"


def test_spec_keeps_the_app_languages_and_qt_s_own_for_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _recorder, namespace = run_spec(monkeypatch, "linux")
    keep = namespace["keep"]
    languages = [
        path.stem.rpartition("_")[2] for path in (ROOT / "resources" / "translations").glob("*.ts")
    ]
    assert "es" in languages and namespace["LANGUAGES"] == sorted(languages)
    assert keep(("PySide6/Qt/translations/qtbase_es.qm", "/src", "DATA")) is True
    assert keep(("PySide6/Qt/translations/qt_es.qm", "/src", "DATA")) is False
    assert keep(("PySide6/Qt/translations/qtbase_de.qm", "/src", "DATA")) is False
    assert keep(("resources/translations/counselor_desk_es.qm", "/src", "DATA")) is True
    assert keep(("resources/translations/counselor_desk_es.ts", "/src", "DATA")) is False
    # the spec compiles what is missing or stale, so the bundle never ships without them
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        assert source.with_suffix(".qm").stat().st_mtime >= source.stat().st_mtime


def test_spec_wraps_a_macos_bundle_with_info_plist(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, _namespace = run_spec(monkeypatch, "darwin")
    bundle = recorder.calls["BUNDLE"]
    assert bundle["name"] == "Counselor Desk.app"
    assert bundle["bundle_identifier"] == APP_ID
    assert bundle["version"] == counselor_desk.__version__
    assert bundle["info_plist"]["NSHighResolutionCapable"] is True
    assert bundle["icon"].endswith("counselor-desk.icns") and Path(bundle["icon"]).is_file()
    assert recorder.calls["EXE"]["console"] is False


# -- build script and ignore rules ---------------------------------------------------------


def test_build_script_is_valid_bash_and_self_tests_in_a_clean_environment() -> None:
    script = PACKAGING / "build"
    assert script.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "env -i PATH=/usr/bin:/bin HOME=" in text
    assert "QT_QPA_PLATFORM=offscreen" in text and "XDG_DATA_HOME=" in text
    assert '"$binary" --self-test' in text
    assert "du -sh" in text


def test_build_output_is_ignored_and_kept_apart_from_the_script() -> None:
    ignored = (PACKAGING / ".gitignore").read_text(encoding="utf-8").split()
    text = (PACKAGING / "build").read_text(encoding="utf-8")
    for folder in (".build-venv", "dist", "work"):
        assert f"/{folder}/" in ignored
        assert f'"$here/{folder}"' in text
    # PyInstaller's scratch folder must not be named like the script, or `rm -rf` takes it.
    assert '"$here/build"' not in text


# -- Linux desktop integration -------------------------------------------------------------


def test_desktop_file_launches_the_app_with_its_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Counselor Desk"
    assert entry["Exec"] == "counselor-desk"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Science;MedicalSoftware;"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_file_validates_without_hints() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""  # no error, warning or hint


def test_metainfo_describes_this_app_and_version(pyproject: dict[str, Any]) -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == pyproject["name"]
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == counselor_desk.__version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_linux_install_script_is_valid_bash() -> None:
    script = PACKAGING / "linux" / "install.sh"
    assert script.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(script)], check=True)


# -- Windows installer ---------------------------------------------------------------------


def test_inno_setup_script_is_per_user_by_default_and_versioned_from_outside() -> None:
    text = ISS.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line[:1] not in (";", "#")]
    settings = dict(line.split("=", 1) for line in lines if "=" in line)
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["AppVersion"] == "{#AppVersion}"
    assert settings["VersionInfoVersion"] == "{#AppVersionNumeric}"
    assert settings["DefaultDirName"].startswith("{autopf}")
    assert not any(counselor_desk.__version__ in line for line in lines)
    icon = (ISS.parent / settings["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == (ICONS / "counselor-desk.ico").resolve() and icon.is_file()
    assert '"..\\dist\\counselor-desk\\*"' in text
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '"/DAppVersion=$version"' in build and '"/DAppVersionNumeric=$numeric"' in build
    assert "--self-test" in build


# -- icons ---------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(data: bytes) -> list[int]:
    _reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert kind == 1
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert png_size(data[offset : offset + length]) == (width or 256, width or 256)
        sizes.append(width or 256)
    return sizes


def icns_types(data: bytes) -> dict[bytes, tuple[int, int]]:
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        found[kind] = png_size(data[position + 8 : position + length])
        position += length
    return found


def test_committed_icons_have_every_size() -> None:
    make_icons = load("make_icons")
    assert ET.parse(ICONS / "counselor-desk.svg").getroot().tag.endswith("svg")
    for size in make_icons.PNG_SIZES:
        assert png_size((ICONS / f"counselor-desk-{size}.png").read_bytes()) == (size, size)
    assert ico_sizes((ICONS / "counselor-desk.ico").read_bytes()) == list(make_icons.ICO_SIZES)
    icns = icns_types((ICONS / "counselor-desk.icns").read_bytes())
    assert icns[b"ic10"] == (1024, 1024) and icns[b"icp4"] == (16, 16)


def test_make_icons_renders_the_svg(qapp: object, tmp_path: Path) -> None:
    make_icons = load("make_icons")
    written = make_icons.make_icons(out=tmp_path)
    assert {path.name for path in written} == {
        *(f"counselor-desk-{size}.png" for size in make_icons.PNG_SIZES),
        "counselor-desk.ico",
        "counselor-desk.icns",
    }
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "counselor-desk-64.png"))
    assert (image.width(), image.height()) == (64, 64)
    assert image.pixelColor(0, 0).alpha() == 0  # transparent outside the rounded tile
    assert image.pixelColor(32, 32).alpha() == 255  # the clipboard in the middle is opaque


@pytest.mark.qt_log_ignore(r"Cannot read file .*broken\.svg")
def test_make_icons_refuses_a_broken_svg(qapp: object, tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="not a valid SVG"):
        load("make_icons").render_png(broken, 16)
