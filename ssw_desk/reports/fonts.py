"""Finding the bundled resources and registering the report font with reportlab.

The font lives in ``resources/fonts/`` at the repository root (next to its licence). A frozen
PyInstaller build must copy that folder to ``resources/fonts`` inside the bundle, where it is
found under ``sys._MEIPASS``. ``SSW_DESK_RESOURCES`` overrides both (tests, odd installs).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ssw_desk.errors import DeskError

#: Name under which the IPAex Gothic font is registered with reportlab.
FONT_NAME = "IPAexGothic"
FONT_FILE = ("fonts", "ipaexg.ttf")

_lock = threading.Lock()


def resources_dir() -> Path:
    """Return the ``resources`` folder for source and frozen runs.

    Returns:
        The first existing folder among ``$SSW_DESK_RESOURCES``, ``sys._MEIPASS/resources``
        (PyInstaller) and ``<repo root>/resources``.

    Raises:
        DeskError: ``report.resources_missing`` when none exists.
    """
    candidates: list[Path] = []
    override = os.environ.get("SSW_DESK_RESOURCES")
    if override:
        candidates.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    # ssw_desk/reports/fonts.py -> parents[2] is the repository (or site-packages) root.
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise DeskError("report.resources_missing", ", ".join(str(c) for c in candidates))


def resource_path(*parts: str) -> Path:
    """Return the path of a file under :func:`resources_dir`.

    Args:
        *parts: Path components below ``resources/``, e.g. ``("fonts", "ipaexg.ttf")``.

    Returns:
        The path (not checked for existence).
    """
    return resources_dir().joinpath(*parts)


def register_fonts() -> str:
    """Register IPAex Gothic with reportlab once per process and return its font name.

    reportlab embeds a subset of a registered TrueType font (``/FontFile2``) in every PDF
    that uses it, so the report looks the same in any viewer, Japanese fonts installed or not.

    Returns:
        The registered font name, :data:`FONT_NAME`.

    Raises:
        DeskError: ``report.font_missing`` when the font file cannot be found.
    """
    with _lock:
        if FONT_NAME in pdfmetrics.getRegisteredFontNames():
            return FONT_NAME
        path = resource_path(*FONT_FILE)
        if not path.is_file():
            raise DeskError("report.font_missing", str(path))
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
        return FONT_NAME
