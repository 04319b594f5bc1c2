from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.verification_in import VerificationIn
from ...models.verification_out import VerificationOut
from typing import cast



def _get_kwargs(
    interaction_id: str,
    *,
    body: VerificationIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/interactions/{interaction_id}/verifications".format(interaction_id=quote(str(interaction_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VerificationOut | None:
    if response.status_code == 200:
        response_200 = VerificationOut.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | VerificationOut]:
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
    body: VerificationIn,

) -> Response[Problem | VerificationOut]:
    """ Verify the caller

     Always 200 with the outcome: `verified`, `failed`, `locked` (too many failures for this account,
    R-2010-a-1) or `reset_required` (password and backup both failed: a new password must be
    established,
    R-2010-e-3). `photo_id` is in store only (R-2010-d); online, once an online account exists, only
    `password` (R-2010-c-2).

    Args:
        interaction_id (str):
        body (VerificationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VerificationOut]
     """


    kwargs = _get_kwargs(
        interaction_id=interaction_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interaction_id: str,
    *,
    client: AuthenticatedClient,
    body: VerificationIn,

) -> Problem | VerificationOut | None:
    """ Verify the caller

     Always 200 with the outcome: `verified`, `failed`, `locked` (too many failures for this account,
    R-2010-a-1) or `reset_required` (password and backup both failed: a new password must be
    established,
    R-2010-e-3). `photo_id` is in store only (R-2010-d); online, once an online account exists, only
    `password` (R-2010-c-2).

    Args:
        interaction_id (str):
        body (VerificationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VerificationOut
     """


    return sync_detailed(
        interaction_id=interaction_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    interaction_id: str,
    *,
    client: AuthenticatedClient,
    body: VerificationIn,

) -> Response[Problem | VerificationOut]:
    """ Verify the caller

     Always 200 with the outcome: `verified`, `failed`, `locked` (too many failures for this account,
    R-2010-a-1) or `reset_required` (password and backup both failed: a new password must be
    established,
    R-2010-e-3). `photo_id` is in store only (R-2010-d); online, once an online account exists, only
    `password` (R-2010-c-2).

    Args:
        interaction_id (str):
        body (VerificationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VerificationOut]
     """


    kwargs = _get_kwargs(
        interaction_id=interaction_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interaction_id: str,
    *,
    client: AuthenticatedClient,
    body: VerificationIn,

) -> Problem | VerificationOut | None:
    """ Verify the caller

     Always 200 with the outcome: `verified`, `failed`, `locked` (too many failures for this account,
    R-2010-a-1) or `reset_required` (password and backup both failed: a new password must be
    established,
    R-2010-e-3). `photo_id` is in store only (R-2010-d); online, once an online account exists, only
    `password` (R-2010-c-2).

    Args:
        interaction_id (str):
        body (VerificationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VerificationOut
     """


    return (await asyncio_detailed(
        interaction_id=interaction_id,
client=client,
body=body,

    )).parsed
