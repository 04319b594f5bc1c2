"""The framework's own limit (issue 15): one async FastAPI route answering constant JSON, with no middleware,
no dependencies and no database, served by uvicorn exactly as `cpni-api serve` runs (uvloop and httptools
from uvicorn[standard], no access log). bench/run.py pins it to the server's core and reports the
disclosure check against it, beside the ratio to the app's own /healthz.

    taskset -c 0 .venv/bin/python bench/bare_app.py PORT
"""

from __future__ import annotations

import sys

import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/")
async def constant() -> dict[str, str]:
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_config=None, access_log=False)
