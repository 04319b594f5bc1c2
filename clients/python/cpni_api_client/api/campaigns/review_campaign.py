from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.review_create import ReviewCreate
from ...models.review_out import ReviewOut
from typing import cast



def _get_kwargs(
    campaign_id: str,
    *,
    body: ReviewCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/campaigns/{campaign_id}/reviews".format(campaign_id=quote(str(campaign_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReviewOut | None:
    if response.status_code == 201:
        response_201 = ReviewOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReviewOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: ReviewCreate,

) -> Response[Problem | ReviewOut]:
    """ Review a campaign

     R-2009-d: a supervisor approves or rejects once; the reviewer may not be the requester (409
    `REVIEWER_IS_REQUESTER`).

    Args:
        campaign_id (str):
        body (ReviewCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewOut]
     """


    kwargs = _get_kwargs(
        campaign_id=campaign_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: ReviewCreate,

) -> Problem | ReviewOut | None:
    """ Review a campaign

     R-2009-d: a supervisor approves or rejects once; the reviewer may not be the requester (409
    `REVIEWER_IS_REQUESTER`).

    Args:
        campaign_id (str):
        body (ReviewCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewOut
     """


    return sync_detailed(
        campaign_id=campaign_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: ReviewCreate,

) -> Response[Problem | ReviewOut]:
    """ Review a campaign

     R-2009-d: a supervisor approves or rejects once; the reviewer may not be the requester (409
    `REVIEWER_IS_REQUESTER`).

    Args:
        campaign_id (str):
        body (ReviewCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewOut]
     """


    kwargs = _get_kwargs(
        campaign_id=campaign_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: ReviewCreate,

) -> Problem | ReviewOut | None:
    """ Review a campaign

     R-2009-d: a supervisor approves or rejects once; the reviewer may not be the requester (409
    `REVIEWER_IS_REQUESTER`).

    Args:
        campaign_id (str):
        body (ReviewCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewOut
     """


    return (await asyncio_detailed(
        campaign_id=campaign_id,
client=client,
body=body,

    )).parsed
