"""The disclosure policy (design.md §4 "Disclosure checks") as a decision table a compliance reviewer reads.

Every row of tests/decisions/*.yaml is one test, `<file>:<row name>`. A file holds `defaults` (every fact,
stated once) and `rows`; a row names the rule id(s) it encodes, changes only the facts that differ from the
file's defaults, and states what `decide` must answer. Unknown keys, unknown values, and rule ids that
docs/cpni-rules.md does not define are errors. The property tests below check what must hold for every
combination of facts, not only the rows someone thought of.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import fields, replace
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cpni_api.disclosures.policy import (
    ALLOW_REASONS,
    AuthenticationMethod,
    Channel,
    CpniInformation,
    DisclosureDecision,
    DisclosureFacts,
    DisclosureVerdict,
    InteractionPurpose,
    InteractionStatus,
    ReasonCode,
    ReleaseMethod,
    decide,
)
from tests.support.rules import defined_ids

DECISIONS_DIR = Path(__file__).resolve().parents[1] / "decisions"

FILE_KEYS = {"defaults", "rows"}
ROW_KEYS = {"name", "rule", "edge_cases", "note", "facts", "expect"}
REQUIRED_ROW_KEYS = {"name", "rule", "facts", "expect"}
EXPECT_KEYS = {
    "decision",
    "reason_code",
    "permitted_alternatives",
    "required_verification",
    "accepted_verifications",
    "rule_ids",
}
REQUIRED_EXPECT_KEYS = {"decision", "reason_code"}
FACT_TYPES: dict[str, Any] = typing.get_type_hints(DisclosureFacts)
FACT_NAMES = [field.name for field in fields(DisclosureFacts)]
ROUTES = {ReleaseMethod.SEND_TO_ADDRESS_OF_RECORD, ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD}


# --- The rule ids docs/cpni-rules.md defines --------------------------------------------------------------

DEFINED_IDS = defined_ids()


# --- Loading the corpus -------------------------------------------------------------------------------------


class CorpusError(AssertionError):
    pass


def _coerce(name: str, value: Any) -> Any:
    """A YAML scalar as the fact's declared type (an enum, a bool, or either of them or None)."""
    if name not in FACT_TYPES:
        raise CorpusError(f"unknown fact {name!r}; facts are {', '.join(FACT_NAMES)}")
    declared = FACT_TYPES[name]
    options = typing.get_args(declared) if isinstance(declared, types.UnionType) else (declared,)
    if value is None:
        if type(None) in options:
            return None
        raise CorpusError(f"fact {name!r} may not be null")
    for option in options:
        if option is bool and isinstance(value, bool):
            return value
        if isinstance(option, type) and issubclass(option, Enum):
            try:
                return option(value)
            except ValueError:
                continue
    raise CorpusError(f"fact {name!r}: {value!r} is not a valid {declared}")


def _as_list(value: Any, what: str) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(item, str) for item in items):
        raise CorpusError(f"{what} must be a string or a non-empty list of strings, not {value!r}")
    return items


def _load_file(path: Path) -> tuple[dict[str, Any], list[Any]]:
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(content, dict):
        raise CorpusError(f"{path.name}: expected a mapping with 'defaults' and 'rows'")
    unknown = set(content) - FILE_KEYS
    if unknown or set(content) != FILE_KEYS:
        raise CorpusError(
            f"{path.name}: top-level keys must be exactly {sorted(FILE_KEYS)}, got {sorted(content)}"
        )
    defaults = content["defaults"]
    if not isinstance(defaults, dict):
        raise CorpusError(f"{path.name}: 'defaults' must be a mapping")
    missing = set(FACT_NAMES) - set(defaults)
    if missing:
        raise CorpusError(f"{path.name}: 'defaults' must state every fact; missing {sorted(missing)}")
    rows = content["rows"]
    if not isinstance(rows, list) or not rows:
        raise CorpusError(f"{path.name}: 'rows' must be a non-empty list")
    return {name: _coerce(name, value) for name, value in defaults.items()}, rows


def _corpus() -> list[Any]:
    params: list[Any] = []
    for path in sorted(DECISIONS_DIR.glob("*.yaml")):
        try:
            defaults, rows = _load_file(path)
        except (CorpusError, yaml.YAMLError) as error:
            params.append(pytest.param(path.name, {}, None, str(error), id=f"{path.name}:<file>"))
            continue
        seen: set[str] = set()
        for index, row in enumerate(rows):
            name = row.get("name") if isinstance(row, dict) else None
            label = name if isinstance(name, str) and name else f"<row {index + 1}>"
            problem = None
            if label in seen:
                problem = f"duplicate row name {label!r}"
            seen.add(label)
            params.append(pytest.param(path.name, defaults, row, problem, id=f"{path.name}:{label}"))
    return params


CORPUS = _corpus()


# --- One test per row ---------------------------------------------------------------------------------------


def _check_row_shape(row: Any) -> None:
    if not isinstance(row, dict):
        raise CorpusError(f"a row must be a mapping, not {row!r}")
    unknown = set(row) - ROW_KEYS
    if unknown:
        raise CorpusError(f"unknown row keys {sorted(unknown)}; allowed: {sorted(ROW_KEYS)}")
    missing = REQUIRED_ROW_KEYS - set(row)
    if missing:
        raise CorpusError(f"missing row keys {sorted(missing)}")
    if not isinstance(row["name"], str) or not row["name"].strip():
        raise CorpusError("'name' must be a non-empty string")
    if "note" in row and not isinstance(row["note"], str):
        raise CorpusError("'note' must be a string")
    if not isinstance(row["facts"], dict):
        raise CorpusError("'facts' must be a mapping (use {} for the defaults)")
    expect = row["expect"]
    if not isinstance(expect, dict):
        raise CorpusError("'expect' must be a mapping")
    unknown = set(expect) - EXPECT_KEYS
    if unknown:
        raise CorpusError(f"unknown expect keys {sorted(unknown)}; allowed: {sorted(EXPECT_KEYS)}")
    missing = REQUIRED_EXPECT_KEYS - set(expect)
    if missing:
        raise CorpusError(f"missing expect keys {sorted(missing)}")


def _check_rule_ids(row: dict[str, Any]) -> list[str]:
    rules = _as_list(row["rule"], "'rule'")
    for rule in rules:
        if not re.fullmatch(r"R-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*", rule):
            raise CorpusError(f"'rule' {rule!r} is not an R- id")
    edge_cases = _as_list(row["edge_cases"], "'edge_cases'") if "edge_cases" in row else []
    undefined = [rule for rule in rules if rule not in DEFINED_IDS.rule_ids]
    if undefined:
        raise CorpusError(f"rule id(s) {undefined} are not defined in docs/cpni-rules.md")
    undefined = [edge for edge in edge_cases if edge not in DEFINED_IDS.edge_cases]
    if undefined:
        raise CorpusError(f"edge case(s) {undefined} are not defined in docs/cpni-rules.md")
    return rules


def _releases(value: Any, what: str) -> list[ReleaseMethod]:
    if not isinstance(value, list):
        raise CorpusError(f"{what} must be a list")
    return [ReleaseMethod(item) for item in value]


def _methods(value: Any, what: str) -> list[AuthenticationMethod]:
    if not isinstance(value, list):
        raise CorpusError(f"{what} must be a list")
    return [AuthenticationMethod(item) for item in value]


@pytest.mark.parametrize(("file", "defaults", "row", "problem"), CORPUS)
def test_decision_table(file: str, defaults: dict[str, Any], row: Any, problem: str | None) -> None:
    if problem is not None:
        pytest.fail(f"{file}: {problem}")
    _check_row_shape(row)
    rules = _check_rule_ids(row)
    facts = DisclosureFacts(
        **{**defaults, **{name: _coerce(name, value) for name, value in row["facts"].items()}}
    )
    expect = row["expect"]

    decision = decide(facts)

    assert decision.decision == DisclosureVerdict(expect["decision"]), decision
    assert decision.reason_code == ReasonCode(expect["reason_code"]), decision
    if "permitted_alternatives" in expect:
        expected_alternatives = _releases(expect["permitted_alternatives"], "permitted_alternatives")
        assert list(decision.permitted_alternatives) == expected_alternatives, decision
    if "required_verification" in expect:
        required = expect["required_verification"]
        expected_required = None if required is None else AuthenticationMethod(required)
        assert decision.required_verification == expected_required, decision
    if "accepted_verifications" in expect:
        expected_accepted = _methods(expect["accepted_verifications"], "accepted_verifications")
        assert list(decision.accepted_verifications) == expected_accepted, decision
    if "rule_ids" in expect:
        assert list(decision.rule_ids) == _as_list(expect["rule_ids"], "rule_ids"), decision
    # The row's rule is one the decision says it rests on, so a row cannot cite a rule in name only.
    assert set(rules) & set(decision.rule_ids), (
        f"row cites {rules} but the decision rests on {list(decision.rule_ids)}"
    )


def test_the_corpus_is_there_and_large_enough() -> None:
    files = {path.stem for path in DECISIONS_DIR.glob("*.yaml")}
    assert {"inbound_call", "outbound_call", "online", "in_store", "business_accounts"} <= files
    assert {"training_gate", "interaction_state"} <= files
    assert len(CORPUS) >= 45


def test_every_reason_code_a_caller_can_meet_has_a_row() -> None:
    seen: set[str] = set()
    for param in CORPUS:
        _file, _defaults, row, _problem = param.values
        if isinstance(row, dict) and isinstance(row.get("expect"), dict):
            seen.add(str(row["expect"].get("reason_code")))
    unreachable = {ReasonCode.UNSUPPORTED_COMBINATION}
    assert {code.value for code in ReasonCode} - unreachable <= seen


def test_rule_ids_are_parsed_from_the_rules_document() -> None:
    rule_ids, edge_cases = DEFINED_IDS.rule_ids, DEFINED_IDS.edge_cases
    assert {"R-2009-b", "R-2010-b-1", "R-2010-b-2", "R-2010-b-3", "R-2010-d", "R-2010-g"} <= rule_ids
    assert {"E3", "E5", "E12", "E13"} <= edge_cases


def test_unknown_fact_is_an_error() -> None:
    with pytest.raises(CorpusError, match="unknown fact"):
        _coerce("caller_sounds_honest", True)
    with pytest.raises(CorpusError, match="not a valid"):
        _coerce("channel", "fax")
    with pytest.raises(CorpusError, match="may not be null"):
        _coerce("has_address_of_record", None)
    with pytest.raises(CorpusError, match="not a valid"):
        _coerce("has_address_of_record", "yes")


def test_unknown_row_and_expect_keys_are_errors() -> None:
    row: dict[str, Any] = {
        "name": "n",
        "rule": "R-2010-b-1",
        "facts": {},
        "expect": {"decision": "allow", "reason_code": "X"},
    }
    _check_row_shape(row)
    with pytest.raises(CorpusError, match="unknown row keys"):
        _check_row_shape({**row, "rules": "R-2010-b-1"})
    with pytest.raises(CorpusError, match="unknown expect keys"):
        _check_row_shape({**row, "expect": {**row["expect"], "alternatives": []}})
    with pytest.raises(CorpusError, match="missing row keys"):
        _check_row_shape({key: value for key, value in row.items() if key != "rule"})
    with pytest.raises(CorpusError, match="not defined"):
        _check_rule_ids({"rule": "R-2010-z-9"})


# --- Properties over every combination of facts ------------------------------------------------------------

FACTS = st.builds(
    DisclosureFacts,
    channel=st.sampled_from(Channel),
    information=st.sampled_from(CpniInformation),
    release=st.sampled_from(ReleaseMethod),
    interaction_status=st.sampled_from(InteractionStatus),
    authentication_method=st.none() | st.sampled_from(AuthenticationMethod),
    at_number_of_record=st.booleans(),
    has_address_of_record=st.booleans(),
    has_number_of_record=st.booleans(),
    dedicated_representative=st.booleans(),
    cpni_contract=st.booleans(),
    agent_assigned=st.booleans(),
    agent_trained=st.none() | st.booleans(),
    training_gate_enabled=st.booleans(),
    customer_provided_call_detail=st.booleans(),
    verification_locked=st.booleans(),
    reset_required=st.booleans(),
    interaction_purpose=st.sampled_from(InteractionPurpose),
    authenticated_for_line_security=st.booleans(),
    number_of_record_recently_swapped=st.booleans(),
    dialed_number_recently_swapped=st.booleans(),
)


@settings(deadline=None, max_examples=1500)
@given(facts=FACTS)
def test_decide_is_total_and_consistent(facts: DisclosureFacts) -> None:
    decision = decide(facts)
    assert isinstance(decision, DisclosureDecision)
    assert decision.allowed == (decision.reason_code in ALLOW_REASONS)
    assert decision.reason_code != ReasonCode.UNSUPPORTED_COMBINATION  # typed facts never reach the floor
    assert decision.detail
    assert decision.rule_ids
    assert len(set(decision.rule_ids)) == len(decision.rule_ids)
    assert set(decision.rule_ids) <= DEFINED_IDS.rule_ids
    if decision.required_verification is not None:
        assert decision.required_verification in decision.accepted_verifications
    assert decide(facts) == decision  # pure: same facts, same answer


@settings(deadline=None, max_examples=1000)
@given(facts=FACTS)
def test_alternatives_are_other_routes_the_same_facts_allow(facts: DisclosureFacts) -> None:
    decision = decide(facts)
    if decision.allowed:
        assert decision.permitted_alternatives == ()
        assert decision.required_verification is None
        assert decision.accepted_verifications == ()
        return
    assert facts.release not in decision.permitted_alternatives
    assert set(decision.permitted_alternatives) <= ROUTES
    for alternative in decision.permitted_alternatives:
        assert decide(replace(facts, release=alternative)).allowed
    if ReleaseMethod.SEND_TO_ADDRESS_OF_RECORD in decision.permitted_alternatives:
        assert facts.has_address_of_record
    if ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD in decision.permitted_alternatives:
        assert facts.has_number_of_record


@settings(deadline=None, max_examples=500)
@given(facts=FACTS, status=st.sampled_from([InteractionStatus.CLOSED, InteractionStatus.EXPIRED]))
def test_a_closed_or_expired_interaction_is_always_denied(
    facts: DisclosureFacts, status: InteractionStatus
) -> None:
    decision = decide(replace(facts, interaction_status=status))
    assert decision.decision == DisclosureVerdict.DENY
    assert decision.permitted_alternatives == ()


@settings(deadline=None, max_examples=1000)
@given(facts=FACTS)
def test_inbound_call_detail_is_discussed_only_after_password_contract_or_recital(
    facts: DisclosureFacts,
) -> None:
    facts = replace(
        facts,
        channel=Channel.INBOUND_CALL,
        information=CpniInformation.CALL_DETAIL,
        release=ReleaseMethod.DISCUSS_IN_INTERACTION,
    )
    if not decide(facts).allowed:
        return
    password = (
        facts.authentication_method == AuthenticationMethod.PASSWORD
        and not facts.verification_locked
        and not facts.reset_required
    )
    contract = (
        facts.authentication_method == AuthenticationMethod.BUSINESS_CONTRACT
        and facts.dedicated_representative
        and facts.cpni_contract
        and not facts.verification_locked
    )
    assert password or contract or facts.customer_provided_call_detail


@settings(deadline=None, max_examples=500)
@given(facts=FACTS)
def test_nothing_is_sent_without_an_address_of_record(facts: DisclosureFacts) -> None:
    facts = replace(facts, release=ReleaseMethod.SEND_TO_ADDRESS_OF_RECORD, has_address_of_record=False)
    assert decide(facts).decision == DisclosureVerdict.DENY


@settings(deadline=None, max_examples=500)
@given(facts=FACTS, trained=st.sampled_from([None, False]))
def test_with_the_gate_on_an_agent_not_known_to_be_trained_releases_nothing(
    facts: DisclosureFacts, trained: bool | None
) -> None:
    facts = replace(facts, training_gate_enabled=True, agent_trained=trained)
    if facts.channel == Channel.ONLINE and not facts.agent_assigned:
        return  # self-service: no personnel involved
    decision = decide(facts)
    assert decision.decision == DisclosureVerdict.DENY
    assert decision.permitted_alternatives == ()


@settings(deadline=None, max_examples=500)
@given(facts=FACTS)
def test_one_exemption_condition_alone_adds_nothing(facts: DisclosureFacts) -> None:
    """E12: with one condition, the contract method decides exactly like no authentication at all."""
    facts = replace(facts, authentication_method=AuthenticationMethod.BUSINESS_CONTRACT)
    for representative, contract in ((True, False), (False, True), (False, False)):
        partial = replace(facts, dedicated_representative=representative, cpni_contract=contract)
        unauthenticated = replace(partial, authentication_method=None)
        assert decide(partial).decision == decide(unauthenticated).decision


@settings(deadline=None, max_examples=500)
@given(facts=FACTS)
def test_more_safeguards_on_the_account_never_turn_an_allow_into_a_deny(facts: DisclosureFacts) -> None:
    """Gaining an address or number of record, or the agent completing training, can only help."""
    if not decide(facts).allowed:
        return
    assert decide(replace(facts, has_address_of_record=True)).allowed
    assert decide(replace(facts, has_number_of_record=True)).allowed
    assert decide(replace(facts, agent_trained=True)).allowed


@settings(deadline=None, max_examples=500)
@given(facts=FACTS, purpose=st.sampled_from([InteractionPurpose.SIM_CHANGE, InteractionPurpose.PORT_OUT]))
def test_a_sim_change_or_port_out_call_shows_nothing_before_the_line_security_bar(
    facts: DisclosureFacts, purpose: InteractionPurpose
) -> None:
    """R-2010-h-8: no CPNI by any route, call detail or not, until authenticated at the SIM-change bar."""
    facts = replace(facts, interaction_purpose=purpose, authenticated_for_line_security=False)
    decision = decide(facts)
    assert decision.decision == DisclosureVerdict.DENY
    assert decision.permitted_alternatives == ()
    if facts.interaction_status == InteractionStatus.OPEN:
        assert decision.reason_code == ReasonCode.LINE_SECURITY_AUTHENTICATION_REQUIRED
        assert "R-2010-h-8" in decision.rule_ids


@settings(deadline=None, max_examples=500)
@given(facts=FACTS)
def test_a_recently_swapped_number_is_never_the_callback(facts: DisclosureFacts) -> None:
    """E7, E25: when every number of record moved to a new SIM recently, no callback is allowed or offered;
    an outbound call to a swapped number is not the R-2010-b-2 callback either."""
    swapped = replace(facts, number_of_record_recently_swapped=True)
    decision = decide(replace(swapped, release=ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD))
    assert decision.decision == DisclosureVerdict.DENY
    assert ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD not in decide(swapped).permitted_alternatives
    dialed = decide(replace(facts, dialed_number_recently_swapped=True))
    assert dialed.reason_code != ReasonCode.OUTBOUND_CALL_TO_NUMBER_OF_RECORD
