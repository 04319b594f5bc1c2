"""Line security (issue 16, ADR 0026): the customer's locks and their history, the number transfer PIN with
its attempt counter, SIM-change and port-out requests, the history of numbers of record; when each number last
moved to a new SIM; and why an interaction was opened (R-2010-h, R-5237).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cpni_api.core.db

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "line_lock_changes",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("lock", sa.String(length=20), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("interaction_id", sa.String(length=40), nullable=True),
        sa.Column("changed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_line_lock_changes_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_line_lock_changes")),
    )
    with op.batch_alter_table("line_lock_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_line_lock_changes_account_id_changed_at", ["account_id", "changed_at"], unique=False
        )

    op.create_table(
        "line_locks",
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("sim_change", sa.Boolean(), nullable=False),
        sa.Column("port_out", sa.Boolean(), nullable=False),
        sa.Column("changed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_line_locks_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_line_locks")),
    )
    op.create_table(
        "number_of_record_changes",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("telephone_number", sa.String(length=20), nullable=False),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.Column("interaction_id", sa.String(length=40), nullable=True),
        sa.Column("changed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_number_of_record_changes_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_of_record_changes")),
    )
    with op.batch_alter_table("number_of_record_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_number_of_record_changes_account_id_changed_at", ["account_id", "changed_at"], unique=False
        )

    op.create_table(
        "port_out_requests",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=True),
        sa.Column("telephone_number", sa.String(length=20), nullable=False),
        sa.Column("new_provider", sa.String(length=200), nullable=False),
        sa.Column("api_key_id", sa.String(length=40), nullable=True),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("reason_code", sa.String(length=60), nullable=False),
        sa.Column("rule_ids", sa.JSON(), nullable=False),
        sa.Column("notice_event_id", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("requested_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_port_out_requests_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_port_out_requests")),
    )
    with op.batch_alter_table("port_out_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_port_out_requests_account_id_requested_at", ["account_id", "requested_at"], unique=False
        )
        batch_op.create_index("ix_port_out_requests_requested_at", ["requested_at"], unique=False)

    op.create_table(
        "sim_change_requests",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("telephone_number", sa.String(length=20), nullable=False),
        sa.Column("interaction_id", sa.String(length=40), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("agent_id", sa.String(length=100), nullable=True),
        sa.Column("api_key_id", sa.String(length=40), nullable=True),
        sa.Column("authentication_method", sa.String(length=20), nullable=True),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("reason_code", sa.String(length=60), nullable=False),
        sa.Column("rule_ids", sa.JSON(), nullable=False),
        sa.Column("required_verification", sa.String(length=30), nullable=True),
        sa.Column("notice_event_id", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("requested_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_sim_change_requests_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sim_change_requests")),
    )
    with op.batch_alter_table("sim_change_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sim_change_requests_account_id_requested_at", ["account_id", "requested_at"], unique=False
        )
        batch_op.create_index("ix_sim_change_requests_requested_at", ["requested_at"], unique=False)

    op.create_table(
        "transfer_pins",
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("set_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("failure_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("window_started_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("locked_until", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_transfer_pins_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_transfer_pins")),
    )
    # Plain ALTERs (existing interactions are general ones): no batch rebuild of tables others reference.
    op.add_column(
        "interactions", sa.Column("purpose", sa.String(length=20), server_default="general", nullable=False)
    )
    op.add_column("one_time_codes", sa.Column("telephone_number", sa.String(length=20), nullable=True))
    op.add_column(
        "telephone_numbers_of_record",
        sa.Column("sim_changed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_column("telephone_numbers_of_record", "sim_changed_at")
    op.drop_column("interactions", "purpose")
    op.drop_column("one_time_codes", "telephone_number")

    op.drop_table("transfer_pins")
    with op.batch_alter_table("sim_change_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_sim_change_requests_requested_at")
        batch_op.drop_index("ix_sim_change_requests_account_id_requested_at")

    op.drop_table("sim_change_requests")
    with op.batch_alter_table("port_out_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_port_out_requests_requested_at")
        batch_op.drop_index("ix_port_out_requests_account_id_requested_at")

    op.drop_table("port_out_requests")
    with op.batch_alter_table("number_of_record_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_number_of_record_changes_account_id_changed_at")

    op.drop_table("number_of_record_changes")
    op.drop_table("line_locks")
    with op.batch_alter_table("line_lock_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_line_lock_changes_account_id_changed_at")

    op.drop_table("line_lock_changes")
