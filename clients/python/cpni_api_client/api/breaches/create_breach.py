from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.breach_create import BreachCreate
from ...models.breach_out import BreachOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: BreachCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/breaches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BreachOut | Problem | None:
    if response.status_code == 201:
        response_201 = BreachOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BreachOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BreachCreate,

) -> Response[BreachOut | Problem]:
    """ Record a breach

     R-2011-d record; answers with `law_enforcement_notice_due_by`: the end of the 7th business day after
    `determined_at`, holidays counted as business days (R-2011-b, E1). The regime is fixed here (E19).
    Unknown `affected_account_ids` refuse the request (422 `UNKNOWN_ACCOUNT_IDS`, listing them).

    Args:
        body (BreachCreate): R-2011-d, R-2011-NEW-10: the facts recorded for a breach. Describe
            the CPNI involved by kind, never by
            value. The 2024 record's parts (`covered_data`, `intent`, ...) may come now or later by
            `PATCH`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachOut | Problem]
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
    body: BreachCreate,

) -> BreachOut | Problem | None:
    """ Record a breach

     R-2011-d record; answers with `law_enforcement_notice_due_by`: the end of the 7th business day after
    `determined_at`, holidays counted as business days (R-2011-b, E1). The regime is fixed here (E19).
    Unknown `affected_account_ids` refuse the request (422 `UNKNOWN_ACCOUNT_IDS`, listing them).

    Args:
        body (BreachCreate): R-2011-d, R-2011-NEW-10: the facts recorded for a breach. Describe
            the CPNI involved by kind, never by
            value. The 2024 record's parts (`covered_data`, `intent`, ...) may come now or later by
            `PATCH`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachOut | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BreachCreate,

) -> Response[BreachOut | Problem]:
    """ Record a breach

     R-2011-d record; answers with `law_enforcement_notice_due_by`: the end of the 7th business day after
    `determined_at`, holidays counted as business days (R-2011-b, E1). The regime is fixed here (E19).
    Unknown `affected_account_ids` refuse the request (422 `UNKNOWN_ACCOUNT_IDS`, listing them).

    Args:
        body (BreachCreate): R-2011-d, R-2011-NEW-10: the facts recorded for a breach. Describe
            the CPNI involved by kind, never by
            value. The 2024 record's parts (`covered_data`, `intent`, ...) may come now or later by
            `PATCH`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachOut | Problem]
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
    body: BreachCreate,

) -> BreachOut | Problem | None:
    """ Record a breach

     R-2011-d record; answers with `law_enforcement_notice_due_by`: the end of the 7th business day after
    `determined_at`, holidays counted as business days (R-2011-b, E1). The regime is fixed here (E19).
    Unknown `affected_account_ids` refuse the request (422 `UNKNOWN_ACCOUNT_IDS`, listing them).

    Args:
        body (BreachCreate): R-2011-d, R-2011-NEW-10: the facts recorded for a breach. Describe
            the CPNI involved by kind, never by
            value. The 2024 record's parts (`covered_data`, `intent`, ...) may come now or later by
            `PATCH`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachOut | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
