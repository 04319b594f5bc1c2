"""The carrier's profile: the names the annual certification is filed under (R-2009-e, design.md §5). One row;
each change is made in a `WriteContext` and records its audit row (ADR 0019)."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from cpni_api.audit.context import WriteContext
from cpni_api.compliance.filing_schemas import (
    CarrierProfileIn,
    CarrierProfileOut,
    FilingContact,
    FilingOfficer,
)
from cpni_api.compliance.models import CarrierProfile
from cpni_api.core.errors import ErrorCode, ProblemError

PROFILE_ID = "carrier"


def find_profile(session: Session) -> CarrierProfile | None:
    return session.get(CarrierProfile, PROFILE_ID)


def get_profile(session: Session) -> CarrierProfile:
    profile = find_profile(session)
    if profile is None:
        raise ProblemError(
            ErrorCode.CARRIER_PROFILE_NOT_SET, "No carrier profile yet: PUT /v1/carrier-profile sets it."
        )
    return profile


def put_profile(context: WriteContext, body: CarrierProfileIn) -> CarrierProfile:
    """Sets the whole profile (a PUT replaces it). The audit row names which fields changed, never their
    values: a profile holds no CPNI, but the trail need not copy it either."""
    session = context.session
    values = {
        "legal_name": body.legal_name,
        "filer_id_499": body.filer_id_499,
        "frn": body.frn,
        "officer_name": body.officer.name,
        "officer_title": body.officer.title,
        "contact_name": body.contact.name if body.contact else None,
        "contact_phone": body.contact.phone if body.contact else None,
        "contact_email": body.contact.email if body.contact else None,
        "counsel": body.counsel,
        "address": body.address,
    }
    # The first PUT inserts the row; two first PUTs at once both insert, and the database keeps one (ON
    # CONFLICT DO NOTHING on both backends), so neither is a 500. Then the row is locked and written.
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    inserted = session.execute(
        insert(CarrierProfile)
        .values(id=PROFILE_ID, updated_at=context.now(), **values)
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(CarrierProfile.id)
    )
    created = inserted.scalar_one_or_none() is not None  # no row back: it was there already
    profile = session.get(CarrierProfile, PROFILE_ID, with_for_update=True, populate_existing=True)
    assert profile is not None, "inserted above or already there"
    changed = sorted(values) if created else sorted(n for n, v in values.items() if getattr(profile, n) != v)
    for name, value in values.items():
        setattr(profile, name, value)
    profile.updated_at = context.now()
    session.flush()
    context.audit.record(
        "carrier_profile.updated",
        subject_type="carrier_profile",
        subject_id=PROFILE_ID,
        outcome="created" if created else "updated",
        details={"changed": changed},
    )
    return profile


def profile_view(profile: CarrierProfile) -> CarrierProfileOut:
    contact = None
    if profile.contact_name is not None:
        contact = FilingContact(
            name=profile.contact_name, phone=profile.contact_phone, email=profile.contact_email
        )
    return CarrierProfileOut(
        legal_name=profile.legal_name,
        filer_id_499=profile.filer_id_499,
        frn=profile.frn,
        officer=FilingOfficer(name=profile.officer_name, title=profile.officer_title),
        contact=contact,
        counsel=profile.counsel,
        address=profile.address,
        updated_at=profile.updated_at,
    )
