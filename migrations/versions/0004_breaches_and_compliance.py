"""Breaches and compliance: breaches with their affected accounts (per-account notice state), law-enforcement
holds, agency consultations, public disclosures; complaints, pretexter actions, opt-out failures, agent
trainings and disciplinary actions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cpni_api.core.db

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agent_trainings",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("agent_id", sa.String(length=100), nullable=False),
        sa.Column("course", sa.String(length=200), nullable=False),
        sa.Column("completed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_trainings")),
    )
    with op.batch_alter_table("agent_trainings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agent_trainings_agent_id_completed_at", ["agent_id", "completed_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agent_trainings_completed_at"), ["completed_at"], unique=False)

    op.create_table(
        "breaches",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("regime", sa.String(length=10), nullable=False),
        sa.Column("discovered_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("determined_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cpni_involved", sa.Text(), nullable=False),
        sa.Column("circumstances", sa.Text(), nullable=False),
        sa.Column("harm_reasonably_likely", sa.Boolean(), nullable=True),
        sa.Column("affected_account_count", sa.Integer(), nullable=False),
        sa.Column("notified_account_count", sa.Integer(), nullable=False),
        sa.Column(
            "law_enforcement_notice_due_by", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("law_enforcement_notified_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("law_enforcement_reference", sa.String(length=200), nullable=True),
        sa.Column("urgent_need", sa.Boolean(), nullable=False),
        sa.Column("customer_notice_not_before", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("fcc_notified_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("fcc_reference", sa.String(length=200), nullable=True),
        sa.Column("customer_notice_requested_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("customer_notice_completed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breaches")),
    )
    op.create_table(
        "opt_out_failures",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("detected_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("mechanisms", sa.Text(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("remedy", sa.Text(), nullable=True),
        sa.Column("remedy_expected_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("state_commission_notified", sa.Boolean(), nullable=False),
        sa.Column("fcc_notice_due_by", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("fcc_notified_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("fcc_reference", sa.String(length=200), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opt_out_failures")),
    )
    with op.batch_alter_table("opt_out_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opt_out_failures_detected_at"), ["detected_at"], unique=False)

    op.create_table(
        "pretexter_actions",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("taken_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pretexter_actions")),
    )
    with op.batch_alter_table("pretexter_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pretexter_actions_taken_at"), ["taken_at"], unique=False)

    op.create_table(
        "breach_affected_accounts",
        sa.Column("breach_id", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("added_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("notified_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("event_id", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_breach_affected_accounts_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breaches.id"], name=op.f("fk_breach_affected_accounts_breach_id_breaches")
        ),
        sa.PrimaryKeyConstraint("breach_id", "account_id", name=op.f("pk_breach_affected_accounts")),
    )
    with op.batch_alter_table("breach_affected_accounts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_breach_affected_accounts_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "breach_agency_consultations",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("breach_id", sa.String(length=40), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("consulted_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breaches.id"], name=op.f("fk_breach_agency_consultations_breach_id_breaches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_agency_consultations")),
    )
    with op.batch_alter_table("breach_agency_consultations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_breach_agency_consultations_breach_id"), ["breach_id"], unique=False
        )

    op.create_table(
        "breach_law_enforcement_holds",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("breach_id", sa.String(length=40), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("directed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("until", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("written_direction_reference", sa.String(length=200), nullable=True),
        sa.Column("extends_hold_id", sa.String(length=40), nullable=True),
        sa.Column("released_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("release_reference", sa.String(length=200), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breaches.id"], name=op.f("fk_breach_law_enforcement_holds_breach_id_breaches")
        ),
        sa.ForeignKeyConstraint(
            ["extends_hold_id"],
            ["breach_law_enforcement_holds.id"],
            name=op.f("fk_breach_law_enforcement_holds_extends_hold_id_breach_law_enforcement_holds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_law_enforcement_holds")),
    )
    with op.batch_alter_table("breach_law_enforcement_holds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_breach_law_enforcement_holds_breach_id"), ["breach_id"], unique=False
        )

    op.create_table(
        "breach_public_disclosures",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("breach_id", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("disclosed_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breaches.id"], name=op.f("fk_breach_public_disclosures_breach_id_breaches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_public_disclosures")),
    )
    with op.batch_alter_table("breach_public_disclosures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_breach_public_disclosures_breach_id"), ["breach_id"], unique=False
        )

    op.create_table(
        "complaints",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("received_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_complaints_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaints_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_received_at"), ["received_at"], unique=False)

    op.create_table(
        "disciplinary_actions",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("agent_id", sa.String(length=100), nullable=False),
        sa.Column("taken_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("complaint_id", sa.String(length=40), nullable=True),
        sa.Column("recorded_at", cpni_api.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaints.id"], name=op.f("fk_disciplinary_actions_complaint_id_complaints")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disciplinary_actions")),
    )
    with op.batch_alter_table("disciplinary_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disciplinary_actions_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_disciplinary_actions_taken_at"), ["taken_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("disciplinary_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disciplinary_actions_taken_at"))
        batch_op.drop_index(batch_op.f("ix_disciplinary_actions_agent_id"))

    op.drop_table("disciplinary_actions")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_received_at"))
        batch_op.drop_index(batch_op.f("ix_complaints_account_id"))

    op.drop_table("complaints")
    with op.batch_alter_table("breach_public_disclosures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_public_disclosures_breach_id"))

    op.drop_table("breach_public_disclosures")
    with op.batch_alter_table("breach_law_enforcement_holds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_law_enforcement_holds_breach_id"))

    op.drop_table("breach_law_enforcement_holds")
    with op.batch_alter_table("breach_agency_consultations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_agency_consultations_breach_id"))

    op.drop_table("breach_agency_consultations")
    with op.batch_alter_table("breach_affected_accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_affected_accounts_account_id"))

    op.drop_table("breach_affected_accounts")
    with op.batch_alter_table("pretexter_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pretexter_actions_taken_at"))

    op.drop_table("pretexter_actions")
    with op.batch_alter_table("opt_out_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opt_out_failures_detected_at"))

    op.drop_table("opt_out_failures")
    op.drop_table("breaches")
    with op.batch_alter_table("agent_trainings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agent_trainings_completed_at"))
        batch_op.drop_index("ix_agent_trainings_agent_id_completed_at")

    op.drop_table("agent_trainings")
