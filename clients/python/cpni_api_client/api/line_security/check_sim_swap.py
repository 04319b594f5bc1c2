from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.sim_swap_check import SimSwapCheck
from ...models.sim_swap_checked import SimSwapChecked
from typing import cast



def _get_kwargs(
    *,
    body: SimSwapCheck,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sim-swap/check",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SimSwapChecked | None:
    if response.status_code == 200:
        response_200 = SimSwapChecked.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SimSwapChecked]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SimSwapCheck,

) -> Response[Problem | SimSwapChecked]:
    """ Did this number's SIM change?

     The CAMARA SimSwap `check`: `swapped` when the number's SIM changed (a completed SIM change, a port-
    in,
    a line added after sign-up) within `max_age_hours` (E7). 404 for a number of record nowhere. Each
    answer
    is audited: it says something about a customer's line.

    Args:
        body (SimSwapCheck): CAMARA SimSwap `check`, in this API's snake_case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimSwapChecked]
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
    body: SimSwapCheck,

) -> Problem | SimSwapChecked | None:
    """ Did this number's SIM change?

     The CAMARA SimSwap `check`: `swapped` when the number's SIM changed (a completed SIM change, a port-
    in,
    a line added after sign-up) within `max_age_hours` (E7). 404 for a number of record nowhere. Each
    answer
    is audited: it says something about a customer's line.

    Args:
        body (SimSwapCheck): CAMARA SimSwap `check`, in this API's snake_case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimSwapChecked
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SimSwapCheck,

) -> Response[Problem | SimSwapChecked]:
    """ Did this number's SIM change?

     The CAMARA SimSwap `check`: `swapped` when the number's SIM changed (a completed SIM change, a port-
    in,
    a line added after sign-up) within `max_age_hours` (E7). 404 for a number of record nowhere. Each
    answer
    is audited: it says something about a customer's line.

    Args:
        body (SimSwapCheck): CAMARA SimSwap `check`, in this API's snake_case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimSwapChecked]
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
    body: SimSwapCheck,

) -> Problem | SimSwapChecked | None:
    """ Did this number's SIM change?

     The CAMARA SimSwap `check`: `swapped` when the number's SIM changed (a completed SIM change, a port-
    in,
    a line added after sign-up) within `max_age_hours` (E7). 404 for a number of record nowhere. Each
    answer
    is audited: it says something about a customer's line.

    Args:
        body (SimSwapCheck): CAMARA SimSwap `check`, in this API's snake_case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimSwapChecked
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
