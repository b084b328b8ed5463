"""The whole test suite from a fresh clone, the same on Linux, macOS and Windows.

    python3 tests/run.py            # Linux, macOS
    py -3 tests\\run.py              # Windows
    python3 tests/run.py -k roll    # extra arguments go to pytest

It makes .venv/ with the Python running it (3.11 or newer, else it says so and stops),
installs the app with its dev tools, installs the system libraries Qt needs when they are
missing (Debian/Ubuntu, as root or with sudo), compiles the translations
(resources/translations/*.qm), then runs ruff, mypy and pytest (Qt offscreen). Exit status:
non-zero when anything fails.

This file is read by older Pythons too (3.6 and up, to say they are too old): no syntax
newer than theirs before the version check.
"""

import hashlib
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEEDED = (3, 11)
QT_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
]


def say(text):
    print("tests/run: " + text, flush=True)


def venv_python():
    if os.name == "nt":
        return os.path.join(ROOT, ".venv", "Scripts", "python.exe")
    return os.path.join(ROOT, ".venv", "bin", "python")


def run(command, **kwargs):
    return subprocess.call(command, cwd=ROOT, **kwargs)


def must(command, what):
    status = run(command)
    if status != 0:
        say(what + " failed (exit status " + str(status) + ").")
        sys.exit(status or 1)


def make_venv():
    python = venv_python()
    if not os.path.exists(python):
        say("creating .venv with " + sys.executable)
        must([sys.executable, "-m", "venv", os.path.join(ROOT, ".venv")], "creating .venv")
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as project:
        digest = hashlib.sha256(project.read()).hexdigest()[:16]
    stamp = os.path.join(ROOT, ".venv", ".installed-" + digest)
    if not os.path.exists(stamp):
        say("installing Counselor Desk and its dev tools into .venv")
        must([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], "upgrading pip")
        must([python, "-m", "pip", "install", "--quiet", "-e", ".[dev]"], "installing")
        for name in os.listdir(os.path.join(ROOT, ".venv")):
            if name.startswith(".installed-"):
                os.remove(os.path.join(ROOT, ".venv", name))
        open(stamp, "w").close()
    return python


def qt_starts(python, env):
    probe = "from PySide6.QtWidgets import QApplication; QApplication([])"
    return (
        subprocess.call(
            [python, "-c", probe], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        == 0
    )


def ensure_qt_libraries(python, env):
    """Qt needs a few system libraries even offscreen; install them where apt-get can."""
    if qt_starts(python, env):
        return
    say("Qt cannot start; installing system libraries: " + " ".join(QT_PACKAGES))
    if not sys.platform.startswith("linux") or shutil.which("apt-get") is None:
        say("no apt-get here; install the equivalents of: " + " ".join(QT_PACKAGES))
        sys.exit(1)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    quiet = {"stdout": subprocess.DEVNULL}
    apt_env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if (
        run([*sudo, "apt-get", "update", "-qq"], **quiet) != 0
        or run([*sudo, "apt-get", "install", "-y", "-qq", *QT_PACKAGES], env=apt_env, **quiet) != 0
    ):
        say("installing the system libraries failed.")
        sys.exit(1)


def compile_translations(python):
    """resources/translations/*.ts -> *.qm (never committed), with the venv's lrelease, so
    the app and the tests find the languages also when a .ts changed after the install."""
    say("translations (pyside6-lrelease)")
    must(
        [python, os.path.join(ROOT, "packaging", "make_translations.py")],
        "compiling the translations",
    )


def main(arguments):
    if sys.version_info[:2] < NEEDED:
        say(
            f"Python {NEEDED[0]}.{NEEDED[1]} or newer is needed; this is {sys.version_info[0]}.{sys.version_info[1]} ({sys.executable}). Run this file with a newer "
            "Python: python3.11 tests/run.py, or on Windows py -3.11 tests\\run.py."
        )
        return 1
    python = make_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    ensure_qt_libraries(python, env)
    compile_translations(python)
    say("ruff")
    if run([python, "-m", "ruff", "check", "counselor_desk", "tests", "main.py"], env=env):
        return 1
    say("mypy")
    if run([python, "-m", "mypy"], env=env):
        return 1
    say("pytest")
    status = run([python, "-m", "pytest", *arguments], env=env)
    if status == 5:
        say("pytest collected no tests; that is a failure.")
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
