from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_record_page import AuditRecordPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    account_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_account_id: None | str | Unset
    if isinstance(account_id, Unset):
        json_account_id = UNSET
    else:
        json_account_id = account_id
    params["account_id"] = json_account_id

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-records",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditRecordPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditRecordPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditRecordPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    account_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[AuditRecordPage | Problem]:
    """ Read the audit trail

     Filters combine (`account_id`, `agent_id`, `action`, `from`, `to`: an instant range on
    `occurred_at`, `to` exclusive; `from` after `to` is a 422). Records in commit order, which never
    changes:
    `next_cursor` is the id of the last record returned, so `after` and `cursor` are interchangeable,
    and a
    SIEM that keeps the last id and resumes from it misses nothing, even a record whose transaction
    committed
    late. A record appears once every transaction that started before it has finished (normally
    milliseconds).

    Args:
        account_id (None | str | Unset): Only this account's records.
        agent_id (None | str | Unset): Only the records naming this agent.
        action (None | str | Unset): Only this action, e.g. `breach.voided`.
        from_ (datetime.datetime | None | Unset): Only records that occurred at or after this
            instant.
        to (datetime.datetime | None | Unset): Only records that occurred before this instant
            (exclusive).
        after (None | str | Unset): An audit record id: return the records after it.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditRecordPage | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
agent_id=agent_id,
action=action,
from_=from_,
to=to,
after=after,
cursor=cursor,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    account_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> AuditRecordPage | Problem | None:
    """ Read the audit trail

     Filters combine (`account_id`, `agent_id`, `action`, `from`, `to`: an instant range on
    `occurred_at`, `to` exclusive; `from` after `to` is a 422). Records in commit order, which never
    changes:
    `next_cursor` is the id of the last record returned, so `after` and `cursor` are interchangeable,
    and a
    SIEM that keeps the last id and resumes from it misses nothing, even a record whose transaction
    committed
    late. A record appears once every transaction that started before it has finished (normally
    milliseconds).

    Args:
        account_id (None | str | Unset): Only this account's records.
        agent_id (None | str | Unset): Only the records naming this agent.
        action (None | str | Unset): Only this action, e.g. `breach.voided`.
        from_ (datetime.datetime | None | Unset): Only records that occurred at or after this
            instant.
        to (datetime.datetime | None | Unset): Only records that occurred before this instant
            (exclusive).
        after (None | str | Unset): An audit record id: return the records after it.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditRecordPage | Problem
     """


    return sync_detailed(
        client=client,
account_id=account_id,
agent_id=agent_id,
action=action,
from_=from_,
to=to,
after=after,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[AuditRecordPage | Problem]:
    """ Read the audit trail

     Filters combine (`account_id`, `agent_id`, `action`, `from`, `to`: an instant range on
    `occurred_at`, `to` exclusive; `from` after `to` is a 422). Records in commit order, which never
    changes:
    `next_cursor` is the id of the last record returned, so `after` and `cursor` are interchangeable,
    and a
    SIEM that keeps the last id and resumes from it misses nothing, even a record whose transaction
    committed
    late. A record appears once every transaction that started before it has finished (normally
    milliseconds).

    Args:
        account_id (None | str | Unset): Only this account's records.
        agent_id (None | str | Unset): Only the records naming this agent.
        action (None | str | Unset): Only this action, e.g. `breach.voided`.
        from_ (datetime.datetime | None | Unset): Only records that occurred at or after this
            instant.
        to (datetime.datetime | None | Unset): Only records that occurred before this instant
            (exclusive).
        after (None | str | Unset): An audit record id: return the records after it.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditRecordPage | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
agent_id=agent_id,
action=action,
from_=from_,
to=to,
after=after,
cursor=cursor,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    account_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> AuditRecordPage | Problem | None:
    """ Read the audit trail

     Filters combine (`account_id`, `agent_id`, `action`, `from`, `to`: an instant range on
    `occurred_at`, `to` exclusive; `from` after `to` is a 422). Records in commit order, which never
    changes:
    `next_cursor` is the id of the last record returned, so `after` and `cursor` are interchangeable,
    and a
    SIEM that keeps the last id and resumes from it misses nothing, even a record whose transaction
    committed
    late. A record appears once every transaction that started before it has finished (normally
    milliseconds).

    Args:
        account_id (None | str | Unset): Only this account's records.
        agent_id (None | str | Unset): Only the records naming this agent.
        action (None | str | Unset): Only this action, e.g. `breach.voided`.
        from_ (datetime.datetime | None | Unset): Only records that occurred at or after this
            instant.
        to (datetime.datetime | None | Unset): Only records that occurred before this instant
            (exclusive).
        after (None | str | Unset): An audit record id: return the records after it.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditRecordPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
account_id=account_id,
agent_id=agent_id,
action=action,
from_=from_,
to=to,
after=after,
cursor=cursor,
limit=limit,

    )).parsed
