"""Usage checks (R-2009-a): load one account's facts, ask the policy, and keep the answer as asked and
answered, with its audit record, in the request's transaction. The statutory disclosures keep their recipient
or legal process on the check, where the annual certification counts them."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy.orm import Session

from cpni_api.accounts.service import get_account
from cpni_api.audit.context import WriteContext
from cpni_api.campaigns.models import Campaign
from cpni_api.consent import policy
from cpni_api.consent.approvals import approvals_of, as_policy_approvals, interactions_of
from cpni_api.consent.models import UsageCheck
from cpni_api.consent.notices import account_notices
from cpni_api.consent.schemas import BasisOut, LegalProcessOut, UsageCheckCreate, UsageCheckOut
from cpni_api.consent.service import ConsentClock, carrier_policy
from cpni_api.consent.vocabulary import ApprovalScope, EmergencyRecipient, UsagePurpose
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.core.settings import Settings
from cpni_api.third_parties.service import as_recipient, get_third_party


def campaign_facts(campaign: Campaign) -> policy.Campaign:
    return policy.Campaign(
        id=campaign.id,
        status=campaign.status,
        scope=campaign.scope,
        purpose=campaign.purpose,
        third_party_id=campaign.third_party_id,
        includes_location=campaign.includes_location,
    )


def _decide(
    session: Session, when: ConsentClock, body: UsageCheckCreate, settings: Settings
) -> policy.UsageDecision:
    """Loads the facts of one account and asks the policy. Unknown ids are 404s before any decision."""
    account = get_account(session, body.account_id)
    recipient = as_recipient(get_third_party(session, body.third_party_id)) if body.third_party_id else None
    campaign = None
    if body.campaign_id is not None:
        row = session.get(Campaign, body.campaign_id)
        if row is None:
            raise ProblemError(ErrorCode.NOT_FOUND, "No campaign has that id.")
        campaign = campaign_facts(row)
    rows = approvals_of(session, account.id, body.scope.value)
    notices = account_notices(session, account.id)
    by_id = {notice.id: notice for notice in notices}
    approvals = as_policy_approvals(rows, by_id, interactions_of(session, rows), when.now)
    process = body.legal_process
    request = policy.UsageRequest(
        scope=body.scope.value,
        purpose=body.purpose.value,
        includes_location=body.includes_location,
        recipient=recipient,
        campaign=campaign,
        interaction_id=body.interaction_id,
        offer_category=body.offer_category.value if body.offer_category else None,
        subscribed_categories=frozenset(category.value for category in body.subscribed_categories),
        voip_category=settings.interconnected_voip_category,
        emergency_recipient=body.emergency_recipient.value if body.emergency_recipient else None,
        legal_process=policy.LegalProcess(process.kind.value, process.reference, process.issued_by)
        if process is not None
        else None,
    )
    return policy.decide_usage(
        request,
        approvals,
        notices,
        now=when.now,
        today=when.today,
        carrier=carrier_policy(settings),
    )


def _basis_json(basis: policy.Basis | None) -> dict[str, Any] | None:
    if basis is None:
        return None
    stored = dataclasses.asdict(basis)
    if basis.approval_assumable_from is not None:
        stored["approval_assumable_from"] = basis.approval_assumable_from.isoformat()
    return stored


def check_usage(context: WriteContext, when: ConsentClock, body: UsageCheckCreate) -> UsageCheck:
    """Decides, keeps the check and records it in the audit trail (`consent.usage_checked`)."""
    session, audit = context.session, context.audit
    decision = _decide(session, when, body, context.settings)
    basis = decision.basis
    process = body.legal_process.model_dump(mode="json") if body.legal_process else None
    check = UsageCheck(
        id=new_id("use"),
        account_id=body.account_id,
        api_key_id=context.actor,
        scope=body.scope.value,
        purpose=body.purpose.value,
        third_party_id=body.third_party_id,
        campaign_id=body.campaign_id,
        interaction_id=body.interaction_id,
        includes_location=body.includes_location,
        emergency_recipient=body.emergency_recipient.value if body.emergency_recipient else None,
        legal_process=process,
        decision=decision.decision,
        reason_code=decision.reason.value,
        rule=decision.rule,
        basis=_basis_json(basis),
        available_from=decision.available_from,
        decided_at=when.now,
    )
    session.add(check)
    audit.record(
        "consent.usage_checked",
        account_id=body.account_id,
        subject_type="usage_check",
        subject_id=check.id,
        outcome=decision.decision,
        details={
            "scope": body.scope.value,
            "purpose": body.purpose.value,
            "reason_code": decision.reason.value,
            "rule": decision.rule,
            "third_party_id": body.third_party_id,
            "campaign_id": body.campaign_id,
            "interaction_id": body.interaction_id,
            "includes_location": body.includes_location,
            "basis_type": basis.type if basis else None,
            "approval_id": basis.approval_id if basis else None,
            "notice_id": basis.notice_id if basis else None,
            # The statutory exceptions: who received the location, what compelled the disclosure.
            "emergency_recipient": check.emergency_recipient,
            "legal_process": process,
        },
    )
    session.flush()
    return check


def get_usage_check(session: Session, check_id: str) -> UsageCheck:
    check = session.get(UsageCheck, check_id)
    if check is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No usage check has that id.")
    return check


def usage_check_view(check: UsageCheck) -> UsageCheckOut:
    process = LegalProcessOut.model_validate(check.legal_process) if check.legal_process else None
    return UsageCheckOut(
        id=check.id,
        account_id=check.account_id,
        scope=ApprovalScope(check.scope),
        purpose=UsagePurpose(check.purpose),
        decision="allow" if check.decision == "allow" else "deny",
        reason_code=policy.UsageReason(check.reason_code),
        rule=check.rule,
        basis=BasisOut.model_validate(check.basis) if check.basis else None,
        available_from=check.available_from,
        third_party_id=check.third_party_id,
        campaign_id=check.campaign_id,
        interaction_id=check.interaction_id,
        includes_location=check.includes_location,
        emergency_recipient=EmergencyRecipient(check.emergency_recipient)
        if check.emergency_recipient
        else None,
        legal_process=process,
        decided_at=check.decided_at,
    )
