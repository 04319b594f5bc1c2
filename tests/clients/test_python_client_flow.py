"""The contact-center flow through the generated Python client (clients/python, ADR 0035) against a live
`cpni-api serve`, on a migrated SQLite file and on a fresh PostgreSQL database. Only the generated client
talks to the server (the first admin key comes from the command line, as an operator's does): the CRM
creates an account with a password, the agent desktop finds it by the number calling in, opens an
interaction, a wrong password fails, call detail is denied, the right password verifies, call detail is
allowed (R-2010-b-1); a 404 and a 409 come back as typed problems with their `code`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any, TypeVar

import httpx
import pytest
from cpni_api_client import AuthenticatedClient
from cpni_api_client.api.accounts import create_account, get_account, list_accounts
from cpni_api_client.api.disclosures import create_disclosure_check
from cpni_api_client.api.interactions import create_verification, open_interaction
from cpni_api_client.models import (
    AccountCreate,
    AccountCreated,
    AccountCreateKind,
    AccountPage,
    CpniInformation,
    DisclosureCheckIn,
    DisclosureCheckOut,
    DisclosureVerdict,
    ErrorCode,
    InitialCredentials,
    InteractionOpen,
    InteractionOpenChannel,
    InteractionOut,
    Problem,
    ReasonCode,
    ReleaseMethod,
    VerificationIn,
    VerificationInMethod,
    VerificationOut,
    VerificationOutOutcome,
)
from cpni_api_client.types import Response

from tests.support.cpni import STRONG_PASSWORD
from tests.support.databases import fresh_database
from tests.support.processes import (
    create_admin_key,
    free_port,
    service_env,
    start_cli,
    stop,
    wait_until_serving,
)

T = TypeVar("T")

NUMBER_OF_RECORD = "+12025550143"
NUMBER_AS_THE_SWITCH_SENDS_IT = "(202) 555-0143"


@pytest.fixture(scope="module")
def api(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AuthenticatedClient]:
    """The generated client, holding an admin key, in front of a `cpni-api serve` of the module's own."""
    with fresh_database(backend, tmp_path_factory.mktemp("client-flow")) as url:
        env = service_env(url, run_dispatcher="false")
        key = create_admin_key(env)
        port = free_port()
        server = start_cli(env, "serve", "--port", str(port))
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_serving(base, server, seconds=120)  # a shared CI machine may be slow to start it
            # Hashes run at the lowest CPU priority (ADR 0018): a verification may wait on a busy machine.
            with AuthenticatedClient(base_url=base, token=key, timeout=httpx.Timeout(60)) as client:
                yield client
        finally:
            stop(server)


def parsed(response: Response[Any], status: int, kind: type[T]) -> T:
    """The response's body as the generated model `kind`, after checking its status."""
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, kind), response.content
    return response.parsed


def test_the_contact_center_flow_through_the_generated_client(api: AuthenticatedClient) -> None:
    created = create_account.sync_detailed(
        client=api,
        body=AccountCreate(
            external_ref="CRM-1001",
            kind=AccountCreateKind.RESIDENTIAL,
            telephone_numbers_of_record=[NUMBER_OF_RECORD],
            # Signing up: the customer chooses a password with the account (service initiation, R-2010-f-2).
            initial_credentials=InitialCredentials(password=STRONG_PASSWORD),
        ),
    )
    account = parsed(created, 201, AccountCreated)
    assert account.credentials.password_set is True

    # A call comes in; the switch gives the number in national format (ANI). The desktop finds the account.
    found = parsed(
        list_accounts.sync_detailed(client=api, telephone_number=NUMBER_AS_THE_SWITCH_SENDS_IT),
        200,
        AccountPage,
    )
    assert [item.id for item in found.items] == [account.id]
    assert found.items[0].telephone_numbers_of_record == [NUMBER_OF_RECORD]

    opened = open_interaction.sync_detailed(
        client=api,
        body=InteractionOpen(account_id=account.id, channel=InteractionOpenChannel.INBOUND_CALL),
    )
    interaction = parsed(opened, 201, InteractionOut)
    assert interaction.authenticated is False

    wrong = parsed(
        create_verification.sync_detailed(
            interaction.id,
            client=api,
            body=VerificationIn(method=VerificationInMethod.PASSWORD, password="Not-The-Password-42"),
        ),
        200,
        VerificationOut,
    )
    assert wrong.outcome is VerificationOutOutcome.FAILED
    assert wrong.interaction.authenticated is False

    call_detail = DisclosureCheckIn(
        interaction_id=interaction.id,
        information=CpniInformation.CALL_DETAIL,
        release=ReleaseMethod.DISCUSS_IN_INTERACTION,
    )
    denied = parsed(
        create_disclosure_check.sync_detailed(client=api, body=call_detail), 200, DisclosureCheckOut
    )
    assert denied.decision is DisclosureVerdict.DENY
    assert denied.reason_code is ReasonCode.PASSWORD_REQUIRED_FOR_CALL_DETAIL

    right = parsed(
        create_verification.sync_detailed(
            interaction.id,
            client=api,
            body=VerificationIn(method=VerificationInMethod.PASSWORD, password=STRONG_PASSWORD),
        ),
        200,
        VerificationOut,
    )
    assert right.outcome is VerificationOutOutcome.VERIFIED
    assert right.interaction.authenticated is True

    allowed = parsed(
        create_disclosure_check.sync_detailed(client=api, body=call_detail), 200, DisclosureCheckOut
    )
    assert allowed.decision is DisclosureVerdict.ALLOW
    assert allowed.reason_code is ReasonCode.PASSWORD_VERIFIED
    assert allowed.id != denied.id


def test_a_404_and_a_409_parse_as_typed_problems(api: AuthenticatedClient) -> None:
    missing = parsed(get_account.sync_detailed("acct_unknown", client=api), 404, Problem)
    assert (missing.status, missing.code) == (404, ErrorCode.NOT_FOUND)
    assert missing.code is ErrorCode.NOT_FOUND  # a typed member, not a bare string
    assert missing.correlation_id

    first = AccountCreate(
        external_ref=f"CRM-{uuid.uuid4().int % 10**9}",
        kind=AccountCreateKind.BUSINESS,
        telephone_numbers_of_record=["+12025550177"],
    )
    parsed(create_account.sync_detailed(client=api, body=first), 201, AccountCreated)
    # The same CRM reference again: the service refuses a second account for it.
    again = AccountCreate(
        external_ref=first.external_ref,
        kind=AccountCreateKind.RESIDENTIAL,
        telephone_numbers_of_record=["+12025550178"],
    )
    taken = parsed(create_account.sync_detailed(client=api, body=again), 409, Problem)
    assert (taken.status, taken.code) == (409, ErrorCode.ACCOUNT_EXTERNAL_REF_TAKEN)


def test_a_reason_or_problem_code_added_later_does_not_break_parsing(api: AuthenticatedClient) -> None:
    """A client generated today reads tomorrow's responses: the codes are enums that may grow (design.md
    §3). A real body from the server, with its codes replaced by ones this client has never seen, still
    parses, and the new value is kept."""
    account = parsed(
        create_account.sync_detailed(
            client=api,
            body=AccountCreate(
                external_ref=f"CRM-{uuid.uuid4().int % 10**9}",
                kind=AccountCreateKind.RESIDENTIAL,
                telephone_numbers_of_record=["+12025550188"],
            ),
        ),
        201,
        AccountCreated,
    )
    interaction = parsed(
        open_interaction.sync_detailed(
            client=api,
            body=InteractionOpen(account_id=account.id, channel=InteractionOpenChannel.INBOUND_CALL),
        ),
        201,
        InteractionOut,
    )
    check = create_disclosure_check.sync_detailed(
        client=api,
        body=DisclosureCheckIn(
            interaction_id=interaction.id,
            information=CpniInformation.CALL_DETAIL,
            release=ReleaseMethod.DISCUSS_IN_INTERACTION,
        ),
    )
    body = json.loads(check.content)
    body["reason_code"] = "A_REASON_ADDED_NEXT_YEAR"
    later = DisclosureCheckOut.from_dict(body)
    assert later.reason_code == "A_REASON_ADDED_NEXT_YEAR"
    assert later.reason_code not in list(ReasonCode)
    assert later.decision is DisclosureVerdict.DENY

    problem = json.loads(get_account.sync_detailed("acct_unknown", client=api).content)
    problem["code"] = "A_PROBLEM_ADDED_NEXT_YEAR"
    assert Problem.from_dict(problem).code == "A_PROBLEM_ADDED_NEXT_YEAR"
