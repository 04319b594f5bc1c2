"""Audit records: the writing transaction's id, so `GET /v1/audit-records?after=` pages in a final order.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cpni_api.core.commit_order import POSTGRES_TRANSACTION_ID

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    # Existing rows all get the migrating transaction's id (PostgreSQL) or 0: they are older than any
    # record written after it, which is all the order needs. Plain ALTERs, not batch mode: a SQLite batch
    # rebuild would drop the append-only triggers.
    op.add_column(
        "audit_records",
        sa.Column(
            "txid",
            sa.BigInteger(),
            server_default=sa.text(POSTGRES_TRANSACTION_ID if postgres else "0"),
            nullable=False,
        ),
    )
    op.create_index("ix_audit_records_txid_seq", "audit_records", ["txid", "seq"])
    op.create_index("ix_audit_records_account_id_txid_seq", "audit_records", ["account_id", "txid", "seq"])
    op.drop_index("ix_audit_records_account_id_seq", table_name="audit_records")


def downgrade() -> None:
    op.create_index("ix_audit_records_account_id_seq", "audit_records", ["account_id", "seq"])
    op.drop_index("ix_audit_records_account_id_txid_seq", table_name="audit_records")
    op.drop_index("ix_audit_records_txid_seq", table_name="audit_records")
    op.drop_column("audit_records", "txid")
