"""Generated demo data: fake applicants, their request e-mails and the exam roster.

Used by ``ssw-desk demo`` and by ``bench/intake.py``. No Qt, no network; deterministic for a
seed. Everything drawn carries a SAMPLE / 見本 mark and names invented people.
"""

from __future__ import annotations

import random
from datetime import date

from ssw_desk.demo.mails import ANCHOR, STYLES, VARIANTS, build_request_mail, build_resubmission
from ssw_desk.demo.people import Person, make_people
from ssw_desk.demo.roster import roster_csv

__all__ = [
    "STYLES",
    "VARIANTS",
    "Person",
    "build_request_mail",
    "build_resubmission",
    "demo_mails",
    "demo_people",
    "roster_csv",
]

DEFAULT_SEED = 2025
_STYLE_WEIGHTS = {"gmail": 35, "outlook": 15, "iphone": 25, "thunderbird_jis": 12, "sjis": 13}
#: Deficiency variants and their relative frequency (a 9 MB mail now and then is plenty).
_DEFICIENCIES = {
    "missing_item": 5, "ambiguous_date": 4, "no_card": 3, "grey_face": 3, "small_face": 3,
    "offcentre_face": 3, "two_faces": 2, "heic": 3, "two_exams": 2, "oversize": 1,
}  # fmt: skip


def demo_people(count: int, seed: int = DEFAULT_SEED) -> list[Person]:
    """The applicants behind :func:`demo_mails` with the same arguments.

    Args:
        count: How many people.
        seed: Seed.

    Returns:
        The people, also the rows of :func:`roster_csv`.
    """
    return make_people(count, seed)


def _variant(person: Person, rng: random.Random) -> str:
    if "passed" in person.tags:
        return "passed"
    if "vendor" in person.tags:
        return "after_nov2025"
    if rng.random() < 0.7:
        return rng.choice(("complete", "complete", "with_back"))
    names = list(_DEFICIENCIES)
    if "retake" in person.tags and rng.random() < 0.5:
        return "two_exams"
    return rng.choices(names, weights=[_DEFICIENCIES[n] for n in names])[0]


def demo_mails(
    count: int, seed: int = DEFAULT_SEED, *, anchor: date | None = None
) -> list[tuple[str, bytes]]:
    """Generate ``count`` request e-mails: most complete, about a third deficient, and some
    resubmissions, each after its original.

    Args:
        count: Number of messages (resubmissions included).
        seed: Seed; the same seed (and anchor) gives the same bytes.
        anchor: Requests arrive in the weeks before this day (default: a fixed day).

    Returns:
        (origin name, raw bytes) pairs; the name tells style and variant, e.g.
        ``demo_0007_iphone_heic.eml`` or ``demo_0012_gmail_resubmission.eml``.
    """
    token = ANCHOR.set(anchor) if anchor is not None else None
    try:
        return _demo_mails(count, seed)
    finally:
        if token is not None:
            ANCHOR.reset(token)


def _demo_mails(count: int, seed: int) -> list[tuple[str, bytes]]:
    people = demo_people(count, seed)
    rng = random.Random(seed)
    out: list[tuple[str, bytes]] = []
    pending: list[tuple[int, str, Person, bytes]] = []  # (due index, variant, person, original)
    next_person = 0
    while len(out) < count:
        due = next((p for p in pending if p[0] <= len(out)), None)
        index = len(out)
        mail_rng = random.Random(f"{seed}:{index}")
        if due is not None:
            pending.remove(due)
            _, variant, person, original = due
            data = build_resubmission(original, person, variant=variant, rng=mail_rng)
            out.append((f"demo_{index:04d}_reply_{variant}.eml", data))
            continue
        person = people[next_person]
        next_person += 1
        variant = _variant(person, rng)
        style = "iphone" if variant == "heic" else rng.choices(
            list(_STYLE_WEIGHTS), weights=list(_STYLE_WEIGHTS.values()))[0]  # fmt: skip
        data = build_request_mail(person, style=style, variant=variant, rng=mail_rng)
        out.append((f"demo_{index:04d}_{style}_{variant}.eml", data))
        if variant in _DEFICIENCIES and rng.random() < 0.5:
            pending.append((index + rng.randint(2, 6), variant, person, data))
    return out
