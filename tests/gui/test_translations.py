"""The catalogues: every Japanese string translated, placeholders kept, English plurals."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ssw_desk.domain.deficiencies import DEFAULT_CATALOGUE
from ssw_desk.gui.review.texts import finding_text

I18N = Path(__file__).resolve().parents[2] / "ssw_desk" / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[0-9]*(?::[^}]*)?\}|%L?[0-9n]")


def messages(name: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(I18N / name).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def test_japanese_is_complete() -> None:
    unfinished, empty, broken = [], [], []
    for context, message in messages("ssw_desk_ja.ts"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if translation.get("type") == "unfinished":
            unfinished.append(where(context, message))
        if not all(t.strip() for t in texts(translation)):
            empty.append(where(context, message))
        wanted = sorted(PLACEHOLDER.findall(message.findtext("source") or ""))
        if any(sorted(PLACEHOLDER.findall(t)) != wanted for t in texts(translation)):
            broken.append(where(context, message))
    assert unfinished == [], f"{len(unfinished)} unfinished"
    assert empty == [], f"{len(empty)} empty"
    assert broken == [], "placeholders differ from the source"


def test_english_plurals_are_written_out() -> None:
    for context, message in messages("ssw_desk_en.ts"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, where(context, message)
        assert len([t for t in texts(translation) if t.strip()]) == 2, where(context, message)


FINDING_CODES = [e.code for e in DEFAULT_CATALOGUE.items() if "." in e.code]  # not "other"


@pytest.mark.parametrize("code", FINDING_CODES)
def test_every_finding_code_has_a_sentence(code: str) -> None:
    """The finding codes the deficiency checklist knows are explained, not shown raw."""
    assert finding_text(code) != code
