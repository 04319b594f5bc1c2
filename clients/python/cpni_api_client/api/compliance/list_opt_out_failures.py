from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.opt_out_failure_page import OptOutFailurePage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    year: int | None | Unset = UNSET,
    pending: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    params["pending"] = pending

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
        "url": "/v1/opt-out-failures",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OptOutFailurePage | Problem | None:
    if response.status_code == 200:
        response_200 = OptOutFailurePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OptOutFailurePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
    pending: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[OptOutFailurePage | Problem]:
    """ List opt-out failures

     Each with `fcc_notice_status` as of now: `due`, `overdue`, `done` or `done_late`.

    Args:
        year (int | None | Unset): Only records of this calendar year.
        pending (bool | Unset): Only failures whose FCC notice is not recorded. Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OptOutFailurePage | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
pending=pending,
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
    year: int | None | Unset = UNSET,
    pending: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> OptOutFailurePage | Problem | None:
    """ List opt-out failures

     Each with `fcc_notice_status` as of now: `due`, `overdue`, `done` or `done_late`.

    Args:
        year (int | None | Unset): Only records of this calendar year.
        pending (bool | Unset): Only failures whose FCC notice is not recorded. Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptOutFailurePage | Problem
     """


    return sync_detailed(
        client=client,
year=year,
pending=pending,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
    pending: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[OptOutFailurePage | Problem]:
    """ List opt-out failures

     Each with `fcc_notice_status` as of now: `due`, `overdue`, `done` or `done_late`.

    Args:
        year (int | None | Unset): Only records of this calendar year.
        pending (bool | Unset): Only failures whose FCC notice is not recorded. Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OptOutFailurePage | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
pending=pending,
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
    year: int | None | Unset = UNSET,
    pending: bool | Unset = False,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> OptOutFailurePage | Problem | None:
    """ List opt-out failures

     Each with `fcc_notice_status` as of now: `due`, `overdue`, `done` or `done_late`.

    Args:
        year (int | None | Unset): Only records of this calendar year.
        pending (bool | Unset): Only failures whose FCC notice is not recorded. Default: False.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptOutFailurePage | Problem
     """


    return (await asyncio_detailed(
        client=client,
year=year,
pending=pending,
cursor=cursor,
limit=limit,

    )).parsed
