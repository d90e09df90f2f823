"""Accuracy of the photo checks on the labelled Congress portraits and synthetic variants.

Usage: ``python bench/photo_accuracy.py [PHOTOS_DIR]`` (default ``../shared/photos`` next to
the repository, or ``$SSW_PHOTOS``). Exits 2 with a message when the folder is absent.

Prints: faces found; head-ratio error against the labels in percentage points (median, p95;
on the calibration half and the held-out half); verdict agreement for head size, centring,
colour and background; head-size verdicts on synthetic variants (scaled, padded and shifted
copies of the labelled portraits whose true head ratio follows from the labels); then the
per-rule figures on ``realworld/`` (see ``bench/photo_realworld.py``).
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.photo_realworld import realworld
from ssw_desk.imaging import DEFAULT_LIMITS, analyse_photo

LIM = DEFAULT_LIMITS
TARGET_RATIOS = (0.40, 0.45, 0.47, 0.53, 0.58, 0.62, 0.66, 0.72, 0.75, 0.80)
SHIFTS = (-0.15, -0.04, 0.0, 0.04, 0.15)


def _photos_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    env = os.environ.get("SSW_PHOTOS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "photos"


def _encode(img: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 92])
    assert ok
    return buf.tobytes()


def _variant(img: np.ndarray, crown: int, chin: int, mid_x: float, ratio: float, shift: float):
    """Reframes ``img`` so the head is ``ratio`` of the height; returns (image, true offset)."""
    head = chin - crown
    height = head / ratio
    width = height * 225 / 275
    top_margin = (height - head) * 0.35
    # canvas x = original x - x0, with the face midline at width/2 + shift*width
    x0 = mid_x - (width / 2 + shift * width)
    y0 = crown - top_margin
    out_h = 275
    s = out_h / height
    out_w = round(width * s)
    m = np.float32([[s, 0, -x0 * s], [0, s, -y0 * s]])
    warped = cv2.warpAffine(
        img, m, (out_w, out_h), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE
    )
    return warped, shift


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def main() -> int:
    root = _photos_dir()
    portraits = root / "congress"
    labels = root / "labels"
    if not portraits.is_dir() or not (labels / "geometry.csv").is_file():
        print(
            f"photo_accuracy: portrait folder not found at {root} (expected congress/ and "
            "labels/); pass the folder as an argument or set SSW_PHOTOS.",
            file=sys.stderr,
        )
        return 2
    geometry = list(csv.DictReader((labels / "geometry.csv").open(encoding="utf-8")))
    attrs = {r["file"]: r for r in csv.DictReader((labels / "attributes.csv").open())}
    files = sorted(p for p in portraits.iterdir() if p.suffix.lower() == ".jpg")

    reports = {p.name: analyse_photo(p.read_bytes()) for p in files}
    found = sum(1 for r in reports.values() if r.measures.get("faces") == 1)
    print(
        f"portraits: {len(files)}; exactly one face found on {found} "
        f"({100 * found / len(files):.1f} %)"
    )

    # head ratio against labels: even rows were used for calibration, odd rows held out
    for name, part in (
        ("calibration half", geometry[0::2]),
        ("held-out half", geometry[1::2]),
        ("all labelled", geometry),
    ):
        errs, errs_plain = [], []
        for row in part:
            rep = reports[row["file"]]
            ratio = rep.measures.get("head_ratio")
            true = (int(row["chin_y"]) - int(row["crown_y"])) / 275
            if ratio is None:
                continue
            e = abs(ratio - true) * 100
            errs.append(e)
            if row["background"] != "busy":
                errs_plain.append(e)
        print(
            f"head-ratio error, {name} (n={len(errs)}): median {_pct(errs, 50):.2f} pt, "
            f"p95 {_pct(errs, 95):.2f} pt; plain/gradient only: median "
            f"{_pct(errs_plain, 50):.2f}, p95 {_pct(errs_plain, 95):.2f}"
        )

    # verdict agreement on the labelled set
    agree_size = agree_centre = 0
    for row in geometry:
        rep = reports[row["file"]]
        true = (int(row["chin_y"]) - int(row["crown_y"])) / 275
        want = "pass" if LIM.head_ratio_min <= true <= LIM.head_ratio_max else "fail"
        agree_size += rep.check("photo.head_size").status == want
        off = abs(int(row["face_dx"])) / 225
        st = rep.check("photo.centred").status
        want_c = (
            "pass"
            if off <= LIM.centre_offset_pass
            else "fail"
            if off > LIM.centre_offset_fail
            else "warn"
        )
        agree_centre += st == want_c
    print(
        f"labelled verdicts: head size {agree_size}/{len(geometry)}, "
        f"centring {agree_centre}/{len(geometry)}"
    )

    grey_true = [n for n in reports if attrs.get(n, {}).get("greyscale") == "1"]
    grey_caught = sum(reports[n].check("photo.colour").status == "fail" for n in grey_true)
    colour_fa = sum(
        reports[n].check("photo.colour").status == "fail" for n in reports if n not in grey_true
    )
    print(
        f"colour: greyscale caught {grey_caught}/{len(grey_true)}; colour portraits flagged "
        f"greyscale {colour_fa}/{len(reports) - len(grey_true)}"
    )
    grey_variants = 0
    for p in files[::4]:
        img = cv2.imread(str(p))
        grey = cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
        grey_variants += analyse_photo(_encode(grey)).check("photo.colour").status == "fail"
    print(f"colour: greyscale variants caught {grey_variants}/{len(files[::4])}")

    busy = [n for n in reports if attrs.get(n, {}).get("busy_background") == "1"]
    plain = [n for n in reports if n not in busy]
    caught = [n for n in busy if reports[n].check("photo.background").status in ("fail", "warn")]
    fails = [n for n in busy if reports[n].check("photo.background").status == "fail"]
    alarms = [n for n in plain if reports[n].check("photo.background").status in ("fail", "warn")]
    print(
        f"background: busy caught (warn or fail) {len(caught)}/{len(busy)} "
        f"({100 * len(caught) / max(1, len(busy)):.1f} %), as fail {len(fails)}; "
        f"false alarms on plain {len(alarms)}/{len(plain)} "
        f"({100 * len(alarms) / max(1, len(plain)):.1f} %)"
    )
    missed = sorted(set(busy) - set(caught))
    if missed:
        print("  busy not caught:", " ".join(missed))

    # the portraits are all bareheaded, uncovered and facing the camera: any fail of these
    # checks is a false alarm ("clerk decides" counted apart)
    for code in ("photo.head_covering", "photo.face_covered", "photo.pose", "photo.eyes_visible"):
        statuses = [r.check(code).status for r in reports.values()]
        print(
            f"{code}: fail {statuses.count('fail')}/{len(statuses)}, clerk decides "
            f"{statuses.count('unknown')}, warn {statuses.count('warn')}"
        )

    _synthetic(portraits, geometry)
    return realworld(root)


def _synthetic(portraits: Path, geometry: list[dict[str, str]]) -> None:
    total = right = far = far_right = 0
    centre_total = centre_right = 0
    errs: list[float] = []
    wrong: list[str] = []
    for row in geometry:
        if row["background"] == "busy":
            continue
        img = cv2.imread(str(portraits / row["file"]))
        crown, chin = int(row["crown_y"]), int(row["chin_y"])
        mid = 112 + int(row["face_dx"])
        for ratio in TARGET_RATIOS:
            for shift in SHIFTS if ratio in (0.58,) else (0.0,):
                var, true_off = _variant(img, crown, chin, mid, ratio, shift)
                rep = analyse_photo(_encode(var))
                got = rep.check("photo.head_size").status
                want = "pass" if LIM.head_ratio_min <= ratio <= LIM.head_ratio_max else "fail"
                measured = rep.measures.get("head_ratio")
                if measured is not None:
                    errs.append(abs(measured - ratio) * 100)
                total += 1
                right += got == want
                margin = min(abs(ratio - LIM.head_ratio_min), abs(ratio - LIM.head_ratio_max))
                if margin > 0.02:
                    far += 1
                    far_right += got == want
                    if got != want:
                        wrong.append(f"{row['file']}@{ratio}:{got}({measured})")
                if ratio == 0.58:
                    off = abs(true_off)
                    want_c = (
                        "pass"
                        if off <= LIM.centre_offset_pass
                        else "fail"
                        if off > LIM.centre_offset_fail
                        else "warn"
                    )
                    centre_total += 1
                    centre_right += rep.check("photo.centred").status == want_c
    print(
        f"synthetic variants: {total}; head-ratio error median {_pct(errs, 50):.2f} pt, "
        f"p95 {_pct(errs, 95):.2f} pt"
    )
    print(
        f"synthetic head-size verdicts: {right}/{total} right; further than 2 pt from a "
        f"limit: {far_right}/{far} right"
    )
    if wrong:
        print("  wrong:", " ".join(wrong[:12]))
    print(f"synthetic centring verdicts: {centre_right}/{centre_total} right")


if __name__ == "__main__":
    sys.exit(main())
