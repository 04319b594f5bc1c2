from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.agency_report import AgencyReport
from ...models.get_agency_report_format_type_0 import GetAgencyReportFormatType0
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    breach_id: str,
    *,
    format_: GetAgencyReportFormatType0 | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetAgencyReportFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/breaches/{breach_id}/agency-report".format(breach_id=quote(str(breach_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AgencyReport | Problem | None:
    if response.status_code == 200:
        response_200 = AgencyReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AgencyReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    format_: GetAgencyReportFormatType0 | None | Unset = UNSET,

) -> Response[AgencyReport | Problem]:
    """ The agency report of a breach, as JSON or PDF

     R-2011-NEW-4: the seven items the central reporting facility asks for, (i) the carrier's address and
    contact (from `PUT /v1/carrier-profile`) to (vii) the types of data breached, with `missing_fields`
    and,
    once filed, the report `submitted` exactly as it was. `required` and `due_by` say whether the notice
    is
    owed (R-2011-NEW-5) and by when (7 business days, E1). The PDF is laid out like the certification.

    Args:
        breach_id (str):
        format_ (GetAgencyReportFormatType0 | None | Unset): `pdf`, or send `Accept:
            application/pdf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyReport | Problem]
     """


    kwargs = _get_kwargs(
        breach_id=breach_id,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    format_: GetAgencyReportFormatType0 | None | Unset = UNSET,

) -> AgencyReport | Problem | None:
    """ The agency report of a breach, as JSON or PDF

     R-2011-NEW-4: the seven items the central reporting facility asks for, (i) the carrier's address and
    contact (from `PUT /v1/carrier-profile`) to (vii) the types of data breached, with `missing_fields`
    and,
    once filed, the report `submitted` exactly as it was. `required` and `due_by` say whether the notice
    is
    owed (R-2011-NEW-5) and by when (7 business days, E1). The PDF is laid out like the certification.

    Args:
        breach_id (str):
        format_ (GetAgencyReportFormatType0 | None | Unset): `pdf`, or send `Accept:
            application/pdf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyReport | Problem
     """


    return sync_detailed(
        breach_id=breach_id,
client=client,
format_=format_,

    ).parsed

async def asyncio_detailed(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    format_: GetAgencyReportFormatType0 | None | Unset = UNSET,

) -> Response[AgencyReport | Problem]:
    """ The agency report of a breach, as JSON or PDF

     R-2011-NEW-4: the seven items the central reporting facility asks for, (i) the carrier's address and
    contact (from `PUT /v1/carrier-profile`) to (vii) the types of data breached, with `missing_fields`
    and,
    once filed, the report `submitted` exactly as it was. `required` and `due_by` say whether the notice
    is
    owed (R-2011-NEW-5) and by when (7 business days, E1). The PDF is laid out like the certification.

    Args:
        breach_id (str):
        format_ (GetAgencyReportFormatType0 | None | Unset): `pdf`, or send `Accept:
            application/pdf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyReport | Problem]
     """


    kwargs = _get_kwargs(
        breach_id=breach_id,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    format_: GetAgencyReportFormatType0 | None | Unset = UNSET,

) -> AgencyReport | Problem | None:
    """ The agency report of a breach, as JSON or PDF

     R-2011-NEW-4: the seven items the central reporting facility asks for, (i) the carrier's address and
    contact (from `PUT /v1/carrier-profile`) to (vii) the types of data breached, with `missing_fields`
    and,
    once filed, the report `submitted` exactly as it was. `required` and `due_by` say whether the notice
    is
    owed (R-2011-NEW-5) and by when (7 business days, E1). The PDF is laid out like the certification.

    Args:
        breach_id (str):
        format_ (GetAgencyReportFormatType0 | None | Unset): `pdf`, or send `Accept:
            application/pdf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyReport | Problem
     """


    return (await asyncio_detailed(
        breach_id=breach_id,
client=client,
format_=format_,

    )).parsed
