"""Disclosure checks: every answer to "may this CPNI be released now, this way?" (R-2010-b).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cpni_api.core.db

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "disclosure_checks",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("interaction_id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("agent_id", sa.String(length=100), nullable=True),
        sa.Column("api_key_id", sa.String(length=40), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("information", sa.String(length=20), nullable=False),
        sa.Column("release", sa.String(length=40), nullable=False),
        sa.Column("customer_provided_call_detail", sa.Boolean(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("reason_code", sa.String(length=60), nullable=False),
        sa.Column("detail", sa.String(length=500), nullable=False),
        sa.Column("permitted_alternatives", sa.JSON(), nullable=False),
        sa.Column("required_verification", sa.String(length=30), nullable=True),
        sa.Column("accepted_verifications", sa.JSON(), nullable=False),
        sa.Column("rule_ids", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("numbers_to_dial", sa.JSON(), nullable=False),
        sa.Column("delivery_event_id", sa.String(length=40), nullable=True),
        sa.Column("decided_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_checks")),
    )
    with op.batch_alter_table("disclosure_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disclosure_checks_account_id"), ["account_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("disclosure_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disclosure_checks_account_id"))

    op.drop_table("disclosure_checks")
