"""Breaches: record the facts, compute the deadlines through the regime's policy, gate customer and public
notice. Services flush; the request commits. Customer notices themselves go out in `customer_notices`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cpni_api.accounts.models import Account
from cpni_api.breaches import policy
from cpni_api.breaches.models import (
    AgencyConsultation,
    Breach,
    BreachAffectedAccount,
    LawEnforcementHold,
    PublicDisclosure,
)
from cpni_api.breaches.policy import BreachFacts, Hold, NoticeDecision, Regime
from cpni_api.breaches.schemas import (
    BreachCreate,
    BreachOut,
    ConsultationCreate,
    ConsultationOut,
    CustomerNoticeOut,
    HoldCreate,
    HoldOut,
    ObligationOut,
    PublicDisclosureCreate,
    PublicDisclosureOut,
)
from cpni_api.core.business_days import Calendars
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id

# Ids are checked against accounts this many at a time (well under SQLite's bound-parameter limit).
ID_CHECK_CHUNK = 5000
# At most this many unknown ids are listed in the problem; the count says how many there were.
UNKNOWN_IDS_SHOWN = 100


def get_breach(session: Session, breach_id: str, *, for_update: bool = False) -> Breach:
    query = select(Breach).where(Breach.id == breach_id)
    if for_update:
        # Serialises changes to one breach across replicas (SQLite already serialises writers).
        query = query.with_for_update().execution_options(populate_existing=True)
    breach = session.scalars(query).one_or_none()
    if breach is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No breach has that id.")
    return breach


def _not_in_future(name: str, instant: datetime, now: datetime) -> None:
    if instant > now:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, f"{name} is in the future.")


def _not_before(name: str, instant: datetime, other_name: str, other: datetime) -> None:
    if instant < other:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, f"{name} is before {other_name}.")


def create_breach(
    session: Session,
    *,
    body: BreachCreate,
    now: datetime,
    calendars: Calendars,
    effective_2024_on: date | None,
) -> Breach:
    _not_in_future("discovered_at", body.discovered_at, now)
    _not_in_future("determined_at", body.determined_at, now)
    # E19: the regime is fixed at determination and stored; a later setting change never moves it.
    regime = policy.regime_for(calendars.not_before.local_date(body.determined_at), effective_2024_on)
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
    session.add(breach)
    session.flush()
    if body.affected_account_ids:
        add_affected_accounts(session, breach, body.affected_account_ids, now=now)
    return breach


def add_affected_accounts(
    session: Session, breach: Breach, account_ids: Sequence[str], *, now: datetime
) -> int:
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
    session: Session,
    breach: Breach,
    *,
    notified_at: datetime,
    reference: str,
    urgent_need: bool,
    now: datetime,
    calendars: Calendars,
) -> Breach:
    if breach.law_enforcement_notified_at is not None:
        raise ProblemError(
            ErrorCode.LAW_ENFORCEMENT_ALREADY_NOTIFIED,
            "The law-enforcement notification is already recorded.",
        )
    _not_in_future("notified_at", notified_at, now)
    _not_before("notified_at", notified_at, "discovered_at", breach.discovered_at)
    breach.law_enforcement_notified_at = notified_at
    breach.law_enforcement_reference = reference
    breach.urgent_need = urgent_need
    breach.customer_notice_not_before = policy.rule_for(Regime(breach.regime)).customer_notice_not_before(
        notified_at, calendars
    )
    breach.updated_at = now
    session.flush()
    return breach


def record_fcc_notification(
    session: Session, breach: Breach, *, notified_at: datetime, reference: str, now: datetime
) -> Breach:
    if breach.fcc_notified_at is not None:
        raise ProblemError(ErrorCode.FCC_ALREADY_NOTIFIED, "The FCC notification is already recorded.")
    _not_in_future("notified_at", notified_at, now)
    _not_before("notified_at", notified_at, "discovered_at", breach.discovered_at)
    breach.fcc_notified_at = notified_at
    breach.fcc_reference = reference
    breach.updated_at = now
    session.flush()
    return breach


def _require_law_enforcement_notified(breach: Breach) -> datetime:
    if breach.law_enforcement_notified_at is None:
        raise ProblemError(
            ErrorCode.LAW_ENFORCEMENT_NOT_NOTIFIED,
            "Record the law-enforcement notification first: holds and consultations follow it (R-2011-b).",
        )
    return breach.law_enforcement_notified_at


def record_hold(session: Session, breach: Breach, body: HoldCreate, *, now: datetime) -> LawEnforcementHold:
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
        extends=_hold(extends) if extends is not None else None,
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
    session.add(hold)
    breach.updated_at = now
    session.flush()
    return hold


def release_hold(
    session: Session, breach: Breach, hold_id: str, *, released_at: datetime, reference: str, now: datetime
) -> LawEnforcementHold:
    hold = session.get(LawEnforcementHold, hold_id)
    if hold is None or hold.breach_id != breach.id:
        raise ProblemError(ErrorCode.NOT_FOUND, "No hold of this breach has that id.")
    if hold.released_at is not None:
        raise ProblemError(ErrorCode.HOLD_ALREADY_RELEASED, "The hold's release is already recorded.")
    _not_in_future("released_at", released_at, now)
    _not_before("released_at", released_at, "directed_at", hold.directed_at)
    hold.released_at = released_at
    hold.release_reference = reference
    breach.updated_at = now
    session.flush()
    return hold


def record_consultation(
    session: Session, breach: Breach, body: ConsultationCreate, *, now: datetime
) -> AgencyConsultation:
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
    session.add(consultation)
    breach.updated_at = now
    session.flush()
    return consultation


def _too_early(decision: NoticeDecision, what: str) -> ProblemError:
    explanations = {
        policy.Reason.LAW_ENFORCEMENT_NOT_NOTIFIED: "law enforcement has not been notified (R-2011-a)",
        policy.Reason.FCC_NOT_NOTIFIED: "the FCC has not been notified (R-2011-NEW)",
        policy.Reason.LAW_ENFORCEMENT_HOLD: "a law-enforcement hold is active (R-2011-b-3)",
        policy.Reason.WAITING_PERIOD: "7 full business days have not passed since the law-enforcement "
        "notification (R-2011-b-1)",
        policy.Reason.URGENT_NEED_WITHOUT_CONSULTATION: "the urgent path needs a recorded consultation with "
        "the investigating agency (R-2011-b-2), and the waiting period has not passed",
    }
    earliest = decision.earliest_allowed_at
    return ProblemError(
        ErrorCode.CUSTOMER_NOTICE_TOO_EARLY,
        f"No {what} yet: {explanations.get(decision.reason, decision.reason.value)}.",
        extensions={
            "reason": decision.reason.value,
            "earliest_allowed_at": earliest.isoformat().replace("+00:00", "Z") if earliest else None,
        },
    )


def record_public_disclosure(
    session: Session, breach: Breach, body: PublicDisclosureCreate, *, now: datetime
) -> PublicDisclosure:
    """R-2011-a: a public disclosure, voluntary or under state law (E18), follows the customer-notice gate."""
    disclosed_at = body.disclosed_at or now
    _not_in_future("disclosed_at", disclosed_at, now)
    decision = decide_customer_notice(session, breach, at=disclosed_at)
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
    session.add(disclosure)
    breach.updated_at = now
    session.flush()
    return disclosure


def request_customer_notice(session: Session, breach: Breach, *, now: datetime) -> NoticeDecision | None:
    """Marks the customer notice requested once the gate allows it; the batches run afterwards. Idempotent:
    with every account already notified it changes nothing and returns None."""
    if breach.customer_notice_completed_at is not None and breach.notified_account_count >= (
        breach.affected_account_count
    ):
        return None
    decision = decide_customer_notice(session, breach, at=now)
    if not decision.allowed:
        raise _too_early(decision, "customer notice")
    if breach.customer_notice_requested_at is None:
        breach.customer_notice_requested_at = now
    breach.updated_at = now
    session.flush()
    return decision


# --- reading -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BreachDetails:
    holds: list[LawEnforcementHold]
    consultations: list[AgencyConsultation]
    disclosures: list[PublicDisclosure]


def _hold(row: LawEnforcementHold) -> Hold:
    return Hold(directed_at=row.directed_at, until=row.until, released_at=row.released_at)


def facts_of(breach: Breach, details: BreachDetails) -> BreachFacts:
    return BreachFacts(
        regime=Regime(breach.regime),
        determined_at=breach.determined_at,
        affected_count=breach.affected_account_count,
        harm_reasonably_likely=breach.harm_reasonably_likely,
        law_enforcement_notified_at=breach.law_enforcement_notified_at,
        urgent_need=breach.urgent_need,
        fcc_notified_at=breach.fcc_notified_at,
        consulted_at=tuple(row.consulted_at for row in details.consultations),
        holds=tuple(_hold(row) for row in details.holds),
        customer_notice_not_before=breach.customer_notice_not_before,
        customer_notice_requested_at=breach.customer_notice_requested_at,
        customer_notice_completed_at=breach.customer_notice_completed_at,
    )


def load_details(session: Session, breach_ids: Iterable[str]) -> dict[str, BreachDetails]:
    """Holds, consultations and disclosures of several breaches: three queries, whatever their number."""
    ids = list(breach_ids)
    holds: dict[str, list[LawEnforcementHold]] = defaultdict(list)
    consultations: dict[str, list[AgencyConsultation]] = defaultdict(list)
    disclosures: dict[str, list[PublicDisclosure]] = defaultdict(list)
    if ids:
        for hold in session.scalars(
            select(LawEnforcementHold)
            .where(LawEnforcementHold.breach_id.in_(ids))
            .order_by(LawEnforcementHold.directed_at, LawEnforcementHold.id)
        ):
            holds[hold.breach_id].append(hold)
        for consultation in session.scalars(
            select(AgencyConsultation)
            .where(AgencyConsultation.breach_id.in_(ids))
            .order_by(AgencyConsultation.consulted_at, AgencyConsultation.id)
        ):
            consultations[consultation.breach_id].append(consultation)
        for disclosure in session.scalars(
            select(PublicDisclosure)
            .where(PublicDisclosure.breach_id.in_(ids))
            .order_by(PublicDisclosure.disclosed_at, PublicDisclosure.id)
        ):
            disclosures[disclosure.breach_id].append(disclosure)
    return {
        breach_id: BreachDetails(holds[breach_id], consultations[breach_id], disclosures[breach_id])
        for breach_id in ids
    }


def decide_customer_notice(session: Session, breach: Breach, *, at: datetime) -> NoticeDecision:
    facts = facts_of(breach, load_details(session, [breach.id])[breach.id])
    return policy.rule_for(facts.regime).customer_notice_decision(facts, at)


def breach_status(breach: Breach, details: BreachDetails, now: datetime) -> str:
    facts = facts_of(breach, details)
    found = policy.obligations(facts, law_enforcement_due_by=breach.law_enforcement_notice_due_by, now=now)
    return policy.breach_status(found)


def retained_until(
    breach: Breach, details: BreachDetails, status: str, retention_years: int
) -> datetime | None:
    """R-2011-d: kept while anything is owed, then at least `retention_years` after the last activity."""
    if status != "closed":
        return None
    last = max([breach.updated_at, *(_hold(row).ends_at for row in details.holds)])
    return policy.retained_until(last, retention_years)


def breach_view(breach: Breach, details: BreachDetails, *, now: datetime, retention_years: int) -> BreachOut:
    facts = facts_of(breach, details)
    rule = policy.rule_for(facts.regime)
    found = policy.obligations(facts, law_enforcement_due_by=breach.law_enforcement_notice_due_by, now=now)
    status = policy.breach_status(found)
    decision = rule.customer_notice_decision(facts, now)
    fcc_required = rule.fcc_notice_required(facts)
    if breach.customer_notice_completed_at is not None:
        notice_status = "completed"
    elif breach.customer_notice_requested_at is not None:
        notice_status = "in_progress"
    else:
        notice_status = "not_requested"
    open_deadlines = [
        o.due_by for o in found if o.due_by is not None and o.status not in ("done", "not_required")
    ]
    return BreachOut(
        id=breach.id,
        regime=facts.regime.value,
        status=status,
        discovered_at=breach.discovered_at,
        determined_at=breach.determined_at,
        description=breach.description,
        cpni_involved=breach.cpni_involved,
        circumstances=breach.circumstances,
        harm_reasonably_likely=breach.harm_reasonably_likely,
        affected_account_count=breach.affected_account_count,
        law_enforcement_notice_due_by=breach.law_enforcement_notice_due_by,
        law_enforcement_notified_at=breach.law_enforcement_notified_at,
        law_enforcement_reference=breach.law_enforcement_reference,
        urgent_need=breach.urgent_need,
        customer_notice_not_before=breach.customer_notice_not_before,
        customer_notice_due_by=rule.customer_notice_due_by(facts),
        fcc_notice_required=fcc_required,
        fcc_notice_due_by=breach.law_enforcement_notice_due_by if fcc_required else None,
        fcc_notified_at=breach.fcc_notified_at,
        fcc_reference=breach.fcc_reference,
        customer_notice=CustomerNoticeOut(
            status=notice_status,
            notified_count=breach.notified_account_count,
            total=breach.affected_account_count,
            requested_at=breach.customer_notice_requested_at,
            completed_at=breach.customer_notice_completed_at,
            allowed_now=decision.allowed,
            reason=decision.reason.value,
            earliest_allowed_at=decision.earliest_allowed_at,
        ),
        obligations=[
            ObligationOut(
                kind=o.kind,
                status=o.status.value,
                due_by=o.due_by,
                not_before=o.not_before,
                done_at=o.done_at,
            )
            for o in found
        ],
        holds=[hold_view(row, now) for row in details.holds],
        agency_consultations=[ConsultationOut.model_validate(row) for row in details.consultations],
        public_disclosures=[PublicDisclosureOut.model_validate(row) for row in details.disclosures],
        next_deadline=min(open_deadlines) if open_deadlines else None,
        retained_until=retained_until(breach, details, status, retention_years),
        created_at=breach.created_at,
        updated_at=breach.updated_at,
    )


def view_of(session: Session, breach: Breach, *, now: datetime, retention_years: int) -> BreachOut:
    return breach_view(
        breach, load_details(session, [breach.id])[breach.id], now=now, retention_years=retention_years
    )


LIST_SCAN_CHUNK = 200


def list_breaches(
    session: Session,
    *,
    statuses: set[str] | None,
    after_id: str | None,
    limit: int,
    now: datetime,
    retention_years: int,
) -> list[BreachOut]:
    """Breaches in id (creation) order whose status as of `now` is one of `statuses` (all when None).

    The status depends on the clock, so it is computed here rather than filtered in SQL; a carrier records
    tens of breaches a year, and the scan reads them in chunks with their details in three queries each.
    """
    found: list[BreachOut] = []
    cursor = after_id
    while len(found) < limit:
        query = select(Breach).order_by(Breach.id).limit(LIST_SCAN_CHUNK)
        if cursor is not None:
            query = query.where(Breach.id > cursor)
        chunk = list(session.scalars(query))
        if not chunk:
            break
        details = load_details(session, [breach.id for breach in chunk])
        for breach in chunk:
            view = breach_view(breach, details[breach.id], now=now, retention_years=retention_years)
            if statuses is None or view.status in statuses:
                found.append(view)
                if len(found) == limit:
                    break
        cursor = chunk[-1].id
    return found


def list_affected_accounts(
    session: Session, breach_id: str, *, after_account_id: str | None, limit: int, notified: bool | None
) -> list[BreachAffectedAccount]:
    query = (
        select(BreachAffectedAccount)
        .where(BreachAffectedAccount.breach_id == breach_id)
        .order_by(BreachAffectedAccount.account_id)
        .limit(limit)
    )
    if after_account_id is not None:
        query = query.where(BreachAffectedAccount.account_id > after_account_id)
    if notified is not None:
        column = BreachAffectedAccount.notified_at
        query = query.where(column.is_not(None) if notified else column.is_(None))
    return list(session.scalars(query))


def hold_view(row: LawEnforcementHold, now: datetime) -> HoldOut:
    return HoldOut.model_validate(row).model_copy(update={"active": _hold(row).active_at(now)})
