"""PostgreSQL group roles and grants, derived from the domain's role table.

Three group roles (``<prefix>clerk``, ``<prefix>supervisor``, ``<prefix>admin``; prefix
``ssw_`` unless ``SSW_DESK_PG_ROLE_PREFIX`` says otherwise), each a member of the one below.
Every action of :data:`ssw_desk.domain.roles.ACTION_ROLES` names the table privileges it needs
in :data:`ACTION_PRIVILEGES`; the privileges are granted to the group role of the least role
that may take the action. What a table grant cannot tell apart (an approval *with* overrides is
an UPDATE of ``requests`` like any approval) is checked by a trigger that asks whether the
database login is a member of the role the action needs. Events are INSERT-only for everyone
and a trigger refuses UPDATE, DELETE and TRUNCATE even to the owner.

Clerk logins are members of one group role and hold no privileges of their own.
"""

from __future__ import annotations

import os
import re

from sqlalchemy import Connection, text

from ssw_desk.domain.roles import ACTION_ROLES, Role

READ_ALL = "__all__"

#: Action -> [(table, privileges)]. Tables that do not exist (yet) are skipped.
ACTION_PRIVILEGES: dict[str, list[tuple[str, str]]] = {
    "view": [(READ_ALL, "SELECT"), ("events", "INSERT")],
    "import": [
        ("blobs", "INSERT"),
        ("messages", "INSERT, UPDATE"),
        ("requests", "INSERT, UPDATE"),
        ("versions", "INSERT, UPDATE"),
        ("attachments", "INSERT, UPDATE"),
        ("counters", "INSERT, UPDATE"),
        # fetching and sending mail is every clerk's desk's work (one at a time, by lease);
        # configuring the mailbox is the admin's ("mailbox")
        ("mailbox_state", "INSERT, UPDATE"),
        ("mail_locks", "INSERT, UPDATE, DELETE"),
        ("outbox", "INSERT, UPDATE"),
    ],
    "approve": [("requests", "UPDATE")],
    "flag": [("requests", "UPDATE"), ("messages", "INSERT"), ("blobs", "INSERT")],
    "reject": [("requests", "UPDATE"), ("messages", "INSERT"), ("blobs", "INSERT")],
    "note": [("notes", "INSERT")],
    "issue": [
        ("reports", "INSERT"),
        ("counters", "INSERT, UPDATE"),
        ("blobs", "INSERT"),
        ("messages", "INSERT"),
        ("outbox", "INSERT"),
    ],
    "claim": [("claims", "INSERT, UPDATE, DELETE")],
    "release": [("claims", "UPDATE, DELETE")],
    "approve_with_override": [],  # trigger on requests.overrides
    "reissue": [("reports", "UPDATE")],
    "revoke": [("reports", "UPDATE")],
    "take_over": [],  # trigger on claims (a live claim of another clerk)
    "intake": [],  # the same rights as "import"
    "reopen": [],  # the status trigger: the step's action (requests.status_action)
    "roster_import": [("roster", "INSERT, UPDATE, DELETE")],
    "closures": [("closures", "INSERT, UPDATE, DELETE"), ("requests", "UPDATE")],
    "catalogue": [("settings", "INSERT, UPDATE")],
    "settings": [
        ("settings", "INSERT, UPDATE, DELETE"),
        # the retention purge (docs/report-trust.md) removes personal data past the period
        ("retention_holds", "INSERT, UPDATE, DELETE"),
        ("retention_log", "INSERT, UPDATE"),
        ("blobs", "DELETE"),
        ("messages", "UPDATE, DELETE"),
        ("attachments", "UPDATE, DELETE"),
        ("versions", "UPDATE"),
        ("outbox", "DELETE"),
        ("quarantine", "DELETE"),
        ("reports", "UPDATE"),
    ],
    "mailbox": [("mailbox_state", "INSERT, UPDATE, DELETE")],
    "clerks": [("clerks", "INSERT, UPDATE")],
    "key_admin": [
        ("issuer_keys", "INSERT, UPDATE"),
        # desk key rotation re-seals every sealed value
        ("blobs", "UPDATE"),
        ("settings", "INSERT, UPDATE"),
    ],
}

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def role_prefix() -> str:
    prefix = os.environ.get("SSW_DESK_PG_ROLE_PREFIX", "ssw_")
    if not _NAME.match(prefix + "x"):
        raise ValueError("SSW_DESK_PG_ROLE_PREFIX must be lower-case letters, digits, _")
    return prefix


def group_role(role: Role) -> str:
    """The PostgreSQL group role of a desk role, e.g. ``ssw_supervisor``."""
    return role_prefix() + role.value


def role_check_sql(action: str) -> str:
    """SQL that is true when the login may take ``action`` (for triggers and policies of other
    features, so that they too read the role table instead of naming a role)."""
    return f"pg_has_role(current_user, '{group_role(ACTION_ROLES[action])}', 'MEMBER')"


def login_role(conn: Connection) -> Role | None:
    """The highest desk role the login holds (None: not a clerk of this desk)."""
    roles = list(Role)
    asks = ", ".join(f"pg_has_role(current_user, :g{i}, 'MEMBER')" for i in range(len(roles)))
    row = conn.execute(
        text(f"SELECT {asks}"), {f"g{i}": group_role(r) for i, r in enumerate(roles)}
    ).one()
    held = None
    for role, member in zip(roles, row, strict=True):
        if member:
            held = role
    return held


def check_login_name(name: str) -> str:
    """A clerk's login: plain lower-case identifier (so it never needs quoting games)."""
    if not _NAME.match(name) or name.startswith("pg_"):
        raise ValueError(name)
    return name


def grant_statements(tables: set[str]) -> list[str]:
    """The GRANT statements for every action of the role table (tables present only)."""
    statements: list[str] = []
    for action, role in ACTION_ROLES.items():
        grantee = group_role(role)
        for table, privileges in ACTION_PRIVILEGES[action]:
            if table == READ_ALL:
                statements += [f'GRANT {privileges} ON "{t}" TO {grantee}' for t in sorted(tables)]
            elif table in tables:
                statements.append(f'GRANT {privileges} ON "{table}" TO {grantee}')
    statements.append(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {group_role(Role.CLERK)}"
    )
    return statements


def _create_groups(conn: Connection) -> None:
    below: str | None = None
    for role in Role:
        name = group_role(role)
        # Roles belong to the cluster: several databases (and desks) may create them at once.
        conn.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                f"'{name}') THEN CREATE ROLE {name} NOLOGIN; END IF; "
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
            )
        )
        if below is not None:
            conn.execute(text(f"GRANT {below} TO {name}"))
        below = name


def _override_trigger(conn: Connection) -> None:
    need = group_role(ACTION_ROLES["approve_with_override"])
    allowed = role_check_sql("approve_with_override")
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION ssw_check_overrides() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF coalesce(NEW.overrides::jsonb, '{{}}'::jsonb) <> '{{}}'::jsonb
                 AND (TG_OP = 'INSERT'
                      OR NEW.overrides::jsonb IS DISTINCT FROM OLD.overrides::jsonb)
                 AND NOT {allowed} THEN
                RAISE EXCEPTION 'ssw: approve_with_override needs {need}'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $$
            """
        )
    )
    conn.execute(text("DROP TRIGGER IF EXISTS ssw_requests_overrides ON requests"))
    conn.execute(
        text(
            "CREATE TRIGGER ssw_requests_overrides BEFORE INSERT OR UPDATE ON requests "
            "FOR EACH ROW EXECUTE FUNCTION ssw_check_overrides()"
        )
    )


def status_steps() -> dict[tuple[str, str, str], str]:
    """Every change of a request's status the lifecycle allows, as (action, from, to) -> the
    role taking it (derived from :data:`ssw_desk.domain.lifecycle.TRANSITIONS`, never written a
    second time). The action is part of the key: approved -> resubmitted is a clerk's intake or
    a supervisor's reopening."""
    from ssw_desk.domain import lifecycle

    steps: dict[tuple[str, str, str], str] = {}
    for action, t in lifecycle.TRANSITIONS.items():
        for source in t.sources:
            after = lifecycle.target(action, source)
            if after != source:
                steps[(action, str(source), str(after))] = lifecycle.ROLE_OF[action].value
    return steps


def _owner_sql() -> str:
    return (
        "current_user = (SELECT tableowner FROM pg_tables WHERE tablename = 'requests'"
        " AND schemaname = current_schema())"
    )


def _lifecycle_triggers(conn: Connection) -> None:
    """The database refuses a status change the lifecycle does not allow, and one the login's
    role may not take (reopening a decision needs a supervisor), whatever program writes it;
    and taking over another clerk's live claim needs a supervisor."""
    cases = "\n".join(
        f"WHEN '{action}:{a}>{b}' THEN '{group_role(Role(role))}'"
        for (action, a, b), role in sorted(status_steps().items())
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION ssw_check_status() RETURNS trigger
            LANGUAGE plpgsql AS $$
            DECLARE need text;
            BEGIN
              IF NEW.status IS DISTINCT FROM OLD.status AND NOT ({_owner_sql()}) THEN
                need := CASE coalesce(NEW.status_action, '') || ':' || OLD.status || '>'
                             || NEW.status
                  {cases}
                  ELSE NULL END;
                IF need IS NULL THEN
                  RAISE EXCEPTION 'ssw: the lifecycle has no step % -> % by %',
                    OLD.status, NEW.status, coalesce(NEW.status_action, '(no action)')
                    USING ERRCODE = 'check_violation';
                END IF;
                -- an intake is a resubmission: its new version arrives in the same change
                IF NEW.status_action = 'intake'
                   AND NEW.version_count <= OLD.version_count THEN
                  RAISE EXCEPTION 'ssw: % -> % by intake without a new version',
                    OLD.status, NEW.status
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NOT pg_has_role(current_user, need, 'MEMBER') THEN
                  RAISE EXCEPTION 'ssw: % -> % by % needs %',
                    OLD.status, NEW.status, NEW.status_action, need
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
              END IF;
              RETURN NEW;
            END $$
            """
        )
    )
    conn.execute(text("DROP TRIGGER IF EXISTS ssw_requests_status ON requests"))
    conn.execute(
        text(
            "CREATE TRIGGER ssw_requests_status BEFORE UPDATE OF status ON requests "
            "FOR EACH ROW EXECUTE FUNCTION ssw_check_status()"
        )
    )
    need = group_role(ACTION_ROLES["take_over"])
    allowed = role_check_sql("take_over")
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION ssw_check_claims() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF OLD.clerk <> current_user AND OLD.expires_at > now()
                 AND (TG_OP = 'DELETE' OR NEW.clerk IS DISTINCT FROM OLD.clerk)
                 AND NOT {allowed} AND NOT ({_owner_sql()}) THEN
                RAISE EXCEPTION 'ssw: taking over a live claim needs {need}'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              RETURN NEW;
            END $$
            """
        )
    )
    conn.execute(text("DROP TRIGGER IF EXISTS ssw_claims_take_over ON claims"))
    conn.execute(
        text(
            "CREATE TRIGGER ssw_claims_take_over BEFORE UPDATE OR DELETE ON claims "
            "FOR EACH ROW EXECUTE FUNCTION ssw_check_claims()"
        )
    )


def apply(conn: Connection) -> None:
    """Creates the group roles and (re-)grants everything; idempotent. Run by the owner."""
    _create_groups(conn)
    tables = set(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    tables.discard("alembic_version")
    groups = ", ".join(group_role(r) for r in Role)
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {groups}"))
    conn.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {group_role(Role.CLERK)}"))
    conn.execute(text("GRANT SELECT ON alembic_version TO " + group_role(Role.CLERK)))
    for statement in grant_statements(tables):
        conn.execute(text(statement))
    _override_trigger(conn)
    if "claims" in tables:
        _lifecycle_triggers(conn)
