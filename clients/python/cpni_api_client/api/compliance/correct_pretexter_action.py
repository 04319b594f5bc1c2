from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.pretexter_action_correction import PretexterActionCorrection
from ...models.pretexter_action_out import PretexterActionOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    action_id: str,
    *,
    body: PretexterActionCorrection,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/pretexter-actions/{action_id}".format(action_id=quote(str(action_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PretexterActionOut | Problem | None:
    if response.status_code == 200:
        response_200 = PretexterActionOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PretexterActionOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    action_id: str,
    *,
    client: AuthenticatedClient,
    body: PretexterActionCorrection,

) -> Response[PretexterActionOut | Problem]:
    """ Record or correct an action's outcome

     A correction (design.md §5): the `outcome` of an action against a pretexter or data broker, known
    later; the certification explains it (R-2009-e). Audited; nothing is deleted.

    Args:
        action_id (str):
        body (PretexterActionCorrection): The outcome of an action against a pretexter or data
            broker, known later (design.md §5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PretexterActionOut | Problem]
     """


    kwargs = _get_kwargs(
        action_id=action_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    action_id: str,
    *,
    client: AuthenticatedClient,
    body: PretexterActionCorrection,

) -> PretexterActionOut | Problem | None:
    """ Record or correct an action's outcome

     A correction (design.md §5): the `outcome` of an action against a pretexter or data broker, known
    later; the certification explains it (R-2009-e). Audited; nothing is deleted.

    Args:
        action_id (str):
        body (PretexterActionCorrection): The outcome of an action against a pretexter or data
            broker, known later (design.md §5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PretexterActionOut | Problem
     """


    return sync_detailed(
        action_id=action_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    action_id: str,
    *,
    client: AuthenticatedClient,
    body: PretexterActionCorrection,

) -> Response[PretexterActionOut | Problem]:
    """ Record or correct an action's outcome

     A correction (design.md §5): the `outcome` of an action against a pretexter or data broker, known
    later; the certification explains it (R-2009-e). Audited; nothing is deleted.

    Args:
        action_id (str):
        body (PretexterActionCorrection): The outcome of an action against a pretexter or data
            broker, known later (design.md §5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PretexterActionOut | Problem]
     """


    kwargs = _get_kwargs(
        action_id=action_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    action_id: str,
    *,
    client: AuthenticatedClient,
    body: PretexterActionCorrection,

) -> PretexterActionOut | Problem | None:
    """ Record or correct an action's outcome

     A correction (design.md §5): the `outcome` of an action against a pretexter or data broker, known
    later; the certification explains it (R-2009-e). Audited; nothing is deleted.

    Args:
        action_id (str):
        body (PretexterActionCorrection): The outcome of an action against a pretexter or data
            broker, known later (design.md §5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PretexterActionOut | Problem
     """


    return (await asyncio_detailed(
        action_id=action_id,
client=client,
body=body,

    )).parsed
