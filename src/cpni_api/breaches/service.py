"""Breaches: record the facts, compute the deadlines through the regime's policy, gate customer and public
notice (R-2011). Each change is one function, made in a `WriteContext`: it checks, changes the breach and
records its audit row (ADR 0019). Reading is in `views`; the customer notices themselves go out in
`customer_notices`. Services flush; whoever opened the session commits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cpni_api.accounts.models import Account
from cpni_api.audit.context import WriteContext
from cpni_api.breaches import classification, notice_content, policy, views
from cpni_api.breaches.changes import locked as _locked
from cpni_api.breaches.changes import not_before as _not_before
from cpni_api.breaches.changes import not_in_future as _not_in_future
from cpni_api.breaches.changes import record_change as _record
from cpni_api.breaches.models import (
    AgencyConsultation,
    Breach,
    BreachAffectedAccount,
    LawEnforcementHold,
    PublicDisclosure,
)
from cpni_api.breaches.policy import NoticeDecision, Regime
from cpni_api.breaches.record import apply_record
from cpni_api.breaches.record_schemas import BreachRecordFields
from cpni_api.breaches.schemas import (
    BreachCreate,
    ConsultationCreate,
    FccNotificationCreate,
    HoldCreate,
    HoldRelease,
    LawEnforcementNotificationCreate,
    PublicDisclosureCreate,
)
from cpni_api.core.business_days import Calendars
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id

# Ids are checked against accounts this many at a time (well under SQLite's bound-parameter limit).
ID_CHECK_CHUNK = 5000
# At most this many unknown ids are listed in the problem; the count says how many there were.
UNKNOWN_IDS_SHOWN = 100


@dataclass(frozen=True)
class NoticeRun:
    """A change after which the customer notices may have to run (again), once the response is sent."""

    breach: Breach
    notices_to_send: bool


def _add(context: WriteContext, breach: Breach, row: object, now: datetime) -> None:
    """Adds a record of the breach (a hold, a consultation, a disclosure); the breach changed with it."""
    context.session.add(row)
    breach.updated_at = now
    context.session.flush()


def create_breach(context: WriteContext, body: BreachCreate, calendars: Calendars) -> Breach:
    """R-2011-d: the record, with its law-enforcement deadline (R-2011-b, E1) and its regime (E19)."""
    now = context.now()
    _not_in_future("discovered_at", body.discovered_at, now)
    _not_in_future("determined_at", body.determined_at, now)
    # E19: the regime is fixed at determination and stored; a later setting change never moves it.
    regime = policy.regime_for(
        calendars.not_before.local_date(body.determined_at), context.settings.breach_2024_rules_effective_on
    )
    breach = Breach(
        id=new_id("brc"),
        regime=regime.value,
        discovered_at=body.discovered_at,
        determined_at=body.determined_at,
        description=body.description,
        cpni_involved=body.cpni_involved,
        circumstances=body.circumstances,
        harm_reasonably_likely=body.harm_reasonably_likely,
        affected_account_count=0,
        notified_account_count=0,
        law_enforcement_notice_due_by=policy.law_enforcement_notice_due_by(body.determined_at, calendars),
        urgent_need=False,
        created_at=now,
        updated_at=now,
    )
    apply_record(breach, body, body.model_fields_set & set(BreachRecordFields.model_fields))
    context.session.add(breach)
    context.session.flush()
    if body.affected_account_ids:
        _add_accounts(context.session, breach, body.affected_account_ids, now=now)
    _record(
        context,
        "breach.recorded",
        breach,
        "recorded",
        {
            "regime": breach.regime,
            "affected_accounts": breach.affected_account_count,
            "classification": "breach" if classification.not_a_breach(breach) is None else "not_a_breach",
        },
    )
    return breach


def add_affected_accounts(context: WriteContext, breach_id: str, account_ids: Sequence[str]) -> NoticeRun:
    """Accounts found later, or too many for one request; those already listed are ignored. When the
    customer notice was already requested, the new accounts are owed it too."""
    breach = _locked(context, breach_id)
    added = _add_accounts(context.session, breach, account_ids, now=context.now())
    _record(
        context,
        "breach.affected_accounts_added",
        breach,
        "added",
        {"added": added, "total": breach.affected_account_count},
    )
    return NoticeRun(breach, notices_to_send=bool(added) and breach.customer_notice_requested_at is not None)


def _add_accounts(session: Session, breach: Breach, account_ids: Sequence[str], *, now: datetime) -> int:
    """Adds accounts in bulk (one existence query per 5,000 ids, one multi-row insert); returns how many were
    new. Unknown ids refuse the whole request, listing (some of) them."""
    wanted = list(dict.fromkeys(account_ids))
    known: set[str] = set()
    for start in range(0, len(wanted), ID_CHECK_CHUNK):
        chunk = wanted[start : start + ID_CHECK_CHUNK]
        known.update(session.scalars(select(Account.id).where(Account.id.in_(chunk))))
    unknown = [account_id for account_id in wanted if account_id not in known]
    if unknown:
        raise ProblemError(
            ErrorCode.UNKNOWN_ACCOUNT_IDS,
            f"{len(unknown)} of the affected account ids are not known accounts.",
            extensions={
                "unknown_account_ids": unknown[:UNKNOWN_IDS_SHOWN],
                "unknown_account_count": len(unknown),
            },
        )
    already: set[str] = set()
    if breach.affected_account_count:
        for start in range(0, len(wanted), ID_CHECK_CHUNK):
            chunk = wanted[start : start + ID_CHECK_CHUNK]
            already.update(
                session.scalars(
                    select(BreachAffectedAccount.account_id).where(
                        BreachAffectedAccount.breach_id == breach.id,
                        BreachAffectedAccount.account_id.in_(chunk),
                    )
                )
            )
    new = [account_id for account_id in wanted if account_id not in already]
    if new:
        session.execute(
            insert(BreachAffectedAccount),
            [{"breach_id": breach.id, "account_id": account_id, "added_at": now} for account_id in new],
        )
        breach.affected_account_count += len(new)
        # Accounts found later are owed a notice too; a finished notice run is open again.
        breach.customer_notice_completed_at = None
        breach.updated_at = now
        session.flush()
    return len(new)


def record_law_enforcement_notification(
    context: WriteContext, breach_id: str, body: LawEnforcementNotificationCreate, calendars: Calendars
) -> Breach:
    """R-2011-b: the notice to the USSS and FBI; under the 2007 regime it starts the customer-notice wait
    (R-2011-b-1, E1). Recorded once; late is recorded as late."""
    breach = _locked(context, breach_id)
    if breach.law_enforcement_notified_at is not None:
        raise ProblemError(
            ErrorCode.LAW_ENFORCEMENT_ALREADY_NOTIFIED,
            "The law-enforcement notification is already recorded.",
        )
    now = context.now()
    _not_in_future("notified_at", body.notified_at, now)
    _not_before("notified_at", body.notified_at, "discovered_at", breach.discovered_at)
    breach.law_enforcement_notified_at = body.notified_at
    breach.law_enforcement_reference = body.reference
    breach.urgent_need = body.urgent_need
    breach.customer_notice_not_before = policy.rule_for(Regime(breach.regime)).customer_notice_not_before(
        body.notified_at, calendars
    )
    breach.updated_at = now
    context.session.flush()
    _record(
        context,
        "breach.law_enforcement_notified",
        breach,
        "on_time" if body.notified_at <= breach.law_enforcement_notice_due_by else "late",
        {"urgent_need": body.urgent_need, "regime": breach.regime},
    )
    return breach


def record_fcc_notification(context: WriteContext, breach_id: str, body: FccNotificationCreate) -> Breach:
    """R-2011-NEW: the notice to the FCC; recorded once."""
    breach = _locked(context, breach_id)
    if breach.fcc_notified_at is not None:
        raise ProblemError(ErrorCode.FCC_ALREADY_NOTIFIED, "The FCC notification is already recorded.")
    now = context.now()
    _not_in_future("notified_at", body.notified_at, now)
    _not_before("notified_at", body.notified_at, "discovered_at", breach.discovered_at)
    breach.fcc_notified_at = body.notified_at
    breach.fcc_reference = body.reference
    breach.updated_at = now
    context.session.flush()
    _record(context, "breach.fcc_notified", breach, "recorded")
    return breach


def _require_law_enforcement_notified(breach: Breach) -> datetime:
    if breach.law_enforcement_notified_at is None:
        raise ProblemError(
            ErrorCode.LAW_ENFORCEMENT_NOT_NOTIFIED,
            "Record the law-enforcement notification first: holds and consultations follow it (R-2011-b).",
        )
    return breach.law_enforcement_notified_at


def record_hold(context: WriteContext, breach_id: str, body: HoldCreate) -> Breach:
    """R-2011-b-3: an initial hold of at most 30 days, or a written extension of one."""
    breach = _locked(context, breach_id)
    session, now = context.session, context.now()
    notified_at = _require_law_enforcement_notified(breach)
    _not_in_future("directed_at", body.directed_at, now)
    _not_before("directed_at", body.directed_at, "the law-enforcement notification", notified_at)
    extends: LawEnforcementHold | None = None
    if body.extends_hold_id is not None:
        extends = session.get(LawEnforcementHold, body.extends_hold_id)
        if extends is None or extends.breach_id != breach.id:
            raise ProblemError(ErrorCode.INVALID_HOLD, "extends_hold_id is not a hold of this breach.")
    problem = policy.hold_problem(
        directed_at=body.directed_at,
        until=body.until,
        extends=views.as_hold(extends) if extends is not None else None,
        has_written_direction=body.written_direction_reference is not None,
    )
    if problem is not None:
        raise ProblemError(ErrorCode.INVALID_HOLD, problem[0].upper() + problem[1:] + ".")
    hold = LawEnforcementHold(
        id=new_id("hld"),
        breach_id=breach.id,
        agency=body.agency,
        directed_at=body.directed_at,
        until=body.until,
        written_direction_reference=body.written_direction_reference,
        extends_hold_id=body.extends_hold_id,
        recorded_at=now,
    )
    _add(context, breach, hold, now)
    _record(
        context,
        "breach.law_enforcement_hold_recorded",
        breach,
        "extension" if hold.extends_hold_id else "initial",
        {"hold_id": hold.id, "until": hold.until.isoformat()},
    )
    return breach


def release_hold(context: WriteContext, breach_id: str, hold_id: str, body: HoldRelease) -> Breach:
    """R-2011-b-3: the agency's written notice that disclosure no longer impedes the investigation."""
    breach = _locked(context, breach_id)
    hold = context.session.get(LawEnforcementHold, hold_id)
    if hold is None or hold.breach_id != breach.id:
        raise ProblemError(ErrorCode.NOT_FOUND, "No hold of this breach has that id.")
    if hold.released_at is not None:
        raise ProblemError(ErrorCode.HOLD_ALREADY_RELEASED, "The hold's release is already recorded.")
    now = context.now()
    _not_in_future("released_at", body.released_at, now)
    _not_before("released_at", body.released_at, "directed_at", hold.directed_at)
    hold.released_at = body.released_at
    hold.release_reference = body.written_notice_reference
    breach.updated_at = now
    context.session.flush()
    _record(context, "breach.law_enforcement_hold_released", breach, "released", {"hold_id": hold_id})
    return breach


def record_consultation(context: WriteContext, breach_id: str, body: ConsultationCreate) -> Breach:
    """R-2011-b-2: a consultation with the investigating agency, which opens the urgent path."""
    breach = _locked(context, breach_id)
    now = context.now()
    notified_at = _require_law_enforcement_notified(breach)
    _not_in_future("consulted_at", body.consulted_at, now)
    _not_before("consulted_at", body.consulted_at, "the law-enforcement notification", notified_at)
    consultation = AgencyConsultation(
        id=new_id("cns"),
        breach_id=breach.id,
        agency=body.agency,
        contact=body.contact,
        consulted_at=body.consulted_at,
        notes=body.notes,
        recorded_at=now,
    )
    _add(context, breach, consultation, now)
    _record(
        context,
        "breach.agency_consulted",
        breach,
        "recorded",
        {"consultation_id": consultation.id, "urgent_need": breach.urgent_need},
    )
    return breach


def _too_early(decision: NoticeDecision, what: str) -> ProblemError:
    earliest = decision.earliest_allowed_at
    return ProblemError(
        ErrorCode.CUSTOMER_NOTICE_TOO_EARLY,
        f"No {what} yet: {policy.refusal_text(decision.reason)}.",
        extensions={
            "reason": decision.reason.value,
            "earliest_allowed_at": earliest.isoformat().replace("+00:00", "Z") if earliest else None,
        },
    )


def record_public_disclosure(context: WriteContext, breach_id: str, body: PublicDisclosureCreate) -> Breach:
    """R-2011-a: a public disclosure, voluntary or under state law (E18), follows the customer-notice gate."""
    breach = _locked(context, breach_id)
    now = context.now()
    disclosed_at = body.disclosed_at or now
    _not_in_future("disclosed_at", disclosed_at, now)
    decision = views.decide_customer_notice(context.session, breach, at=disclosed_at)
    if not decision.allowed:
        raise _too_early(decision, "public disclosure")
    disclosure = PublicDisclosure(
        id=new_id("pds"),
        breach_id=breach.id,
        channel=body.channel,
        description=body.description,
        disclosed_at=disclosed_at,
        recorded_at=now,
    )
    _add(context, breach, disclosure, now)
    _record(
        context,
        "breach.public_disclosure_recorded",
        breach,
        "recorded",
        {"disclosure_id": disclosure.id, "channel": disclosure.channel},
    )
    return breach


def _require_notice_content(context: WriteContext, breach: Breach, decision: NoticeDecision) -> None:
    """R-2011-NEW-9: a 2024 notice carries its minimum content; sending waits until the record fills it."""
    if Regime(breach.regime) is not Regime.FCC_2024 or decision.reason is policy.Reason.NOT_A_BREACH:
        return
    missing = notice_content.missing_slots(context.session, breach)
    if missing:
        raise ProblemError(
            ErrorCode.CUSTOMER_NOTICE_CONTENT_INCOMPLETE,
            "The notice's minimum content is not on the record yet: "
            + "; ".join(notice_content.SLOTS[slot] for slot in missing)
            + " (R-2011-NEW-9).",
            extensions={"missing": missing},
        )


def request_customer_notice(context: WriteContext, breach_id: str) -> NoticeRun:
    """R-2011-c: marks the customer notice requested once the gate allows it; the batches run afterwards.
    Idempotent: with every account already notified it changes nothing and runs no batch."""
    breach = _locked(context, breach_id)
    decision: NoticeDecision | None = None
    already_completed = breach.customer_notice_completed_at is not None and (
        breach.notified_account_count >= breach.affected_account_count
    )
    if not already_completed:
        now = context.now()
        decision = views.decide_customer_notice(context.session, breach, at=now)
        if not decision.allowed:
            raise _too_early(decision, "customer notice")
        _require_notice_content(context, breach, decision)
        if breach.customer_notice_requested_at is None:
            breach.customer_notice_requested_at = now
        breach.updated_at = now
        context.session.flush()
    _record(
        context,
        "breach.customer_notice_requested",
        breach,
        "already_completed" if decision is None else "accepted",
        {
            "reason": decision.reason.value if decision else None,
            "accounts": breach.affected_account_count,
        },
    )
    return NoticeRun(breach, notices_to_send=decision is not None)
