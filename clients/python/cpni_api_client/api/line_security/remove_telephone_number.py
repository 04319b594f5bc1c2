from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.number_removal import NumberRemoval
from ...models.numbers_of_record_changed import NumbersOfRecordChanged
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    account_id: str,
    telephone_number: str,
    *,
    body: None | NumberRemoval | Unset = UNSET,
    interaction_id: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    json_interaction_id: None | str | Unset
    if isinstance(interaction_id, Unset):
        json_interaction_id = UNSET
    else:
        json_interaction_id = interaction_id
    params["interaction_id"] = json_interaction_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/accounts/{account_id}/telephone-numbers/{telephone_number}".format(account_id=quote(str(account_id), safe=""),telephone_number=quote(str(telephone_number), safe=""),),
        "params": params,
    }

    
    if isinstance(body, NumberRemoval):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> NumbersOfRecordChanged | Problem | None:
    if response.status_code == 200:
        response_200 = NumbersOfRecordChanged.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[NumbersOfRecordChanged | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    telephone_number: str,
    *,
    client: AuthenticatedClient,
    body: None | NumberRemoval | Unset = UNSET,
    interaction_id: None | str | Unset = UNSET,

) -> Response[NumbersOfRecordChanged | Problem]:
    """ Remove a telephone number of record

     Needs an authenticated interaction (`interaction_id` in the query or the body), even during service
    initiation; never the last number of record (409 `LAST_NUMBER_OF_RECORD`); a change notice goes out.

    Args:
        account_id (str):
        telephone_number (str):
        interaction_id (None | str | Unset):
        body (None | NumberRemoval | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NumbersOfRecordChanged | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
telephone_number=telephone_number,
body=body,
interaction_id=interaction_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    account_id: str,
    telephone_number: str,
    *,
    client: AuthenticatedClient,
    body: None | NumberRemoval | Unset = UNSET,
    interaction_id: None | str | Unset = UNSET,

) -> NumbersOfRecordChanged | Problem | None:
    """ Remove a telephone number of record

     Needs an authenticated interaction (`interaction_id` in the query or the body), even during service
    initiation; never the last number of record (409 `LAST_NUMBER_OF_RECORD`); a change notice goes out.

    Args:
        account_id (str):
        telephone_number (str):
        interaction_id (None | str | Unset):
        body (None | NumberRemoval | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NumbersOfRecordChanged | Problem
     """


    return sync_detailed(
        account_id=account_id,
telephone_number=telephone_number,
client=client,
body=body,
interaction_id=interaction_id,

    ).parsed

async def asyncio_detailed(
    account_id: str,
    telephone_number: str,
    *,
    client: AuthenticatedClient,
    body: None | NumberRemoval | Unset = UNSET,
    interaction_id: None | str | Unset = UNSET,

) -> Response[NumbersOfRecordChanged | Problem]:
    """ Remove a telephone number of record

     Needs an authenticated interaction (`interaction_id` in the query or the body), even during service
    initiation; never the last number of record (409 `LAST_NUMBER_OF_RECORD`); a change notice goes out.

    Args:
        account_id (str):
        telephone_number (str):
        interaction_id (None | str | Unset):
        body (None | NumberRemoval | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NumbersOfRecordChanged | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
telephone_number=telephone_number,
body=body,
interaction_id=interaction_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    account_id: str,
    telephone_number: str,
    *,
    client: AuthenticatedClient,
    body: None | NumberRemoval | Unset = UNSET,
    interaction_id: None | str | Unset = UNSET,

) -> NumbersOfRecordChanged | Problem | None:
    """ Remove a telephone number of record

     Needs an authenticated interaction (`interaction_id` in the query or the body), even during service
    initiation; never the last number of record (409 `LAST_NUMBER_OF_RECORD`); a change notice goes out.

    Args:
        account_id (str):
        telephone_number (str):
        interaction_id (None | str | Unset):
        body (None | NumberRemoval | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NumbersOfRecordChanged | Problem
     """


    return (await asyncio_detailed(
        account_id=account_id,
telephone_number=telephone_number,
client=client,
body=body,
interaction_id=interaction_id,

    )).parsed
