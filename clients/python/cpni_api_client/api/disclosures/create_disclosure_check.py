from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.disclosure_check_in import DisclosureCheckIn
from ...models.disclosure_check_out import DisclosureCheckOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: DisclosureCheckIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/disclosure-checks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DisclosureCheckOut | Problem | None:
    if response.status_code == 200:
        response_200 = DisclosureCheckOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DisclosureCheckOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DisclosureCheckIn,

) -> Response[DisclosureCheckOut | Problem]:
    """ May this CPNI be released now, this way?

     Answers from the rules (R-2010-a/b/c/d/g, R-2009-b) and records the answer. A denial is a 200 with
    `decision: deny`, a stable `reason_code`, the releases still open (`permitted_alternatives`) and the
    verification that would unlock the request (`required_verification`). An allowed
    `send_to_address_of_record` has already emitted the event that takes the call detail to the address
    of
    record; an allowed `callback_to_number_of_record` returns the number(s) to dial in
    `numbers_to_dial`.

    Args:
        body (DisclosureCheckIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisclosureCheckOut | Problem]
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
    body: DisclosureCheckIn,

) -> DisclosureCheckOut | Problem | None:
    """ May this CPNI be released now, this way?

     Answers from the rules (R-2010-a/b/c/d/g, R-2009-b) and records the answer. A denial is a 200 with
    `decision: deny`, a stable `reason_code`, the releases still open (`permitted_alternatives`) and the
    verification that would unlock the request (`required_verification`). An allowed
    `send_to_address_of_record` has already emitted the event that takes the call detail to the address
    of
    record; an allowed `callback_to_number_of_record` returns the number(s) to dial in
    `numbers_to_dial`.

    Args:
        body (DisclosureCheckIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisclosureCheckOut | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DisclosureCheckIn,

) -> Response[DisclosureCheckOut | Problem]:
    """ May this CPNI be released now, this way?

     Answers from the rules (R-2010-a/b/c/d/g, R-2009-b) and records the answer. A denial is a 200 with
    `decision: deny`, a stable `reason_code`, the releases still open (`permitted_alternatives`) and the
    verification that would unlock the request (`required_verification`). An allowed
    `send_to_address_of_record` has already emitted the event that takes the call detail to the address
    of
    record; an allowed `callback_to_number_of_record` returns the number(s) to dial in
    `numbers_to_dial`.

    Args:
        body (DisclosureCheckIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisclosureCheckOut | Problem]
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
    body: DisclosureCheckIn,

) -> DisclosureCheckOut | Problem | None:
    """ May this CPNI be released now, this way?

     Answers from the rules (R-2010-a/b/c/d/g, R-2009-b) and records the answer. A denial is a 200 with
    `decision: deny`, a stable `reason_code`, the releases still open (`permitted_alternatives`) and the
    verification that would unlock the request (`required_verification`). An allowed
    `send_to_address_of_record` has already emitted the event that takes the call detail to the address
    of
    record; an allowed `callback_to_number_of_record` returns the number(s) to dial in
    `numbers_to_dial`.

    Args:
        body (DisclosureCheckIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisclosureCheckOut | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
