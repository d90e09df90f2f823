"""Per-rule scores of the photo checks on the labelled real-world photos.

Usage: ``python bench/photo_realworld.py [PHOTOS_DIR]`` (default ``../shared/photos`` next to
the repository, or ``$SSW_PHOTOS``); ``bench/photo_accuracy.py`` prints the same figures after
the Congress ones. Exits 2 with a message when ``realworld/`` is absent.

The labels are described in ``realworld/README.md``. Every figure is a count (the groups are
small): for each rule, breaches caught (``fail``; "clerk decides" counted apart) and false
alarms on compliant photos (anything but ``pass``), split into Asian faces (EA, SEA, SA) and
the others; then the head-ratio error against ``head_ratio_ref`` (median, p90, how many over
5 points). Rows are split into a tuning half and a held-out half by the row of the original
photo (a crop, ``crop of o001`` in the notes, stays in its photo's half): only the tuning half
may be looked at when changing a limit; the held-out figures are the honest ones.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ssw_desk.imaging import analyse_photo

ASIAN = ("EA", "SEA", "SA")


@dataclass(frozen=True)
class Rule:
    """One labelled rule: which check judges it and which rows breach or comply."""

    name: str
    check: str
    breach: Callable[[dict[str, str]], bool | None]  # None: not scored


def _flag(key: str) -> Callable[[dict[str, str]], bool | None]:
    return lambda r: r[key] not in ("", "0")


def _head(r: dict[str, str]) -> bool | None:
    return {"small": True, "large": True, "ok": False}.get(r["head"])


def _bg(r: dict[str, str]) -> bool | None:
    return {"busy": True, "plain": False}.get(r["bg"])


def _pose(r: dict[str, str]) -> bool | None:
    return r["tilted"] == "1" or r["notfrontal"] == "1"


RULES = (
    Rule("head size", "photo.head_size", _head),
    Rule("head covering", "photo.head_covering", _flag("hat")),
    Rule("sunglasses", "photo.eyes_visible", _flag("sunglasses")),
    Rule("face covered", "photo.face_covered", _flag("covered")),
    Rule("pose", "photo.pose", _pose),
    Rule("background", "photo.background", _bg),
    Rule("greyscale", "photo.colour", _flag("grey")),
    Rule("several people", "photo.face_count", _flag("multi")),
    Rule("blur", "photo.sharpness", _flag("blur")),
)


def photos_root() -> Path:
    if (
        len(sys.argv) > 1
        and Path(sys.argv[1]).is_dir()
        and (Path(sys.argv[1]) / "realworld").is_dir()
    ):
        return Path(sys.argv[1])
    env = os.environ.get("SSW_PHOTOS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "photos"


def group(row: dict[str, str]) -> str:
    return "asian" if row["ethnic"].rstrip("?") in ASIAN else "other"


def _status(report: dict[str, str], code: str) -> str:
    return report.get(code, "absent")


def analyse_all(folder: Path) -> tuple[list[dict[str, str]], dict[str, dict[str, str]], dict]:
    rows = list(csv.DictReader((folder / "labels.csv").open(encoding="utf-8")))
    statuses: dict[str, dict[str, str]] = {}
    ratios: dict[str, float | None] = {}
    for row in rows:
        rep = analyse_photo((folder / row["file"]).read_bytes())
        statuses[row["id"]] = {c.code: c.status for c in rep.checks}
        ratios[row["id"]] = rep.measures.get("head_ratio")
    return rows, statuses, ratios


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def score(rows: list[dict[str, str]], statuses: dict, ratios: dict, title: str) -> None:
    print(f"-- real-world photos, {title} (n={len(rows)}) --")
    print("rule            group  breaches: caught(fail) decides missed | compliant: alarms")
    for rule in RULES:
        for grp in ("asian", "other"):
            part = [r for r in rows if group(r) == grp]
            breach = [r for r in part if rule.breach(r) is True]
            comply = [r for r in part if rule.breach(r) is False]
            st = [_status(statuses[r["id"]], rule.check) for r in breach]
            caught = st.count("fail")
            decides = st.count("unknown") + st.count("warn")
            alarms = sum(_status(statuses[r["id"]], rule.check) != "pass" for r in comply)
            alarm_fail = sum(_status(statuses[r["id"]], rule.check) == "fail" for r in comply)
            print(
                f"{rule.name:15s} {grp:6s} {caught:3d}/{len(breach):<3d} caught "
                f"{decides:3d} decides {len(breach) - caught - decides:3d} missed | "
                f"{alarms:3d}/{len(comply):<3d} not pass ({alarm_fail} fail)"
            )
    for grp in ("asian", "other"):
        errs = []
        for r in rows:
            got = ratios.get(r["id"])
            if group(r) != grp or not r["head_ratio_ref"] or got is None:
                continue
            errs.append(abs(got - float(r["head_ratio_ref"])) * 100)
        over = sum(e > 5 for e in errs)
        print(
            f"head-ratio error {grp}: n={len(errs)} median {_pct(errs, 50):.2f} pt, "
            f"p90 {_pct(errs, 90):.2f} pt, over 5 pt: {over}"
        )


def realworld(root: Path) -> int:
    folder = root / "realworld"
    if not (folder / "labels.csv").is_file():
        print(
            f"photo_realworld: {folder} not found (expected realworld/labels.csv); pass the "
            "photos folder as an argument or set SSW_PHOTOS.",
            file=sys.stderr,
        )
        return 2
    rows, statuses, ratios = analyse_all(folder)
    score(rows, statuses, ratios, "all")
    held = [r for r in rows if not in_tuning_half(r, rows)]
    score(held, statuses, ratios, "held-out half (never tuned on)")
    return 0


def in_tuning_half(row: dict[str, str], rows: list[dict[str, str]]) -> bool:
    """True for the tuning half: even rows of the original photos, crops with their photo."""
    found = re.search(r"crop of (\w+)", row["notes"])
    source = found.group(1) if found else row["id"]
    index = next((i for i, r in enumerate(rows) if r["id"] == source), 0)
    return index % 2 == 0


if __name__ == "__main__":
    sys.exit(realworld(photos_root()))
