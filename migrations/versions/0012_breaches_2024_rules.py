"""Breach reporting under the 2024 rules (issue 18, FCC 23-111): a breach's covered data by kind, intent, the
good-faith exception, the declared customer count and the harm assessment with their bases, the encryption
safe harbour, the agency report's fields and the report as submitted; the annual summary's filings; the
carrier's postal address for the agency report.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cpni_api.core.db

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BREACH_COLUMNS = (
    ("intent", sa.String(length=20)),
    ("cpni_kinds", sa.JSON()),
    ("pii_kinds", sa.JSON()),
    ("good_faith_exception", sa.JSON()),
    ("affected_customer_count", sa.Integer()),
    ("affected_customer_count_basis", sa.Text()),
    ("harm_basis", sa.Text()),
    ("harm_assessed_by", sa.String(length=200)),
    ("encryption", sa.JSON()),
    ("method_of_compromise", sa.Text()),
    ("incident_started_at", cpni_api.core.db.UTCDateTime(timezone=True)),
    ("incident_ended_at", cpni_api.core.db.UTCDateTime(timezone=True)),
    ("estimated_financial_loss", sa.JSON()),
    ("credit_protection_offered", sa.Text()),
    ("agency_report_submitted", sa.JSON()),
)


def upgrade() -> None:
    with op.batch_alter_table("breaches", schema=None) as batch_op:
        for name, type_ in _BREACH_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
    with op.batch_alter_table("carrier_profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.Text(), nullable=True))
    op.create_table(
        "breach_summary_filings",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("filed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("breach_ids", sa.JSON(), nullable=False),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_summary_filings")),
    )
    with op.batch_alter_table("breach_summary_filings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_breach_summary_filings_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("breach_summary_filings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_summary_filings_year"))
    op.drop_table("breach_summary_filings")
    with op.batch_alter_table("carrier_profiles", schema=None) as batch_op:
        batch_op.drop_column("address")
    with op.batch_alter_table("breaches", schema=None) as batch_op:
        for name, _ in reversed(_BREACH_COLUMNS):
            batch_op.drop_column(name)
