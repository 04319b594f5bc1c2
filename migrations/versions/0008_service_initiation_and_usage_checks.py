"""Service initiation as a bounded moment (accounts.origin, service_initiation_ends_at), the slow-guessing
lockout window, usage checks kept as asked and answered (ADR 0020), and the index that finds the account of a
caller's number.

Accounts that exist already are existing customers: they never had a service initiation, so the server
default fills them without an UPDATE.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cpni_api.core.db

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "accounts",
        sa.Column("origin", sa.String(length=20), server_default="existing_customer", nullable=False),
    )
    op.add_column(
        "accounts",
        sa.Column("service_initiation_ends_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "verification_states",
        sa.Column("slow_failures", sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
    )
    op.create_index(
        "ix_telephone_numbers_of_record_e164", "telephone_numbers_of_record", ["e164"], unique=False
    )
    op.create_table(
        "usage_checks",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("api_key_id", sa.String(length=40), nullable=True),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("purpose", sa.String(length=60), nullable=False),
        sa.Column("third_party_id", sa.String(length=40), nullable=True),
        sa.Column("campaign_id", sa.String(length=40), nullable=True),
        sa.Column("interaction_id", sa.String(length=40), nullable=True),
        sa.Column("includes_location", sa.Boolean(), nullable=False),
        sa.Column("emergency_recipient", sa.String(length=40), nullable=True),
        sa.Column("legal_process", sa.JSON(), nullable=True),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("reason_code", sa.String(length=60), nullable=False),
        sa.Column("rule", sa.String(length=60), nullable=False),
        sa.Column("basis", sa.JSON(), nullable=True),
        sa.Column("available_from", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usage_checks")),
    )
    op.create_index(op.f("ix_usage_checks_account_id"), "usage_checks", ["account_id"], unique=False)
    op.create_index(
        "ix_usage_checks_purpose_decided_at", "usage_checks", ["purpose", "decided_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_usage_checks_purpose_decided_at", table_name="usage_checks")
    op.drop_index(op.f("ix_usage_checks_account_id"), table_name="usage_checks")
    op.drop_table("usage_checks")
    op.drop_index("ix_telephone_numbers_of_record_e164", table_name="telephone_numbers_of_record")
    # Plain ALTERs (SQLite 3.35+ drops columns itself): a batch rebuild of `accounts` would have to copy a
    # table that every domain references.
    op.drop_column("verification_states", "slow_failures")
    op.drop_column("accounts", "service_initiation_ends_at")
    op.drop_column("accounts", "origin")
