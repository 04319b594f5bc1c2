"""One live webhook endpoint per receiver: webhook_endpoints.url_key, a digest of the URL as a receiver,
unique among endpoints not deleted (ADR 0025).

Existing endpoints get their key, oldest first; one whose URL repeats an earlier live endpoint's (possible
until now) keeps a null key, so the index can be built and nothing is deleted.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cpni_api.notifications.url_policy import UnsafeUrlError, check_url_shape, url_key

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("webhook_endpoints", sa.Column("url_key", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    endpoints = connection.execute(
        sa.text("SELECT id, url FROM webhook_endpoints WHERE deleted_at IS NULL ORDER BY created_at, id")
    ).all()
    seen: set[str] = set()
    for endpoint_id, url in endpoints:
        try:
            key = url_key(url, check_url_shape(url, allow_http=True))
        except UnsafeUrlError:  # a URL the rules of today refuse: its deliveries fail, it needs no key
            continue
        if key in seen:
            continue
        seen.add(key)
        connection.execute(
            sa.text("UPDATE webhook_endpoints SET url_key = :key WHERE id = :id"),
            {"key": key, "id": endpoint_id},
        )
    op.create_index(
        "ix_webhook_endpoints_live_url_key",
        "webhook_endpoints",
        ["url_key"],
        unique=True,
        postgresql_where=sa.text("deleted_at IS NULL"),
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_webhook_endpoints_live_url_key",
        table_name="webhook_endpoints",
        postgresql_where=sa.text("deleted_at IS NULL"),
        sqlite_where=sa.text("deleted_at IS NULL"),
    )
    op.drop_column("webhook_endpoints", "url_key")
