from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.training_create import TrainingCreate
from ...models.training_out import TrainingOut
from typing import cast



def _get_kwargs(
    agent_id: str,
    *,
    body: TrainingCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agents/{agent_id}/trainings".format(agent_id=quote(str(agent_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TrainingOut | None:
    if response.status_code == 201:
        response_201 = TrainingOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TrainingOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: TrainingCreate,

) -> Response[Problem | TrainingOut]:
    """ Record a training

     R-2009-b: an agent completed training on when CPNI may and may not be used. A training counts from
    `completed_at` until `expires_at` (null: no expiry).

    Args:
        agent_id (str): The carrier's id for the agent.
        body (TrainingCreate): R-2009-b: a completed training on when CPNI may and may not be
            used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingOut]
     """


    kwargs = _get_kwargs(
        agent_id=agent_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: TrainingCreate,

) -> Problem | TrainingOut | None:
    """ Record a training

     R-2009-b: an agent completed training on when CPNI may and may not be used. A training counts from
    `completed_at` until `expires_at` (null: no expiry).

    Args:
        agent_id (str): The carrier's id for the agent.
        body (TrainingCreate): R-2009-b: a completed training on when CPNI may and may not be
            used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingOut
     """


    return sync_detailed(
        agent_id=agent_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: TrainingCreate,

) -> Response[Problem | TrainingOut]:
    """ Record a training

     R-2009-b: an agent completed training on when CPNI may and may not be used. A training counts from
    `completed_at` until `expires_at` (null: no expiry).

    Args:
        agent_id (str): The carrier's id for the agent.
        body (TrainingCreate): R-2009-b: a completed training on when CPNI may and may not be
            used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingOut]
     """


    kwargs = _get_kwargs(
        agent_id=agent_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: TrainingCreate,

) -> Problem | TrainingOut | None:
    """ Record a training

     R-2009-b: an agent completed training on when CPNI may and may not be used. A training counts from
    `completed_at` until `expires_at` (null: no expiry).

    Args:
        agent_id (str): The carrier's id for the agent.
        body (TrainingCreate): R-2009-b: a completed training on when CPNI may and may not be
            used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingOut
     """


    return (await asyncio_detailed(
        agent_id=agent_id,
client=client,
body=body,

    )).parsed
