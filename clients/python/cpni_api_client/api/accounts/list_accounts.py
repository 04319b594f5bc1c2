from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.account_page import AccountPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    telephone_number: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_telephone_number: None | str | Unset
    if isinstance(telephone_number, Unset):
        json_telephone_number = UNSET
    else:
        json_telephone_number = telephone_number
    params["telephone_number"] = json_telephone_number

    json_external_ref: None | str | Unset
    if isinstance(external_ref, Unset):
        json_external_ref = UNSET
    else:
        json_external_ref = external_ref
    params["external_ref"] = json_external_ref

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountPage | Problem | None:
    if response.status_code == 200:
        response_200 = AccountPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    telephone_number: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[AccountPage | Problem]:
    """ Find accounts by caller number or CRM reference

     By account id. An agent desktop finds the account of the number calling in (only a number of record
    matches, never a contact number, R-2003) or of a CRM reference; without either, every account.

    Args:
        telephone_number (None | str | Unset): A caller's number (ANI) in any common format:
            E.164, or national in `CPNI_DEFAULT_PHONE_REGION` such as (202) 555-0143. Matches a
            telephone number of record.
        external_ref (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPage | Problem]
     """


    kwargs = _get_kwargs(
        telephone_number=telephone_number,
external_ref=external_ref,
cursor=cursor,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    telephone_number: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> AccountPage | Problem | None:
    """ Find accounts by caller number or CRM reference

     By account id. An agent desktop finds the account of the number calling in (only a number of record
    matches, never a contact number, R-2003) or of a CRM reference; without either, every account.

    Args:
        telephone_number (None | str | Unset): A caller's number (ANI) in any common format:
            E.164, or national in `CPNI_DEFAULT_PHONE_REGION` such as (202) 555-0143. Matches a
            telephone number of record.
        external_ref (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPage | Problem
     """


    return sync_detailed(
        client=client,
telephone_number=telephone_number,
external_ref=external_ref,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    telephone_number: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[AccountPage | Problem]:
    """ Find accounts by caller number or CRM reference

     By account id. An agent desktop finds the account of the number calling in (only a number of record
    matches, never a contact number, R-2003) or of a CRM reference; without either, every account.

    Args:
        telephone_number (None | str | Unset): A caller's number (ANI) in any common format:
            E.164, or national in `CPNI_DEFAULT_PHONE_REGION` such as (202) 555-0143. Matches a
            telephone number of record.
        external_ref (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPage | Problem]
     """


    kwargs = _get_kwargs(
        telephone_number=telephone_number,
external_ref=external_ref,
cursor=cursor,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    telephone_number: None | str | Unset = UNSET,
    external_ref: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> AccountPage | Problem | None:
    """ Find accounts by caller number or CRM reference

     By account id. An agent desktop finds the account of the number calling in (only a number of record
    matches, never a contact number, R-2003) or of a CRM reference; without either, every account.

    Args:
        telephone_number (None | str | Unset): A caller's number (ANI) in any common format:
            E.164, or national in `CPNI_DEFAULT_PHONE_REGION` such as (202) 555-0143. Matches a
            telephone number of record.
        external_ref (None | str | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
telephone_number=telephone_number,
external_ref=external_ref,
cursor=cursor,
limit=limit,

    )).parsed
