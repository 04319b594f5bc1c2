"""Accounts, credentials, interactions: addresses with history, passwords, backup authentication, online
accounts, interactions, the per-account verification counter, verification attempts, one-time codes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cpni_api.core.db

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("external_ref", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("dedicated_representative", sa.String(length=200), nullable=True),
        sa.Column("cpni_contract_reference", sa.String(length=200), nullable=True),
        sa.Column("created_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("external_ref", name=op.f("uq_accounts_external_ref")),
    )
    op.create_table(
        "account_addresses",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("normalized", sa.String(length=1000), nullable=False),
        sa.Column("associated_since", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("replaced_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_account_addresses_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_addresses")),
    )
    with op.batch_alter_table("account_addresses", schema=None) as batch_op:
        batch_op.create_index("ix_account_addresses_account_id_kind", ["account_id", "kind"], unique=False)
        batch_op.create_index(
            "uq_account_addresses_current",
            ["account_id", "kind"],
            unique=True,
            postgresql_where=sa.text("replaced_at IS NULL"),
            sqlite_where=sa.text("replaced_at IS NULL"),
        )

    op.create_table(
        "backup_authentications",
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("question", sa.String(length=300), nullable=True),
        sa.Column("answer_hash", sa.String(length=255), nullable=True),
        sa.Column("totp_seed_sealed", sa.String(length=200), nullable=True),
        sa.Column("totp_last_used_step", sa.BigInteger(), nullable=True),
        sa.Column("first_set_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("set_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_backup_authentications_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_backup_authentications")),
    )
    op.create_table(
        "interactions",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("agent_id", sa.String(length=100), nullable=True),
        sa.Column("dialed_number", sa.String(length=20), nullable=True),
        sa.Column("at_number_of_record", sa.Boolean(), nullable=False),
        sa.Column("opened_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("authenticated_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("authentication_method", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_interactions_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
    )
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interactions_account_id"), ["account_id"], unique=False)

    op.create_table(
        "online_accounts",
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=True),
        sa.Column("created_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("changed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_online_accounts_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_online_accounts")),
        sa.UniqueConstraint("username", name=op.f("uq_online_accounts_username")),
    )
    op.create_table(
        "passwords",
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("first_set_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("set_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reset_required_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_passwords_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_passwords")),
    )
    op.create_table(
        "telephone_numbers_of_record",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_telephone_numbers_of_record_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_telephone_numbers_of_record")),
        sa.UniqueConstraint("account_id", "e164", name=op.f("uq_telephone_numbers_of_record_account_id")),
    )
    with op.batch_alter_table("telephone_numbers_of_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_telephone_numbers_of_record_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "verification_states",
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("failure_count", sa.Integer(), nullable=False),
        sa.Column("window_started_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("locked_until", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("password_failed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("backup_failed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_verification_states_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_verification_states")),
    )
    op.create_table(
        "one_time_codes",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("interaction_id", sa.String(length=40), nullable=False),
        sa.Column("code_digest", sa.String(length=64), nullable=False),
        sa.Column("destination", sa.String(length=40), nullable=False),
        sa.Column("issued_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("consumed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("superseded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_one_time_codes_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_one_time_codes_interaction_id_interactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_time_codes")),
    )
    with op.batch_alter_table("one_time_codes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_one_time_codes_account_id_issued_at", ["account_id", "issued_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_one_time_codes_interaction_id"), ["interaction_id"], unique=False
        )

    op.create_table(
        "verification_attempts",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("interaction_id", sa.String(length=40), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=50), nullable=True),
        sa.Column("attempted_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_verification_attempts_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_verification_attempts_interaction_id_interactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_attempts")),
    )
    with op.batch_alter_table("verification_attempts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_verification_attempts_account_id_attempted_at", ["account_id", "attempted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_verification_attempts_interaction_id"), ["interaction_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("verification_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verification_attempts_interaction_id"))
        batch_op.drop_index("ix_verification_attempts_account_id_attempted_at")

    op.drop_table("verification_attempts")
    with op.batch_alter_table("one_time_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_one_time_codes_interaction_id"))
        batch_op.drop_index("ix_one_time_codes_account_id_issued_at")

    op.drop_table("one_time_codes")
    op.drop_table("verification_states")
    with op.batch_alter_table("telephone_numbers_of_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_telephone_numbers_of_record_account_id"))

    op.drop_table("telephone_numbers_of_record")
    op.drop_table("passwords")
    op.drop_table("online_accounts")
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interactions_account_id"))

    op.drop_table("interactions")
    op.drop_table("backup_authentications")
    with op.batch_alter_table("account_addresses", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_account_addresses_current",
            postgresql_where=sa.text("replaced_at IS NULL"),
            sqlite_where=sa.text("replaced_at IS NULL"),
        )
        batch_op.drop_index("ix_account_addresses_account_id_kind")

    op.drop_table("account_addresses")
    op.drop_table("accounts")
