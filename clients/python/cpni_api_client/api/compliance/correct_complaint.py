from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.complaint_correction import ComplaintCorrection
from ...models.complaint_out import ComplaintOut
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    complaint_id: str,
    *,
    body: ComplaintCorrection,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/complaints/{complaint_id}".format(complaint_id=quote(str(complaint_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComplaintOut | Problem | None:
    if response.status_code == 200:
        response_200 = ComplaintOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ComplaintOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient,
    body: ComplaintCorrection,

) -> Response[ComplaintOut | Problem]:
    """ Record or correct a complaint's resolution

     A correction (design.md §5): `resolution` and/or `resolved_at` (between `received_at` and now). The
    complaint is never deleted; the audit row names the fields changed. 422 `NOTHING_TO_CORRECT` when
    the
    complaint already says that.

    Args:
        complaint_id (str):
        body (ComplaintCorrection): A complaint's resolution, recorded or corrected later
            (design.md §5); the complaint itself stays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintOut | Problem]
     """


    kwargs = _get_kwargs(
        complaint_id=complaint_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    complaint_id: str,
    *,
    client: AuthenticatedClient,
    body: ComplaintCorrection,

) -> ComplaintOut | Problem | None:
    """ Record or correct a complaint's resolution

     A correction (design.md §5): `resolution` and/or `resolved_at` (between `received_at` and now). The
    complaint is never deleted; the audit row names the fields changed. 422 `NOTHING_TO_CORRECT` when
    the
    complaint already says that.

    Args:
        complaint_id (str):
        body (ComplaintCorrection): A complaint's resolution, recorded or corrected later
            (design.md §5); the complaint itself stays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintOut | Problem
     """


    return sync_detailed(
        complaint_id=complaint_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    complaint_id: str,
    *,
    client: AuthenticatedClient,
    body: ComplaintCorrection,

) -> Response[ComplaintOut | Problem]:
    """ Record or correct a complaint's resolution

     A correction (design.md §5): `resolution` and/or `resolved_at` (between `received_at` and now). The
    complaint is never deleted; the audit row names the fields changed. 422 `NOTHING_TO_CORRECT` when
    the
    complaint already says that.

    Args:
        complaint_id (str):
        body (ComplaintCorrection): A complaint's resolution, recorded or corrected later
            (design.md §5); the complaint itself stays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintOut | Problem]
     """


    kwargs = _get_kwargs(
        complaint_id=complaint_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    complaint_id: str,
    *,
    client: AuthenticatedClient,
    body: ComplaintCorrection,

) -> ComplaintOut | Problem | None:
    """ Record or correct a complaint's resolution

     A correction (design.md §5): `resolution` and/or `resolved_at` (between `received_at` and now). The
    complaint is never deleted; the audit row names the fields changed. 422 `NOTHING_TO_CORRECT` when
    the
    complaint already says that.

    Args:
        complaint_id (str):
        body (ComplaintCorrection): A complaint's resolution, recorded or corrected later
            (design.md §5); the complaint itself stays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintOut | Problem
     """


    return (await asyncio_detailed(
        complaint_id=complaint_id,
client=client,
body=body,

    )).parsed
