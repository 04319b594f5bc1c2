from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.disclosure_check_out import DisclosureCheckOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    check_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/disclosure-checks/{check_id}".format(check_id=quote(str(check_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DisclosureCheckOut | Problem | None:
    if response.status_code == 200:
        response_200 = DisclosureCheckOut.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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
    check_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[DisclosureCheckOut | Problem]:
    """ A disclosure check, as decided

     The decision as it was made and recorded: outcome, reason code, rule ids and what the agent may do;
    for an audit or a dispute, never decided again.

    Args:
        check_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisclosureCheckOut | Problem]
     """


    kwargs = _get_kwargs(
        check_id=check_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    check_id: str,
    *,
    client: AuthenticatedClient,

) -> DisclosureCheckOut | Problem | None:
    """ A disclosure check, as decided

     The decision as it was made and recorded: outcome, reason code, rule ids and what the agent may do;
    for an audit or a dispute, never decided again.

    Args:
        check_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisclosureCheckOut | Problem
     """


    return sync_detailed(
        check_id=check_id,
client=client,

    ).parsed

async def asyncio_detailed(
    check_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[DisclosureCheckOut | Problem]:
    """ A disclosure check, as decided

     The decision as it was made and recorded: outcome, reason code, rule ids and what the agent may do;
    for an audit or a dispute, never decided again.

    Args:
        check_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisclosureCheckOut | Problem]
     """


    kwargs = _get_kwargs(
        check_id=check_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    check_id: str,
    *,
    client: AuthenticatedClient,

) -> DisclosureCheckOut | Problem | None:
    """ A disclosure check, as decided

     The decision as it was made and recorded: outcome, reason code, rule ids and what the agent may do;
    for an audit or a dispute, never decided again.

    Args:
        check_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisclosureCheckOut | Problem
     """


    return (await asyncio_detailed(
        check_id=check_id,
client=client,

    )).parsed
