from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.third_party_out import ThirdPartyOut
from typing import cast



def _get_kwargs(
    third_party_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/third-parties/{third_party_id}".format(third_party_id=quote(str(third_party_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ThirdPartyOut | None:
    if response.status_code == 200:
        response_200 = ThirdPartyOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ThirdPartyOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    third_party_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | ThirdPartyOut]:
    """ Get a third party

     One recipient, with its kind, confidentiality agreement and acknowledgements.

    Args:
        third_party_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ThirdPartyOut]
     """


    kwargs = _get_kwargs(
        third_party_id=third_party_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    third_party_id: str,
    *,
    client: AuthenticatedClient,

) -> Problem | ThirdPartyOut | None:
    """ Get a third party

     One recipient, with its kind, confidentiality agreement and acknowledgements.

    Args:
        third_party_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ThirdPartyOut
     """


    return sync_detailed(
        third_party_id=third_party_id,
client=client,

    ).parsed

async def asyncio_detailed(
    third_party_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | ThirdPartyOut]:
    """ Get a third party

     One recipient, with its kind, confidentiality agreement and acknowledgements.

    Args:
        third_party_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ThirdPartyOut]
     """


    kwargs = _get_kwargs(
        third_party_id=third_party_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    third_party_id: str,
    *,
    client: AuthenticatedClient,

) -> Problem | ThirdPartyOut | None:
    """ Get a third party

     One recipient, with its kind, confidentiality agreement and acknowledgements.

    Args:
        third_party_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ThirdPartyOut
     """


    return (await asyncio_detailed(
        third_party_id=third_party_id,
client=client,

    )).parsed
