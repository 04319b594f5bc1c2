from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.breach_out import BreachOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    breach_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/breaches/{breach_id}/customer-notifications".format(breach_id=quote(str(breach_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BreachOut | Problem | None:
    if response.status_code == 202:
        response_202 = BreachOut.from_dict(response.json())



        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BreachOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    breach_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[BreachOut | Problem]:
    """ Notify every affected customer

     R-2011-c: one `breach.customer_notice` event per affected account, through the outbox. 409
    `CUSTOMER_NOTICE_TOO_EARLY` (with `reason` and `earliest_allowed_at`) before law enforcement was
    notified, during the waiting period (unless the urgent path applies) or while a hold is active.

    202: the notices are emitted right after the response, in batches that each commit on their own;
    watch
    `customer_notice` on `GET /v1/breaches/{breach_id}`. Idempotent: repeating the request never
    notifies an
    account twice, and resumes a run that was interrupted.

    Args:
        breach_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachOut | Problem]
     """


    kwargs = _get_kwargs(
        breach_id=breach_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    breach_id: str,
    *,
    client: AuthenticatedClient,

) -> BreachOut | Problem | None:
    """ Notify every affected customer

     R-2011-c: one `breach.customer_notice` event per affected account, through the outbox. 409
    `CUSTOMER_NOTICE_TOO_EARLY` (with `reason` and `earliest_allowed_at`) before law enforcement was
    notified, during the waiting period (unless the urgent path applies) or while a hold is active.

    202: the notices are emitted right after the response, in batches that each commit on their own;
    watch
    `customer_notice` on `GET /v1/breaches/{breach_id}`. Idempotent: repeating the request never
    notifies an
    account twice, and resumes a run that was interrupted.

    Args:
        breach_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachOut | Problem
     """


    return sync_detailed(
        breach_id=breach_id,
client=client,

    ).parsed

async def asyncio_detailed(
    breach_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[BreachOut | Problem]:
    """ Notify every affected customer

     R-2011-c: one `breach.customer_notice` event per affected account, through the outbox. 409
    `CUSTOMER_NOTICE_TOO_EARLY` (with `reason` and `earliest_allowed_at`) before law enforcement was
    notified, during the waiting period (unless the urgent path applies) or while a hold is active.

    202: the notices are emitted right after the response, in batches that each commit on their own;
    watch
    `customer_notice` on `GET /v1/breaches/{breach_id}`. Idempotent: repeating the request never
    notifies an
    account twice, and resumes a run that was interrupted.

    Args:
        breach_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachOut | Problem]
     """


    kwargs = _get_kwargs(
        breach_id=breach_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    breach_id: str,
    *,
    client: AuthenticatedClient,

) -> BreachOut | Problem | None:
    """ Notify every affected customer

     R-2011-c: one `breach.customer_notice` event per affected account, through the outbox. 409
    `CUSTOMER_NOTICE_TOO_EARLY` (with `reason` and `earliest_allowed_at`) before law enforcement was
    notified, during the waiting period (unless the urgent path applies) or while a hold is active.

    202: the notices are emitted right after the response, in batches that each commit on their own;
    watch
    `customer_notice` on `GET /v1/breaches/{breach_id}`. Idempotent: repeating the request never
    notifies an
    account twice, and resumes a run that was interrupted.

    Args:
        breach_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachOut | Problem
     """


    return (await asyncio_detailed(
        breach_id=breach_id,
client=client,

    )).parsed
