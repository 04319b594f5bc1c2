"""Loading what the disclosure policy needs to know, from the interaction, the account and the agent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import Account, AccountAddress
from cpni_api.accounts.policy import is_address_of_record
from cpni_api.compliance.service import agent_training_status
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.credentials.models import Password
from cpni_api.disclosures.policy import (
    AuthenticationMethod,
    Channel,
    DisclosureFacts,
    Information,
    InteractionStatus,
    Release,
)
from cpni_api.interactions.models import Interaction, VerificationState


@dataclass(frozen=True)
class Situation:
    """The facts for the policy, plus what the service needs to act on an allow."""

    facts: DisclosureFacts
    interaction: Interaction
    numbers_of_record: list[str]
    addresses_of_record: list[AccountAddress]


def interaction_status(interaction: Interaction, now: datetime) -> InteractionStatus:
    if interaction.closed_at is not None:
        return InteractionStatus.CLOSED
    if now >= interaction.expires_at:
        return InteractionStatus.EXPIRED
    return InteractionStatus.OPEN


def load_situation(
    session: Session,
    *,
    interaction_id: str,
    information: Information,
    release: Release,
    customer_provided_call_detail: bool,
    training_gate_enabled: bool,
    now: datetime,
) -> Situation:
    # One query for the interaction, its account and the account's lock and reset state: this runs on every
    # call a contact center takes, so round trips count.
    row = session.execute(
        select(Interaction, Account, VerificationState.locked_until, Password.reset_required_at)
        .join(Account, Account.id == Interaction.account_id)
        .outerjoin(VerificationState, VerificationState.account_id == Interaction.account_id)
        .outerjoin(Password, Password.account_id == Interaction.account_id)
        .where(Interaction.id == interaction_id)
    ).first()
    if row is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No interaction has that id.")
    interaction, account, locked_until, reset_required_at = row
    numbers = accounts.numbers_of_record(session, account.id)
    # E3: only an address associated for 30 days or more is an address of record.
    of_record = [
        address
        for address in accounts.current_addresses(session, account.id).values()
        if is_address_of_record(address.associated_since, now)
    ]
    # R-2010-g: each condition is reported as it is; the policy accepts the contract method only with both.
    business = account.kind == "business"
    method = interaction.authentication_method if interaction.authenticated_at is not None else None
    # R-2009-b: the training records matter only while the gate is on; the policy ignores them otherwise.
    trained = (
        agent_training_status(session, interaction.agent_id, now)
        if training_gate_enabled and interaction.agent_id is not None
        else None
    )
    facts = DisclosureFacts(
        channel=Channel(interaction.channel),
        information=information,
        release=release,
        interaction_status=interaction_status(interaction, now),
        authentication_method=AuthenticationMethod(method) if method is not None else None,
        at_number_of_record=interaction.at_number_of_record,
        has_address_of_record=bool(of_record),
        has_number_of_record=bool(numbers),
        dedicated_representative=business and bool((account.dedicated_representative or "").strip()),
        cpni_contract=business and bool((account.cpni_contract_reference or "").strip()),
        agent_assigned=interaction.agent_id is not None,
        agent_trained=trained,
        training_gate_enabled=training_gate_enabled,
        customer_provided_call_detail=customer_provided_call_detail,
        verification_locked=locked_until is not None and now < locked_until,
        reset_required=reset_required_at is not None,
    )
    return Situation(
        facts=facts, interaction=interaction, numbers_of_record=numbers, addresses_of_record=of_record
    )
