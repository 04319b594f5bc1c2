from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.annual_certification import AnnualCertification
from ...models.get_annual_certification_format_type_0 import GetAnnualCertificationFormatType0
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    year: int,
    format_: GetAnnualCertificationFormatType0 | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetAnnualCertificationFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/annual-certification",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnnualCertification | Problem | None:
    if response.status_code == 200:
        response_200 = AnnualCertification.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnnualCertification | Problem]:
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
    format_: GetAnnualCertificationFormatType0 | None | Unset = UNSET,

) -> Response[AnnualCertification | Problem]:
    """ The annual CPNI certification: its data, or the filing as a PDF

     R-2009-e: the officer's certificate (from `PUT /v1/carrier-profile`) and the statement of operating
    procedures written from what the service enforces (`GET /v1/carrier-policy`); complaints by
    category,
    actions against pretexters and data brokers, breaches and their notifications, opt-out failures,
    trainings and disciplinary actions for the calendar year (local time); `due_on`, March 1 of the next
    year rolled to the next business day when it is not one (47 C.F.R. 1.4(j)); the filings recorded.
    JSON by default; Markdown or the PDF filing with `?format=` or `Accept`. Campaigns and reviews
    (R-2009-c/d) are added by the campaigns domain.

    Args:
        year (int): The calendar year certified.
        format_ (GetAnnualCertificationFormatType0 | None | Unset): `markdown` for a readable
            document, `pdf` for the filing itself; or send `Accept: text/markdown` or `Accept:
            application/pdf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnualCertification | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    format_: GetAnnualCertificationFormatType0 | None | Unset = UNSET,

) -> AnnualCertification | Problem | None:
    """ The annual CPNI certification: its data, or the filing as a PDF

     R-2009-e: the officer's certificate (from `PUT /v1/carrier-profile`) and the statement of operating
    procedures written from what the service enforces (`GET /v1/carrier-policy`); complaints by
    category,
    actions against pretexters and data brokers, breaches and their notifications, opt-out failures,
    trainings and disciplinary actions for the calendar year (local time); `due_on`, March 1 of the next
    year rolled to the next business day when it is not one (47 C.F.R. 1.4(j)); the filings recorded.
    JSON by default; Markdown or the PDF filing with `?format=` or `Accept`. Campaigns and reviews
    (R-2009-c/d) are added by the campaigns domain.

    Args:
        year (int): The calendar year certified.
        format_ (GetAnnualCertificationFormatType0 | None | Unset): `markdown` for a readable
            document, `pdf` for the filing itself; or send `Accept: text/markdown` or `Accept:
            application/pdf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnualCertification | Problem
     """


    return sync_detailed(
        client=client,
year=year,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    format_: GetAnnualCertificationFormatType0 | None | Unset = UNSET,

) -> Response[AnnualCertification | Problem]:
    """ The annual CPNI certification: its data, or the filing as a PDF

     R-2009-e: the officer's certificate (from `PUT /v1/carrier-profile`) and the statement of operating
    procedures written from what the service enforces (`GET /v1/carrier-policy`); complaints by
    category,
    actions against pretexters and data brokers, breaches and their notifications, opt-out failures,
    trainings and disciplinary actions for the calendar year (local time); `due_on`, March 1 of the next
    year rolled to the next business day when it is not one (47 C.F.R. 1.4(j)); the filings recorded.
    JSON by default; Markdown or the PDF filing with `?format=` or `Accept`. Campaigns and reviews
    (R-2009-c/d) are added by the campaigns domain.

    Args:
        year (int): The calendar year certified.
        format_ (GetAnnualCertificationFormatType0 | None | Unset): `markdown` for a readable
            document, `pdf` for the filing itself; or send `Accept: text/markdown` or `Accept:
            application/pdf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnualCertification | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    format_: GetAnnualCertificationFormatType0 | None | Unset = UNSET,

) -> AnnualCertification | Problem | None:
    """ The annual CPNI certification: its data, or the filing as a PDF

     R-2009-e: the officer's certificate (from `PUT /v1/carrier-profile`) and the statement of operating
    procedures written from what the service enforces (`GET /v1/carrier-policy`); complaints by
    category,
    actions against pretexters and data brokers, breaches and their notifications, opt-out failures,
    trainings and disciplinary actions for the calendar year (local time); `due_on`, March 1 of the next
    year rolled to the next business day when it is not one (47 C.F.R. 1.4(j)); the filings recorded.
    JSON by default; Markdown or the PDF filing with `?format=` or `Accept`. Campaigns and reviews
    (R-2009-c/d) are added by the campaigns domain.

    Args:
        year (int): The calendar year certified.
        format_ (GetAnnualCertificationFormatType0 | None | Unset): `markdown` for a readable
            document, `pdf` for the filing itself; or send `Accept: text/markdown` or `Accept:
            application/pdf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnualCertification | Problem
     """


    return (await asyncio_detailed(
        client=client,
year=year,
format_=format_,

    )).parsed
