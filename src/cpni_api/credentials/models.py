from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, UTCDateTime


class Password(Base):
    """The account's password as argon2id (R-2010-e). The row's existence means one was ever set."""

    __tablename__ = "passwords"

    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    first_set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # R-2010-e-3: set when the caller failed both the password and the backup; cleared by a new password.
    reset_required_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BackupAuthentication(Base):
    """The lost-password fallback (R-2010-e-2): a customer-chosen question and hashed answer, or TOTP."""

    __tablename__ = "backup_authentications"

    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"), primary_key=True)
    method: Mapped[str] = mapped_column(String(20))
    question: Mapped[str | None] = mapped_column(String(300))
    answer_hash: Mapped[str | None] = mapped_column(String(255))
    # The TOTP seed sealed under the credential secrets key (ADR 0010); never returned after enrolment.
    totp_seed_sealed: Mapped[str | None] = mapped_column(String(200))
    # Each TOTP time step is usable once: a code at or before this step is refused.
    totp_last_used_step: Mapped[int | None] = mapped_column(BigInteger)
    first_set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class OnlineAccount(Base):
    """The customer's online account (R-2010-c). Online access afterwards is by password only."""

    __tablename__ = "online_accounts"

    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"), primary_key=True)
    username: Mapped[str | None] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
