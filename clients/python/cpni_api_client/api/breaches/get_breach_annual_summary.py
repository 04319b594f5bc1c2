from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.breach_annual_summary import BreachAnnualSummary
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    year: int,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/breach-annual-summary",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BreachAnnualSummary | Problem | None:
    if response.status_code == 200:
        response_200 = BreachAnnualSummary.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BreachAnnualSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int,

) -> Response[BreachAnnualSummary | Problem]:
    """ The annual summary of breaches not reported one by one

     R-2011-NEW-5: the 2024-regime breaches of the year excepted from the agency notice (fewer than 500
    customers and no harm reasonably likely, both on the record), each with its covered data, customer
    count
    and harm finding with their bases; `due_on` is `CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON` of the next year
    (February 1 unless set: the earlier of the dates the sources give); the filings recorded.

    Args:
        year (int): The calendar year the breaches were reasonably determined in (the carrier's
            zone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachAnnualSummary | Problem]
     """


    kwargs = _get_kwargs(
        year=year,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int,

) -> BreachAnnualSummary | Problem | None:
    """ The annual summary of breaches not reported one by one

     R-2011-NEW-5: the 2024-regime breaches of the year excepted from the agency notice (fewer than 500
    customers and no harm reasonably likely, both on the record), each with its covered data, customer
    count
    and harm finding with their bases; `due_on` is `CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON` of the next year
    (February 1 unless set: the earlier of the dates the sources give); the filings recorded.

    Args:
        year (int): The calendar year the breaches were reasonably determined in (the carrier's
            zone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachAnnualSummary | Problem
     """


    return sync_detailed(
        client=client,
year=year,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,

) -> Response[BreachAnnualSummary | Problem]:
    """ The annual summary of breaches not reported one by one

     R-2011-NEW-5: the 2024-regime breaches of the year excepted from the agency notice (fewer than 500
    customers and no harm reasonably likely, both on the record), each with its covered data, customer
    count
    and harm finding with their bases; `due_on` is `CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON` of the next year
    (February 1 unless set: the earlier of the dates the sources give); the filings recorded.

    Args:
        year (int): The calendar year the breaches were reasonably determined in (the carrier's
            zone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachAnnualSummary | Problem]
     """


    kwargs = _get_kwargs(
        year=year,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,

) -> BreachAnnualSummary | Problem | None:
    """ The annual summary of breaches not reported one by one

     R-2011-NEW-5: the 2024-regime breaches of the year excepted from the agency notice (fewer than 500
    customers and no harm reasonably likely, both on the record), each with its covered data, customer
    count
    and harm finding with their bases; `due_on` is `CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON` of the next year
    (February 1 unless set: the earlier of the dates the sources give); the filings recorded.

    Args:
        year (int): The calendar year the breaches were reasonably determined in (the carrier's
            zone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachAnnualSummary | Problem
     """


    return (await asyncio_detailed(
        client=client,
year=year,

    )).parsed
