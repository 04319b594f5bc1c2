from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.filing_create import FilingCreate
from ...models.filing_out import FilingOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    year: int,
    *,
    body: FilingCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports/annual-certification/{year}/filings".format(year=quote(str(year), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FilingOut | Problem | None:
    if response.status_code == 201:
        response_201 = FilingOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FilingOut | Problem]:
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
    body: FilingCreate,

) -> Response[FilingOut | Problem]:
    """ Record that the year's certification was filed

     R-2009-e: the certification was filed in EB Docket No. 06-36 at `filed_at` under
    `confirmation_number`, signed by `signed_by`. A year not over yet is a 422
    (`CERTIFICATION_YEAR_NOT_OVER`); `filed_at` lies between the year's end and now. The answer says
    whether
    it was filed by `due_on`. A year may be filed again (an amended filing); the obligations count the
    first.

    Args:
        year (int): The calendar year certified.
        body (FilingCreate): R-2009-e: the certification for the year was filed in EB Docket No.
            06-36.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FilingOut | Problem]
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
    body: FilingCreate,

) -> FilingOut | Problem | None:
    """ Record that the year's certification was filed

     R-2009-e: the certification was filed in EB Docket No. 06-36 at `filed_at` under
    `confirmation_number`, signed by `signed_by`. A year not over yet is a 422
    (`CERTIFICATION_YEAR_NOT_OVER`); `filed_at` lies between the year's end and now. The answer says
    whether
    it was filed by `due_on`. A year may be filed again (an amended filing); the obligations count the
    first.

    Args:
        year (int): The calendar year certified.
        body (FilingCreate): R-2009-e: the certification for the year was filed in EB Docket No.
            06-36.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FilingOut | Problem
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
    body: FilingCreate,

) -> Response[FilingOut | Problem]:
    """ Record that the year's certification was filed

     R-2009-e: the certification was filed in EB Docket No. 06-36 at `filed_at` under
    `confirmation_number`, signed by `signed_by`. A year not over yet is a 422
    (`CERTIFICATION_YEAR_NOT_OVER`); `filed_at` lies between the year's end and now. The answer says
    whether
    it was filed by `due_on`. A year may be filed again (an amended filing); the obligations count the
    first.

    Args:
        year (int): The calendar year certified.
        body (FilingCreate): R-2009-e: the certification for the year was filed in EB Docket No.
            06-36.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FilingOut | Problem]
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
    body: FilingCreate,

) -> FilingOut | Problem | None:
    """ Record that the year's certification was filed

     R-2009-e: the certification was filed in EB Docket No. 06-36 at `filed_at` under
    `confirmation_number`, signed by `signed_by`. A year not over yet is a 422
    (`CERTIFICATION_YEAR_NOT_OVER`); `filed_at` lies between the year's end and now. The answer says
    whether
    it was filed by `due_on`. A year may be filed again (an amended filing); the obligations count the
    first.

    Args:
        year (int): The calendar year certified.
        body (FilingCreate): R-2009-e: the certification for the year was filed in EB Docket No.
            06-36.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FilingOut | Problem
     """


    return (await asyncio_detailed(
        year=year,
client=client,
body=body,

    )).parsed
