"""The carrier's policy as one read model: its own promises (consent) and the effective values of the rule
settings of every domain, from the settings this deployment runs with (design.md §5, ADR 0020)."""

from __future__ import annotations

from cpni_api.carrier_policy.schemas import (
    CarrierPolicyOut,
    LineSecuritySettings,
    LockoutWindow,
    OneTimeCodeSettings,
    OptOutWaits,
    RuleSettings,
)
from cpni_api.consent import policy as consent_policy
from cpni_api.consent.service import carrier_policy
from cpni_api.core.settings import Settings

_STATEMENTS = {
    "opt_in_only": "The carrier obtains opt-in approval for any instance in which it must obtain customer "
    "approval to use, disclose or permit access to CPNI; it never assumes approval from an opt-out notice.",
    "no_third_party_sale": "The carrier does not market or sell CPNI to any third party: it never discloses "
    "CPNI to an unaffiliated third party for that party's own marketing.",
}


def carrier_policy_view(settings: Settings) -> CarrierPolicyOut:
    promises = carrier_policy(settings)
    extra = settings.opt_out_extra_wait_days
    statements = [
        text
        for name, text in _STATEMENTS.items()
        if getattr(promises, name)  # each promise's flag has the statement's name
    ]
    return CarrierPolicyOut(
        opt_in_only=promises.opt_in_only,
        no_third_party_sale=promises.no_third_party_sale,
        statements=statements,
        rule_settings=RuleSettings(
            verification_lockout=LockoutWindow(
                failures=settings.verification_lockout_threshold,
                window_seconds=settings.verification_failure_window_seconds,
                lock_seconds=settings.verification_lockout_seconds,
            ),
            slow_guessing_lockout=LockoutWindow(
                failures=settings.verification_slow_lockout_threshold,
                window_seconds=settings.verification_slow_failure_window_seconds,
                lock_seconds=settings.verification_slow_lockout_seconds,
            ),
            service_initiation_minutes=settings.service_initiation_minutes,
            opt_out_waits=OptOutWaits(
                electronic_days=consent_policy.OPT_OUT_WAIT_DAYS + extra,
                mail_days=consent_policy.MAIL_DELIVERY_DAYS + consent_policy.OPT_OUT_WAIT_DAYS + extra,
                extra_days=extra,
                notice_refresh_years=consent_policy.OPT_OUT_NOTICE_REFRESH_YEARS,
                applies=not promises.opt_in_only,
            ),
            one_time_codes=OneTimeCodeSettings(
                ttl_seconds=settings.one_time_code_ttl_seconds,
                max_attempts=settings.one_time_code_max_attempts,
                sends_per_hour=settings.one_time_code_sends_per_hour,
            ),
            interaction_ttl_seconds=settings.interaction_ttl_seconds,
            training_gate_enabled=settings.training_gate_enabled,
            breach_2024_rules_effective_on=settings.breach_2024_rules_effective_on,
            line_security=LineSecuritySettings(
                sim_change_authentication_methods=list(settings.sim_change_authentication_methods),
                recent_sim_change_hours=settings.recent_sim_change_hours,
                transfer_pin_lockout=LockoutWindow(
                    failures=settings.transfer_pin_lockout_threshold,
                    window_seconds=settings.transfer_pin_failure_window_seconds,
                    lock_seconds=settings.transfer_pin_lockout_seconds,
                ),
                sim_change_failure_alert_threshold=settings.sim_change_failure_alert_threshold,
                retention_years=settings.line_security_retention_years,
            ),
        ),
    )
