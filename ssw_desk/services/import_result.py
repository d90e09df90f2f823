"""What an import reports: one :class:`Outcome` per input and the :class:`ImportResult`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["ImportResult", "Kind", "Outcome"]

Kind = Literal["imported", "duplicate", "quarantined", "failed"]


@dataclass(frozen=True)
class Outcome:
    """What became of one input.

    Attributes:
        origin: Where it came from (a path, ``box.mbox#3``), printable.
        kind: imported, duplicate, quarantined or failed (nothing could be stored).
        request_id: The request it created or continued (imported).
        reason: Quarantine code, or ``duplicate.same_bytes`` / ``duplicate.same_message``.
        detail: Technical detail (never personal data).
        duplicate_of: The id of the stored message a duplicate is.
        reused_message_id: Imported although another message had its Message-ID.
    """

    origin: str
    kind: Kind
    request_id: int | None = None
    reason: str | None = None
    detail: str = ""
    duplicate_of: int | None = None
    reused_message_id: bool = False

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"origin": self.origin, "outcome": self.kind}
        if self.reason:
            out["reason"] = self.reason
        if self.detail:
            out["detail"] = self.detail
        if self.duplicate_of is not None:
            out["duplicate_of_message"] = self.duplicate_of
        return out


@dataclass
class ImportResult:
    """Counts for one import; ``imported + duplicates + quarantined + failed == inputs``."""

    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    failed: int = 0
    reused_message_ids: int = 0
    requests: list[int] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)
    #: Every input that was not imported, with why.
    not_imported: list[Outcome] = field(default_factory=list)

    @property
    def inputs(self) -> int:
        return self.imported + self.duplicates + self.quarantined + self.failed

    def add(self, outcome: Outcome) -> None:
        if outcome.kind == "imported":
            self.imported += 1
            self.reused_message_ids += outcome.reused_message_id
            if outcome.request_id is not None and outcome.request_id not in self.requests:
                self.requests.append(outcome.request_id)
            return
        if outcome.kind == "duplicate":
            self.duplicates += 1
        else:
            if outcome.kind == "quarantined":
                self.quarantined += 1
            else:
                self.failed += 1
            reason = outcome.reason or "?"
            self.reasons[reason] = self.reasons.get(reason, 0) + 1
        self.not_imported.append(outcome)

    def as_dict(self) -> dict[str, object]:
        return {
            "inputs": self.inputs,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "failed": self.failed,
            "reused_message_ids": self.reused_message_ids,
            "requests": self.requests,
            "reasons": dict(sorted(self.reasons.items())),
            "not_imported": [o.as_dict() for o in self.not_imported],
        }
