"""The disclosure decision: may this CPNI be released, in this interaction, by this route? (design.md §4)

A pure function, `decide(facts) -> decision`, over frozen dataclasses. No I/O: the HTTP layer loads the
interaction, the account and the agent, builds `DisclosureFacts`, and stores and audits the decision.
Rule ids are those of docs/cpni-rules.md (R-…; edge cases E…).

Reason precedence (the first step that applies decides; each step fails closed):

1. Interaction state. A closed interaction is `INTERACTION_CLOSED`, an expired one `INTERACTION_EXPIRED`:
   authentication lasts only for the interaction it was given in (R-2010-a-2, R-2010-a-3; E11). Every
   release is denied, with no alternatives: there is no caller left to offer them to.
1a. An interaction opened for a SIM change or a port-out (R-2010-h-8): until the caller is authenticated by
   a method the carrier accepts at the SIM-change bar (and verification is not locked), the agent gets no
   CPNI at all, by no route: `LINE_SECURITY_AUTHENTICATION_REQUIRED`, no alternatives. After that, the rules
   below apply as to any interaction.
2. Training gate (R-2009-b). When the gate is on, an agent who is not known to be trained (False or
   None) may not release anything: `AGENT_NOT_TRAINED`, no alternatives. Online self-service (no agent
   assigned) involves no personnel, so the gate does not apply to it; an online interaction handled by an
   agent (chat) and every call or store visit does, and an unknown or missing agent counts as untrained.
   When the gate is on and passed, `R-2009-b` is added to the decision's `rule_ids`.
3. The two release routes of R-2010-b-2, in any channel and for any information, without authentication:
   the route itself is the safeguard, because the data goes only to the customer's own address or number.
   `send_to_address_of_record` is allowed when the account has an address of record (postal or email,
   associated for at least 30 days; a new account or a younger address has none, E3), else
   `NO_ADDRESS_OF_RECORD`. `callback_to_number_of_record` is allowed when a telephone number of record
   exists (never a number the caller supplies, E7) whose SIM did not change recently, else
   `NO_NUMBER_OF_RECORD`, or `NUMBER_OF_RECORD_RECENTLY_SWAPPED` when every number of record moved to a new
   SIM within `CPNI_RECENT_SIM_CHANGE_HOURS`: whoever holds it now may not be the customer (E7, E25).
4. `discuss_in_interaction`, by channel, first the allows and then the most specific deny:
   - outbound call to a telephone number of record: the carrier called the customer at the number of
     record, which is itself the R-2010-b-2 callback, so call detail (and, a fortiori, other CPNI) may be
     discussed: `OUTBOUND_CALL_TO_NUMBER_OF_RECORD`; not when that number's SIM changed recently (E25), which
     is then the reason when nothing else unlocks the request.
   - an authentication method this channel accepts (see `accepted_verifications`):
     inbound call, call detail: a password only (R-2010-b-1);
     inbound or outbound call, other CPNI: password, backup or one-time code, any method that rests on
     no biographical or account information (R-2010-a-2, R-2010-a-3, E4);
     outbound call to another number, call detail: nothing, not even a password; the only phone route is
     calling the number of record (R-2010-b-2), so the answer is `OUTBOUND_CALL_NOT_TO_NUMBER_OF_RECORD`;
     online, any CPNI: a password only (R-2010-c-2; a one-time code authenticates enrolment, R-2010-c-1,
     not access, E6);
     in store, any CPNI: a valid photo ID matching the account only (R-2010-d; an expired or unmatched ID
     never verifies, so the interaction simply is not authenticated by `photo_id`);
     and, on a business account with BOTH a dedicated representative and a contract that addresses CPNI
     protection, the contract method (`business_contract`) wherever another method would be accepted
     (R-2010-g, E12). With one condition alone the contract method counts for nothing.
   - inbound call, call detail, recited by the caller without the carrier's help: discussing THAT detail
     only is allowed (R-2010-b-3, E5): `CUSTOMER_PROVIDED_CALL_DETAIL`. Never another call, never
     confirming or denying other records. This comes after authentication, so a password still yields the
     broader `PASSWORD_VERIFIED`.
   - otherwise deny, with the most specific reason:
     `OUTBOUND_CALL_NOT_TO_NUMBER_OF_RECORD` when no verification could help;
     `VERIFICATION_LOCKED` while the account's verification is locked: no method counts, not even one
     verified earlier in the interaction (R-2010-a-1, ADR 0010);
     `BUSINESS_EXEMPTION_NOT_QUALIFIED` when the contract method was used without both conditions;
     `PASSWORD_RESET_REQUIRED` when the channel accepts a password but a new one must be established
     first (R-2010-e-3: password and backup no longer count; `required_verification` then names another
     accepted method when there is one, e.g. a one-time code for CPNI other than call detail);
     then the channel's own: `PASSWORD_REQUIRED_FOR_CALL_DETAIL` (call detail on an inbound call),
     `NOT_AUTHENTICATED` (other CPNI by phone), `ONLINE_PASSWORD_REQUIRED`, `PHOTO_ID_REQUIRED`.
   A lock or a required reset suspends authentication only. The release routes (step 3), the outbound
   call to a number of record and the customer-provided call detail rest on no authentication, so they
   are unaffected.
5. Anything else (a value outside the enums) is `UNSUPPORTED_COMBINATION`, a deny. Typed facts never
   reach it; it is the fail-closed floor.

A deny lists in `permitted_alternatives` the release routes of step 3 that the same facts would allow
(send only when an address of record exists, callback only when a number of record exists), never the
requested release and never `discuss_in_interaction` (what would unlock discussing is said by
`required_verification`). An allow lists none. `required_verification` is the method to ask for next
(skipping password and backup while a reset is required, when another method exists), or None when no
verification in this channel would unlock the request (closed, untrained, no address or number of
record, outbound call to another number).

Caller ID is never evidence: an inbound call from the number of record is still an inbound call
(`at_number_of_record` matters only for outbound calls, and only with a number of record on the account).
Former customers (E13) get exactly the same controls; there is deliberately no special case for them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

__all__ = [
    "ALLOW_REASONS",
    "AuthenticationMethod",
    "Channel",
    "CpniInformation",
    "DisclosureDecision",
    "DisclosureFacts",
    "DisclosureVerdict",
    "InteractionPurpose",
    "InteractionStatus",
    "ReasonCode",
    "ReleaseMethod",
    "decide",
]


class Channel(StrEnum):
    INBOUND_CALL = "inbound_call"
    OUTBOUND_CALL = "outbound_call"
    ONLINE = "online"
    IN_STORE = "in_store"


class CpniInformation(StrEnum):
    CALL_DETAIL = "call_detail"
    NON_CALL_DETAIL = "non_call_detail"


class ReleaseMethod(StrEnum):
    DISCUSS_IN_INTERACTION = "discuss_in_interaction"
    SEND_TO_ADDRESS_OF_RECORD = "send_to_address_of_record"
    CALLBACK_TO_NUMBER_OF_RECORD = "callback_to_number_of_record"


class DisclosureVerdict(StrEnum):
    ALLOW = "allow"
    DENY = "deny"


class InteractionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    EXPIRED = "expired"


class AuthenticationMethod(StrEnum):
    """How the interaction was authenticated; none of them rests on biographical or account information."""

    PASSWORD = "password"  # noqa: S105 - a method name, not a password; R-2010-b-1, R-2010-c-2
    BACKUP = "backup"  # secret answer or TOTP, R-2010-e-2
    ONE_TIME_CODE = "one_time_code"  # sent to a number or address of record
    PHOTO_ID = "photo_id"  # valid, unexpired, matching the account; in store, R-2010-d
    BUSINESS_CONTRACT = "business_contract"  # the contract's own method, R-2010-g


class InteractionPurpose(StrEnum):
    """Why the interaction was opened (R-2010-h-8)."""

    GENERAL = "general"
    SIM_CHANGE = "sim_change"
    PORT_OUT = "port_out"


class ReasonCode(StrEnum):
    """Stable codes: integrators branch on them. Add codes freely; never rename one."""

    # allow
    PASSWORD_VERIFIED = "PASSWORD_VERIFIED"  # noqa: S105 - a reason code, not a password
    BACKUP_VERIFIED = "BACKUP_VERIFIED"
    ONE_TIME_CODE_VERIFIED = "ONE_TIME_CODE_VERIFIED"
    PHOTO_ID_VERIFIED = "PHOTO_ID_VERIFIED"
    BUSINESS_CONTRACT_AUTHENTICATION = "BUSINESS_CONTRACT_AUTHENTICATION"
    CUSTOMER_PROVIDED_CALL_DETAIL = "CUSTOMER_PROVIDED_CALL_DETAIL"
    OUTBOUND_CALL_TO_NUMBER_OF_RECORD = "OUTBOUND_CALL_TO_NUMBER_OF_RECORD"
    RELEASE_TO_ADDRESS_OF_RECORD = "RELEASE_TO_ADDRESS_OF_RECORD"
    CALLBACK_TO_NUMBER_OF_RECORD = "CALLBACK_TO_NUMBER_OF_RECORD"
    # deny
    INTERACTION_CLOSED = "INTERACTION_CLOSED"
    INTERACTION_EXPIRED = "INTERACTION_EXPIRED"
    AGENT_NOT_TRAINED = "AGENT_NOT_TRAINED"
    NO_ADDRESS_OF_RECORD = "NO_ADDRESS_OF_RECORD"
    NO_NUMBER_OF_RECORD = "NO_NUMBER_OF_RECORD"
    OUTBOUND_CALL_NOT_TO_NUMBER_OF_RECORD = "OUTBOUND_CALL_NOT_TO_NUMBER_OF_RECORD"
    VERIFICATION_LOCKED = "VERIFICATION_LOCKED"
    BUSINESS_EXEMPTION_NOT_QUALIFIED = "BUSINESS_EXEMPTION_NOT_QUALIFIED"
    PASSWORD_RESET_REQUIRED = "PASSWORD_RESET_REQUIRED"  # noqa: S105 - a reason code, not a password
    PASSWORD_REQUIRED_FOR_CALL_DETAIL = "PASSWORD_REQUIRED_FOR_CALL_DETAIL"  # noqa: S105 - a reason code, not a password
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    ONLINE_PASSWORD_REQUIRED = "ONLINE_PASSWORD_REQUIRED"  # noqa: S105 - a reason code, not a password
    PHOTO_ID_REQUIRED = "PHOTO_ID_REQUIRED"
    LINE_SECURITY_AUTHENTICATION_REQUIRED = "LINE_SECURITY_AUTHENTICATION_REQUIRED"
    NUMBER_OF_RECORD_RECENTLY_SWAPPED = "NUMBER_OF_RECORD_RECENTLY_SWAPPED"
    UNSUPPORTED_COMBINATION = "UNSUPPORTED_COMBINATION"


ALLOW_REASONS = frozenset(
    {
        ReasonCode.PASSWORD_VERIFIED,
        ReasonCode.BACKUP_VERIFIED,
        ReasonCode.ONE_TIME_CODE_VERIFIED,
        ReasonCode.PHOTO_ID_VERIFIED,
        ReasonCode.BUSINESS_CONTRACT_AUTHENTICATION,
        ReasonCode.CUSTOMER_PROVIDED_CALL_DETAIL,
        ReasonCode.OUTBOUND_CALL_TO_NUMBER_OF_RECORD,
        ReasonCode.RELEASE_TO_ADDRESS_OF_RECORD,
        ReasonCode.CALLBACK_TO_NUMBER_OF_RECORD,
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DisclosureFacts:
    """Everything the decision depends on. Every field is required: the caller states each fact."""

    channel: Channel
    information: CpniInformation
    release: ReleaseMethod
    interaction_status: InteractionStatus
    # The method that authenticated this interaction, or None when it is not authenticated.
    authentication_method: AuthenticationMethod | None
    # Outbound calls only: the dialed number is a telephone number of record of the account.
    at_number_of_record: bool
    # An address (postal or email) associated with the account for at least 30 days (E3).
    has_address_of_record: bool
    has_number_of_record: bool
    # R-2010-g, E12: a business account's dedicated representative, and a contract addressing CPNI.
    dedicated_representative: bool
    cpni_contract: bool
    # An agent is attached to the interaction (False for online self-service).
    agent_assigned: bool
    # The agent's training is current (R-2009-b); None when unknown or no agent.
    agent_trained: bool | None
    training_gate_enabled: bool
    # The caller recited the call detail unprompted (R-2010-b-3).
    customer_provided_call_detail: bool
    # The account's verification is locked (R-2010-a-1) / a new password must be set (R-2010-e-3).
    verification_locked: bool
    reset_required: bool
    # R-2010-h-8: why the interaction was opened, and whether its authentication counts at the SIM-change bar
    # (a method in CPNI_SIM_CHANGE_AUTHENTICATION_METHODS).
    interaction_purpose: InteractionPurpose
    authenticated_for_line_security: bool
    # E7, E25: every number of record moved to a new SIM recently / the number an outbound call dialed did.
    number_of_record_recently_swapped: bool
    dialed_number_recently_swapped: bool

    @property
    def business_exemption(self) -> bool:
        """R-2010-g, E12: only both conditions together qualify."""
        return self.dedicated_representative and self.cpni_contract


@dataclass(frozen=True, slots=True, kw_only=True)
class DisclosureDecision:
    decision: DisclosureVerdict
    reason_code: ReasonCode
    detail: str
    # Release routes the same facts allow instead (deny only; never the requested release).
    permitted_alternatives: tuple[ReleaseMethod, ...]
    # The method to ask for next to unlock the request in this channel, or None when none would.
    required_verification: AuthenticationMethod | None
    # Every method that would unlock the request in this channel (empty on allow).
    accepted_verifications: tuple[AuthenticationMethod, ...]
    rule_ids: tuple[str, ...]

    @property
    def allowed(self) -> bool:
        return self.decision == DisclosureVerdict.ALLOW


_DETAIL: dict[ReasonCode, str] = {
    ReasonCode.PASSWORD_VERIFIED: "The caller was authenticated by password in this interaction.",
    ReasonCode.BACKUP_VERIFIED: (
        "The caller was authenticated by the backup method; it suffices for CPNI other than call detail."
    ),
    ReasonCode.ONE_TIME_CODE_VERIFIED: (
        "The caller was authenticated by a one-time code sent to a number or address of record; it suffices "
        "for CPNI other than call detail."
    ),
    ReasonCode.PHOTO_ID_VERIFIED: "A valid photo ID matching the account was presented in store.",
    ReasonCode.BUSINESS_CONTRACT_AUTHENTICATION: (
        "The business account has a dedicated representative and a CPNI contract, and the caller was "
        "authenticated by the contract's method."
    ),
    ReasonCode.CUSTOMER_PROVIDED_CALL_DETAIL: (
        "The caller recited this call detail without help: discuss only the call(s) the caller described; "
        "do not reveal, confirm or deny any other call."
    ),
    ReasonCode.OUTBOUND_CALL_TO_NUMBER_OF_RECORD: (
        "The carrier called the customer at a telephone number of record, which is itself the permitted "
        "callback."
    ),
    ReasonCode.RELEASE_TO_ADDRESS_OF_RECORD: (
        "The information may be sent to the address of record (associated for at least 30 days), and only "
        "there."
    ),
    ReasonCode.CALLBACK_TO_NUMBER_OF_RECORD: (
        "The information may be given by calling the customer back at a telephone number of record, never "
        "at a number the caller supplies."
    ),
    ReasonCode.INTERACTION_CLOSED: "The interaction is closed; open a new one and authenticate again.",
    ReasonCode.INTERACTION_EXPIRED: "The interaction has expired; open a new one and authenticate again.",
    ReasonCode.AGENT_NOT_TRAINED: (
        "The training gate is on and the agent has no current CPNI training on record."
    ),
    ReasonCode.NO_ADDRESS_OF_RECORD: (
        "The account has no address of record: no address has been associated with it for 30 days."
    ),
    ReasonCode.NO_NUMBER_OF_RECORD: "The account has no telephone number of record to call back.",
    ReasonCode.OUTBOUND_CALL_NOT_TO_NUMBER_OF_RECORD: (
        "This outbound call did not go to a telephone number of record, so call detail may not be "
        "discussed on it, whatever the person answering provides; call back at a number of record or send "
        "it to the address of record."
    ),
    ReasonCode.VERIFICATION_LOCKED: (
        "Verification for this account is locked after repeated failures; no authentication counts until "
        "the lock ends."
    ),
    ReasonCode.BUSINESS_EXEMPTION_NOT_QUALIFIED: (
        "The contract authentication method counts only on a business account with both a dedicated "
        "representative and a contract addressing CPNI protection."
    ),
    ReasonCode.PASSWORD_RESET_REQUIRED: (
        "The password and the backup method both failed; neither counts until the customer establishes a "
        "new password."
    ),
    ReasonCode.PASSWORD_REQUIRED_FOR_CALL_DETAIL: (
        "Call detail may be discussed on a customer-initiated call only after the caller gives the password."
    ),
    ReasonCode.NOT_AUTHENTICATED: (
        "The caller has not been authenticated by a method that rests on no biographical or account "
        "information."
    ),
    ReasonCode.ONLINE_PASSWORD_REQUIRED: "Online access to CPNI requires the account password.",
    ReasonCode.PHOTO_ID_REQUIRED: (
        "In store, CPNI may be disclosed only after a valid, unexpired photo ID matching the account."
    ),
    ReasonCode.LINE_SECURITY_AUTHENTICATION_REQUIRED: (
        "This interaction is for a SIM change or a port-out: no CPNI may be disclosed in it until the caller "
        "is authenticated by a method accepted for SIM changes."
    ),
    ReasonCode.NUMBER_OF_RECORD_RECENTLY_SWAPPED: (
        "The number of record moved to a new SIM recently: whoever answers it may not be the customer, so a "
        "call to it proves nothing. Send to the address of record or authenticate otherwise."
    ),
    ReasonCode.UNSUPPORTED_COMBINATION: "This request is not one the policy allows.",
}

_PASSWORD = AuthenticationMethod.PASSWORD
_BACKUP = AuthenticationMethod.BACKUP
_ONE_TIME_CODE = AuthenticationMethod.ONE_TIME_CODE
_PHOTO_ID = AuthenticationMethod.PHOTO_ID
_BUSINESS_CONTRACT = AuthenticationMethod.BUSINESS_CONTRACT
_KNOWLEDGE_METHODS = (_PASSWORD, _BACKUP)  # what R-2010-e-3 suspends until a new password is set

_ROUTES = (ReleaseMethod.SEND_TO_ADDRESS_OF_RECORD, ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD)

# Methods that unlock discussing, per (channel, information), before the business exemption is added.
_ACCEPTED: dict[tuple[Channel, CpniInformation], tuple[AuthenticationMethod, ...]] = {
    (Channel.INBOUND_CALL, CpniInformation.CALL_DETAIL): (_PASSWORD,),  # R-2010-b-1
    (Channel.INBOUND_CALL, CpniInformation.NON_CALL_DETAIL): (
        _PASSWORD,
        _BACKUP,
        _ONE_TIME_CODE,
    ),  # R-2010-a-2
    (Channel.OUTBOUND_CALL, CpniInformation.CALL_DETAIL): (),  # only the number of record, R-2010-b-2
    (Channel.OUTBOUND_CALL, CpniInformation.NON_CALL_DETAIL): (_PASSWORD, _BACKUP, _ONE_TIME_CODE),
    (Channel.ONLINE, CpniInformation.CALL_DETAIL): (_PASSWORD,),  # R-2010-c-2
    (Channel.ONLINE, CpniInformation.NON_CALL_DETAIL): (_PASSWORD,),
    (Channel.IN_STORE, CpniInformation.CALL_DETAIL): (_PHOTO_ID,),  # R-2010-d
    (Channel.IN_STORE, CpniInformation.NON_CALL_DETAIL): (_PHOTO_ID,),
}

# The rules a discussing decision rests on, per (channel, information).
_DISCUSS_RULES: dict[tuple[Channel, CpniInformation], tuple[str, ...]] = {
    (Channel.INBOUND_CALL, CpniInformation.CALL_DETAIL): ("R-2010-a-2", "R-2010-b-1"),
    (Channel.INBOUND_CALL, CpniInformation.NON_CALL_DETAIL): ("R-2010-a-2", "R-2010-a-3"),
    (Channel.OUTBOUND_CALL, CpniInformation.CALL_DETAIL): ("R-2010-b-1", "R-2010-b-2"),
    (Channel.OUTBOUND_CALL, CpniInformation.NON_CALL_DETAIL): ("R-2010-a-1", "R-2010-a-2"),
    (Channel.ONLINE, CpniInformation.CALL_DETAIL): ("R-2010-a-2", "R-2010-c-2"),
    (Channel.ONLINE, CpniInformation.NON_CALL_DETAIL): ("R-2010-a-2", "R-2010-c-2"),
    (Channel.IN_STORE, CpniInformation.CALL_DETAIL): ("R-2010-a-2", "R-2010-d"),
    (Channel.IN_STORE, CpniInformation.NON_CALL_DETAIL): ("R-2010-a-2", "R-2010-d"),
}

# Rules a reason adds to the channel's own.
_REASON_RULES: dict[ReasonCode, tuple[str, ...]] = {
    ReasonCode.BACKUP_VERIFIED: ("R-2010-e-2",),
    ReasonCode.BUSINESS_CONTRACT_AUTHENTICATION: ("R-2010-g",),
    ReasonCode.BUSINESS_EXEMPTION_NOT_QUALIFIED: ("R-2010-g",),
    ReasonCode.VERIFICATION_LOCKED: ("R-2010-a-1",),
    ReasonCode.PASSWORD_RESET_REQUIRED: ("R-2010-e-3",),
    ReasonCode.PASSWORD_REQUIRED_FOR_CALL_DETAIL: ("R-2010-b-2",),
    ReasonCode.NUMBER_OF_RECORD_RECENTLY_SWAPPED: ("R-2010-b-2",),  # E7, E25
}

_ALLOW_BY_METHOD: dict[AuthenticationMethod, ReasonCode] = {
    _PASSWORD: ReasonCode.PASSWORD_VERIFIED,
    _BACKUP: ReasonCode.BACKUP_VERIFIED,
    _ONE_TIME_CODE: ReasonCode.ONE_TIME_CODE_VERIFIED,
    _PHOTO_ID: ReasonCode.PHOTO_ID_VERIFIED,
    _BUSINESS_CONTRACT: ReasonCode.BUSINESS_CONTRACT_AUTHENTICATION,
}

_INTERACTION_RULES = ("R-2010-a-2", "R-2010-a-3")
_LINE_SECURITY_RULES = ("R-2010-h-8", "R-2010-a-3")
_LINE_SECURITY_PURPOSES = frozenset({InteractionPurpose.SIM_CHANGE, InteractionPurpose.PORT_OUT})
_ROUTE_RULES = ("R-2010-b-2",)
_TRAINING_RULES = ("R-2009-b",)


def decide(facts: DisclosureFacts) -> DisclosureDecision:
    """The decision for one request; see the module docstring for the order in which reasons apply."""
    # 1. Authentication lives and dies with its interaction (R-2010-a-2, R-2010-a-3, E11).
    if facts.interaction_status != InteractionStatus.OPEN:
        expired = facts.interaction_status == InteractionStatus.EXPIRED
        reason = ReasonCode.INTERACTION_EXPIRED if expired else ReasonCode.INTERACTION_CLOSED
        return _deny(reason, rule_ids=_INTERACTION_RULES)
    # 1a. R-2010-h-8: a SIM-change or port-out call shows the agent nothing until the caller passes the bar.
    if facts.interaction_purpose in _LINE_SECURITY_PURPOSES and not (
        facts.authenticated_for_line_security and not facts.verification_locked
    ):
        return _deny(ReasonCode.LINE_SECURITY_AUTHENTICATION_REQUIRED, rule_ids=_LINE_SECURITY_RULES)
    # 2. R-2009-b: personnel not known to be trained may not release CPNI while the gate is on.
    if _training_gate_applies(facts):
        if facts.agent_trained is not True:
            return _deny(ReasonCode.AGENT_NOT_TRAINED, rule_ids=_TRAINING_RULES)
        decision = _decide_open(facts)
        return replace(decision, rule_ids=(*decision.rule_ids, *_TRAINING_RULES))
    return _decide_open(facts)


def _decide_open(facts: DisclosureFacts) -> DisclosureDecision:
    alternatives = tuple(
        route for route in _ROUTES if route != facts.release and _route_available(facts, route)
    )
    # 3. R-2010-b-2: the two routes that need no authentication, because they reach only the customer.
    if facts.release == ReleaseMethod.SEND_TO_ADDRESS_OF_RECORD:
        if facts.has_address_of_record:
            return _allow(ReasonCode.RELEASE_TO_ADDRESS_OF_RECORD, _ROUTE_RULES)
        return _deny(ReasonCode.NO_ADDRESS_OF_RECORD, alternatives=alternatives, rule_ids=_ROUTE_RULES)
    if facts.release == ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD:
        if _route_available(facts, ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD):
            return _allow(ReasonCode.CALLBACK_TO_NUMBER_OF_RECORD, _ROUTE_RULES)
        if facts.has_number_of_record:  # E7, E25: every one of them moved to a new SIM recently
            return _deny(
                ReasonCode.NUMBER_OF_RECORD_RECENTLY_SWAPPED,
                alternatives=alternatives,
                rule_ids=_ROUTE_RULES,  # E7, E25: the callback must reach the customer
            )
        return _deny(ReasonCode.NO_NUMBER_OF_RECORD, alternatives=alternatives, rule_ids=_ROUTE_RULES)
    if facts.release == ReleaseMethod.DISCUSS_IN_INTERACTION:
        return _discuss(facts, alternatives)
    # 5. Fail closed.
    return _deny(ReasonCode.UNSUPPORTED_COMBINATION, alternatives=alternatives, rule_ids=("R-2010-a-2",))


def _discuss(facts: DisclosureFacts, alternatives: tuple[ReleaseMethod, ...]) -> DisclosureDecision:
    key = (facts.channel, facts.information)
    base_accepted = _ACCEPTED.get(key)
    base_rules = _DISCUSS_RULES.get(key)
    if base_accepted is None or base_rules is None:
        return _deny(ReasonCode.UNSUPPORTED_COMBINATION, alternatives=alternatives, rule_ids=("R-2010-a-2",))
    # R-2010-b-2: the carrier itself called a telephone number of record; that is the callback.
    if (
        facts.channel == Channel.OUTBOUND_CALL
        and facts.at_number_of_record
        and facts.has_number_of_record
        and not facts.dialed_number_recently_swapped  # E25: that SIM may be someone else's now
    ):
        return _allow(ReasonCode.OUTBOUND_CALL_TO_NUMBER_OF_RECORD, ("R-2010-b-2",))
    # R-2010-g, E12: the contract method stands in for the channel's method only with both conditions.
    accepted = base_accepted
    if accepted and facts.business_exemption:
        accepted = (*accepted, _BUSINESS_CONTRACT)
    method = _effective_method(facts)
    if method is not None and method in accepted:
        reason = _ALLOW_BY_METHOD[method]
        return _allow(reason, _rules(base_rules, reason))
    # R-2010-b-3, E5: the caller recited the call detail unprompted; discuss that detail and nothing more.
    if (
        facts.channel == Channel.INBOUND_CALL
        and facts.information == CpniInformation.CALL_DETAIL
        and facts.customer_provided_call_detail
    ):
        return _allow(ReasonCode.CUSTOMER_PROVIDED_CALL_DETAIL, ("R-2010-b-3",))
    required = _next_verification(accepted, facts.reset_required)
    reason = _deny_reason(facts, accepted)
    return _deny(
        reason,
        alternatives=alternatives,
        required=required,
        accepted=accepted,
        rule_ids=_rules(base_rules, reason),
    )


def _deny_reason(facts: DisclosureFacts, accepted: tuple[AuthenticationMethod, ...]) -> ReasonCode:
    if not accepted:
        # No verification unlocks this here; only an outbound call for call detail has none (R-2010-b-2).
        if (
            facts.channel == Channel.OUTBOUND_CALL
            and facts.at_number_of_record
            and facts.dialed_number_recently_swapped
        ):
            return ReasonCode.NUMBER_OF_RECORD_RECENTLY_SWAPPED  # E25
        if facts.channel == Channel.OUTBOUND_CALL:
            return ReasonCode.OUTBOUND_CALL_NOT_TO_NUMBER_OF_RECORD
        return ReasonCode.UNSUPPORTED_COMBINATION
    if facts.verification_locked:  # R-2010-a-1
        return ReasonCode.VERIFICATION_LOCKED
    presented = facts.authentication_method
    if presented == _BUSINESS_CONTRACT and not facts.business_exemption:  # R-2010-g, E12
        return ReasonCode.BUSINESS_EXEMPTION_NOT_QUALIFIED
    if facts.reset_required and _PASSWORD in accepted:  # R-2010-e-3: the password path is suspended
        return ReasonCode.PASSWORD_RESET_REQUIRED
    if facts.channel == Channel.ONLINE:
        return ReasonCode.ONLINE_PASSWORD_REQUIRED  # R-2010-c-2
    if facts.channel == Channel.IN_STORE:
        return ReasonCode.PHOTO_ID_REQUIRED  # R-2010-d
    if facts.information == CpniInformation.CALL_DETAIL:
        return ReasonCode.PASSWORD_REQUIRED_FOR_CALL_DETAIL  # R-2010-b-1
    return ReasonCode.NOT_AUTHENTICATED  # R-2010-a-2, E4


def _effective_method(facts: DisclosureFacts) -> AuthenticationMethod | None:
    """The interaction's authentication, as far as it still counts."""
    method = facts.authentication_method
    if method is None or facts.verification_locked:  # R-2010-a-1: a lock suspends every method
        return None
    if facts.reset_required and method in _KNOWLEDGE_METHODS:  # R-2010-e-3
        return None
    if method == _BUSINESS_CONTRACT and not facts.business_exemption:  # R-2010-g, E12
        return None
    return method


def _next_verification(
    accepted: tuple[AuthenticationMethod, ...], reset_required: bool
) -> AuthenticationMethod | None:
    if not accepted:
        return None
    if reset_required:
        for method in accepted:
            if method not in _KNOWLEDGE_METHODS:
                return method
    return accepted[0]


def _training_gate_applies(facts: DisclosureFacts) -> bool:
    if not facts.training_gate_enabled:
        return False
    # Online self-service involves no personnel; every other interaction does, even with no agent on record.
    return facts.channel != Channel.ONLINE or facts.agent_assigned


def _route_available(facts: DisclosureFacts, route: ReleaseMethod) -> bool:
    if route == ReleaseMethod.SEND_TO_ADDRESS_OF_RECORD:
        return facts.has_address_of_record
    if route == ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD:
        return facts.has_number_of_record and not facts.number_of_record_recently_swapped
    return False


def _rules(base: tuple[str, ...], reason: ReasonCode) -> tuple[str, ...]:
    extra = _REASON_RULES.get(reason, ())
    return base + tuple(rule for rule in extra if rule not in base)


def _allow(reason: ReasonCode, rule_ids: tuple[str, ...]) -> DisclosureDecision:
    return DisclosureDecision(
        decision=DisclosureVerdict.ALLOW,
        reason_code=reason,
        detail=_DETAIL[reason],
        permitted_alternatives=(),
        required_verification=None,
        accepted_verifications=(),
        rule_ids=rule_ids,
    )


def _deny(
    reason: ReasonCode,
    *,
    rule_ids: tuple[str, ...],
    alternatives: tuple[ReleaseMethod, ...] = (),
    required: AuthenticationMethod | None = None,
    accepted: tuple[AuthenticationMethod, ...] = (),
) -> DisclosureDecision:
    return DisclosureDecision(
        decision=DisclosureVerdict.DENY,
        reason_code=reason,
        detail=_DETAIL[reason],
        permitted_alternatives=alternatives,
        required_verification=required,
        accepted_verifications=accepted,
        rule_ids=rule_ids,
    )
