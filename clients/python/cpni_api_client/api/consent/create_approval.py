from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.approval_create import ApprovalCreate
from ...models.approval_out import ApprovalOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    account_id: str,
    *,
    body: ApprovalCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/accounts/{account_id}/approvals".format(account_id=quote(str(account_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApprovalOut | Problem | None:
    if response.status_code == 201:
        response_201 = ApprovalOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApprovalOut | Problem]:
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
    body: ApprovalCreate,

) -> Response[ApprovalOut | Problem]:
    """ Record a customer's approval decision

     Append-only (R-2007-a-3: the latest standing decision on a scope wins and stays in effect until the
    customer changes it). An oral grant needs `oral_evidence` (R-2007-a-2). A grant with
    `interaction_id` is
    one-time oral consent for that open call only (R-2008-f, E11).

    Args:
        account_id (str):
        body (ApprovalCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalOut | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: ApprovalCreate,

) -> ApprovalOut | Problem | None:
    """ Record a customer's approval decision

     Append-only (R-2007-a-3: the latest standing decision on a scope wins and stays in effect until the
    customer changes it). An oral grant needs `oral_evidence` (R-2007-a-2). A grant with
    `interaction_id` is
    one-time oral consent for that open call only (R-2008-f, E11).

    Args:
        account_id (str):
        body (ApprovalCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalOut | Problem
     """


    return sync_detailed(
        account_id=account_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: ApprovalCreate,

) -> Response[ApprovalOut | Problem]:
    """ Record a customer's approval decision

     Append-only (R-2007-a-3: the latest standing decision on a scope wins and stays in effect until the
    customer changes it). An oral grant needs `oral_evidence` (R-2007-a-2). A grant with
    `interaction_id` is
    one-time oral consent for that open call only (R-2008-f, E11).

    Args:
        account_id (str):
        body (ApprovalCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalOut | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: ApprovalCreate,

) -> ApprovalOut | Problem | None:
    """ Record a customer's approval decision

     Append-only (R-2007-a-3: the latest standing decision on a scope wins and stays in effect until the
    customer changes it). An oral grant needs `oral_evidence` (R-2007-a-2). A grant with
    `interaction_id` is
    one-time oral consent for that open call only (R-2008-f, E11).

    Args:
        account_id (str):
        body (ApprovalCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalOut | Problem
     """


    return (await asyncio_detailed(
        account_id=account_id,
client=client,
body=body,

    )).parsed
