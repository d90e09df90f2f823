"""Batch issue: a request that cannot be issued does not stop the others; cancel stops between
two requests; with ``send`` each report e-mail waits in the outbox."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from ssw_desk.services import batch
from ssw_desk.services.context import Desk
from ssw_desk.services.outbox import list_outbox
from ssw_desk.services.requests import show_request
from ssw_desk.storage.models import Message
from tests.services.test_reports import _approved, _request


def test_one_refusal_does_not_stop_the_batch(desk: Desk, tmp_path: Path, issuer: str) -> None:
    first = _approved(desk, tmp_path)
    not_approved = _request(desk, tmp_path, exam_number="M2301000124")
    unknown = 10_000
    out = tmp_path / "pdfs"
    out.mkdir()
    seen: list[tuple[int, str]] = []
    result = batch.issue_batch(
        desk, [not_approved, unknown, first], out_dir=out, send=True,
        progress=lambda done, ref: seen.append((done, ref)),
    )  # fmt: skip
    assert [i.request_id for i in result.issued] == [first]
    assert {r.request_id: r.code for r in result.refused} == {
        not_approved: "report.not_approved",
        unknown: "request.not_found",
    }
    assert [d for d, _ref in seen] == [1, 2, 3]
    issued = result.issued[0]
    assert issued.path is not None and issued.sent
    text = PdfReader(io.BytesIO(issued.path.read_bytes())).pages[0].extract_text()
    assert issued.serial in "".join(text.split())
    assert show_request(desk, request_id=first).status == "issued"
    # No mailbox set up here: the e-mail is prepared with the request (a draft), not queued.
    assert list_outbox(desk) == []
    with desk.db.read() as session:
        # the origin is sealed at rest: compared after reading, not in SQL
        rows = session.execute(select(Message).where(Message.direction == "out")).scalars()
        mails = [m.request_id for m in rows if m.origin == "report"]
    assert mails == [first]


def test_cancel_stops_between_requests(desk: Desk, tmp_path: Path, issuer: str) -> None:
    ids = [_approved(desk, tmp_path), _approved(desk, tmp_path)]
    calls = iter([False, True])
    result = batch.issue_batch(desk, ids, cancelled=lambda: next(calls))
    assert [i.request_id for i in result.issued] == [ids[0]]
    assert result.not_tried == [ids[1]] and result.cancelled
    assert show_request(desk, request_id=ids[1]).status == "approved"
    assert [rid for rid, _ref in batch.approved_requests(desk)] == [ids[1]]
