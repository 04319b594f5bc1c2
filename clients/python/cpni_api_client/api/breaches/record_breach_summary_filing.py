from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.summary_filing_create import SummaryFilingCreate
from ...models.summary_filing_out import SummaryFilingOut
from typing import cast



def _get_kwargs(
    year: int,
    *,
    body: SummaryFilingCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/breach-annual-summary/{year}/filings".format(year=quote(str(year), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SummaryFilingOut | None:
    if response.status_code == 201:
        response_201 = SummaryFilingOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SummaryFilingOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: SummaryFilingCreate,

) -> Response[Problem | SummaryFilingOut]:
    """ Record that the year's breach summary was filed

     The summary was filed at `filed_at` under the Commission's `reference`; the filing names the
    breaches
    it covered and says whether it was on time. A year not over is a 422
    (`BREACH_SUMMARY_YEAR_NOT_OVER`).
    Once filed, the year's summary leaves `GET /v1/obligations`.

    Args:
        year (int): The calendar year the breaches were reasonably determined in (the carrier's
            zone).
        body (SummaryFilingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SummaryFilingOut]
     """


    kwargs = _get_kwargs(
        year=year,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    year: int,
    *,
    client: AuthenticatedClient,
    body: SummaryFilingCreate,

) -> Problem | SummaryFilingOut | None:
    """ Record that the year's breach summary was filed

     The summary was filed at `filed_at` under the Commission's `reference`; the filing names the
    breaches
    it covered and says whether it was on time. A year not over is a 422
    (`BREACH_SUMMARY_YEAR_NOT_OVER`).
    Once filed, the year's summary leaves `GET /v1/obligations`.

    Args:
        year (int): The calendar year the breaches were reasonably determined in (the carrier's
            zone).
        body (SummaryFilingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SummaryFilingOut
     """


    return sync_detailed(
        year=year,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: SummaryFilingCreate,

) -> Response[Problem | SummaryFilingOut]:
    """ Record that the year's breach summary was filed

     The summary was filed at `filed_at` under the Commission's `reference`; the filing names the
    breaches
    it covered and says whether it was on time. A year not over is a 422
    (`BREACH_SUMMARY_YEAR_NOT_OVER`).
    Once filed, the year's summary leaves `GET /v1/obligations`.

    Args:
        year (int): The calendar year the breaches were reasonably determined in (the carrier's
            zone).
        body (SummaryFilingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SummaryFilingOut]
     """


    kwargs = _get_kwargs(
        year=year,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient,
    body: SummaryFilingCreate,

) -> Problem | SummaryFilingOut | None:
    """ Record that the year's breach summary was filed

     The summary was filed at `filed_at` under the Commission's `reference`; the filing names the
    breaches
    it covered and says whether it was on time. A year not over is a 422
    (`BREACH_SUMMARY_YEAR_NOT_OVER`).
    Once filed, the year's summary leaves `GET /v1/obligations`.

    Args:
        year (int): The calendar year the breaches were reasonably determined in (the carrier's
            zone).
        body (SummaryFilingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SummaryFilingOut
     """


    return (await asyncio_detailed(
        year=year,
client=client,
body=body,

    )).parsed
