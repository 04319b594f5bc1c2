from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.credential_changed import CredentialChanged
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    account_id: str,
    *,
    interaction_id: str,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["interaction_id"] = interaction_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/accounts/{account_id}/backup-authentication".format(account_id=quote(str(account_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CredentialChanged | Problem | None:
    if response.status_code == 200:
        response_200 = CredentialChanged.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CredentialChanged | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    interaction_id: str,

) -> Response[CredentialChanged | Problem]:
    """ Remove backup authentication

     Needs an authenticated interaction, even during service initiation; sends
    `account.backup_authentication_changed` (E15).

    Args:
        account_id (str):
        interaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialChanged | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
interaction_id=interaction_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    interaction_id: str,

) -> CredentialChanged | Problem | None:
    """ Remove backup authentication

     Needs an authenticated interaction, even during service initiation; sends
    `account.backup_authentication_changed` (E15).

    Args:
        account_id (str):
        interaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialChanged | Problem
     """


    return sync_detailed(
        account_id=account_id,
client=client,
interaction_id=interaction_id,

    ).parsed

async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    interaction_id: str,

) -> Response[CredentialChanged | Problem]:
    """ Remove backup authentication

     Needs an authenticated interaction, even during service initiation; sends
    `account.backup_authentication_changed` (E15).

    Args:
        account_id (str):
        interaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialChanged | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
interaction_id=interaction_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    interaction_id: str,

) -> CredentialChanged | Problem | None:
    """ Remove backup authentication

     Needs an authenticated interaction, even during service initiation; sends
    `account.backup_authentication_changed` (E15).

    Args:
        account_id (str):
        interaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialChanged | Problem
     """


    return (await asyncio_detailed(
        account_id=account_id,
client=client,
interaction_id=interaction_id,

    )).parsed
