"""Loading what the disclosure policy needs to know, from the interaction, the account and the agent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select

from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import Account
from cpni_api.accounts.policy import CurrentAddress, is_address_of_record
from cpni_api.compliance.training import trained_from, trained_statement
from cpni_api.core.driver_statements import BoundStatement, DriverStatement
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.credentials.models import Password
from cpni_api.disclosures.policy import (
    AuthenticationMethod,
    Channel,
    CpniInformation,
    DisclosureFacts,
    InteractionPurpose,
    InteractionStatus,
    ReleaseMethod,
)
from cpni_api.interactions.models import Interaction, VerificationState
from cpni_api.interactions.policy import LockState, is_locked, is_open
from cpni_api.line_security.policy import recently_swapped

# This runs on every call a contact center takes, so the statements are built once, read plain columns
# (no ORM entities) and run on the driver's cursor: SQLAlchemy's per-call work was most of the cost of a
# check, far more than the database's (ADR 0014, ADR 0016).
_interactions = Interaction.__table__.c
_accounts = Account.__table__.c
_locks = VerificationState.__table__.c
_passwords = Password.__table__.c

# One statement for the interaction, its account and the account's lock and reset state.
_SITUATION = DriverStatement(
    select(
        _interactions.id,
        _interactions.account_id,
        _interactions.agent_id,
        _interactions.channel,
        _interactions.at_number_of_record,
        _interactions.expires_at,
        _interactions.closed_at,
        _interactions.authenticated_at,
        _interactions.authentication_method,
        _interactions.purpose,
        _interactions.dialed_number,
        _accounts.kind,
        _accounts.dedicated_representative,
        _accounts.cpni_contract_reference,
        _locks.locked_until,
        _passwords.reset_required_at,
    )
    .select_from(Interaction.__table__)
    .join(Account.__table__, _accounts.id == _interactions.account_id)
    .outerjoin(VerificationState.__table__, _locks.account_id == _interactions.account_id)
    .outerjoin(Password.__table__, _passwords.account_id == _interactions.account_id)
    .where(_interactions.id == bindparam("interaction_id"))
)


def _of_the_interaction(column: Any) -> Any:
    return select(column).where(_interactions.id == bindparam("interaction_id")).scalar_subquery()


# Read with it in one round trip (ADR 0018), so keyed by the interaction too.
_CONTACTS = accounts.contacts_statement(_of_the_interaction(_interactions.account_id))
_TRAINING = trained_statement(_of_the_interaction(_interactions.agent_id))


@dataclass(frozen=True)
class LineSecurityTerms:
    """The settings line security adds to a check (ADR 0026): what counts at the SIM-change bar, and how long
    a number whose SIM changed is not trusted for a callback."""

    accepted_methods: frozenset[str]
    recent_sim_change: timedelta


@dataclass(frozen=True)
class CheckedInteraction:
    """The interaction a check is asked in, as much of it as the check records."""

    id: str
    account_id: str
    agent_id: str | None
    channel: str


@dataclass(frozen=True)
class Situation:
    """The facts for the policy, plus what the service needs to act on an allow."""

    facts: DisclosureFacts
    interaction: CheckedInteraction
    numbers_of_record: list[str]
    addresses_of_record: list[CurrentAddress]


def interaction_status(closed_at: datetime | None, expires_at: datetime, now: datetime) -> InteractionStatus:
    """Open as interactions decide it (`interactions.policy.is_open`); an ended one says how it ended."""
    if is_open(closed_at, expires_at, now):
        return InteractionStatus.OPEN
    return InteractionStatus.CLOSED if closed_at is not None else InteractionStatus.EXPIRED


@dataclass(frozen=True)
class SituationRows:
    """The answers to `SituationReads`, by name."""

    situation: list[Any]
    contacts: list[Any]
    training: list[Any] | None  # only while the training gate is on


@dataclass(frozen=True)
class SituationReads:
    """What a check reads, bound and named. All are keyed by the interaction, so they go to the database
    together, with the caller's key (ADR 0018): `statements()` in one batch, and its results back by name
    through `answers()`. A new read is a field here and in `SituationRows`, and a line in each method."""

    situation: BoundStatement  # the interaction, its account and the account's lock and reset state
    contacts: BoundStatement  # the contacts of record
    training: BoundStatement | None  # the agent's training status, while the training gate is on

    def statements(self) -> list[BoundStatement]:
        reads = [self.situation, self.contacts]
        if self.training is not None:
            reads.append(self.training)
        return reads

    def answers(self, results: Sequence[list[Any]]) -> SituationRows:
        """`results`: the rows of `statements()`, in their order."""
        return SituationRows(
            situation=results[0],
            contacts=results[1],
            training=results[2] if self.training is not None else None,
        )


def situation_reads(interaction_id: str, *, training_gate_enabled: bool, now: datetime) -> SituationReads:
    """What a check asks the database about the interaction `interaction_id`, at `now`."""
    keyed = {"interaction_id": interaction_id}
    return SituationReads(
        situation=_SITUATION.bind(keyed),
        contacts=_CONTACTS.bind(keyed),
        training=_TRAINING.bind({"interaction_id": interaction_id, "at": now})
        if training_gate_enabled
        else None,
    )


def situation_from(
    rows: SituationRows,
    *,
    information: CpniInformation,
    release: ReleaseMethod,
    customer_provided_call_detail: bool,
    training_gate_enabled: bool,
    now: datetime,
    line_security: LineSecurityTerms,
) -> Situation:
    """The situation from the answers to `situation_reads` (same arguments); 404 when there is no
    interaction."""
    if not rows.situation:
        raise ProblemError(ErrorCode.NOT_FOUND, "No interaction has that id.")
    row = rows.situation[0]
    interaction = CheckedInteraction(
        id=row.id, account_id=row.account_id, agent_id=row.agent_id, channel=row.channel
    )
    contacts = accounts.contacts_from_rows(rows.contacts)
    # E7, E25: a number whose SIM changed recently is not one to call back; it stays of record.
    swapped = {
        number
        for number, changed in contacts.sim_changed_at.items()
        if recently_swapped(changed, now, line_security.recent_sim_change)
    }
    numbers = [number for number in contacts.numbers if number not in swapped]
    # E3: only an address associated for 30 days or more is an address of record.
    of_record = [
        address for address in contacts.addresses if is_address_of_record(address.associated_since, now)
    ]
    # R-2010-g: each condition is reported as it is; the policy accepts the contract method only with both.
    business = row.kind == "business"
    method = row.authentication_method if row.authenticated_at is not None else None
    # R-2009-b: the training records matter only while the gate is on; the policy ignores them otherwise.
    trained = trained_from(rows.training) if rows.training is not None and row.agent_id is not None else None
    facts = DisclosureFacts(
        channel=Channel(row.channel),
        information=information,
        release=release,
        interaction_status=interaction_status(row.closed_at, row.expires_at, now),
        authentication_method=AuthenticationMethod(method) if method is not None else None,
        at_number_of_record=row.at_number_of_record,
        has_address_of_record=bool(of_record),
        has_number_of_record=bool(contacts.numbers),
        number_of_record_recently_swapped=bool(contacts.numbers) and not numbers,
        dialed_number_recently_swapped=row.dialed_number in swapped,
        interaction_purpose=InteractionPurpose(row.purpose),
        authenticated_for_line_security=method in line_security.accepted_methods,
        dedicated_representative=business and bool((row.dedicated_representative or "").strip()),
        cpni_contract=business and bool((row.cpni_contract_reference or "").strip()),
        agent_assigned=row.agent_id is not None,
        agent_trained=trained,
        training_gate_enabled=training_gate_enabled,
        customer_provided_call_detail=customer_provided_call_detail,
        # R-2010-a-1, as interactions decide it; the lock's other fields do not change the answer.
        verification_locked=is_locked(LockState(locked_until=row.locked_until), now),
        reset_required=row.reset_required_at is not None,
    )
    return Situation(
        facts=facts, interaction=interaction, numbers_of_record=numbers, addresses_of_record=of_record
    )
