"""Interface language: Japanese by default, English selectable; error codes to sentences.

Source strings are English; ``ssw_desk/resources/i18n/ssw_desk_ja.ts`` holds the Japanese. A
build compiles the ``.ts`` files to ``.qm`` next to them (``scripts/compile-translations.sh``).
A source checkout has no ``.qm`` (they are not committed): :func:`qm_file` compiles them on
demand with the ``pyside6-lrelease`` that ships with PySide6 into ``<data dir>/cache/i18n`` and
reuses that file until the ``.ts`` changes. Without a compiled catalogue the interface falls
back to English.

Refresh the ``.ts`` after changing user-visible text::

    pyside6-lupdate $(find ssw_desk/gui -name '*.py' | sort) \\
        -ts ssw_desk/resources/i18n/ssw_desk_ja.ts ssw_desk/resources/i18n/ssw_desk_en.ts

Plurals need ``self.tr(text, "", n)``: lupdate does not see them in ``translate(..., n)``.

Sentences for error and finding codes are not Qt strings: they come from the one bilingual
table :mod:`ssw_desk.messages`, in the language :func:`gui_lang` reports.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from ssw_desk import messages
from ssw_desk.config import data_dir
from ssw_desk.errors import DeskError
from ssw_desk.resources import resources_dir as package_resources_dir

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"
SETTINGS_KEY = "ui/language"
CATALOGUE = "ssw_desk"

#: The language :class:`Translations` installed last (English, the source text, when none).
_shown = ["en"]


def resources_dir() -> Path | None:
    """The package's resources folder (``$SSW_DESK_RESOURCES`` first), None when missing."""
    try:
        return package_resources_dir()
    except DeskError:
        return None


def chosen_language(cli_value: str | None = None) -> str:
    """The language to start in: ``--lang``, else the one saved in the settings, else Japanese."""
    if cli_value in LANGUAGES:
        return cli_value
    saved = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return saved if saved in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    QSettings().setValue(SETTINGS_KEY, lang)


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    # Next to the running interpreter (a venv that is not activated).
    sibling = Path(sys.executable).with_name("pyside6-lrelease")
    return str(sibling) if sibling.exists() else None


def qm_file(lang: str) -> Path | None:
    """The compiled catalogue for ``lang``: shipped next to the ``.ts``, else compiled on demand.

    Returns:
        The ``.qm`` path, or None when there is none and it cannot be compiled.
    """
    folder = (resources_dir() or Path()) / "i18n"
    shipped = folder / f"{CATALOGUE}_{lang}.qm"
    source = folder / f"{CATALOGUE}_{lang}.ts"
    # Shipped by a build (wheel, bundle): used as is unless a newer .ts can be compiled here
    # (a source checkout); installers do not keep the files' times in order.
    if shipped.is_file() and (
        not source.is_file()
        or shipped.stat().st_mtime >= source.stat().st_mtime
        or _lrelease() is None
    ):
        return shipped
    if not source.is_file():
        return None
    cached = data_dir() / "cache" / "i18n" / shipped.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found: %s stays uncompiled", source.name)
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(cached)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("compiling %s failed", source.name, exc_info=True)
        return None
    return cached if cached.is_file() else None


class Translations:
    """The translators installed on the application; switchable while running.

    Args:
        app: The application.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, lang: str) -> bool:
        """Switches to ``lang``; widgets get a ``LanguageChange`` event and retranslate.

        Returns:
            False when the catalogue could not be loaded (the interface stays in English).
        """
        self.remove()
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        ok = True
        qt_own = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang}", qt_dir):
            self._add(qt_own)
        ours = QTranslator(self._app)
        path = qm_file(lang)
        if path is not None and ours.load(str(path)):
            self._add(ours)
        elif lang != "en":  # English is the source text: its catalogue only adds plurals
            log.warning("no %s catalogue: showing English", lang)
            self.language = "en"
            ok = False
        _shown[0] = self.language
        return ok

    def remove(self) -> None:
        """Takes this object's translators off the application (English source text shows)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = "en"
        _shown[0] = "en"

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def gui_lang() -> str:
    """The language the interface shows now (``ja`` or ``en``), for :mod:`ssw_desk.messages`:
    the one whose catalogue is installed, so sentences and Qt-translated labels agree."""
    return _shown[0]


def error_code(exc: BaseException) -> str:
    """The code for an exception: a DeskError's own, else a coarse one (never raises)."""
    if isinstance(exc, DeskError):
        return exc.code
    if type(exc).__name__ == "OperationalError" and "locked" in str(exc):
        return "database.busy"
    return "internal"


def error_message(exc: BaseException) -> str:
    """A sentence a clerk understands, in the interface language, never a traceback.

    The sentences are the one table :data:`ssw_desk.messages.MESSAGES`.
    """
    params = exc.params if isinstance(exc, DeskError) else None
    return messages.text(error_code(exc), gui_lang(), params)
