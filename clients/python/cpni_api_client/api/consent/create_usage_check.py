from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.usage_check_create import UsageCheckCreate
from ...models.usage_check_out import UsageCheckOut
from typing import cast



def _get_kwargs(
    *,
    body: UsageCheckCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/usage-checks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UsageCheckOut | None:
    if response.status_code == 200:
        response_200 = UsageCheckOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UsageCheckOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UsageCheckCreate,

) -> Response[Problem | UsageCheckOut]:
    """ May this account's CPNI be used now?

     R-2009-a: `allow` or `deny` with a `reason_code`, the `rule`, and the `basis` (the approval, the
    notice, or the R-2005 / 222(c)(1) / 222(d) exception). Fails closed: anything not positively
    established
    denies. `emergency` (47 U.S.C. 222(d)(4)) allows only the user's location (`includes_location:
    true`) to
    the named `emergency_recipient`, as a `third_party_disclosure`; `required_by_law` (222(c)(1)) allows
    a
    `third_party_disclosure` compelled by the named `legal_process`. The carrier's own policy
    (`GET /v1/carrier-policy`) is enforced too. Every check is kept (`GET /v1/usage-checks/{id}`) and is
    an
    audit record (`consent.usage_checked`).

    Args:
        body (UsageCheckCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsageCheckOut]
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
    body: UsageCheckCreate,

) -> Problem | UsageCheckOut | None:
    """ May this account's CPNI be used now?

     R-2009-a: `allow` or `deny` with a `reason_code`, the `rule`, and the `basis` (the approval, the
    notice, or the R-2005 / 222(c)(1) / 222(d) exception). Fails closed: anything not positively
    established
    denies. `emergency` (47 U.S.C. 222(d)(4)) allows only the user's location (`includes_location:
    true`) to
    the named `emergency_recipient`, as a `third_party_disclosure`; `required_by_law` (222(c)(1)) allows
    a
    `third_party_disclosure` compelled by the named `legal_process`. The carrier's own policy
    (`GET /v1/carrier-policy`) is enforced too. Every check is kept (`GET /v1/usage-checks/{id}`) and is
    an
    audit record (`consent.usage_checked`).

    Args:
        body (UsageCheckCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsageCheckOut
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UsageCheckCreate,

) -> Response[Problem | UsageCheckOut]:
    """ May this account's CPNI be used now?

     R-2009-a: `allow` or `deny` with a `reason_code`, the `rule`, and the `basis` (the approval, the
    notice, or the R-2005 / 222(c)(1) / 222(d) exception). Fails closed: anything not positively
    established
    denies. `emergency` (47 U.S.C. 222(d)(4)) allows only the user's location (`includes_location:
    true`) to
    the named `emergency_recipient`, as a `third_party_disclosure`; `required_by_law` (222(c)(1)) allows
    a
    `third_party_disclosure` compelled by the named `legal_process`. The carrier's own policy
    (`GET /v1/carrier-policy`) is enforced too. Every check is kept (`GET /v1/usage-checks/{id}`) and is
    an
    audit record (`consent.usage_checked`).

    Args:
        body (UsageCheckCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsageCheckOut]
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
    body: UsageCheckCreate,

) -> Problem | UsageCheckOut | None:
    """ May this account's CPNI be used now?

     R-2009-a: `allow` or `deny` with a `reason_code`, the `rule`, and the `basis` (the approval, the
    notice, or the R-2005 / 222(c)(1) / 222(d) exception). Fails closed: anything not positively
    established
    denies. `emergency` (47 U.S.C. 222(d)(4)) allows only the user's location (`includes_location:
    true`) to
    the named `emergency_recipient`, as a `third_party_disclosure`; `required_by_law` (222(c)(1)) allows
    a
    `third_party_disclosure` compelled by the named `legal_process`. The carrier's own policy
    (`GET /v1/carrier-policy`) is enforced too. Every check is kept (`GET /v1/usage-checks/{id}`) and is
    an
    audit record (`consent.usage_checked`).

    Args:
        body (UsageCheckCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsageCheckOut
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
