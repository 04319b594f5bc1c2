"""Two first PUTs of the carrier profile at once (issue 17): the database keeps one row and neither request is
a 500. A database of this module's own, so no profile exists before."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient


def test_two_first_puts_at_once_both_succeed(module_client: TestClient, module_admin: dict[str, str]) -> None:
    def put(name: str) -> int:
        body = {"legal_name": name, "filer_id_499": "831234", "officer": {"name": "Ana", "title": "CCO"}}
        return module_client.put("/v1/carrier-profile", json=body, headers=module_admin).status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(put, [f"Carrier {n}" for n in range(8)]))
    assert statuses == [200] * 8
    kept = module_client.get("/v1/carrier-profile", headers=module_admin).json()["legal_name"]
    assert kept in {f"Carrier {n}" for n in range(8)}
