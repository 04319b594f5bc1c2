from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_obligations_status_type_0_item import ListObligationsStatusType0Item
from ...models.obligation_list import ObligationList
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: list[ListObligationsStatusType0Item] | None | Unset = UNSET,

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
        "url": "/v1/obligations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ObligationList | Problem | None:
    if response.status_code == 200:
        response_200 = ObligationList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ObligationList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: list[ListObligationsStatusType0Item] | None | Unset = UNSET,

) -> Response[ObligationList | Problem]:
    """ Every deadline the carrier owes

     Across breaches (law-enforcement notices, the 2024 agency notice, customer notices; holds ending),
    opt-out-failure letters to the FCC (R-2009-f), trainings expiring (R-2009-b), the annual
    certification
    (R-2009-e) and, under the 2024 breach rules, the annual breach summary (R-2011-NEW-5). Each names
    its
    `rule_id` and the record it belongs to; `overdue` first, then `due` (within `due_soon_days`), then
    `upcoming`, each by `due_by`.

    Args:
        status (list[ListObligationsStatusType0Item] | None | Unset): Repeatable; all three when
            absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObligationList | Problem]
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
    status: list[ListObligationsStatusType0Item] | None | Unset = UNSET,

) -> ObligationList | Problem | None:
    """ Every deadline the carrier owes

     Across breaches (law-enforcement notices, the 2024 agency notice, customer notices; holds ending),
    opt-out-failure letters to the FCC (R-2009-f), trainings expiring (R-2009-b), the annual
    certification
    (R-2009-e) and, under the 2024 breach rules, the annual breach summary (R-2011-NEW-5). Each names
    its
    `rule_id` and the record it belongs to; `overdue` first, then `due` (within `due_soon_days`), then
    `upcoming`, each by `due_by`.

    Args:
        status (list[ListObligationsStatusType0Item] | None | Unset): Repeatable; all three when
            absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObligationList | Problem
     """


    return sync_detailed(
        client=client,
status=status,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: list[ListObligationsStatusType0Item] | None | Unset = UNSET,

) -> Response[ObligationList | Problem]:
    """ Every deadline the carrier owes

     Across breaches (law-enforcement notices, the 2024 agency notice, customer notices; holds ending),
    opt-out-failure letters to the FCC (R-2009-f), trainings expiring (R-2009-b), the annual
    certification
    (R-2009-e) and, under the 2024 breach rules, the annual breach summary (R-2011-NEW-5). Each names
    its
    `rule_id` and the record it belongs to; `overdue` first, then `due` (within `due_soon_days`), then
    `upcoming`, each by `due_by`.

    Args:
        status (list[ListObligationsStatusType0Item] | None | Unset): Repeatable; all three when
            absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObligationList | Problem]
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
    status: list[ListObligationsStatusType0Item] | None | Unset = UNSET,

) -> ObligationList | Problem | None:
    """ Every deadline the carrier owes

     Across breaches (law-enforcement notices, the 2024 agency notice, customer notices; holds ending),
    opt-out-failure letters to the FCC (R-2009-f), trainings expiring (R-2009-b), the annual
    certification
    (R-2009-e) and, under the 2024 breach rules, the annual breach summary (R-2011-NEW-5). Each names
    its
    `rule_id` and the record it belongs to; `overdue` first, then `due` (within `due_soon_days`), then
    `upcoming`, each by `due_by`.

    Args:
        status (list[ListObligationsStatusType0Item] | None | Unset): Repeatable; all three when
            absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObligationList | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,

    )).parsed
