from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.disciplinary_action_create import DisciplinaryActionCreate
from ...models.disciplinary_action_out import DisciplinaryActionOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    agent_id: str,
    *,
    body: DisciplinaryActionCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agents/{agent_id}/disciplinary-actions".format(agent_id=quote(str(agent_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DisciplinaryActionOut | Problem | None:
    if response.status_code == 201:
        response_201 = DisciplinaryActionOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DisciplinaryActionOut | Problem]:
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
    body: DisciplinaryActionCreate,

) -> Response[DisciplinaryActionOut | Problem]:
    """ Record a disciplinary action against an agent

     R-2009-b: the express disciplinary process for unauthorized use of CPNI.

    Args:
        agent_id (str): The carrier's id for the agent.
        body (DisciplinaryActionCreate): R-2009-b: an action of the express disciplinary process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisciplinaryActionOut | Problem]
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
    body: DisciplinaryActionCreate,

) -> DisciplinaryActionOut | Problem | None:
    """ Record a disciplinary action against an agent

     R-2009-b: the express disciplinary process for unauthorized use of CPNI.

    Args:
        agent_id (str): The carrier's id for the agent.
        body (DisciplinaryActionCreate): R-2009-b: an action of the express disciplinary process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisciplinaryActionOut | Problem
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
    body: DisciplinaryActionCreate,

) -> Response[DisciplinaryActionOut | Problem]:
    """ Record a disciplinary action against an agent

     R-2009-b: the express disciplinary process for unauthorized use of CPNI.

    Args:
        agent_id (str): The carrier's id for the agent.
        body (DisciplinaryActionCreate): R-2009-b: an action of the express disciplinary process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisciplinaryActionOut | Problem]
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
    body: DisciplinaryActionCreate,

) -> DisciplinaryActionOut | Problem | None:
    """ Record a disciplinary action against an agent

     R-2009-b: the express disciplinary process for unauthorized use of CPNI.

    Args:
        agent_id (str): The carrier's id for the agent.
        body (DisciplinaryActionCreate): R-2009-b: an action of the express disciplinary process.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisciplinaryActionOut | Problem
     """


    return (await asyncio_detailed(
        agent_id=agent_id,
client=client,
body=body,

    )).parsed
