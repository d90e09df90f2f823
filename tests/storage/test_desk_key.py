"""The desk key fails loudly: missing, different, corrupt or short keys are refused (in real
OS processes, on one shared database), nothing is written, and a rotation killed halfway
(kill -9) resumes and loses nothing."""

from __future__ import annotations

import base64
import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from ssw_desk.errors import DeskError
from ssw_desk.storage.blobs import get_blob, put_blob
from ssw_desk.storage.crypto import BlobKey, desk_key
from ssw_desk.storage.db import Database
from ssw_desk.storage.models import Blob, Setting

REPO = Path(__file__).resolve().parents[2]


def _run(
    data_dir: Path, url: str, *args: str, key: str | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "SSW_DESK_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    env.pop("SSW_DESK_KEY", None)
    if key is not None:
        env["SSW_DESK_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "ssw_desk", "--db", url, *args],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )  # fmt: skip


def _counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        names = sa.inspect(engine).get_table_names()
        counts = {
            t: int(conn.execute(sa.text(f'SELECT count(*) FROM "{t}"')).scalar_one()) for t in names
        }
    engine.dispose()
    return counts


def test_two_workstations_missing_and_different_key_refuse(
    db_url: str, tmp_path: Path, data_folder: Path
) -> None:
    db = Database(db_url)  # workstation A: empty database, its key is made and recorded
    with db.begin() as session:
        digest = put_blob(session, b"residence card")
        fingerprint = session.get(Setting, "desk_key").value["fingerprint"]  # type: ignore[union-attr]
    db.dispose()
    assert desk_key().fingerprint == fingerprint
    before = _counts(db_url)

    missing = _run(tmp_path / "ws-b", db_url, "requests", "list")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "storage.key_missing" in missing.stderr and fingerprint in missing.stderr
    assert "ssw-desk key import" in missing.stderr
    assert not (tmp_path / "ws-b" / "desk.key").exists()

    other = base64.b64encode(os.urandom(32)).decode()
    different = _run(tmp_path / "ws-c", db_url, "requests", "list", key=other)
    assert different.returncode == 2 and "storage.key_different" in different.stderr
    assert fingerprint in different.stderr
    assert _counts(db_url) == before  # neither wrote anything

    exported = tmp_path / "desk-key.txt"
    assert _run(data_folder, db_url, "key", "export", str(exported)).returncode == 0
    assert _run(tmp_path / "ws-b", db_url, "key", "import", str(exported)).returncode == 0
    assert _run(tmp_path / "ws-b", db_url, "requests", "list").returncode == 0
    db = Database(db_url)
    with db.begin() as session:
        assert get_blob(session, digest) == b"residence card"
    db.dispose()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"not base64 at all !!", "storage.key_corrupt"),
        (base64.b64encode(os.urandom(16)), "storage.key_short"),
        (b"", "storage.key_short"),
    ],
)
def test_corrupt_and_short_keys_are_refused(
    sqlite_url: str, data_folder: Path, content: bytes, code: str
) -> None:
    Database(sqlite_url).dispose()
    good = (data_folder / "desk.key").read_bytes()
    (data_folder / "desk.key").write_bytes(content)
    with pytest.raises(DeskError) as err:
        Database(sqlite_url)
    assert err.value.code == code
    assert "expected key" in err.value.detail
    result = _run(data_folder, sqlite_url, "requests", "list")
    assert result.returncode == 2 and code in result.stderr and "Traceback" not in result.stderr
    assert (data_folder / "desk.key").read_bytes() == content  # never replaced
    (data_folder / "desk.key").write_bytes(good)
    Database(sqlite_url).dispose()


def test_database_with_data_but_no_fingerprint_never_gets_a_new_key(
    sqlite_url: str, data_folder: Path
) -> None:
    """A database from before the fingerprint: the right key is recorded, no key is refused."""
    db = Database(sqlite_url)
    with db.begin() as session:
        put_blob(session, b"old data")
        session.execute(sa.delete(Setting).where(Setting.key == "desk_key"))
    db.dispose()
    key = (data_folder / "desk.key").read_bytes()
    (data_folder / "desk.key").unlink()
    with pytest.raises(DeskError) as err:
        Database(sqlite_url)
    assert err.value.code == "storage.key_missing"
    assert not (data_folder / "desk.key").exists()
    (data_folder / "desk.key").write_bytes(key)
    Database(sqlite_url).dispose()


_ROTATE = """
import sys, time
from ssw_desk.storage.db import Database
from ssw_desk.storage.deskkey import rotate
db = Database(sys.argv[1], check_key=False)
def slow(done):
    print(done, flush=True)
    time.sleep(0.05)
rotate(db.begin, batch=5, after_batch=slow)
"""


def test_rotation_killed_halfway_resumes_and_loses_nothing(
    db_url: str, tmp_path: Path, data_folder: Path
) -> None:
    db = Database(db_url)
    originals = {}
    with db.begin() as session:
        for i in range(120):
            data = os.urandom(64) + str(i).encode()
            originals[put_blob(session, data)] = data
        old_key = desk_key()
        sealed = old_key.encrypt(b"earlier signing key", "report_signing")
        session.add(
            Setting(
                key="report_signing",
                value={"private": base64.b64encode(sealed).decode(), "sealed_with": old_key.label},
                updated_at=dt.datetime.now(dt.UTC),
                updated_by="test",
            )
        )
    db.dispose()
    old = desk_key().fingerprint
    exported = tmp_path / "old.key"
    assert _run(data_folder, db_url, "key", "export", str(exported)).returncode == 0
    assert _run(tmp_path / "ws-b", db_url, "key", "import", str(exported)).returncode == 0

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _ROTATE, db_url], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if int(line) >= 40:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()

    engine = sa.create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        labels = {r[0] for r in conn.execute(sa.select(Blob.encryption))}
    engine.dispose()
    assert len(labels) == 2  # half re-sealed
    blocked = _run(tmp_path / "ws-b", db_url, "requests", "list")
    assert blocked.returncode == 2 and "storage.key_rotating" in blocked.stderr

    resumed = _run(data_folder, db_url, "key", "rotate")
    assert resumed.returncode == 0, resumed.stderr
    new = desk_key().fingerprint
    assert new != old and (data_folder / f"desk.key.{old}.bak").exists()
    db = Database(db_url)
    with db.begin() as session:
        for digest, data in originals.items():
            assert get_blob(session, digest) == data
        assert {b.encryption for b in session.scalars(sa.select(Blob))} == {
            BlobKey(desk_key().key).label
        }
        legacy = session.get(Setting, "report_signing").value  # type: ignore[union-attr]
        assert legacy["sealed_with"] == desk_key().label
        plain = desk_key().decrypt(
            base64.b64decode(legacy["private"]), "report_signing", legacy["sealed_with"]
        )
        assert plain == b"earlier signing key"
    db.dispose()
    stale = _run(tmp_path / "ws-b", db_url, "requests", "list")
    assert stale.returncode == 2 and "storage.key_different" in stale.stderr and new in stale.stderr
