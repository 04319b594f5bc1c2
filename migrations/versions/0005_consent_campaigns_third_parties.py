"""Consent, campaigns, third parties: CPNI notices with the recipients and purposes they name, customer
approval decisions (append-only: the database refuses updates), third parties with their agreements,
campaigns and their supervisor reviews.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cpni_api.core.db

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "third_parties",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("provides_communications_related_services", sa.Boolean(), nullable=False),
        sa.Column("agreement_reference", sa.String(length=200), nullable=True),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("agreement_expires_on", sa.Date(), nullable=True),
        sa.Column("use_limitation_acknowledged_on", sa.Date(), nullable=True),
        sa.Column("use_limitation_reference", sa.String(length=200), nullable=True),
        sa.Column("created_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=True),
        sa.Column("updated_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_third_parties")),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=2000), nullable=False),
        sa.Column("cpni_used", sa.JSON(), nullable=False),
        sa.Column("products_offered", sa.JSON(), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("purpose", sa.String(length=50), nullable=False),
        sa.Column("third_party_id", sa.String(length=40), nullable=True),
        sa.Column("includes_location", sa.Boolean(), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=True),
        sa.Column("reviewed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["third_party_id"], ["third_parties.id"], name=op.f("fk_campaigns_third_party_id_third_parties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "cpni_notices",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("delivery", sa.String(length=10), nullable=False),
        sa.Column("sent_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("email_delivery_approved", sa.Boolean(), nullable=False),
        sa.Column("approval_assumable_from", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("supports_opt_out_until", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("bounced_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("bounce_reason", sa.String(length=200), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_cpni_notices_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cpni_notices")),
    )
    with op.batch_alter_table("cpni_notices", schema=None) as batch_op:
        batch_op.create_index("ix_cpni_notices_account_id_sent_at", ["account_id", "sent_at"], unique=False)
        batch_op.create_index(
            "ix_cpni_notices_bounced_at",
            ["bounced_at"],
            unique=False,
            postgresql_where=sa.text("bounced_at IS NOT NULL"),
            sqlite_where=sa.text("bounced_at IS NOT NULL"),
        )
        batch_op.create_index("ix_cpni_notices_sent_at_id", ["sent_at", "id"], unique=False)

    op.create_table(
        "campaign_reviews",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("campaign_id", sa.String(length=40), nullable=False),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.String(length=2000), nullable=True),
        sa.Column("reviewed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("api_key_id", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_reviews_campaign_id_campaigns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_reviews")),
    )
    with op.batch_alter_table("campaign_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_reviews_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "cpni_approvals",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("method", sa.String(length=12), nullable=False),
        sa.Column("notice_id", sa.String(length=40), nullable=True),
        sa.Column("decided_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("interaction_id", sa.String(length=40), nullable=True),
        sa.Column("covers_location", sa.Boolean(), nullable=False),
        sa.Column("third_party_id", sa.String(length=40), nullable=True),
        sa.Column("document_reference", sa.String(length=200), nullable=True),
        sa.Column("oral_evidence", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_cpni_approvals_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_cpni_approvals_interaction_id_interactions"),
        ),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["cpni_notices.id"], name=op.f("fk_cpni_approvals_notice_id_cpni_notices")
        ),
        sa.ForeignKeyConstraint(
            ["third_party_id"],
            ["third_parties.id"],
            name=op.f("fk_cpni_approvals_third_party_id_third_parties"),
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_cpni_approvals")),
        sa.UniqueConstraint("id", name=op.f("uq_cpni_approvals_id")),
    )
    with op.batch_alter_table("cpni_approvals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cpni_approvals_account_id_scope_decided_at",
            ["account_id", "scope", "decided_at", "seq"],
            unique=False,
        )
        batch_op.create_index("ix_cpni_approvals_decided_at_id", ["decided_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cpni_approvals_notice_id"), ["notice_id"], unique=False)
        batch_op.create_index(
            "ix_cpni_approvals_standing_grants",
            ["scope", "account_id"],
            unique=False,
            postgresql_where=sa.text("decision = 'granted' AND interaction_id IS NULL"),
            sqlite_where=sa.text("decision = 'granted' AND interaction_id IS NULL"),
        )

    op.create_table(
        "cpni_notice_purposes",
        sa.Column("notice_id", sa.String(length=40), nullable=False),
        sa.Column("purpose", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["cpni_notices.id"], name=op.f("fk_cpni_notice_purposes_notice_id_cpni_notices")
        ),
        sa.PrimaryKeyConstraint("notice_id", "purpose", name=op.f("pk_cpni_notice_purposes")),
    )
    op.create_table(
        "cpni_notice_recipients",
        sa.Column("notice_id", sa.String(length=40), nullable=False),
        sa.Column("third_party_id", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["cpni_notices.id"], name=op.f("fk_cpni_notice_recipients_notice_id_cpni_notices")
        ),
        sa.ForeignKeyConstraint(
            ["third_party_id"],
            ["third_parties.id"],
            name=op.f("fk_cpni_notice_recipients_third_party_id_third_parties"),
        ),
        sa.PrimaryKeyConstraint("notice_id", "third_party_id", name=op.f("pk_cpni_notice_recipients")),
    )
    _refuse_updates_of_approvals()


def _refuse_updates_of_approvals() -> None:
    """R-2007-a-3: decisions are appended, never edited. Deletes stay possible for the retention purge."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION cpni_refuse_approval_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'approval decisions are append-only: UPDATE on % refused', TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END;
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER cpni_approvals_append_only BEFORE UPDATE ON cpni_approvals "
            "FOR EACH ROW EXECUTE FUNCTION cpni_refuse_approval_update()"
        )
    else:
        op.execute(
            "CREATE TRIGGER cpni_approvals_no_update BEFORE UPDATE ON cpni_approvals "
            "BEGIN SELECT RAISE(ABORT, 'approval decisions are append-only: UPDATE refused'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS cpni_approvals_append_only ON cpni_approvals")
        op.execute("DROP FUNCTION IF EXISTS cpni_refuse_approval_update()")
    else:
        op.execute("DROP TRIGGER IF EXISTS cpni_approvals_no_update")
    op.drop_table("cpni_notice_recipients")
    op.drop_table("cpni_notice_purposes")
    with op.batch_alter_table("cpni_approvals", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_cpni_approvals_standing_grants",
            postgresql_where=sa.text("decision = 'granted' AND interaction_id IS NULL"),
            sqlite_where=sa.text("decision = 'granted' AND interaction_id IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_cpni_approvals_notice_id"))
        batch_op.drop_index("ix_cpni_approvals_decided_at_id")
        batch_op.drop_index("ix_cpni_approvals_account_id_scope_decided_at")

    op.drop_table("cpni_approvals")
    with op.batch_alter_table("campaign_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_reviews_campaign_id"))

    op.drop_table("campaign_reviews")
    with op.batch_alter_table("cpni_notices", schema=None) as batch_op:
        batch_op.drop_index("ix_cpni_notices_sent_at_id")
        batch_op.drop_index(
            "ix_cpni_notices_bounced_at",
            postgresql_where=sa.text("bounced_at IS NOT NULL"),
            sqlite_where=sa.text("bounced_at IS NOT NULL"),
        )
        batch_op.drop_index("ix_cpni_notices_account_id_sent_at")

    op.drop_table("cpni_notices")
    op.drop_table("campaigns")
    op.drop_table("third_parties")
