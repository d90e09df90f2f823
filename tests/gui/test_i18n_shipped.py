"""A build ships compiled translations; the installed desk uses them whatever the file times.

Installers (PyInstaller, pip, dpkg, NSIS) do not keep the ``.qm`` newer than its ``.ts``; where
no ``pyside6-lrelease`` can compile a fresh one (the frozen desk), the shipped file is used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ssw_desk.gui import i18n
from ssw_desk.resources import resources_dir


def _shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "resources" / "i18n"
    folder.mkdir(parents=True)
    lrelease = i18n._lrelease()
    assert lrelease is not None, "pyside6-lrelease ships with PySide6"
    for ts in (resources_dir() / "i18n").glob("*.ts"):
        shutil.copy2(ts, folder / ts.name)
        qm = folder / (ts.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        os.utime(qm, (1_000_000, 1_000_000))  # older than its .ts, as an installer may leave it
    return folder


def test_shipped_catalogue_used_without_a_compiler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _shipped(tmp_path)
    monkeypatch.setenv("SSW_DESK_RESOURCES", str(folder.parent))
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    assert i18n.qm_file("ja") == folder / "ssw_desk_ja.qm"


def test_newer_source_is_compiled_when_it_can_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    folder = _shipped(tmp_path)
    monkeypatch.setenv("SSW_DESK_RESOURCES", str(folder.parent))
    path = i18n.qm_file("ja")
    assert path == data_dir / "cache" / "i18n" / "ssw_desk_ja.qm"
