"""iter_sources: one MailSource per input file and per mbox message, format by content."""

from __future__ import annotations

from pathlib import Path

from ssw_desk.mail import MailError, iter_sources, parse_mail

from .builders import (
    build_msg,
    gmail_message,
    japanese_mailer_message,
    mbox_bytes,
    message,
    png_bytes,
    write_maildir,
)


def test_single_eml_and_extensionless_file(tmp_path: Path) -> None:
    eml = tmp_path / "request.eml"
    eml.write_bytes(japanese_mailer_message())
    bare = tmp_path / "12345"
    bare.write_bytes(gmail_message(text="hello"))
    sources = list(iter_sources([eml, str(bare)]))
    assert [(s.origin, s.source_format) for s in sources] == [(str(eml), "eml"), (str(bare), "eml")]
    assert sources[0].raw == eml.read_bytes()


def test_msg_detected_by_magic_not_extension(tmp_path: Path) -> None:
    disguised = tmp_path / "outlook.eml"
    disguised.write_bytes(build_msg(subject="s", body="b", sender_email="a@example.com"))
    (source,) = iter_sources([disguised])
    assert source.source_format == "msg"
    assert parse_mail(source.raw, source_format=source.source_format).subject == "s"


def test_mbox_keeps_raw_bytes_and_numbers_messages(tmp_path: Path) -> None:
    messages = [
        japanese_mailer_message(),
        message([("From", "a@example.com"), ("Subject", "s")], "x\nFrom the start of a line\n"),
        gmail_message(text="third"),
    ]
    path = tmp_path / "Inbox.mbox"
    path.write_bytes(mbox_bytes(messages))
    sources = list(iter_sources([path]))
    assert [s.origin for s in sources] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert not sources[0].raw.startswith(b"From ")
    assert sources[0].raw.rstrip(b"\n") == messages[0].replace(b"\r\n", b"\n").rstrip(b"\n")
    assert b"\n>From the start" in sources[1].raw  # stored bytes, not unescaped
    parsed = [parse_mail(s.raw) for s in sources]
    assert parsed[0].subject == "スコアレポート申請①"
    assert parsed[2].body_text == "third"
    assert path.read_bytes() == mbox_bytes(messages)  # never written to


def test_maildir_new_then_cur_and_tmp_skipped(tmp_path: Path) -> None:
    root = write_maildir(
        tmp_path / "Maildir",
        new=[gmail_message(text="n1")],
        cur=[gmail_message(text="c1"), gmail_message(text="c2")],
    )
    sources = list(iter_sources([root]))
    assert [parse_mail(s.raw).body_text for s in sources] == ["n1", "c1", "c2"]
    assert all("/tmp/" not in s.origin.replace(str(tmp_path), "") for s in sources)


def test_folder_recursive_counts_every_input(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.eml").write_bytes(gmail_message(text="a"))
    (folder / "sub" / "b.msg").write_bytes(build_msg(subject="b", body="b"))
    (folder / "sub" / "box.mbox").write_bytes(
        mbox_bytes([gmail_message(text="m1"), gmail_message(text="m2")])
    )
    (folder / "README.txt").write_text("Exported mail from the desk.\n")
    (folder / "photo.png").write_bytes(png_bytes())
    (folder / "empty.eml").write_bytes(b"")
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    write_maildir(folder / "maildir", new=[gmail_message(text="md")])
    sources = list(iter_sources([folder]))
    assert len(sources) == 1 + 1 + 2 + 1 + 1 + 1 + 1  # .DS_Store and maildir/tmp not inputs
    outcomes: dict[str, str] = {}
    for source in sources:
        name = Path(source.origin.split("#")[0]).name + source.origin.partition("#")[2]
        try:
            parse_mail(source.raw, source_format=source.source_format)
            outcomes[name] = "ok"
        except MailError as exc:
            outcomes[name] = exc.code
    assert outcomes["README.txt"] == "mail.not_email"
    assert outcomes["photo.png"] == "mail.not_email"
    assert outcomes["empty.eml"] == "mail.empty"
    assert outcomes["b.msg"] == "ok" and outcomes["box.mbox1"] == "ok"


def test_missing_and_unreadable_paths_still_yield(tmp_path: Path) -> None:
    missing = tmp_path / "gone.eml"
    (source,) = iter_sources([missing])
    assert (source.origin, source.raw) == (str(missing), b"")
    unreadable = tmp_path / "locked.eml"
    unreadable.write_bytes(gmail_message(text="x"))
    unreadable.chmod(0)
    try:
        (source,) = iter_sources([unreadable])
        if source.raw:  # running as root: permissions are not enforced
            assert source.raw == gmail_message(text="x")
        else:
            assert source.origin == str(unreadable)
    finally:
        unreadable.chmod(0o600)


def test_mbox_like_text_file_is_one_source(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"From here on, notes.\nNothing else.\n")
    sources = list(iter_sources([path]))
    assert len(sources) == 1
