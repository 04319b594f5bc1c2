from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.interaction_out import InteractionOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    interaction_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/interactions/{interaction_id}/close".format(interaction_id=quote(str(interaction_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InteractionOut | Problem | None:
    if response.status_code == 200:
        response_200 = InteractionOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InteractionOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    interaction_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[InteractionOut | Problem]:
    """ Close an interaction

     Idempotent. A closed interaction authorises nothing more.

    Args:
        interaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InteractionOut | Problem]
     """


    kwargs = _get_kwargs(
        interaction_id=interaction_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interaction_id: str,
    *,
    client: AuthenticatedClient,

) -> InteractionOut | Problem | None:
    """ Close an interaction

     Idempotent. A closed interaction authorises nothing more.

    Args:
        interaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InteractionOut | Problem
     """


    return sync_detailed(
        interaction_id=interaction_id,
client=client,

    ).parsed

async def asyncio_detailed(
    interaction_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[InteractionOut | Problem]:
    """ Close an interaction

     Idempotent. A closed interaction authorises nothing more.

    Args:
        interaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InteractionOut | Problem]
     """


    kwargs = _get_kwargs(
        interaction_id=interaction_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interaction_id: str,
    *,
    client: AuthenticatedClient,

) -> InteractionOut | Problem | None:
    """ Close an interaction

     Idempotent. A closed interaction authorises nothing more.

    Args:
        interaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InteractionOut | Problem
     """


    return (await asyncio_detailed(
        interaction_id=interaction_id,
client=client,

    )).parsed
