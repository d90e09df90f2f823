"""Draws what the photo checks measured over real photos, to check them by eye.

Usage: ``python bench/photo_overlay.py OUT_DIR ID [ID ...] [--photos PHOTOS_DIR]`` with ids of
``realworld/labels.csv`` (``o013``). Writes one PNG per photo into OUT_DIR (outside the
repository: the photos must not be committed): face box, eyes, crown (dashed when estimated),
chin, the chin band of the limits in force, the labelled reference crown-to-chin height as a
bar at the right edge, and the check statuses.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.photo_realworld import photos_root
from ssw_desk.imaging import analyse_photo
from ssw_desk.imaging.decode import display_image

SIDE = 520


def _dashed(img: np.ndarray, y: int, colour: tuple[int, int, int], dashed: bool) -> None:
    w = img.shape[1]
    step = 10 if dashed else w
    for x in range(0, w, 2 * step if dashed else w):
        cv2.line(img, (x, y), (min(w - 1, x + step), y), colour, 2)


def draw(data: bytes, ref_ratio: float | None) -> np.ndarray:
    report = analyse_photo(data)
    rgb = display_image(data, max_side=SIDE)
    img = np.ascontiguousarray(rgb[:, :, ::-1])
    g = report.geometry
    s = img.shape[1] / g.width if g.width else 1.0
    if g.face_box:
        x, y, w, h = (round(v * s) for v in g.face_box)
        cv2.rectangle(img, (x, y), (x + w, y + h), (216, 180, 0), 1)
    for ex, ey in g.eyes:
        cv2.circle(img, (round(ex * s), round(ey * s)), 4, (160, 214, 6), 1)
    if g.band:
        overlay = img.copy()
        top, bottom = round(g.band[0] * s), round(g.band[1] * s)
        cv2.rectangle(overlay, (0, top), (img.shape[1], bottom), (182, 196, 46), -1)
        img = cv2.addWeighted(overlay, 0.25, img, 0.75, 0)
    if g.crown_y is not None:
        _dashed(img, round(g.crown_y * s), (97, 162, 244), g.crown_estimated)
    if g.chin_y is not None:
        _dashed(img, round(g.chin_y * s), (81, 111, 231), g.chin_estimated)
    if ref_ratio is not None and g.chin_y is not None:
        top = round((g.chin_y - ref_ratio * g.height) * s)
        cv2.line(
            img, (img.shape[1] - 4, top), (img.shape[1] - 4, round(g.chin_y * s)), (0, 0, 255), 3
        )
    lines = [f"head {g.head_ratio} ref {ref_ratio}"] + [
        f"{c.code[6:] if c.code.startswith('photo.') else c.code}: {c.status}"
        for c in report.checks
        if c.status not in ("pass", "info")
    ]
    for i, text in enumerate(lines):
        cv2.putText(img, text, (4, 14 + 14 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.4, (0, 0, 0), 3)
        cv2.putText(img, text, (4, 14 + 14 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.4, (255, 255, 255), 1)
    return img


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("ids", nargs="+")
    args, _ = parser.parse_known_args()
    folder = photos_root() / "realworld"
    if "--photos" in sys.argv:
        folder = Path(sys.argv[sys.argv.index("--photos") + 1]) / "realworld"
    if not (folder / "labels.csv").is_file():
        print(f"photo_overlay: {folder} not found", file=sys.stderr)
        return 2
    rows = {r["id"]: r for r in csv.DictReader((folder / "labels.csv").open(encoding="utf-8"))}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for ident in args.ids:
        row = rows[ident]
        ref = float(row["head_ratio_ref"]) if row["head_ratio_ref"] else None
        img = draw((folder / row["file"]).read_bytes(), ref)
        cv2.imwrite(str(out / f"{ident}.png"), img)
    return 0


if __name__ == "__main__":
    sys.exit(main())
