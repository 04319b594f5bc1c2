from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.export_account_consent_history_format_type_0 import ExportAccountConsentHistoryFormatType0
from ...models.history_entry_page import HistoryEntryPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    account_id: str,
    *,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    format_: ExportAccountConsentHistoryFormatType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, ExportAccountConsentHistoryFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

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
        "url": "/v1/accounts/{account_id}/consent-history".format(account_id=quote(str(account_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HistoryEntryPage | Problem | None:
    if response.status_code == 200:
        response_200 = HistoryEntryPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HistoryEntryPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    format_: ExportAccountConsentHistoryFormatType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[HistoryEntryPage | Problem]:
    """ Export one account's consent history

     One account's notices, approvals and revocations in a date range, as JSON pages or CSV, kept at
    least
    a year (R-2007, R-2009-c).

    Args:
        account_id (str):
        from_ (datetime.datetime | None | Unset): Inclusive.
        to (datetime.datetime | None | Unset): Exclusive.
        format_ (ExportAccountConsentHistoryFormatType0 | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HistoryEntryPage | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
from_=from_,
to=to,
format_=format_,
cursor=cursor,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    format_: ExportAccountConsentHistoryFormatType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> HistoryEntryPage | Problem | None:
    """ Export one account's consent history

     One account's notices, approvals and revocations in a date range, as JSON pages or CSV, kept at
    least
    a year (R-2007, R-2009-c).

    Args:
        account_id (str):
        from_ (datetime.datetime | None | Unset): Inclusive.
        to (datetime.datetime | None | Unset): Exclusive.
        format_ (ExportAccountConsentHistoryFormatType0 | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HistoryEntryPage | Problem
     """


    return sync_detailed(
        account_id=account_id,
client=client,
from_=from_,
to=to,
format_=format_,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    format_: ExportAccountConsentHistoryFormatType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> Response[HistoryEntryPage | Problem]:
    """ Export one account's consent history

     One account's notices, approvals and revocations in a date range, as JSON pages or CSV, kept at
    least
    a year (R-2007, R-2009-c).

    Args:
        account_id (str):
        from_ (datetime.datetime | None | Unset): Inclusive.
        to (datetime.datetime | None | Unset): Exclusive.
        format_ (ExportAccountConsentHistoryFormatType0 | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HistoryEntryPage | Problem]
     """


    kwargs = _get_kwargs(
        account_id=account_id,
from_=from_,
to=to,
format_=format_,
cursor=cursor,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    format_: ExportAccountConsentHistoryFormatType0 | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,

) -> HistoryEntryPage | Problem | None:
    """ Export one account's consent history

     One account's notices, approvals and revocations in a date range, as JSON pages or CSV, kept at
    least
    a year (R-2007, R-2009-c).

    Args:
        account_id (str):
        from_ (datetime.datetime | None | Unset): Inclusive.
        to (datetime.datetime | None | Unset): Exclusive.
        format_ (ExportAccountConsentHistoryFormatType0 | None | Unset):
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HistoryEntryPage | Problem
     """


    return (await asyncio_detailed(
        account_id=account_id,
client=client,
from_=from_,
to=to,
format_=format_,
cursor=cursor,
limit=limit,

    )).parsed
