"""Audit records in commit order: the writing transaction's id on each record and each chain link, so the
audit list pages, and the sealer seals, in an order that is final (ADR 0004).

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
    # Records and links that exist already get txid 0: they were sealed in seq order, and 0 keeps them in
    # that order, before every record written from now on. Adding the columns with a constant default
    # fills them without an UPDATE, which the append-only triggers would refuse. Plain ALTERs, not batch
    # mode: a SQLite batch rebuild would drop those triggers.
    op.add_column(
        "audit_records", sa.Column("txid", sa.BigInteger(), server_default=sa.text("0"), nullable=False)
    )
    op.add_column(
        "audit_chain", sa.Column("record_txid", sa.BigInteger(), server_default=sa.text("0"), nullable=False)
    )
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("audit_records", "txid", server_default=sa.text(POSTGRES_TRANSACTION_ID))
    op.create_index("ix_audit_records_txid_seq", "audit_records", ["txid", "seq"])
    op.create_index("ix_audit_records_account_id_txid_seq", "audit_records", ["account_id", "txid", "seq"])
    op.drop_index("ix_audit_records_account_id_seq", table_name="audit_records")


def downgrade() -> None:
    op.create_index("ix_audit_records_account_id_seq", "audit_records", ["account_id", "seq"])
    op.drop_index("ix_audit_records_account_id_txid_seq", table_name="audit_records")
    op.drop_index("ix_audit_records_txid_seq", table_name="audit_records")
    op.drop_column("audit_chain", "record_txid")
    op.drop_column("audit_records", "txid")
