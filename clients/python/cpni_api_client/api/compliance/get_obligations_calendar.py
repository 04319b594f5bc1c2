from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_obligations_calendar_status_type_0_item import GetObligationsCalendarStatusType0Item
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: list[GetObligationsCalendarStatusType0Item] | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)


    else:
        json_status = status
    params["status"] = json_status


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/obligations.ics",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: list[GetObligationsCalendarStatusType0Item] | None | Unset = UNSET,

) -> Response[Problem | str]:
    """ Every deadline the carrier owes, as an iCalendar feed

     The same obligations as `GET /v1/obligations`, one event each at its `due_by` with a reminder a day
    before; event UIDs are stable, so a subscribed calendar updates rather than duplicates.

    Args:
        status (list[GetObligationsCalendarStatusType0Item] | None | Unset): Repeatable; all three
            when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        status=status,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: list[GetObligationsCalendarStatusType0Item] | None | Unset = UNSET,

) -> Problem | str | None:
    """ Every deadline the carrier owes, as an iCalendar feed

     The same obligations as `GET /v1/obligations`, one event each at its `due_by` with a reminder a day
    before; event UIDs are stable, so a subscribed calendar updates rather than duplicates.

    Args:
        status (list[GetObligationsCalendarStatusType0Item] | None | Unset): Repeatable; all three
            when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        client=client,
status=status,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: list[GetObligationsCalendarStatusType0Item] | None | Unset = UNSET,

) -> Response[Problem | str]:
    """ Every deadline the carrier owes, as an iCalendar feed

     The same obligations as `GET /v1/obligations`, one event each at its `due_by` with a reminder a day
    before; event UIDs are stable, so a subscribed calendar updates rather than duplicates.

    Args:
        status (list[GetObligationsCalendarStatusType0Item] | None | Unset): Repeatable; all three
            when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        status=status,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: list[GetObligationsCalendarStatusType0Item] | None | Unset = UNSET,

) -> Problem | str | None:
    """ Every deadline the carrier owes, as an iCalendar feed

     The same obligations as `GET /v1/obligations`, one event each at its `due_by` with a reminder a day
    before; event UIDs are stable, so a subscribed calendar updates rather than duplicates.

    Args:
        status (list[GetObligationsCalendarStatusType0Item] | None | Unset): Repeatable; all three
            when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        client=client,
status=status,

    )).parsed
