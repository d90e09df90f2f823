"""The whole layout corpus in three groups: tuning, held out (first round), held out (second).

* ``tuning``: the first round's tuning families (``layouts.py``) and the second round's
  (``layouts_real.py``), the only ones the extractor was tuned on;
* ``held_out``: the first round's held-out families (``layouts.HELD_OUT``);
* ``held_out_2``: the second round's held-out families (``layouts_held_out_2.py``), committed
  before any tuning of the second round and never looked at until the final check.

Samples of a family depend only on the seed and the family's name, so adding a family never
changes another family's samples.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.domain.layouts import FAMILIES, HELD_OUT, Sample, _wrap, items
from tests.domain.layouts_real import FAMILIES_REAL

Render = Callable[[random.Random, dict[str, str | None]], str]
GROUPS = ("tuning", "held_out", "held_out_2")


def families(group: str) -> dict[str, Render]:
    """The families of one group, in a fixed order."""
    if group == "tuning":
        old = {k: f for k, f in FAMILIES.items() if k not in HELD_OUT}
        return {**old, **FAMILIES_REAL}
    if group == "held_out":
        return {k: f for k, f in FAMILIES.items() if k in HELD_OUT}
    if group == "held_out_2":
        try:
            from tests.domain.layouts_held_out_2 import FAMILIES_HELD_OUT_2
        except ImportError:  # before the second held-out set was written
            return {}
        return dict(FAMILIES_HELD_OUT_2)
    raise ValueError(group)


def corpus(group: str, per_family: int = 60, seed: int = 20261125) -> list[Sample]:
    """``per_family`` samples of every family of ``group`` (same seeding as ``layouts``)."""
    out = []
    for family, render in families(group).items():
        rng = random.Random(f"{seed}:{family}")
        for _ in range(per_family):
            v = items(rng, missing=0.0 if family == "numbered_no_labels" else 0.12)
            out.append(Sample(family, _wrap(rng, render(rng, v)), v))
    return out
