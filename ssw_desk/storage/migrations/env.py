"""Alembic environment: uses the engine handed over in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from ssw_desk.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            # Batch migrations rebuild a table (copy, drop, rename): with foreign keys enforced,
            # dropping a table other rows refer to fails. The pragma only takes effect outside a
            # transaction, so it is set before one begins; the connection's next user gets it
            # back on (the pool listener turns it on for every new connection, and this one
            # is turned on again below).
            # (on the driver's connection: the engine begins every transaction explicitly)
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
        if connection.dialect.name == "sqlite":
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


run_migrations()
