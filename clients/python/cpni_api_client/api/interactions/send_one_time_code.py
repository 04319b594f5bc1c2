from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.one_time_code_request import OneTimeCodeRequest
from ...models.one_time_code_sent import OneTimeCodeSent
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    interaction_id: str,
    *,
    body: OneTimeCodeRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/interactions/{interaction_id}/one-time-codes".format(interaction_id=quote(str(interaction_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OneTimeCodeSent | Problem | None:
    if response.status_code == 202:
        response_202 = OneTimeCodeSent.from_dict(response.json())



        return response_202

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OneTimeCodeSent | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    interaction_id: str,
    *,
    client: AuthenticatedClient,
    body: OneTimeCodeRequest,

) -> Response[OneTimeCodeSent | Problem]:
    """ Send a one-time code to a number or address of record

     The code goes to the mailer as an `account.one_time_code_issued` event, only to a telephone number
    of record or an email address of record (30 days or older). Codes are single-use, short-lived and
    attempt-limited; sends are limited per account per hour (429 `ONE_TIME_CODE_SEND_LIMIT`), and none
    is
    sent while the account's verification is locked (409 `VERIFICATION_LOCKED`, ADR 0020).

    Args:
        interaction_id (str):
        body (OneTimeCodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OneTimeCodeSent | Problem]
     """


    kwargs = _get_kwargs(
        interaction_id=interaction_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    interaction_id: str,
    *,
    client: AuthenticatedClient,
    body: OneTimeCodeRequest,

) -> OneTimeCodeSent | Problem | None:
    """ Send a one-time code to a number or address of record

     The code goes to the mailer as an `account.one_time_code_issued` event, only to a telephone number
    of record or an email address of record (30 days or older). Codes are single-use, short-lived and
    attempt-limited; sends are limited per account per hour (429 `ONE_TIME_CODE_SEND_LIMIT`), and none
    is
    sent while the account's verification is locked (409 `VERIFICATION_LOCKED`, ADR 0020).

    Args:
        interaction_id (str):
        body (OneTimeCodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OneTimeCodeSent | Problem
     """


    return sync_detailed(
        interaction_id=interaction_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    interaction_id: str,
    *,
    client: AuthenticatedClient,
    body: OneTimeCodeRequest,

) -> Response[OneTimeCodeSent | Problem]:
    """ Send a one-time code to a number or address of record

     The code goes to the mailer as an `account.one_time_code_issued` event, only to a telephone number
    of record or an email address of record (30 days or older). Codes are single-use, short-lived and
    attempt-limited; sends are limited per account per hour (429 `ONE_TIME_CODE_SEND_LIMIT`), and none
    is
    sent while the account's verification is locked (409 `VERIFICATION_LOCKED`, ADR 0020).

    Args:
        interaction_id (str):
        body (OneTimeCodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OneTimeCodeSent | Problem]
     """


    kwargs = _get_kwargs(
        interaction_id=interaction_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    interaction_id: str,
    *,
    client: AuthenticatedClient,
    body: OneTimeCodeRequest,

) -> OneTimeCodeSent | Problem | None:
    """ Send a one-time code to a number or address of record

     The code goes to the mailer as an `account.one_time_code_issued` event, only to a telephone number
    of record or an email address of record (30 days or older). Codes are single-use, short-lived and
    attempt-limited; sends are limited per account per hour (429 `ONE_TIME_CODE_SEND_LIMIT`), and none
    is
    sent while the account's verification is locked (409 `VERIFICATION_LOCKED`, ADR 0020).

    Args:
        interaction_id (str):
        body (OneTimeCodeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OneTimeCodeSent | Problem
     """


    return (await asyncio_detailed(
        interaction_id=interaction_id,
client=client,
body=body,

    )).parsed
