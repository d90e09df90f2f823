"""Typed settings that belong to no other module: the sender of notices, the report serial.

Declared in the registry :mod:`ssw_desk.services.settings` like every other setting.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NoticeSettings:
    """Who notices and report e-mails come from (setting ``notices``).

    Attributes:
        from_addr: The secretariat's address; Message-IDs are made on its domain.
        from_name: Display name in From.
        signature_ja: Closing block of the Japanese text.
        signature_en: Closing block of the English text.
    """

    from_addr: str = "sswm-seizou-exam@jaim-skill.or.jp"
    from_name: str = "一般社団法人工業製品製造技能人材機構 事務局"
    signature_ja: str = (
        "一般社団法人工業製品製造技能人材機構（JAIM）\n"
        "特定技能2号評価試験（工業製品製造業）事務局\n"
        "sswm-seizou-exam@jaim-skill.or.jp"
    )
    signature_en: str = (
        "Secretariat of the SSW(ii) Exam for Industrial Product Manufacturing\n"
        "JAIM (一般社団法人工業製品製造技能人材機構)\n"
        "sswm-seizou-exam@jaim-skill.or.jp"
    )


@dataclass(frozen=True)
class ReportSerial:
    """How report serials are spelt (setting ``report_serial``): ``<prefix>-<year>-<n>``.

    Attributes:
        prefix: Letters and digits before the year.
    """

    prefix: str = "JAIM"


@dataclass(frozen=True)
class RetentionSettings:
    """How long personal data is kept, and the desk's own purge (setting ``retention``).

    Attributes:
        days: Days after the decision (issued or rejected) a request's personal data is kept.
        auto_purge: Whether an open desk runs the purge itself on a schedule.
        purge_every_hours: How often the scheduled purge runs (across all desks).
    """

    days: int = 3 * 365
    auto_purge: bool = True
    purge_every_hours: int = 24


@dataclass(frozen=True)
class DeskKeyState:
    """Which desk key this database's files are sealed with (setting ``desk_key``, written only
    by :mod:`ssw_desk.storage.deskkey`; never the key itself).

    Attributes:
        fingerprint: The fingerprint of the key in force.
        label: Its label (what sealed files carry).
        rotating_to: The fingerprint of the new key while a rotation runs (else empty).
    """

    fingerprint: str = ""
    label: str = ""
    rotating_to: str = ""
