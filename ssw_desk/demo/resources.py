"""Locate the repository-level ``resources/`` folder from source runs and PyInstaller bundles."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path", "resources_root"]


def resources_root() -> Path:
    """Return the ``resources/`` folder.

    A PyInstaller bundle unpacks data files under ``sys._MEIPASS``; the build spec is expected to
    copy the folder there as ``resources``. From source it is two levels above this package.

    Returns:
        The folder, whether or not it exists.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a resource, e.g. ``resource_path("demo", "face.jpg")``.

    Args:
        *parts: Path components below ``resources/``.

    Returns:
        The joined path (not checked for existence).
    """
    return resources_root().joinpath(*parts)
