# Ordergraph: one image for the API servers and the one-shot migration (compose.yaml).
# Build: docker build -t ordergraph .   Run: see docs/deploying.md.

# -- build: install the project and its pinned dependencies into a virtualenv ----------
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/oms
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app.py cli.py graphql_view.py graphql_http.py graphql_ws.py graphql_compiled.py persisted.py intake_view.py metrics.py request_log.py settings.py cli_errors.py cli_data.py cli_worker.py cli_bench.py background.py report_view.py importer.py export_view.py ./
COPY ide ./ide
COPY dashboard ./dashboard
COPY schema ./schema
COPY resolvers ./resolvers
COPY services ./services
COPY models ./models
COPY subscriptions ./subscriptions
COPY migrations ./migrations
COPY bench ./bench
RUN /opt/oms/bin/pip install .

# -- run: the virtualenv and the migrations, as an unprivileged user -------------------
FROM python:3.11-slim-bookworm
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin oms
# Everything, the migrations included (package `migrations`), is in the virtualenv.
COPY --from=build /opt/oms /opt/oms
WORKDIR /app
USER oms
ENV PATH=/opt/oms/bin:$PATH PYTHONUNBUFFERED=1 OMS_ENV=production
EXPOSE 8000
# /readyz: the database answers, migrations are applied, the relay moves (docs/deploying.md).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status != 200)"]
CMD ["oms", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
