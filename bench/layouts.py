"""Field extraction on layouts it was never written for: items right and wrong-where-missing.

Runs the frozen layout corpus (``tests/domain/layout_corpus.py``) through the extractor and
prints, per family and per group, the share of items right (value equal to the truth's
normalised value, or reported missing when the truth is missing) and the
wrong-value-where-missing rate. Groups: ``tuning`` (the only families the extractor was tuned
on), ``held_out`` (first round) and ``held_out_2`` (second round), the final checks. Aim:
>= 99.5 % and <= 1/1000 on the held-out groups.

Usage: ``python bench/layouts.py [--per-family N] [--show N] [--groups tuning,held_out,...]``
(``--show`` prints failing samples of the tuning group only: held-out failures stay unseen).
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
from tests.domain.layout_corpus import GROUPS, corpus  # noqa: E402
from tests.domain.layouts import FIELDS  # noqa: E402


def score(group: str, per_family: int, show: int) -> tuple[int, int, int, int]:
    """Print per-family figures of ``group``; return (right, total, wrong-missing, missing)."""
    right = total = wrong_missing = missing = 0
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    shown = 0
    for sample in corpus(group, per_family):
        found = extract_fields(sample.body)
        for f in FIELDS:
            truth = sample.truth[f]
            got = found.fields[f]
            total += 1
            row = per[sample.family]
            row[1] += 1
            if truth is None:
                missing += 1
                row[3] += 1
                ok = got.value is None
                wrong_missing += not ok
                row[2] += not ok
            else:
                ok = got.value is not None and got.value == normalize_field(f, truth).value
            right += ok
            row[0] += ok
            if not ok and shown < show and group == "tuning":  # held-out failures stay unseen
                shown += 1
                print(f"  [{sample.family}] {f}: truth {truth!r} got {got.value!r} ({got.problem})")
    for family, (r, t, w, m) in per.items():
        print(f"    {family:24s} {100 * r / t:6.2f} %   wrong where missing {w}/{m}")
    return right, total, wrong_missing, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-family", type=int, default=60)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--groups", default=",".join(GROUPS))
    args = parser.parse_args()
    for group in args.groups.split(","):
        right, total, wrong, missing = score(group, args.per_family, args.show)
        print(
            f"{group:10s}: items right {right}/{total} ({100 * right / total:.2f} %); "
            f"wrong value where missing {wrong}/{missing}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
