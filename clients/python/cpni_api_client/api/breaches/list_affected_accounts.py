from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.affected_account_page import AffectedAccountPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    breach_id: str,
    *,
    notified: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_notified: bool | None | Unset
    if isinstance(notified, Unset):
        json_notified = UNSET
    else:
        json_notified = notified
    params["notified"] = json_notified

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
        "url": "/v1/breaches/{breach_id}/affected-accounts".format(breach_id=quote(str(breach_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AffectedAccountPage | Problem | None:
    if response.status_code == 200:
        response_200 = AffectedAccountPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AffectedAccountPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    notified: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[AffectedAccountPage | Problem]:
    """ List a breach's affected accounts and their notice state

     The accounts affected by the breach, each with whether and when its customer notice went out
    (R-2011-c).

    Args:
        breach_id (str):
        notified (bool | None | Unset): Only notified (true) or pending (false).
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffectedAccountPage | Problem]
     """


    kwargs = _get_kwargs(
        breach_id=breach_id,
notified=notified,
cursor=cursor,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    notified: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> AffectedAccountPage | Problem | None:
    """ List a breach's affected accounts and their notice state

     The accounts affected by the breach, each with whether and when its customer notice went out
    (R-2011-c).

    Args:
        breach_id (str):
        notified (bool | None | Unset): Only notified (true) or pending (false).
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffectedAccountPage | Problem
     """


    return sync_detailed(
        breach_id=breach_id,
client=client,
notified=notified,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    notified: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[AffectedAccountPage | Problem]:
    """ List a breach's affected accounts and their notice state

     The accounts affected by the breach, each with whether and when its customer notice went out
    (R-2011-c).

    Args:
        breach_id (str):
        notified (bool | None | Unset): Only notified (true) or pending (false).
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffectedAccountPage | Problem]
     """


    kwargs = _get_kwargs(
        breach_id=breach_id,
notified=notified,
cursor=cursor,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    notified: bool | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> AffectedAccountPage | Problem | None:
    """ List a breach's affected accounts and their notice state

     The accounts affected by the breach, each with whether and when its customer notice went out
    (R-2011-c).

    Args:
        breach_id (str):
        notified (bool | None | Unset): Only notified (true) or pending (false).
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffectedAccountPage | Problem
     """


    return (await asyncio_detailed(
        breach_id=breach_id,
client=client,
notified=notified,
cursor=cursor,
limit=limit,

    )).parsed
