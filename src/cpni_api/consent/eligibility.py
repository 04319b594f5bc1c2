"""Which accounts' approval permits a use now, as one set-based query per page (no per-account queries).

It encodes the same rules as `policy.decide_usage` for the approval part (the campaign and recipient checks
are the same for every account and are made once, before the query); a test compares the two on the same
accounts. Two shapes, chosen by the R-2007 table:

- opt-out may suffice: walk `accounts` in id order and keep those whose latest standing decision is a valid
  grant, or that have no standing decision and a valid opt-out notice (dense results: a page costs about
  one primary-key range plus a few index probes per account);
- opt-in needed: walk the standing grants of the scope (`ix_cpni_approvals_standing_grants`, by account),
  so a scope that few customers granted is not found by scanning every account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Exists, Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from cpni_api.accounts.models import Account
from cpni_api.consent import policy
from cpni_api.consent.models import CpniApproval, CpniNotice, CpniNoticePurpose, CpniNoticeRecipient
from cpni_api.consent.vocabulary import ApprovalDecision, NoticeDelivery, NoticeKind
from cpni_api.third_parties.policy import Recipient


@dataclass(frozen=True)
class EligibleAccount:
    account_id: str
    basis: str  # opt_in | opt_out | express_written_authorization
    approval_id: str | None
    notice_id: str | None


def _standing(row: type[CpniApproval]) -> ColumnElement[bool]:
    """Standing decisions: everything except one-time oral consent (E11)."""
    return or_(row.interaction_id.is_(None), row.decision != ApprovalDecision.GRANTED.value)


def _fenced(query: Select[Any]) -> Exists:
    """EXISTS evaluated per row, by index probes. `OFFSET 0` keeps PostgreSQL from turning the subquery
    into a hashed subplan that computes it for every account before the first page can be returned."""
    return query.offset(0).exists()


def _grant_conditions(
    grant: Any, scope: str, purpose: str, recipient: Recipient | None, need: policy.Need
) -> list[ColumnElement[bool]]:
    """A grant that is the account's latest standing decision on the scope and establishes approval
    (R-2007-a-3; notice given first and not bounced, R-2008-a-1; naming the recipient and purpose, E10;
    written for a new carrier, R-222-c2; covering location where needed, R-222-f)."""
    later = aliased(CpniApproval)
    conditions: list[ColumnElement[bool]] = [
        grant.scope == scope,
        grant.decision == ApprovalDecision.GRANTED.value,
        grant.interaction_id.is_(None),
        or_(grant.method != "oral", grant.oral_evidence.is_not(None)),
        ~_fenced(
            select(later.seq).where(
                later.account_id == grant.account_id,
                later.scope == grant.scope,
                _standing(later),
                or_(
                    later.decided_at > grant.decided_at,
                    and_(later.decided_at == grant.decided_at, later.seq > grant.seq),
                ),
            )
        ),
    ]
    if need.requirement is policy.Requirement.EXPRESS_WRITTEN:
        return [
            *conditions,
            grant.method == "written",
            grant.document_reference.is_not(None),
            grant.third_party_id == (recipient.id if recipient else None),
        ]
    if need.location:
        conditions.append(grant.covers_location.is_(True))
    notice = aliased(CpniNotice)
    notice_conditions: list[ColumnElement[bool]] = [
        notice.id == grant.notice_id,
        notice.bounced_at.is_(None),
        notice.sent_at <= grant.decided_at,
        *_names(notice, purpose, recipient),
    ]
    conditions.append(_fenced(select(notice.id).where(*notice_conditions)))
    return conditions


def _names(notice: Any, purpose: str, recipient: Recipient | None) -> list[ColumnElement[bool]]:
    """E10: the notice names the purpose and, for sharing, the recipient."""
    named: list[ColumnElement[bool]] = [
        _fenced(
            select(CpniNoticePurpose.notice_id).where(
                CpniNoticePurpose.notice_id == notice.id, CpniNoticePurpose.purpose == purpose
            )
        )
    ]
    if recipient is not None:
        named.append(
            _fenced(
                select(CpniNoticeRecipient.notice_id).where(
                    CpniNoticeRecipient.notice_id == notice.id,
                    CpniNoticeRecipient.third_party_id == recipient.id,
                )
            )
        )
    return named


def _valid_opt_out_notice(
    account_id: Any, purpose: str, recipient: Recipient | None, now: datetime
) -> Select[str]:
    """An opt-out notice that establishes approval now (R-2008-d): written or electronic, not bounced,
    email only with the customer's approval of email notices, under two years old, waiting period run,
    naming the recipient and purpose (E10)."""
    notice = aliased(CpniNotice)
    return select(notice.id).where(
        notice.account_id == account_id,
        notice.kind == NoticeKind.OPT_OUT.value,
        notice.delivery.in_([NoticeDelivery.MAIL.value, NoticeDelivery.EMAIL.value]),
        notice.bounced_at.is_(None),
        or_(notice.delivery != NoticeDelivery.EMAIL.value, notice.email_delivery_approved.is_(True)),
        notice.approval_assumable_from <= now,
        notice.supports_opt_out_until > now,
        *_names(notice, purpose, recipient),
    )


def eligible_accounts(
    session: Session,
    *,
    scope: str,
    purpose: str,
    recipient: Recipient | None,
    includes_location: bool,
    now: datetime,
    after_account_id: str | None,
    limit: int,
    carrier: policy.CarrierPolicy = policy.CarrierPolicy(),
) -> list[EligibleAccount]:
    """With the carrier's opt-in-only policy the need is never opt-out, so the opt-in shape is used and an
    opt-out notice never makes an account eligible (ADR 0020)."""
    need = policy.required_approval(
        scope, purpose, recipient, includes_location=includes_location, carrier=carrier
    )
    written = need.requirement is policy.Requirement.EXPRESS_WRITTEN
    grant = aliased(CpniApproval)
    conditions = _grant_conditions(grant, scope, purpose, recipient, need)
    if need.requirement is not policy.Requirement.OPT_OUT:
        query = (
            select(grant.account_id, grant.id, grant.notice_id)
            .where(*conditions)
            .order_by(grant.account_id)
            .limit(limit)
        )
        if after_account_id is not None:
            query = query.where(grant.account_id > after_account_id)
        basis = "express_written_authorization" if written else "opt_in"
        return [EligibleAccount(row[0], basis, row[1], row[2]) for row in session.execute(query)]

    valid_grant = select(grant.id).where(grant.account_id == Account.id, *conditions)
    valid_notice = _valid_opt_out_notice(Account.id, purpose, recipient, now)
    decided = aliased(CpniApproval)
    no_standing_decision = ~_fenced(
        select(decided.seq).where(
            decided.account_id == Account.id, decided.scope == scope, _standing(decided)
        )
    )
    query = (
        select(
            Account.id,
            valid_grant.limit(1).scalar_subquery(),
            valid_notice.order_by(valid_notice.selected_columns[0].desc()).limit(1).scalar_subquery(),
        )
        .where(or_(_fenced(valid_grant), and_(no_standing_decision, _fenced(valid_notice))))
        .order_by(Account.id)
        .limit(limit)
    )
    if after_account_id is not None:
        query = query.where(Account.id > after_account_id)
    return [
        EligibleAccount(
            account_id=row[0],
            basis="opt_in" if row[1] is not None else "opt_out",
            approval_id=row[1],
            notice_id=row[2] if row[1] is None else None,
        )
        for row in session.execute(query)
    ]
