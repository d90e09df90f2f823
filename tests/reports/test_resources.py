"""Resource lookup for source and frozen runs, and photo preparation."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from ssw_desk.errors import DeskError
from ssw_desk.reports import fonts
from ssw_desk.reports.photo import centre_crop, prepare_photo

REPO_RESOURCES = Path(__file__).resolve().parents[2] / "ssw_desk" / "resources"


def test_font_and_licence_are_in_the_repo() -> None:
    folder = REPO_RESOURCES / "fonts"
    assert (folder / "ipaexg.ttf").stat().st_size > 1_000_000
    assert "IPA Font License Agreement v1.0" in (
        folder / "IPA_Font_License_Agreement_v1.0.txt"
    ).read_text(encoding="utf-8")
    assert (folder / "SOURCE.md").is_file()


def test_source_run_finds_package_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSW_DESK_RESOURCES", raising=False)
    assert fonts.resources_dir() == REPO_RESOURCES
    assert fonts.resource_path(*fonts.FONT_FILE).is_file()


def test_override_folder_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundled = tmp_path / "resources" / "fonts"
    bundled.mkdir(parents=True)
    shutil.copy(REPO_RESOURCES / "fonts" / "SOURCE.md", bundled)
    monkeypatch.setenv("SSW_DESK_RESOURCES", str(tmp_path / "resources"))
    assert fonts.resources_dir() == tmp_path / "resources"


def test_missing_resources_have_a_code(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SSW_DESK_RESOURCES", str(tmp_path / "gone"))
    with pytest.raises(DeskError) as err:
        fonts.resources_dir()
    assert err.value.code == "report.resources_missing"
    with pytest.raises(DeskError) as err:
        fonts.resource_path("fonts", "ipaexg.ttf")
    assert err.value.code == "report.resources_missing"


def test_register_fonts_is_idempotent() -> None:
    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FONT_NAME


@pytest.mark.parametrize(
    ("size", "box"),
    [((200, 230), (0, 0, 200, 230)), ((400, 230), (100, 0, 200, 230)),
     ((200, 400), (0, 85, 200, 230))],
)  # fmt: skip
def test_centre_crop(size: tuple[int, int], box: tuple[int, int, int, int]) -> None:
    assert centre_crop(*size) == box


def _png(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 180, 160)).save(out, "PNG")
    return out.getvalue()


def test_large_photo_is_downscaled_to_print_size() -> None:
    jpeg, size = prepare_photo(_png((2000, 3000)))
    assert size == (400, 460)
    assert Image.open(io.BytesIO(jpeg)).format == "JPEG"


def test_crop_is_clamped_and_checked() -> None:
    _jpeg, size = prepare_photo(_png((300, 300)), (250, 250, 100, 100))
    assert size == (50, 50)
    with pytest.raises(DeskError) as err:
        prepare_photo(_png((300, 300)), (400, 400, 50, 50))
    assert err.value.code == "report.photo_crop_outside"
