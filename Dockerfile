# syntax=docker/dockerfile:1
# A small, non-root image that runs `cpni-api serve`. Migrations run as a one-shot job with the same
# image: `docker run --rm -e CPNI_... IMAGE cpni-api migrate` (see README, "Running on PostgreSQL").

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md alembic.ini ./
COPY src ./src
COPY migrations ./migrations
RUN pip install --no-cache-dir build==1.2.2.post1 \
    && python -m build --wheel --outdir /wheels

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CPNI_ENV=production
RUN useradd --system --uid 10001 --home-dir /app --create-home cpni
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER 10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
CMD ["cpni-api", "serve", "--host", "0.0.0.0", "--port", "8000"]
