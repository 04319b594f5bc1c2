from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.breach_out import BreachOut
from ...models.breach_record_update import BreachRecordUpdate
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    breach_id: str,
    *,
    body: BreachRecordUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/breaches/{breach_id}".format(breach_id=quote(str(breach_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BreachOut | Problem | None:
    if response.status_code == 200:
        response_200 = BreachOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BreachOut | Problem]:
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
    body: BreachRecordUpdate,

) -> Response[BreachOut | Problem]:
    """ Complete or correct a breach's 2024 record

     The fields sent replace the record's, a null clears one: `covered_data` (CPNI and PII kinds),
    `intent`, `good_faith_exception` (all three conditions make it no breach, R-2011-NEW-2),
    `affected_customers` (count and basis, E27), `harm_assessment` (finding, basis, reviewer,
    R-2011-NEW-8),
    `encryption` (the safe harbour), and the agency report's `method_of_compromise`, `incident_period`
    and
    `estimated_financial_loss` (R-2011-NEW-4). What they decide (a breach or not, the agency notice, the
    customer notice, the annual summary) follows at once; the regime and the deadlines do not move.
    Audited
    with the names of the fields changed.

    Args:
        breach_id (str):
        body (BreachRecordUpdate): `PATCH /v1/breaches/{id}`: the fields sent replace the record's
            (null clears one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachOut | Problem]
     """


    kwargs = _get_kwargs(
        breach_id=breach_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    body: BreachRecordUpdate,

) -> BreachOut | Problem | None:
    """ Complete or correct a breach's 2024 record

     The fields sent replace the record's, a null clears one: `covered_data` (CPNI and PII kinds),
    `intent`, `good_faith_exception` (all three conditions make it no breach, R-2011-NEW-2),
    `affected_customers` (count and basis, E27), `harm_assessment` (finding, basis, reviewer,
    R-2011-NEW-8),
    `encryption` (the safe harbour), and the agency report's `method_of_compromise`, `incident_period`
    and
    `estimated_financial_loss` (R-2011-NEW-4). What they decide (a breach or not, the agency notice, the
    customer notice, the annual summary) follows at once; the regime and the deadlines do not move.
    Audited
    with the names of the fields changed.

    Args:
        breach_id (str):
        body (BreachRecordUpdate): `PATCH /v1/breaches/{id}`: the fields sent replace the record's
            (null clears one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachOut | Problem
     """


    return sync_detailed(
        breach_id=breach_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    body: BreachRecordUpdate,

) -> Response[BreachOut | Problem]:
    """ Complete or correct a breach's 2024 record

     The fields sent replace the record's, a null clears one: `covered_data` (CPNI and PII kinds),
    `intent`, `good_faith_exception` (all three conditions make it no breach, R-2011-NEW-2),
    `affected_customers` (count and basis, E27), `harm_assessment` (finding, basis, reviewer,
    R-2011-NEW-8),
    `encryption` (the safe harbour), and the agency report's `method_of_compromise`, `incident_period`
    and
    `estimated_financial_loss` (R-2011-NEW-4). What they decide (a breach or not, the agency notice, the
    customer notice, the annual summary) follows at once; the regime and the deadlines do not move.
    Audited
    with the names of the fields changed.

    Args:
        breach_id (str):
        body (BreachRecordUpdate): `PATCH /v1/breaches/{id}`: the fields sent replace the record's
            (null clears one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachOut | Problem]
     """


    kwargs = _get_kwargs(
        breach_id=breach_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    breach_id: str,
    *,
    client: AuthenticatedClient,
    body: BreachRecordUpdate,

) -> BreachOut | Problem | None:
    """ Complete or correct a breach's 2024 record

     The fields sent replace the record's, a null clears one: `covered_data` (CPNI and PII kinds),
    `intent`, `good_faith_exception` (all three conditions make it no breach, R-2011-NEW-2),
    `affected_customers` (count and basis, E27), `harm_assessment` (finding, basis, reviewer,
    R-2011-NEW-8),
    `encryption` (the safe harbour), and the agency report's `method_of_compromise`, `incident_period`
    and
    `estimated_financial_loss` (R-2011-NEW-4). What they decide (a breach or not, the agency notice, the
    customer notice, the annual summary) follows at once; the regime and the deadlines do not move.
    Audited
    with the names of the fields changed.

    Args:
        breach_id (str):
        body (BreachRecordUpdate): `PATCH /v1/breaches/{id}`: the fields sent replace the record's
            (null clears one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachOut | Problem
     """


    return (await asyncio_detailed(
        breach_id=breach_id,
client=client,
body=body,

    )).parsed
