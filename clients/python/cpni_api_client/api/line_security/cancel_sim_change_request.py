from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.request_cancellation import RequestCancellation
from ...models.sim_change_out import SimChangeOut
from typing import cast



def _get_kwargs(
    request_id: str,
    *,
    body: RequestCancellation,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sim-change-requests/{request_id}/cancel".format(request_id=quote(str(request_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SimChangeOut | None:
    if response.status_code == 200:
        response_200 = SimChangeOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SimChangeOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestCancellation,

) -> Response[Problem | SimChangeOut]:
    """ Cancel an allowed SIM change that will not be carried out

     An allowed SIM change holds its line until it is completed or cancelled: meanwhile another SIM
    change
    or a port-out of the number is denied `NUMBER_CONTROL_ACTION_PENDING` (E24, R-5237-8). Only a
    pending
    request (409 `REQUEST_NOT_ALLOWED`, `REQUEST_ALREADY_COMPLETED`, `REQUEST_CANCELLED`); audited with
    its
    reason.

    Args:
        request_id (str):
        body (RequestCancellation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimChangeOut]
     """


    kwargs = _get_kwargs(
        request_id=request_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestCancellation,

) -> Problem | SimChangeOut | None:
    """ Cancel an allowed SIM change that will not be carried out

     An allowed SIM change holds its line until it is completed or cancelled: meanwhile another SIM
    change
    or a port-out of the number is denied `NUMBER_CONTROL_ACTION_PENDING` (E24, R-5237-8). Only a
    pending
    request (409 `REQUEST_NOT_ALLOWED`, `REQUEST_ALREADY_COMPLETED`, `REQUEST_CANCELLED`); audited with
    its
    reason.

    Args:
        request_id (str):
        body (RequestCancellation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimChangeOut
     """


    return sync_detailed(
        request_id=request_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestCancellation,

) -> Response[Problem | SimChangeOut]:
    """ Cancel an allowed SIM change that will not be carried out

     An allowed SIM change holds its line until it is completed or cancelled: meanwhile another SIM
    change
    or a port-out of the number is denied `NUMBER_CONTROL_ACTION_PENDING` (E24, R-5237-8). Only a
    pending
    request (409 `REQUEST_NOT_ALLOWED`, `REQUEST_ALREADY_COMPLETED`, `REQUEST_CANCELLED`); audited with
    its
    reason.

    Args:
        request_id (str):
        body (RequestCancellation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimChangeOut]
     """


    kwargs = _get_kwargs(
        request_id=request_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: RequestCancellation,

) -> Problem | SimChangeOut | None:
    """ Cancel an allowed SIM change that will not be carried out

     An allowed SIM change holds its line until it is completed or cancelled: meanwhile another SIM
    change
    or a port-out of the number is denied `NUMBER_CONTROL_ACTION_PENDING` (E24, R-5237-8). Only a
    pending
    request (409 `REQUEST_NOT_ALLOWED`, `REQUEST_ALREADY_COMPLETED`, `REQUEST_CANCELLED`); audited with
    its
    reason.

    Args:
        request_id (str):
        body (RequestCancellation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimChangeOut
     """


    return (await asyncio_detailed(
        request_id=request_id,
client=client,
body=body,

    )).parsed
