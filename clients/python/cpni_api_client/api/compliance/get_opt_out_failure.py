from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.opt_out_failure_out import OptOutFailureOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    failure_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/opt-out-failures/{failure_id}".format(failure_id=quote(str(failure_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OptOutFailureOut | Problem | None:
    if response.status_code == 200:
        response_200 = OptOutFailureOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OptOutFailureOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    failure_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[OptOutFailureOut | Problem]:
    """ Get an opt-out failure

     One failure of the opt-out mechanism, with its FCC letter deadline and whether it was sent
    (R-2009-f).

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OptOutFailureOut | Problem]
     """


    kwargs = _get_kwargs(
        failure_id=failure_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    failure_id: str,
    *,
    client: AuthenticatedClient,

) -> OptOutFailureOut | Problem | None:
    """ Get an opt-out failure

     One failure of the opt-out mechanism, with its FCC letter deadline and whether it was sent
    (R-2009-f).

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptOutFailureOut | Problem
     """


    return sync_detailed(
        failure_id=failure_id,
client=client,

    ).parsed

async def asyncio_detailed(
    failure_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[OptOutFailureOut | Problem]:
    """ Get an opt-out failure

     One failure of the opt-out mechanism, with its FCC letter deadline and whether it was sent
    (R-2009-f).

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OptOutFailureOut | Problem]
     """


    kwargs = _get_kwargs(
        failure_id=failure_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    failure_id: str,
    *,
    client: AuthenticatedClient,

) -> OptOutFailureOut | Problem | None:
    """ Get an opt-out failure

     One failure of the opt-out mechanism, with its FCC letter deadline and whether it was sent
    (R-2009-f).

    Args:
        failure_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptOutFailureOut | Problem
     """


    return (await asyncio_detailed(
        failure_id=failure_id,
client=client,

    )).parsed
