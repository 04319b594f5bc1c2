"""/docs is Swagger UI from packaged assets: it loads with no network, nothing from a CDN (ADR 0033)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from cpni_api.app import create_app
from cpni_api.core.settings import Settings

REFERENCE = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url:\s*'([^']+)'""")


def test_docs_and_every_asset_they_reference_come_from_the_app() -> None:
    app = create_app(Settings(env="development", database_url="sqlite://"))
    with TestClient(app) as client:
        page = client.get("/docs")
        assert page.status_code == 200
        assert "SwaggerUIBundle" in page.text
        references = [src or url for src, url in REFERENCE.findall(page.text)]
        assert len(references) >= 4  # stylesheet, icon, script, the document
        assert [ref for ref in references if re.match(r"^(?:[a-z]+:)?//", ref)] == []
        for reference in references:
            asset = client.get(reference)
            assert asset.status_code == 200, reference
            assert len(asset.content) > 100, reference
        stylesheet = client.get("/docs/assets/swagger-ui.css").text
        assert re.findall(r"url\(\s*['\"]?(?:https?:)?//", stylesheet) == []
