"""The compliance officer's desk (issue 17): the carrier profile the certification is filed for, the record
of each filing, a breach voided with its reason (a correction, nothing deleted), and the console's
sessions (server-side, so any replica serves any request).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cpni_api.core.db

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "carrier_profiles",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("legal_name", sa.String(length=300), nullable=False),
        sa.Column("filer_id_499", sa.String(length=20), nullable=False),
        sa.Column("frn", sa.String(length=20), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("officer_title", sa.String(length=200), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("contact_phone", sa.String(length=50), nullable=True),
        sa.Column("contact_email", sa.String(length=320), nullable=True),
        sa.Column("counsel", sa.Text(), nullable=True),
        sa.Column("updated_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carrier_profiles")),
    )
    op.create_table(
        "certification_filings",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("filed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("confirmation_number", sa.String(length=200), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certification_filings")),
    )
    with op.batch_alter_table("certification_filings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certification_filings_year"), ["year"], unique=False)

    with op.batch_alter_table("breaches", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("voided_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("void_reason", sa.Text(), nullable=True))

    op.create_table(
        "console_sessions",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("token_digest", sa.String(length=64), nullable=False),
        sa.Column("api_key_id", sa.String(length=40), nullable=False),
        sa.Column("created_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["api_key_id"], ["api_keys.id"], name=op.f("fk_console_sessions_api_key_id_api_keys")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_sessions")),
        sa.UniqueConstraint("token_digest", name=op.f("uq_console_sessions_token_digest")),
    )
    with op.batch_alter_table("console_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_console_sessions_api_key_id"), ["api_key_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("console_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_console_sessions_api_key_id"))
    op.drop_table("console_sessions")
    with op.batch_alter_table("breaches", schema=None) as batch_op:
        batch_op.drop_column("void_reason")
        batch_op.drop_column("voided_at")
    with op.batch_alter_table("certification_filings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certification_filings_year"))
    op.drop_table("certification_filings")
    op.drop_table("carrier_profiles")
