from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.sim_change_create import SimChangeCreate
from ...models.sim_change_out import SimChangeOut
from typing import cast



def _get_kwargs(
    *,
    body: SimChangeCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sim-change-requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SimChangeOut | None:
    if response.status_code == 201:
        response_201 = SimChangeOut.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SimChangeOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SimChangeCreate,

) -> Response[Problem | SimChangeOut]:
    """ Request a SIM change

     Decided at once, allowed or denied, and kept either way with the authentication used (R-2010-h-10):
    denied under a SIM-change lock (`SIM_CHANGE_LOCKED`, E23), without an authentication the carrier
    accepts
    (`NOT_AUTHENTICATED`, `AUTHENTICATION_METHOD_NOT_ACCEPTED`), when the code went to the number being
    moved
    (`CODE_SENT_TO_THE_NUMBER_BEING_CHANGED`, E25) or when the interaction turned a lock off (E26). When
    allowed, `account.sim_change_requested` goes out in this transaction, before the change is carried
    out
    (R-2010-h-6); `POST .../complete` records that provisioning did it.

    Args:
        body (SimChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimChangeOut]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: SimChangeCreate,

) -> Problem | SimChangeOut | None:
    """ Request a SIM change

     Decided at once, allowed or denied, and kept either way with the authentication used (R-2010-h-10):
    denied under a SIM-change lock (`SIM_CHANGE_LOCKED`, E23), without an authentication the carrier
    accepts
    (`NOT_AUTHENTICATED`, `AUTHENTICATION_METHOD_NOT_ACCEPTED`), when the code went to the number being
    moved
    (`CODE_SENT_TO_THE_NUMBER_BEING_CHANGED`, E25) or when the interaction turned a lock off (E26). When
    allowed, `account.sim_change_requested` goes out in this transaction, before the change is carried
    out
    (R-2010-h-6); `POST .../complete` records that provisioning did it.

    Args:
        body (SimChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimChangeOut
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SimChangeCreate,

) -> Response[Problem | SimChangeOut]:
    """ Request a SIM change

     Decided at once, allowed or denied, and kept either way with the authentication used (R-2010-h-10):
    denied under a SIM-change lock (`SIM_CHANGE_LOCKED`, E23), without an authentication the carrier
    accepts
    (`NOT_AUTHENTICATED`, `AUTHENTICATION_METHOD_NOT_ACCEPTED`), when the code went to the number being
    moved
    (`CODE_SENT_TO_THE_NUMBER_BEING_CHANGED`, E25) or when the interaction turned a lock off (E26). When
    allowed, `account.sim_change_requested` goes out in this transaction, before the change is carried
    out
    (R-2010-h-6); `POST .../complete` records that provisioning did it.

    Args:
        body (SimChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimChangeOut]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SimChangeCreate,

) -> Problem | SimChangeOut | None:
    """ Request a SIM change

     Decided at once, allowed or denied, and kept either way with the authentication used (R-2010-h-10):
    denied under a SIM-change lock (`SIM_CHANGE_LOCKED`, E23), without an authentication the carrier
    accepts
    (`NOT_AUTHENTICATED`, `AUTHENTICATION_METHOD_NOT_ACCEPTED`), when the code went to the number being
    moved
    (`CODE_SENT_TO_THE_NUMBER_BEING_CHANGED`, E25) or when the interaction turned a lock off (E26). When
    allowed, `account.sim_change_requested` goes out in this transaction, before the change is carried
    out
    (R-2010-h-6); `POST .../complete` records that provisioning did it.

    Args:
        body (SimChangeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimChangeOut
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
