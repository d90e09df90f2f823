"""Field extraction on layouts it was never written for: items right and wrong-where-missing.

Runs the frozen layout corpus of ``tests/domain/layouts.py`` (tuning families, then the
held-out families) through the extractor and prints, per family and in total, the share of
items right (value equal to the truth's normalised value, or reported missing when the truth
is missing) and the wrong-value-where-missing rate. Aim: >= 99.5 % and <= 1/1000.

Usage: ``python bench/layouts.py [--per-family N] [--show N]``
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ssw_desk.domain.extract import extract_fields  # noqa: E402
from ssw_desk.domain.normalize import normalize_field  # noqa: E402
from tests.domain.layouts import FIELDS, corpus  # noqa: E402


def score(held_out: bool, per_family: int, show: int) -> tuple[int, int, int, int]:
    right = total = wrong_missing = missing = 0
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    shown = 0
    for sample in corpus(per_family, held_out=held_out):
        found = extract_fields(sample.body)
        for f in FIELDS:
            truth = sample.truth[f]
            got = found.fields[f]
            total += 1
            per[sample.family][1] += 1
            if truth is None:
                missing += 1
                ok = got.value is None
                wrong_missing += not ok
            else:
                ok = got.value is not None and got.value == normalize_field(f, truth).value
            right += ok
            per[sample.family][0] += ok
            if not ok and shown < show and not held_out:  # held-out failures stay unseen
                shown += 1
                print(f"  [{sample.family}] {f}: truth {truth!r} got {got.value!r} ({got.problem})")
    for family, (r, t) in per.items():
        print(f"    {family:24s} {100 * r / t:6.2f} %")
    return right, total, wrong_missing, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-family", type=int, default=60)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    for held_out in (False, True):
        right, total, wrong, missing = score(held_out, args.per_family, args.show)
        print(
            f"{'held-out' if held_out else 'tuning':8s}: items right {right}/{total} "
            f"({100 * right / total:.2f} %); wrong value where missing {wrong}/{missing}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
