"""CPNI notices (R-2008): recorded with the recipients and purposes they name (E10), bounced (R-2008-d-3),
read as the policy reads them. Each change records its audit row (ADR 0019)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts.service import get_account
from cpni_api.audit.context import WriteContext
from cpni_api.consent import policy
from cpni_api.consent.models import CpniNotice, CpniNoticePurpose, CpniNoticeRecipient
from cpni_api.consent.schemas import (
    BounceCreate,
    NoticeCreate,
    NoticeOut,
)
from cpni_api.consent.service import ConsentClock, not_in_future
from cpni_api.consent.vocabulary import NoticeDelivery, NoticeKind
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.third_parties.models import ThirdParty


def record_notice(
    context: WriteContext, when: ConsentClock, account_id: str, body: NoticeCreate
) -> CpniNotice:
    """R-2008: an individual notice naming the recipients and purposes it asks approval for (E10); for
    opt-out, when approval may first be assumed (R-2008-d-1, E9, plus `CPNI_OPT_OUT_EXTRA_WAIT_DAYS`)."""
    session = context.session
    account = get_account(session, account_id)
    not_in_future(body.sent_at, when.now, "sent_at")
    known = set(session.scalars(select(ThirdParty.id).where(ThirdParty.id.in_(body.recipients))))
    unknown = [recipient for recipient in body.recipients if recipient not in known]
    if unknown:
        raise ProblemError(ErrorCode.NOT_FOUND, f"No third party has the id(s): {', '.join(unknown)}.")
    notice = CpniNotice(
        id=new_id("ntc"),
        account_id=account.id,
        kind=body.kind.value,
        delivery=body.delivery.value,
        sent_at=body.sent_at,
        version=body.version,
        email_delivery_approved=body.email_delivery_approved,
        approval_assumable_from=policy.approval_assumable_from(
            body.kind, body.delivery, body.sent_at, when.timezone, context.settings.opt_out_extra_wait_days
        ),
        supports_opt_out_until=(
            policy.opt_out_notice_stale_at(body.sent_at) if body.kind == NoticeKind.OPT_OUT else None
        ),
        recorded_at=when.now,
        recorded_by=context.actor,
    )
    session.add(notice)
    session.flush()
    session.add_all(CpniNoticeRecipient(notice_id=notice.id, third_party_id=tp) for tp in body.recipients)
    session.add_all(CpniNoticePurpose(notice_id=notice.id, purpose=purpose) for purpose in body.purposes)
    session.flush()
    context.audit.record(
        "consent.notice_recorded",
        account_id=notice.account_id,
        subject_type="cpni_notice",
        subject_id=notice.id,
        outcome="recorded",
        details={"kind": notice.kind, "delivery": notice.delivery, "version": notice.version},
    )
    return notice


def get_notice(session: Session, account_id: str, notice_id: str) -> CpniNotice:
    notice = session.get(CpniNotice, notice_id)
    if notice is None or notice.account_id != account_id:
        raise ProblemError(ErrorCode.NOT_FOUND, "This account has no notice with that id.")
    return notice


def record_bounce(
    context: WriteContext, account_id: str, notice_id: str, body: BounceCreate
) -> tuple[CpniNotice, bool]:
    """E9, R-2008-d-3: a bounced notice is not notice. The first bounce recorded stands (idempotent, audited
    once); returns the notice and whether this call recorded the bounce."""
    session, now = context.session, context.now()
    get_account(session, account_id)
    notice = get_notice(session, account_id, notice_id)
    if notice.delivery == NoticeDelivery.ORAL:
        raise ProblemError(ErrorCode.NOTICE_NOT_BOUNCEABLE, "An oral notice cannot bounce.")
    bounced_at = body.bounced_at or now
    not_in_future(bounced_at, now, "bounced_at")
    if bounced_at < notice.sent_at:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "bounced_at is before the notice was sent.")
    if notice.bounced_at is not None:
        return notice, False
    notice.bounced_at = bounced_at
    notice.bounce_reason = body.reason
    session.flush()
    context.audit.record(
        "consent.notice_bounced",
        account_id=notice.account_id,
        subject_type="cpni_notice",
        subject_id=notice.id,
        outcome="bounced",
        details={"delivery": notice.delivery},
    )
    return notice, True


def notice_terms(
    session: Session, notice_ids: Iterable[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The recipients and purposes of many notices, in two queries."""
    ids = list(set(notice_ids))
    recipients_by: dict[str, list[str]] = defaultdict(list)
    purposes_by: dict[str, list[str]] = defaultdict(list)
    if ids:
        for notice_id, third_party_id in session.execute(
            select(CpniNoticeRecipient.notice_id, CpniNoticeRecipient.third_party_id)
            .where(CpniNoticeRecipient.notice_id.in_(ids))
            .order_by(CpniNoticeRecipient.third_party_id)
        ):
            recipients_by[notice_id].append(third_party_id)
        for notice_id, purpose in session.execute(
            select(CpniNoticePurpose.notice_id, CpniNoticePurpose.purpose)
            .where(CpniNoticePurpose.notice_id.in_(ids))
            .order_by(CpniNoticePurpose.purpose)
        ):
            purposes_by[notice_id].append(purpose)
    return recipients_by, purposes_by


def as_policy_notice(notice: CpniNotice, recipients_of: list[str], purposes_of: list[str]) -> policy.Notice:
    return policy.Notice(
        id=notice.id,
        kind=notice.kind,
        delivery=notice.delivery,
        sent_at=notice.sent_at,
        approval_assumable_from=notice.approval_assumable_from,
        bounced_at=notice.bounced_at,
        email_delivery_approved=notice.email_delivery_approved,
        recipients=frozenset(recipients_of),
        purposes=frozenset(purposes_of),
    )


def notice_view(
    notice: CpniNotice, recipients_of: list[str], purposes_of: list[str], carrier: policy.CarrierPolicy
) -> NoticeOut:
    """A carrier that promised opt-in only never assumes approval from an opt-out notice (ADR 0020)."""
    opt_out = notice.kind == NoticeKind.OPT_OUT
    supports = (
        opt_out
        and not carrier.opt_in_only
        and notice.delivery != NoticeDelivery.ORAL
        and notice.bounced_at is None
        and (notice.delivery != NoticeDelivery.EMAIL or notice.email_delivery_approved)
    )
    return NoticeOut(
        id=notice.id,
        account_id=notice.account_id,
        kind=NoticeKind(notice.kind),
        delivery=NoticeDelivery(notice.delivery),
        sent_at=notice.sent_at,
        version=notice.version,
        recipients=recipients_of,
        purposes=purposes_of,
        email_delivery_approved=notice.email_delivery_approved,
        approval_assumable_from=None if carrier.opt_in_only else notice.approval_assumable_from,
        supports_opt_out_until=policy.opt_out_notice_stale_at(notice.sent_at) if supports else None,
        supports_opt_out=supports,
        bounced_at=notice.bounced_at,
        bounce_reason=notice.bounce_reason,
        recorded_at=notice.recorded_at,
    )


def notice_views(
    session: Session, notices: Sequence[CpniNotice], carrier: policy.CarrierPolicy
) -> list[NoticeOut]:
    recipients_by, purposes_by = notice_terms(session, (n.id for n in notices))
    return [notice_view(n, recipients_by[n.id], purposes_by[n.id], carrier) for n in notices]


def list_notices(session: Session, account_id: str, after_id: str | None, limit: int) -> list[CpniNotice]:
    get_account(session, account_id)
    query = select(CpniNotice).where(CpniNotice.account_id == account_id).order_by(CpniNotice.id).limit(limit)
    if after_id is not None:
        query = query.where(CpniNotice.id > after_id)
    return list(session.scalars(query))


def account_notices(session: Session, account_id: str) -> list[policy.Notice]:
    notices = list(session.scalars(select(CpniNotice).where(CpniNotice.account_id == account_id)))
    recipients_by, purposes_by = notice_terms(session, (n.id for n in notices))
    return [as_policy_notice(n, recipients_by[n.id], purposes_by[n.id]) for n in notices]
