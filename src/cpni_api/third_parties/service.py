"""Third parties: the recipients of CPNI, their agreements and acknowledgements. Each change is one function
made in a `WriteContext`, which records its audit row (ADR 0019). Services flush; the request commits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.audit.context import WriteContext
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.third_parties import policy
from cpni_api.third_parties.models import ThirdParty
from cpni_api.third_parties.schemas import (
    AcknowledgementIn,
    AcknowledgementOut,
    AgreementIn,
    AgreementOut,
    ThirdPartyCreate,
    ThirdPartyOut,
)
from cpni_api.third_parties.vocabulary import ThirdPartyKind


def get_third_party(session: Session, third_party_id: str) -> ThirdParty:
    third_party = session.get(ThirdParty, third_party_id)
    if third_party is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No third party has that id.")
    return third_party


def create_third_party(context: WriteContext, body: ThirdPartyCreate, created_by: str) -> ThirdParty:
    now = context.now()
    third_party = ThirdParty(
        id=new_id("tp"),
        name=body.name,
        kind=body.kind.value,
        provides_communications_related_services=body.provides_communications_related_services,
        created_at=now,
        created_by=created_by,
        updated_at=now,
    )
    if body.confidentiality_agreement is not None:
        _set_agreement(third_party, body.confidentiality_agreement)
    if body.use_limitation_acknowledgement is not None:
        _set_acknowledgement(third_party, body.use_limitation_acknowledgement)
    context.session.add(third_party)
    context.session.flush()
    _record(context, "third_party.created", third_party, "created")
    return third_party


def _record(context: WriteContext, action: str, third_party: ThirdParty, outcome: str) -> None:
    """The change's audit row: the third party's safeguards as they now stand (the history of agreements)."""
    context.audit.record(
        action,
        subject_type="third_party",
        subject_id=third_party.id,
        outcome=outcome,
        details={
            "kind": third_party.kind,
            "agreement_reference": third_party.agreement_reference,
            "agreement_expires_on": (
                third_party.agreement_expires_on.isoformat() if third_party.agreement_expires_on else None
            ),
            "use_limitation_acknowledged": third_party.use_limitation_acknowledged_on is not None,
        },
    )


def _set_agreement(third_party: ThirdParty, agreement: AgreementIn) -> None:
    third_party.agreement_reference = agreement.reference
    third_party.agreement_signed_on = agreement.signed_on
    third_party.agreement_expires_on = agreement.expires_on


def _set_acknowledgement(third_party: ThirdParty, acknowledgement: AcknowledgementIn) -> None:
    third_party.use_limitation_acknowledged_on = acknowledgement.acknowledged_on
    third_party.use_limitation_reference = acknowledgement.reference


def replace_agreement(context: WriteContext, third_party_id: str, agreement: AgreementIn) -> ThirdParty:
    """A renewed or new agreement replaces the recorded one (the audit trail keeps the history)."""
    third_party = get_third_party(context.session, third_party_id)
    _set_agreement(third_party, agreement)
    third_party.updated_at = context.now()
    context.session.flush()
    _record(context, "third_party.agreement_recorded", third_party, "recorded")
    return third_party


def acknowledge_use_limitation(
    context: WriteContext, third_party_id: str, acknowledgement: AcknowledgementIn
) -> ThirdParty:
    """Agents only: until an agent acknowledges the use limitation, no CPNI reaches it."""
    third_party = get_third_party(context.session, third_party_id)
    if third_party.kind != ThirdPartyKind.AGENT:
        raise ProblemError(ErrorCode.NOT_AN_AGENT, "Only an agent acknowledges the use limitation.")
    _set_acknowledgement(third_party, acknowledgement)
    third_party.updated_at = context.now()
    context.session.flush()
    _record(context, "third_party.use_limitation_acknowledged", third_party, "recorded")
    return third_party


def list_third_parties(session: Session, after_id: str | None, limit: int) -> list[ThirdParty]:
    query = select(ThirdParty).order_by(ThirdParty.id).limit(limit)
    if after_id is not None:
        query = query.where(ThirdParty.id > after_id)
    return list(session.scalars(query))


def as_recipient(third_party: ThirdParty) -> policy.Recipient:
    agreement = None
    if (
        third_party.agreement_reference is not None
        and third_party.agreement_signed_on is not None
        and third_party.agreement_expires_on is not None
    ):
        agreement = policy.Agreement(
            reference=third_party.agreement_reference,
            signed_on=third_party.agreement_signed_on,
            expires_on=third_party.agreement_expires_on,
        )
    return policy.Recipient(
        id=third_party.id,
        kind=third_party.kind,
        provides_communications_related_services=third_party.provides_communications_related_services,
        agreement=agreement,
        use_limitation_acknowledged_on=third_party.use_limitation_acknowledged_on,
    )


def third_party_view(third_party: ThirdParty, today: date) -> ThirdPartyOut:
    recipient = as_recipient(third_party)
    agreement = None
    if recipient.agreement is not None:
        agreement = AgreementOut(
            reference=recipient.agreement.reference,
            signed_on=recipient.agreement.signed_on,
            expires_on=recipient.agreement.expires_on,
            in_force=policy.agreement_in_force(recipient.agreement, today),
        )
    acknowledgement = None
    if third_party.use_limitation_acknowledged_on is not None:
        acknowledgement = AcknowledgementOut(
            acknowledged_on=third_party.use_limitation_acknowledged_on,
            reference=third_party.use_limitation_reference,
        )
    return ThirdPartyOut(
        id=third_party.id,
        name=third_party.name,
        kind=third_party.kind,
        provides_communications_related_services=third_party.provides_communications_related_services,
        confidentiality_agreement=agreement,
        use_limitation_acknowledgement=acknowledgement,
        created_at=third_party.created_at,
        updated_at=third_party.updated_at,
    )
