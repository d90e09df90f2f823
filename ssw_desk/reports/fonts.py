"""Registering the report font with reportlab.

The font ships as package data in ``ssw_desk/resources/fonts/`` (next to its licence), found
through :mod:`ssw_desk.resources` in source, wheel and frozen runs alike.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ssw_desk.errors import DeskError
from ssw_desk.resources import resource_path, resources_dir

#: Name under which the IPAex Gothic font is registered with reportlab.
FONT_NAME = "IPAexGothic"
FONT_FILE = ("fonts", "ipaexg.ttf")

__all__ = ["FONT_FILE", "FONT_NAME", "register_fonts", "resource_path", "resources_dir"]

_lock = threading.Lock()


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
