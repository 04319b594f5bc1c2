from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.account_create import AccountCreate
from ...models.account_created import AccountCreated
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: AccountCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountCreated | Problem | None:
    if response.status_code == 201:
        response_201 = AccountCreated.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountCreated | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,

) -> Response[AccountCreated | Problem]:
    """ Create an account

     No change notice is sent for the creation (R-2010-f-2). `origin` decides whether the account has a
    service initiation: a `new_service` account may get its password, backup method and online account
    without an interaction and without notice until `service_initiation_ends_at`; an `existing_customer`
    (the default when an address is back-dated, as when importing a customer base) never may
    (R-2010-e-1,
    ADR 0020). `initial_credentials` sets them in the creation transaction and needs `credentials:write`
    too (403 otherwise). Addresses may carry an `associated_since` in the past when importing existing
    customers; an address is of record after 30 days (R-2003).

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountCreated | Problem]
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
    body: AccountCreate,

) -> AccountCreated | Problem | None:
    """ Create an account

     No change notice is sent for the creation (R-2010-f-2). `origin` decides whether the account has a
    service initiation: a `new_service` account may get its password, backup method and online account
    without an interaction and without notice until `service_initiation_ends_at`; an `existing_customer`
    (the default when an address is back-dated, as when importing a customer base) never may
    (R-2010-e-1,
    ADR 0020). `initial_credentials` sets them in the creation transaction and needs `credentials:write`
    too (403 otherwise). Addresses may carry an `associated_since` in the past when importing existing
    customers; an address is of record after 30 days (R-2003).

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountCreated | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,

) -> Response[AccountCreated | Problem]:
    """ Create an account

     No change notice is sent for the creation (R-2010-f-2). `origin` decides whether the account has a
    service initiation: a `new_service` account may get its password, backup method and online account
    without an interaction and without notice until `service_initiation_ends_at`; an `existing_customer`
    (the default when an address is back-dated, as when importing a customer base) never may
    (R-2010-e-1,
    ADR 0020). `initial_credentials` sets them in the creation transaction and needs `credentials:write`
    too (403 otherwise). Addresses may carry an `associated_since` in the past when importing existing
    customers; an address is of record after 30 days (R-2003).

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountCreated | Problem]
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
    body: AccountCreate,

) -> AccountCreated | Problem | None:
    """ Create an account

     No change notice is sent for the creation (R-2010-f-2). `origin` decides whether the account has a
    service initiation: a `new_service` account may get its password, backup method and online account
    without an interaction and without notice until `service_initiation_ends_at`; an `existing_customer`
    (the default when an address is back-dated, as when importing a customer base) never may
    (R-2010-e-1,
    ADR 0020). `initial_credentials` sets them in the creation transaction and needs `credentials:write`
    too (403 otherwise). Addresses may carry an `associated_since` in the past when importing existing
    customers; an address is of record after 30 days (R-2003).

    Args:
        body (AccountCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountCreated | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
