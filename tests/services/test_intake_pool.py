"""Large imports digest messages ahead in worker processes: same outcome as in-process."""

from __future__ import annotations

import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ssw_desk.config import Actor
from ssw_desk.demo import demo_mails
from ssw_desk.mail import MailSource
from ssw_desk.services import import_pool, intake
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import ImportResult, import_paths, import_sources
from ssw_desk.storage.models import Attachment, Message, Request, Version
from tests.services.mails import request_mail


def batch() -> list[MailSource]:
    """Demo requests and replies, with the awkward cases in the middle of the window: the
    same bytes twice, the same Message-ID with other bytes, a truncated, a cut attachment
    and a garbage file."""
    mails = [MailSource(name, raw, "eml") for name, raw in demo_mails(10)]
    first = mails[0].raw
    retold = first.replace(b"\r\nSubject:", b"\r\nX-Resent: yes\r\nSubject:", 1)
    if retold == first:
        retold = first.replace(b"\nSubject:", b"\nX-Resent: yes\nSubject:", 1)
    return [
        *mails[:3],
        MailSource("again.eml", first, "eml"),
        MailSource("retold.eml", retold, "eml"),
        MailSource("truncated.eml", request_mail(message_id="<t@example.com>")[:1000], "eml"),
        MailSource("cut-card.eml", request_mail()[:1500], "eml"),
        MailSource("garbage.eml", bytes(range(256)) * 8, "eml"),
        *mails[3:],
    ]


def snapshot(desk: Desk) -> dict[str, Any]:
    with desk.db.read() as session:
        messages = [
            (m.origin, m.dedupe_key, m.status, m.quarantine_reason, m.raw_sha256)
            for m in session.scalars(select(Message).order_by(Message.id))
        ]
        requests = [
            (r.reference, r.status, r.version_count, r.findings, r.fail_count, r.due_date)
            for r in session.scalars(select(Request).order_by(Request.id))
        ]
        attachments = [
            (v.number, a.filename, a.role, a.role_reasons, a.sha256, a.photo_report, a.carried_from)
            for v, a in session.execute(
                select(Version, Attachment)
                .join(Attachment, Attachment.version_id == Version.id)
                .order_by(Attachment.id)
            )
        ]
    return {"messages": messages, "requests": requests, "attachments": attachments}


def counts(result: ImportResult) -> tuple[int, int, int, dict[str, int]]:
    return result.imported, result.duplicates, result.quarantined, result.reasons


def fresh(tmp_path: Path, name: str) -> Desk:
    return Desk.open(f"sqlite:///{tmp_path / name}", actor=Actor("clerk-test", "ws-1"))


def test_workers_store_exactly_what_in_process_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = batch()
    monkeypatch.setenv("SSW_DESK_IMPORT_WORKERS", "0")
    alone = fresh(tmp_path, "alone.sqlite3")
    expected = import_sources(alone, sources=sources)
    monkeypatch.setenv("SSW_DESK_IMPORT_WORKERS", "2")
    started: list[int] = []

    class Spy(import_pool.ProcessPoolExecutor):
        def __init__(self, workers: int, **kwargs: Any) -> None:
            started.append(workers)
            super().__init__(workers, **kwargs)

    monkeypatch.setattr(import_pool, "ProcessPoolExecutor", Spy)
    pooled = fresh(tmp_path, "pooled.sqlite3")
    seen: list[tuple[int, str]] = []
    result = import_sources(pooled, sources=sources, progress=lambda n, o: seen.append((n, o)))
    try:
        assert started == [2]
        assert counts(result) == counts(expected)
        assert result.inputs == len(sources)
        assert result.duplicates == 2 and result.quarantined == 2
        assert seen == [(n, s.origin) for n, s in enumerate(sources, start=1)]
        assert snapshot(pooled) == snapshot(alone)
        again = import_sources(pooled, sources=sources)
        assert (again.imported, again.duplicates, again.quarantined) == (0, len(sources), 0)
    finally:
        alone.close()
        pooled.close()


def test_cancel_stops_between_messages(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSW_DESK_IMPORT_WORKERS", "2")
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, raw in demo_mails(12):
        (folder / name).write_bytes(raw)
    done: list[int] = []
    result = import_paths(
        desk,
        paths=[folder],
        progress=lambda n, _o: done.append(n),
        cancelled=lambda: len(done) >= 3,
    )
    assert result.inputs == 3
    with desk.db.read() as session:
        assert len(session.scalars(select(Message)).all()) == 3


class Unstartable:
    def __init__(self, *_args: object, **_kwargs: object) -> None:
        raise OSError("no processes here")


class Failing:
    """A pool whose jobs all fail, as when a worker dies."""

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        self.shut = False

    def submit(self, *_args: object, **_kwargs: object) -> Future[object]:
        job: Future[object] = Future()
        job.set_exception(RuntimeError("worker died"))
        return job

    def shutdown(self, **_kwargs: object) -> None:
        self.shut = True


@pytest.mark.parametrize("pool", [Unstartable, Failing])
def test_import_goes_on_in_process_when_workers_fail(
    pool: type, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = batch()
    monkeypatch.setenv("SSW_DESK_IMPORT_WORKERS", "0")
    alone = fresh(tmp_path, "alone.sqlite3")
    expected = import_sources(alone, sources=sources)
    monkeypatch.setenv("SSW_DESK_IMPORT_WORKERS", "2")
    monkeypatch.setattr(import_pool, "ProcessPoolExecutor", pool)
    broken = fresh(tmp_path, "broken.sqlite3")
    try:
        assert counts(import_sources(broken, sources=sources)) == counts(expected)
        assert snapshot(broken) == snapshot(alone)
    finally:
        alone.close()
        broken.close()


def test_worker_count_follows_cpus_frozen_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSW_DESK_IMPORT_WORKERS", raising=False)
    monkeypatch.setattr(intake.os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3, 4, 5})
    assert intake.import_workers() == intake.MAX_WORKERS
    # the frozen entry point calls freeze_support(): the bundle uses workers too
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert intake.import_workers() == intake.MAX_WORKERS
    monkeypatch.setattr(intake.os, "sched_getaffinity", lambda _pid: {0})
    assert intake.import_workers() == 0
    monkeypatch.setenv("SSW_DESK_IMPORT_WORKERS", "1")
    assert intake.import_workers() == 1
