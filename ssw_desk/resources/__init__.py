"""Files the desk ships inside its package: the report font, the demo face, the translations.

They are package data found through :mod:`importlib.resources`, so an editable install, a wheel
(``pip install .``) and the PyInstaller bundle (which copies this folder to
``ssw_desk/resources`` under ``sys._MEIPASS``) all find them the same way. The translations'
``.qm`` files are compiled by the build (``scripts/compile-translations.sh``); a source checkout
compiles them on demand (see :mod:`ssw_desk.gui.i18n`). ``SSW_DESK_RESOURCES`` points at another
folder of the same layout (tests, odd installs).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from ssw_desk.errors import DeskError

__all__ = ["resource_path", "resources_dir"]


def resources_dir() -> Path:
    """Return the folder holding ``fonts/``, ``demo/`` and ``i18n/``.

    Returns:
        ``$SSW_DESK_RESOURCES`` when set, else this package's folder.

    Raises:
        DeskError: ``report.resources_missing`` when the folder is not on the file system
            (an install that lost its package data, or a zipped import).
    """
    override = os.environ.get("SSW_DESK_RESOURCES")
    found = resources.files(__name__)
    folder = Path(override) if override else Path(str(found))
    if not folder.is_dir():
        raise DeskError("report.resources_missing", str(folder))
    return folder


def resource_path(*parts: str) -> Path:
    """Return the path of a resource, e.g. ``resource_path("demo", "face.jpg")``.

    Args:
        *parts: Path components below the resources folder.

    Returns:
        The joined path (not checked for existence).
    """
    return resources_dir().joinpath(*parts)
