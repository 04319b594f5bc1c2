"""The approval rules as pure functions over plain data, in three families (ADR 0012, ADR 0020):

- `scopes`: the R-2007 table (which scopes may rest on opt-out) and the carrier's opt-in-only promise;
- `notices`: notice timing (R-2008-d);
- `usage`: the usage decision of R-2009-a, with the statutory exceptions and the carrier's no-sale promise
  (`decisions` holds its words, `approvals` the part that rests on the customer's approval).

No I/O and no clock. Callers use the names below (`from cpni_api.consent import policy`).
"""

from cpni_api.consent.policy.approvals import opt_out_notice_problem
from cpni_api.consent.policy.decisions import (
    ALLOW_REASONS,
    Approval,
    Basis,
    Campaign,
    LegalProcess,
    UsageDecision,
    UsageReason,
    UsageRequest,
)
from cpni_api.consent.policy.notices import (
    MAIL_DELIVERY_DAYS,
    OPT_OUT_NOTICE_REFRESH_YEARS,
    OPT_OUT_WAIT_DAYS,
    Notice,
    add_calendar_days,
    add_years_early,
    approval_assumable_from,
    opt_out_notice_stale_at,
)
from cpni_api.consent.policy.recipients import (
    SCOPE_RECIPIENT_KINDS,
    recipient_problem,
    shape_problem,
)
from cpni_api.consent.policy.scopes import (
    CARRIER_NO_THIRD_PARTY_SALE,
    CARRIER_OPT_IN_ONLY,
    SCOPE_TABLE,
    CarrierPolicy,
    Need,
    Requirement,
    ScopeRule,
    effective_requirement,
    required_approval,
)
from cpni_api.consent.policy.usage import RECIPIENT_REASONS, decide_usage, is_third_party_sale

__all__ = [
    "ALLOW_REASONS",
    "CARRIER_NO_THIRD_PARTY_SALE",
    "CARRIER_OPT_IN_ONLY",
    "MAIL_DELIVERY_DAYS",
    "OPT_OUT_NOTICE_REFRESH_YEARS",
    "OPT_OUT_WAIT_DAYS",
    "RECIPIENT_REASONS",
    "SCOPE_RECIPIENT_KINDS",
    "SCOPE_TABLE",
    "Approval",
    "Basis",
    "Campaign",
    "CarrierPolicy",
    "LegalProcess",
    "Need",
    "Notice",
    "Requirement",
    "ScopeRule",
    "UsageDecision",
    "UsageReason",
    "UsageRequest",
    "add_calendar_days",
    "add_years_early",
    "approval_assumable_from",
    "decide_usage",
    "effective_requirement",
    "is_third_party_sale",
    "opt_out_notice_problem",
    "opt_out_notice_stale_at",
    "recipient_problem",
    "required_approval",
    "shape_problem",
]
