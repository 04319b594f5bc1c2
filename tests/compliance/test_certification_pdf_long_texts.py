"""The certification PDF with texts taller than a page in its tables (found by fuzzing, ADR 0036): a
complaint's 20,000-character summary, or a pretexter action described in thousands of short lines, was a
500 (fpdf2 cannot split a table row across pages). Such a cell is cut, with a notice; the JSON report
keeps every text whole. A database of this module's own, so the year holds only these records."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from pypdf import PdfReader

from cpni_api.core.pdf import CUT_NOTICE  # the notice a cut cell ends with
from tests.support.cpni import iso

YEAR = 2024


def test_texts_taller_than_a_page_are_cut_in_the_pdf_and_whole_in_the_json(
    module_client: TestClient, module_admin: dict[str, str]
) -> None:
    client = module_client
    summary = " ".join(["The customer says an agent read out call records without a password."] * 280)
    assert len(summary) <= 20_000
    complaint = client.post(
        "/v1/complaints",
        json={
            "received_at": iso(datetime(YEAR, 3, 2, 15, tzinfo=UTC)),
            "category": "other",
            "summary": summary,
        },
        headers=module_admin,
    )
    assert complaint.status_code == 201, complaint.text
    description = "\n".join(["a line"] * 2_000)
    action = client.post(
        "/v1/pretexter-actions",
        json={
            "taken_at": iso(datetime(YEAR, 4, 2, 15, tzinfo=UTC)),
            "kind": "other",
            "target": "a data broker",
            "description": description,
        },
        headers=module_admin,
    )
    assert action.status_code == 201, action.text

    pdf = client.get(
        "/v1/reports/annual-certification", params={"year": YEAR, "format": "pdf"}, headers=module_admin
    )
    assert pdf.status_code == 200, pdf.text
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf.content)).pages)
    flat = " ".join(text.split())
    assert flat.count(" ".join(CUT_NOTICE.split())) == 2
    assert "The customer says an agent read out call records" in flat
    assert flat.count("a line") < 100

    report = client.get("/v1/reports/annual-certification", params={"year": YEAR}, headers=module_admin)
    assert report.status_code == 200, report.text
    body = report.json()
    assert [item["summary"] for item in body["complaints"]["items"]] == [summary]
    assert [item["description"] for item in body["pretexter_actions"]["items"]] == [description]
