from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, BigIntPK, UTCDateTime


class Account(Base):
    """A customer account. Business accounts may qualify for the R-2010-g exemption (E12).

    `origin` says whether the account was opened as new service or imported for an existing customer; only a
    new-service account has a service initiation, which ends at `service_initiation_ends_at` (R-2010-f-2,
    ADR 0020). Accounts created before origins existed are existing customers.
    """

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    external_ref: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    dedicated_representative: Mapped[str | None] = mapped_column(String(200))
    cpni_contract_reference: Mapped[str | None] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(20), server_default="existing_customer")
    service_initiation_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TelephoneNumberOfRecord(Base):
    """R-2003 telephone number of record: the underlying service's number, never a contact number (E7)."""

    __tablename__ = "telephone_numbers_of_record"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"), index=True)
    e164: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The last time the number was moved to a new SIM (a completed SIM change) or ported in (E7, E25): for a
    # while after, it may reach a pretexter, so it is not trusted for callbacks and one-time codes.
    sim_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("account_id", "e164"),
        # The contact center's lookup of a caller's number (ANI) to its account.
        Index("ix_telephone_numbers_of_record_e164", "e164"),
    )


class AccountAddress(Base):
    """A postal or email address with the date it was associated with the account (R-2003, E3).

    A change never edits a row: the current row gets `replaced_at` and a new row starts its own 30 days,
    so the history stays.
    """

    __tablename__ = "account_addresses"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"))
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    normalized: Mapped[str] = mapped_column(String(1000))
    associated_since: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    replaced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_account_addresses_account_id_kind", "account_id", "kind"),
        # At most one current address of each kind per account, whatever the callers race to do.
        Index(
            "uq_account_addresses_current",
            "account_id",
            "kind",
            unique=True,
            postgresql_where=text("replaced_at IS NULL"),
            sqlite_where=text("replaced_at IS NULL"),
        ),
    )
