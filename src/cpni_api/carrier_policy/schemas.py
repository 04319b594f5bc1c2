from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class LockoutWindow(BaseModel):
    failures: int = Field(description="Failed verifications, with no success between, that lock.")
    window_seconds: float = Field(description="How long a failure counts towards this limit.")
    lock_seconds: float = Field(description="How long the lock lasts; every method answers `locked`.")


class OptOutWaits(BaseModel):
    electronic_days: int = Field(
        description="Calendar days after an email notice before approval may be assumed."
    )
    mail_days: int = Field(description="Calendar days after mailing (3 + 30, E9) before approval is assumed.")
    extra_days: int = Field(description="The carrier's safety margin, included in both figures.")
    notice_refresh_years: int = Field(description="An opt-out notice supports approval this long (E8).")
    applies: bool = Field(description="False under `opt_in_only`: no approval is ever assumed from a notice.")


class OneTimeCodeSettings(BaseModel):
    ttl_seconds: float
    max_attempts: int
    sends_per_hour: int


class LineSecuritySettings(BaseModel):
    """SIM changes and port-outs (R-2010-h, R-5237; ADR 0026)."""

    sim_change_authentication_methods: list[str] = Field(
        description="The methods that count at the SIM-change bar (R-2010-h-2)."
    )
    recent_sim_change_hours: float = Field(
        description="How long after a SIM change a number is no callback and gets no one-time code (E25)."
    )
    transfer_pin_lockout: LockoutWindow = Field(
        description="Wrong transfer PINs that lock port-outs (R-5237-5)."
    )
    sim_change_failure_alert_threshold: int = Field(
        description="Failed SIM-change authentications in a day that alert the customer (R-2010-h-5)."
    )
    retention_years: int = Field(description="How long the records are kept (R-2010-h-10).")


class RuleSettings(BaseModel):
    """The effective values of the settings the rules read, as this deployment runs them."""

    verification_lockout: LockoutWindow = Field(description="Bursts of failures (R-2010-a-1).")
    slow_guessing_lockout: LockoutWindow = Field(
        description="Failures spaced further apart than the first window (R-2010-a-1)."
    )
    service_initiation_minutes: int = Field(
        description="How long a new-service account may get credentials without an interaction or a notice "
        "(R-2010-f-2); existing customers have no such window."
    )
    opt_out_waits: OptOutWaits = Field(description="R-2008-d-1, R-2008-d-2.")
    one_time_codes: OneTimeCodeSettings
    interaction_ttl_seconds: float
    training_gate_enabled: bool = Field(
        description="Disclosure checks deny agents without a training valid now (R-2009-b)."
    )
    breach_2024_rules_effective_on: date | None = Field(
        description="From this date breaches follow the 2024 rules (R-2011-NEW-1); null: the 2007 rules."
    )
    line_security: LineSecuritySettings


class CarrierPolicyOut(BaseModel):
    """The stricter promises the carrier has made and the service enforces, and the rule settings in force:
    what the officer's statement of operating procedures is written from (R-2009-e)."""

    opt_in_only: bool = Field(
        description="Every approval is opt-in: an opt-out notice never makes approval assumable "
        "(`CPNI_CARRIER_POLICY_OPT_IN_ONLY`)."
    )
    no_third_party_sale: bool = Field(
        description="CPNI is never disclosed to an unaffiliated third party for its own marketing "
        "(`CPNI_CARRIER_POLICY_NO_THIRD_PARTY_SALE`)."
    )
    statements: list[str] = Field(
        description="The promises in force, as sentences for the certification's statement of procedures."
    )
    rule_settings: RuleSettings
