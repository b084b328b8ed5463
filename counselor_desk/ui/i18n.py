"""The app's languages: Qt's translators for our words and for Qt's own (standard buttons,
the date picker), the locale for dates and numbers, and the domain's labels.

The domain keeps its labels in plain English (it imports no Qt); the UI shows them through
`domain_text`, whose catalogue is `ui/domain_catalog.py` (a test keeps it complete). The
language is a setting (system, English, Español) read once at start: a change applies on
restart, as in most desktop software.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from counselor_desk.domain import messages


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark `text` for translation in `context` where it is defined (a module constant);
    translate it where it is shown: `QCoreApplication.translate(context, constant)`.
    Qt's own returns `object` to a type checker; this one returns the text, typed."""
    return text


#: The setting's key and its choices, in menu order; "system" follows the system's locale.
SETTING = "language"
SYSTEM = "system"
CHOICES: tuple[tuple[str, str], ...] = (
    (SYSTEM, QT_TRANSLATE_NOOP("Language", "System language")),
    ("en", "English"),
    ("es", "Español"),
)
#: The languages the app is written in; anything else falls back to English.
LANGUAGES = ("en", "es")
CATALOGUE = "counselor_desk"
DOMAIN_CONTEXT = "Domain"


def translation_dirs() -> list[Path]:
    """Where the compiled translations can be: the source tree, a frozen bundle, an
    installed copy."""
    dirs = [Path(__file__).resolve().parents[2] / "resources" / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "resources" / "translations")
    dirs.append(Path(sys.prefix) / "share" / "counselor-desk" / "translations")
    return dirs


def chosen(settings: QSettings) -> str:
    """The counselor's choice (a known one; anything else reads as the system's)."""
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value in {key for key, _ in CHOICES} else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language the app shows for a choice: the system's when it is one we have."""
    if choice in LANGUAGES:
        return choice
    locale = system if system is not None else QLocale.system()
    name = locale.name().split("_")[0]
    return name if name in LANGUAGES else "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers: the system's own when it speaks the language, else US usage."""
    locale = system if system is not None else QLocale.system()
    if locale.name().split("_")[0] == language:
        return locale
    return QLocale("es_US" if language == "es" else "en_US")


def qm_file(language: str) -> Path | None:
    name = f"{CATALOGUE}_{language}.qm"
    return next((d / name for d in translation_dirs() if (d / name).is_file()), None)


def qt_catalogue(language: str) -> Path | None:
    """Qt's own translation of its standard words (buttons, the date picker), if installed."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = path / f"qtbase_{language}.qm"
    return found if found.is_file() else None


def install(app: QCoreApplication, choice: str) -> str:
    """Load the translators for `choice` into `app`; returns the language now shown.
    English needs none. A missing catalogue leaves the app in English (and says so in the
    log by its file name only)."""
    language = resolve(choice)
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return "en"
    ours = qm_file(language)
    for path in (qt_catalogue(language), ours):
        translator = QTranslator(app)  # parented: it lives as long as the app
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
    if ours is None:
        import logging

        logging.getLogger(__name__).warning("no compiled translation for %s", language)
        return "en"
    # what the services say (a refused field, a missing record) in the same language
    messages.use(language, domain_text)
    return language


def shown_language() -> str:
    """The language the app is shown in now ("es" when Spanish is loaded, else "en")."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def domain_text(text: str) -> str:
    """A label from domain/ (a status, a level, a flag) in the app's language."""
    return QCoreApplication.translate(DOMAIN_CONTEXT, text)


def date_text(day: date, pattern: str) -> str:
    """A date in the app's language through the locale (month and weekday names), with a
    Qt date pattern: "MMMM d, yyyy", "ddd MMM d", "dddd". Numeric ISO dates need no locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def long_date(day: date) -> str:
    """The long date without the weekday: "December 3, 2026" / "3 de diciembre de 2026"."""
    if QLocale().language() == QLocale.Language.Spanish:
        return date_text(day, "d 'de' MMMM 'de' yyyy")
    return date_text(day, "MMMM d, yyyy")
