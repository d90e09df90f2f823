"""Races between desks: several OS processes act on one request at the same instant.

Four long-lived worker processes (spawned once per database) are released together by a barrier
for every round, so the repeats stay cheap. Each scenario runs :data:`ROUNDS` times on SQLite and
on PostgreSQL: exactly one action wins, every other gets a conflict code and wrote nothing, and
the final state is one the transition table allows (status, pauses, valid reports, revision).
Between rounds the main process puts the request back into the scenario's starting state.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import traceback
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from ssw_desk.config import Actor
from ssw_desk.domain import lifecycle
from ssw_desk.errors import DeskError
from ssw_desk.services import report_keys, reports
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import approve, flag_deficiencies, reject
from ssw_desk.services.intake import import_paths
from ssw_desk.services.requests import show_request
from ssw_desk.services.roster import import_roster
from ssw_desk.storage.models import Event, Report, Request, RosterEntry
from tests.conftest import ISSUER_PASSPHRASE
from tests.services.mails import ROSTER_CSV, request_mail

ROUNDS = 20
WORKERS = 4
PASS_CSV = ROSTER_CSV.replace("52,60,100,fail", "52,60,100,pass")
#: Overrides for every failing finding these requests can have (extra ones are ignored).
OVERRIDES = {
    "request.duplicate": "checked",
    "photo.background": "checked",
    "photo.head_height": "checked",
}
CONFLICT = "request.changed"


def _act(desk: Desk, op: str, kw: dict[str, Any]) -> Any:
    if op == "issue":
        return reports.issue(desk, **kw).serial
    if op == "approve":
        return approve(desk, **kw).status
    if op == "flag":
        return flag_deficiencies(desk, items=["photo.colour"], **kw).status
    if op == "reject":
        return reject(desk, reason="before_window", **kw).status
    if op == "roster":
        return import_roster(desk, data=kw["data"]).updated
    if op == "intake":
        return import_paths(desk, paths=[kw["path"]]).requests
    raise AssertionError(op)


def _worker(url: str, data_dir: str, conn: Any, barrier: Any) -> None:
    os.environ["SSW_DESK_DATA_DIR"] = data_dir
    desk = Desk.open(url, actor=Actor(f"clerk{os.getpid()}", "ws"))
    from ssw_desk.reports.fonts import register_fonts

    register_fonts()  # while the main process prepares the requests
    try:
        while True:
            command = conn.recv()
            if command is None:
                return
            op, kw = command
            barrier.wait(timeout=60)
            if op == "idle":
                conn.send(("idle", None))
                continue
            try:
                conn.send(("ok", _act(desk, op, kw)))
            except DeskError as exc:
                conn.send(("refused", exc.code))
            except Exception:  # a crash is a finding of the test, reported with its trace
                conn.send(("crash", traceback.format_exc()))
    finally:
        desk.close()


@dataclass
class Arena:
    url: str
    desk: Desk
    tmp: Path
    conns: list[Any]
    request_id: int
    fresh_id: int
    engine: sa.Engine

    def round(self, commands: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, Any]]:
        """Sends one command per worker (the rest idle), releases them together, collects."""
        padded = commands + [("idle", {})] * (WORKERS - len(commands))
        for conn, command in zip(self.conns, padded, strict=True):
            conn.send(command)
        answers = [conn.recv() for conn in self.conns][: len(commands)]
        crashes = [a[1] for a in answers if a[0] == "crash"]
        assert not crashes, crashes[0]
        return answers

    def reset(self, request_id: int, status: str) -> int:
        """Puts the request in ``status`` with no valid report, no pause; returns its revision."""
        with self.engine.begin() as conn:
            conn.execute(
                sa.update(Report)
                .where(Report.request_id == request_id, Report.status == "valid")
                .values(status="revoked")
            )
            conn.execute(
                sa.update(Request)
                .where(Request.id == request_id)
                .values(
                    status=status,
                    pauses=[],
                    paused_since=None,
                    overrides={},
                    revision=Request.revision + 1,
                )
            )
            conn.execute(
                sa.update(RosterEntry)
                .where(RosterEntry.exam_number == "M2301000123")
                .values(result="fail")
            )
        return self.state(request_id)["revision"]

    def state(self, request_id: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(Request).where(Request.id == request_id)).one()
            valid = conn.execute(
                sa.select(sa.func.count())
                .select_from(Report)
                .where(Report.request_id == request_id, Report.status == "valid")
            ).scalar_one()
            roster = conn.execute(
                sa.select(RosterEntry.result).where(RosterEntry.exam_number == "M2301000123")
            ).scalar_one()
            last_rev = conn.execute(
                sa.select(Event.detail)
                .where(Event.request_id == request_id)
                .order_by(Event.id.desc())
                .limit(1)
            ).scalar_one()
        return {
            "status": row.status,
            "revision": row.revision,
            "paused_since": row.paused_since,
            "pauses": row.pauses,
            "valid_reports": valid,
            "roster": roster,
            "overrides": row.overrides,
            "event_revision": (last_rev or {}).get("revision"),
        }


def _check_state(s: dict[str, Any]) -> None:
    """The invariants every final state keeps, whoever won."""
    assert s["status"] in lifecycle.ALL
    waiting = s["status"] == lifecycle.RequestStatus.WAITING_APPLICANT
    open_pause = bool(s["pauses"]) and s["pauses"][-1][1] is None
    assert waiting == open_pause == (s["paused_since"] is not None), s
    assert s["valid_reports"] == (1 if s["status"] == lifecycle.RequestStatus.ISSUED else 0), s
    assert not (s["roster"] == "pass" and s["valid_reports"]), "a passed exam kept a report"
    # (the reset between rounds moves the revision without an event)
    assert (s["event_revision"] or 0) <= s["revision"], "an event is ahead of the revision"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def arena(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Arena]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    else:
        url = str(request.getfixturevalue("pg_url"))
    desk = Desk.open(url, actor=Actor("setup", "ws-0"))
    # Every worker issues with the one registered issuer key in the shared data folder; the
    # passphrase reaches the spawned processes through their environment.
    monkeypatch.setenv(report_keys.PASSPHRASE_ENV, ISSUER_PASSPHRASE)
    report_keys.forget_unlocked()
    key = report_keys.create_key(desk, ISSUER_PASSPHRASE)
    report_keys.register(desk, key.certificate_pem(), valid_from=dt.date(2000, 1, 1))
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(WORKERS)
    pipes = [ctx.Pipe() for _ in range(WORKERS)]
    procs = [
        ctx.Process(target=_worker, args=(url, str(data_folder), child, barrier), daemon=True)
        for _parent, child in pipes
    ]
    for p in procs:
        p.start()
    (tmp_path / "roster.csv").write_text(ROSTER_CSV, encoding="utf-8")
    import_roster(desk, path=tmp_path / "roster.csv")
    ids = []
    for n in range(2):
        path = tmp_path / f"request-{n}.eml"
        path.write_bytes(
            request_mail(sender=f"a{n}@example.com", message_id=f"<orig-{n}@example.com>")
        )
        ids.append(import_paths(desk, paths=[path]).requests[0])
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        yield Arena(url, desk, tmp_path, [p for p, _c in pipes], ids[0], ids[1], engine)
    finally:
        for parent, _child in pipes:
            parent.send(None)
        for p in procs:
            p.join(timeout=30)
        engine.dispose()
        desk.close()


def _one_winner(answers: list[tuple[str, Any]], conflict: set[str]) -> int:
    outcomes = Counter(a[0] for a in answers)
    assert outcomes["ok"] == 1, answers
    losers = [a[1] for a in answers if a[0] == "refused"]
    assert set(losers) <= conflict, answers
    return next(i for i, a in enumerate(answers) if a[0] == "ok")


Scenario = Callable[[Arena], None]


def same_action(op: str, n: int, start: str, extra: dict[str, Any] | None = None) -> Scenario:
    def run(a: Arena) -> None:
        rev = a.reset(a.request_id, start)
        if op == "issue" and extra:  # a reissue needs a valid report to supersede
            reports.issue(a.desk, request_id=a.request_id)
            rev = a.state(a.request_id)["revision"]
        kw = {"request_id": a.request_id, "expect_revision": rev, **(extra or {})}
        answers = a.round([(op, kw)] * n)
        _one_winner(answers, {CONFLICT})
        s = a.state(a.request_id)
        _check_state(s)
        assert s["revision"] == rev + 1
        assert s["status"] == lifecycle.RequestStatus.ISSUED

    return run


def duel(first: str, second: str, start: str) -> Scenario:
    def run(a: Arena) -> None:
        rev = a.reset(a.request_id, start)
        kws = []
        for op in (first, second):
            kw: dict[str, Any] = {"request_id": a.request_id, "expect_revision": rev}
            if op == "approve":
                kw["overrides"] = OVERRIDES
            kws.append((op, kw))
        answers = a.round(kws)
        won = _one_winner(answers, {CONFLICT})
        s = a.state(a.request_id)
        _check_state(s)
        action = {"approve": "approve_with_override"}.get(kws[won][0], kws[won][0])
        assert s["status"] == lifecycle.target(action, start), (answers, s)
        assert s["revision"] == rev + 1

    return run


def two_approvals(a: Arena) -> None:
    rev = a.reset(a.request_id, "new")
    kws = [
        (
            "approve",
            {
                "request_id": a.request_id,
                "expect_revision": rev,
                "overrides": dict.fromkeys(OVERRIDES, reason),
            },
        )
        for reason in ("reason A", "reason B")
    ]
    answers = a.round(kws)
    won = _one_winner(answers, {CONFLICT})
    s = a.state(a.request_id)
    _check_state(s)
    wanted = "reason A" if won == 0 else "reason B"
    assert {v["reason"] for v in s["overrides"].values()} <= {wanted}, s["overrides"]


def roster_vs_issue(a: Arena) -> None:
    rev = a.reset(a.request_id, "approved")
    answers = a.round(
        [
            ("roster", {"data": PASS_CSV.encode()}),
            ("issue", {"request_id": a.request_id, "expect_revision": rev}),
        ]
    )
    _one_winner(answers, {CONFLICT, "report.passed", "roster.report_issued"})
    s = a.state(a.request_id)
    _check_state(s)
    assert (s["roster"], s["status"]) in (("pass", "approved"), ("fail", "issued")), s


def correction_during_approval(a: Arena) -> None:
    rev = a.reset(a.fresh_id, "waiting_applicant")
    path = a.tmp / f"correction-{uuid.uuid4().hex}.eml"
    path.write_bytes(
        request_mail(
            sender="a1@example.com",
            subject="Re: スコアレポート発行申請",
            in_reply_to="<orig-1@example.com>",
            attach_card=False,  # only the text is corrected; the files carry over
            attach_face=False,
        )
    )
    kw = {"request_id": a.fresh_id, "expect_revision": rev, "overrides": OVERRIDES}
    answers = a.round([("approve", kw), ("intake", {"path": path})])
    assert answers[1] == ("ok", [a.fresh_id]), answers  # intake is never refused
    assert answers[0][0] == "ok" or answers[0] == ("refused", CONFLICT), answers
    s = a.state(a.fresh_id)
    _check_state(s)
    # Whatever came first, the correction is what the clerk must look at now.
    assert s["status"] == lifecycle.RequestStatus.RESUBMITTED
    assert s["revision"] == rev + (2 if answers[0][0] == "ok" else 1)


SCENARIOS: dict[str, Scenario] = {
    "issue x2": same_action("issue", 2, "approved"),
    "issue x4": same_action("issue", 4, "approved"),
    "reissue x2": same_action("issue", 2, "approved", {"reissue_reason": "typo"}),
    "approve vs flag": duel("approve", "flag", "new"),
    "approve vs reject": duel("approve", "reject", "resubmitted"),
    "flag vs issue": duel("flag", "issue", "approved"),
    "roster pass vs issue": roster_vs_issue,
    "two approvals, different reasons": two_approvals,
    "correction during approval": correction_during_approval,
}


@pytest.mark.slow
def test_races_have_one_winner_and_a_possible_end(arena: Arena) -> None:
    failures: dict[str, str] = {}
    for name, scenario in SCENARIOS.items():
        for n in range(ROUNDS):
            try:
                scenario(arena)
            except AssertionError as exc:
                failures[name] = f"round {n + 1}: {exc}"
                break
    assert failures == {}
    view = show_request(arena.desk, request_id=arena.request_id)
    assert view.revision == arena.state(arena.request_id)["revision"]
