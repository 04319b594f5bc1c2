"""The statement of operating procedures that accompanies the officer's certification (R-2009-e), written from
what this service actually enforces: the carrier's policy and the effective rule settings
(`GET /v1/carrier-policy`, ADR 0020). A paragraph changes when a setting changes, so the statement never
promises what the deployment does not do. Pure: it reads the policy view, nothing else."""

from __future__ import annotations

from cpni_api.carrier_policy.schemas import CarrierPolicyOut, LineSecuritySettings
from cpni_api.compliance.filing_schemas import ProcedureStatement
from cpni_api.compliance.readable import long_date, plural


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes % (24 * 60) == 0:
        return plural(minutes // (24 * 60), "day")
    if minutes % 60 == 0:
        return plural(minutes // 60, "hour")
    return plural(minutes, "minute")


_METHOD_WORDS = {
    "password": "a password",
    "one_time_code": "a one-time code sent to a contact of record other than the line being moved",
    "photo_id": "a government-issued photo ID in a store",
    "backup": "a backup authentication answer",
    "business_contract": "the authentication method of a business customer's contract",
}


def _line_security(settings: LineSecuritySettings) -> ProcedureStatement:
    methods = [_METHOD_WORDS.get(method, method) for method in settings.sim_change_authentication_methods]
    accepted = methods[0] if len(methods) == 1 else ", ".join(methods[:-1]) + " or " + methods[-1]
    pin = settings.transfer_pin_lockout
    return ProcedureStatement(
        topic="SIM changes and port-outs",
        text=f"A SIM change is made only for a customer authenticated by {accepted}; an agent sees no CPNI "
        "in a call about a SIM change or a port-out until then. A port-out needs the number transfer PIN "
        f"the customer set through such an authentication; {plural(pin.failures, 'wrong PIN')} within "
        f"{_duration(pin.window_seconds)} lock port-outs for {_duration(pin.lock_seconds)}. The customer is "
        "notified at every contact of record before a SIM change or port-out is carried out, may lock "
        "either free of charge, and for "
        f"{_duration(settings.recent_sim_change_hours * 3600)} after a SIM change the number is not used "
        "to call back or to send a one-time code. Every request, allowed or denied, is recorded with the "
        f"authentication used and kept for {plural(settings.retention_years, 'year')}.",
        rule_ids=["R-2010-h-2", "R-2010-h-6", "R-2010-h-7", "R-2010-h-8", "R-2010-h-10", "R-5237-2"],
    )


def statement_of_procedures(policy: CarrierPolicyOut) -> list[ProcedureStatement]:
    rules = policy.rule_settings
    burst, slow = rules.verification_lockout, rules.slow_guessing_lockout
    waits = rules.opt_out_waits
    initiation = plural(rules.service_initiation_minutes, "minute")
    if policy.opt_in_only:
        approval = (
            "The company obtains opt-in approval whenever customer approval is required to use, disclose or "
            "permit access to CPNI; it never assumes approval from an opt-out notice."
        )
    else:
        approval = (
            "Opt-out approval is relied on only where the rules allow it (the company's own marketing of "
            "communications-related services, and its agents and affiliates that provide them); every other "
            "use or disclosure needs opt-in approval. Approval is assumed from an opt-out notice only after "
            f"the waiting period: {plural(waits.electronic_days, 'day')} after an electronic notice, "
            f"{plural(waits.mail_days, 'day')} after a mailed one, and only while the notice is less than "
            f"{plural(waits.notice_refresh_years, 'year')} old."
        )
    third_parties = (
        "CPNI is disclosed to joint venture partners and independent contractors only with opt-in approval, "
        "under a confidentiality agreement on record."
    )
    if policy.no_third_party_sale:
        third_parties += (
            " The company does not sell CPNI: it never discloses CPNI to an unaffiliated third party for "
            "that party's own marketing."
        )
    if rules.breach_2024_rules_effective_on is None:
        breach_regime = "the breach rules of 47 C.F.R. § 64.2011 as adopted in 2007"
    else:
        breach_regime = (
            "the 2007 breach rules, and for breaches determined on or after "
            f"{long_date(rules.breach_2024_rules_effective_on)} the rules as amended in 2024"
        )
    training = (
        "Personnel are trained as to when they are and are not authorized to use CPNI, and each completed "
        "training is recorded with its expiry; the company has an express disciplinary process, whose "
        "actions are recorded."
    )
    if rules.training_gate_enabled:
        training += " An agent without a training valid at the time is refused any disclosure of CPNI."
    return [
        ProcedureStatement(
            topic="Approval status before use",
            text="Before CPNI is used, disclosed or accessed, the company's systems ask a compliance service "
            "that establishes the customer's approval status from the recorded notices and approvals; the "
            "service fails closed and records every answer in a tamper-evident audit trail.",
            rule_ids=["R-2009-a"],
        ),
        ProcedureStatement(
            topic="Opt-in and opt-out approval",
            text=approval,
            rule_ids=["R-2007-b-1", "R-2007-b-2", "R-2008-d-1", "R-2008-d-2"],
        ),
        ProcedureStatement(
            topic="Release of call detail",
            text="On a customer-initiated call, call detail is discussed only after the customer gives a "
            "password not prompted by biographical or account information; otherwise it is only sent to "
            "the address of record (associated with the account for at least 30 days) or given by calling "
            "the telephone number of record.",
            rule_ids=["R-2010-b-1", "R-2010-b-2", "R-2010-b-3"],
        ),
        ProcedureStatement(
            topic="Online and in-store access",
            text="Online access requires authentication without readily available biographical or account "
            "information, then a password; in a store, CPNI is disclosed only to a customer who presents a "
            "valid, unexpired government-issued photo ID matching the account.",
            rule_ids=["R-2010-c-1", "R-2010-c-2", "R-2010-d"],
        ),
        ProcedureStatement(
            topic="Protection against pretexting",
            text=f"{plural(burst.failures, 'failed verification')} within {_duration(burst.window_seconds)} "
            f"lock an account's verification for {_duration(burst.lock_seconds)}, and "
            f"{plural(slow.failures, 'failed verification')} within {_duration(slow.window_seconds)} lock it "
            f"for {_duration(slow.lock_seconds)}; a new password is required after failing both the password "
            "and the backup authentication. Passwords and backup answers that use biographical or account "
            "information are refused.",
            rule_ids=["R-2010-a-1", "R-2010-e-1", "R-2010-e-3"],
        ),
        ProcedureStatement(
            topic="Notice of account changes",
            text="Customers are notified immediately when a password, a backup means of authentication, an "
            "online account or an address of record is created or changed, through the telephone number "
            "or an address of record, never through the new information and without revealing it; "
            f"credentials set within {initiation} of service initiation are the only exception.",
            rule_ids=["R-2010-f-1", "R-2010-f-2", "R-2010-f-3", "R-2010-f-4"],
        ),
        ProcedureStatement(
            topic="Marketing campaigns and supervisory review",
            text="Every sales and marketing campaign that uses CPNI is recorded with a description, the CPNI "
            "used and the products offered, and cannot run until a supervisor other than the requester "
            "approves it; the records are kept for at least one year.",
            rule_ids=["R-2009-c", "R-2009-d"],
        ),
        ProcedureStatement(topic="Third parties", text=third_parties, rule_ids=["R-2007-b-2"]),
        ProcedureStatement(
            topic="Breaches of CPNI",
            text=f"Breaches are handled under {breach_regime}: law enforcement (the USSS and the FBI) is "
            "notified through the central reporting facility within 7 business days of reasonable "
            "determination; customers and the public are told only after that, once any waiting period has "
            "passed and no law-enforcement hold is active; every breach and notice is recorded and kept for "
            "at least two years.",
            rule_ids=["R-2011-a", "R-2011-b", "R-2011-b-1", "R-2011-b-3", "R-2011-d"],
        ),
        _line_security(rules.line_security),
        ProcedureStatement(topic="Training and discipline", text=training, rule_ids=["R-2009-b"]),
        ProcedureStatement(
            topic="Opt-out mechanism failures",
            text="Any failure of the opt-out mechanisms that is more than an anomaly is recorded with a "
            "deadline for the written notice to the Commission, 5 business days after detection.",
            rule_ids=["R-2009-f"],
        ),
    ]
