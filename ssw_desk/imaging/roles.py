"""Guesses what an attachment is: residence card front or back, face photo, or other.

Three kinds of evidence are weighed: the file name (Japanese and English words applicants
use), the image shape (a residence card is ID-1, 85.6 x 54 mm, landscape 1.586:1; a photo of a
card lying on a table is landscape too) and faces (a face photo has one large face; a card
front has a small portrait in its corner; a card back has none). The decode and detection are
shared with :func:`~ssw_desk.imaging.report.analyse_photo` through the cache in
:mod:`ssw_desk.imaging.analysis`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ssw_desk.imaging.analysis import prepare

ROLES: tuple[str, ...] = ("residence_card_front", "residence_card_back", "face_photo", "other")
ID1_ASPECT = 85.6 / 54.0

_CARD_WORDS = re.compile(r"在留|カード|card|residence|zairyu|zairyuu|resident|rc[_\-\s.]")
_FRONT_WORDS = re.compile(r"表|おもて|オモテ|front|omote|表面")
_BACK_WORDS = re.compile(r"裏|うら|ウラ|back|reverse|裏面")
_PHOTO_WORDS = re.compile(r"顔写真|証明写真|写真|face|photo|selfie|portrait|shashin")


@dataclass(frozen=True)
class RoleGuess:
    """A guessed role with how sure the guess is.

    Attributes:
        role: One of :data:`ROLES`.
        confidence: 0-1.
        reasons: Short codes of the evidence used (``name.card``, ``shape.id1``,
            ``face.large``, ...), for the clerk's tooltip and for tests.
    """

    role: str
    confidence: float
    reasons: tuple[str, ...]


def _name_scores(filename: str | None) -> tuple[dict[str, float], list[str]]:
    scores = dict.fromkeys(ROLES, 0.0)
    reasons: list[str] = []
    if not filename:
        return scores, reasons
    name = unicodedata.normalize("NFKC", filename).lower()
    stem = name.rsplit(".", 1)[0] + "."
    card = bool(_CARD_WORDS.search(stem))
    front = bool(_FRONT_WORDS.search(stem))
    back = bool(_BACK_WORDS.search(stem))
    photo = bool(_PHOTO_WORDS.search(stem)) and not card
    if card:
        reasons.append("name.card")
        scores["residence_card_front"] += 1.0
        scores["residence_card_back"] += 1.0
    if back:
        reasons.append("name.back")
        scores["residence_card_back"] += 1.5 if card else 0.8
    elif front:
        reasons.append("name.front")
        scores["residence_card_front"] += 1.5 if card else 0.8
    elif card:
        scores["residence_card_front"] += 0.3  # a lone "card" is usually the front
    if photo:
        reasons.append("name.photo")
        scores["face_photo"] += 2.0
    return scores, reasons


def guess_role(filename: str | None, data: bytes) -> RoleGuess:
    """Guesses the role of an attachment.

    Args:
        filename: The attachment's file name, or None.
        data: Its content.

    Returns:
        The most likely role; ``other`` with low confidence when nothing points anywhere.
    """
    scores, reasons = _name_scores(filename)
    prep = prepare(data)
    if prep.decoded is None or prep.work is None:
        reasons.append(f"image.{(prep.error or 'unreadable').split('.')[-1]}")
        scores["other"] += 0.5
        return _pick(scores, reasons)
    h, w = prep.work.shape[:2]
    aspect = w / h
    faces = [f for f in prep.faces if f.score >= 60]
    landscape = aspect > 1.2
    if abs(aspect - ID1_ASPECT) < 0.12:
        reasons.append("shape.id1")
        scores["residence_card_front"] += 1.0
        scores["residence_card_back"] += 1.0
    elif landscape:
        reasons.append("shape.landscape")
        scores["residence_card_front"] += 0.4
        scores["residence_card_back"] += 0.4
    elif 0.6 < aspect < 1.0:
        reasons.append("shape.portrait")
        scores["face_photo"] += 0.6
    if faces:
        biggest = faces[0].box[3] / h
        if biggest >= 0.28 and not landscape:
            reasons.append("face.large")
            scores["face_photo"] += 2.0
        elif biggest >= 0.28:
            reasons.append("face.large")
            scores["face_photo"] += 1.2
        else:
            reasons.append("face.small")
            scores["residence_card_front"] += 1.2
            scores["residence_card_back"] -= 0.5
    else:
        reasons.append("face.none")
        scores["residence_card_back"] += 0.8 if landscape else 0.2
        scores["face_photo"] -= 1.0
        scores["other"] += 0.3
    return _pick(scores, reasons)


def _pick(scores: dict[str, float], reasons: list[str]) -> RoleGuess:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top <= 0.5:
        return RoleGuess("other", 0.3, tuple(reasons))
    confidence = max(0.0, min(1.0, 0.5 + (top - second) / 4 + min(top, 3.0) / 12))
    return RoleGuess(best, round(confidence, 2), tuple(reasons))
