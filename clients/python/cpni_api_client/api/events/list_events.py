from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.event_page import EventPage
from ...models.event_type import EventType
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    type_: EventType | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

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

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, EventType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    type_: EventType | None | Unset = UNSET,

) -> Response[EventPage | Problem]:
    """ The event feed (pull)

     Every event, oldest first, in an order that never changes: a mailer that keeps the last id it
    processed and asks again with `after=` after any outage gets exactly what it missed. An event
    becomes
    visible here once every transaction that started before it has finished (normally milliseconds).
    One-time codes appear in clear only to a key with `events:read_secrets`.

    Args:
        after (None | str | Unset): The id of the last event you have.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset):  Default: 100.
        type_ (EventType | None | Unset): Only events of this type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
cursor=cursor,
limit=limit,
type_=type_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    type_: EventType | None | Unset = UNSET,

) -> EventPage | Problem | None:
    """ The event feed (pull)

     Every event, oldest first, in an order that never changes: a mailer that keeps the last id it
    processed and asks again with `after=` after any outage gets exactly what it missed. An event
    becomes
    visible here once every transaction that started before it has finished (normally milliseconds).
    One-time codes appear in clear only to a key with `events:read_secrets`.

    Args:
        after (None | str | Unset): The id of the last event you have.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset):  Default: 100.
        type_ (EventType | None | Unset): Only events of this type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
     """


    return sync_detailed(
        client=client,
after=after,
cursor=cursor,
limit=limit,
type_=type_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    type_: EventType | None | Unset = UNSET,

) -> Response[EventPage | Problem]:
    """ The event feed (pull)

     Every event, oldest first, in an order that never changes: a mailer that keeps the last id it
    processed and asks again with `after=` after any outage gets exactly what it missed. An event
    becomes
    visible here once every transaction that started before it has finished (normally milliseconds).
    One-time codes appear in clear only to a key with `events:read_secrets`.

    Args:
        after (None | str | Unset): The id of the last event you have.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset):  Default: 100.
        type_ (EventType | None | Unset): Only events of this type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
     """


    kwargs = _get_kwargs(
        after=after,
cursor=cursor,
limit=limit,
type_=type_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    type_: EventType | None | Unset = UNSET,

) -> EventPage | Problem | None:
    """ The event feed (pull)

     Every event, oldest first, in an order that never changes: a mailer that keeps the last id it
    processed and asks again with `after=` after any outage gets exactly what it missed. An event
    becomes
    visible here once every transaction that started before it has finished (normally milliseconds).
    One-time codes appear in clear only to a key with `events:read_secrets`.

    Args:
        after (None | str | Unset): The id of the last event you have.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        limit (int | Unset):  Default: 100.
        type_ (EventType | None | Unset): Only events of this type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
after=after,
cursor=cursor,
limit=limit,
type_=type_,

    )).parsed
