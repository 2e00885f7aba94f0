"""Runtime configuration: the only place that reads the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent
DEFAULT_DATABASE_URL = f"sqlite://{ROOT / 'var' / 'oms.sqlite3'}"


DEVELOPMENT_SECRET = "dev-insecure-secret-change-me"


class Settings(BaseSettings):
    """Everything configurable, from `OMS_*` environment variables."""

    model_config = SettingsConfigDict(env_prefix="OMS_", frozen=True, extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    broadcast_url: str = "memory://"
    secret_key: str = DEVELOPMENT_SECRET
    env: Literal["development", "production"] = "development"
    log_level: str = "INFO"
    # Prefix of everything this deployment keeps in Redis (the bus channel, rate-limit
    # buckets), so that several deployments (staging and production, say) can share one.
    namespace: str = Field(default="oms", pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    # Outbox relay: how long it sleeps between polls when nothing woke it. Every commit
    # wakes its own process's relay at once (and that relay sequences every process's
    # events), so the poll only catches events no running relay was told about: those
    # written by the CLI, or by a process that died between commit and relay. A relay that
    # has just published looks again after 5 ms, doubling up to this (writers elsewhere).
    relay_poll_seconds: float = Field(default=1.0, gt=0)
    # Several workers (`oms serve --workers N`): prometheus_client's multiprocess mode, whose
    # directory `oms serve` makes and names in PROMETHEUS_MULTIPROC_DIR (prometheus_client's
    # own variable, read by it as well); each worker refreshes its state figures this often.
    prometheus_multiproc_dir: str | None = Field(default=None, validation_alias="PROMETHEUS_MULTIPROC_DIR")
    metrics_refresh_seconds: float = Field(default=1.0, gt=0)
    # How long a relay waits for the sequencing lock another process holds (it holds it for
    # milliseconds; longer means that process is stuck): the cycle fails and is retried.
    relay_lock_timeout_seconds: float = Field(default=5.0, gt=0)
    # /readyz fails its `relay` check when this process's relay has not sequenced for this
    # long while events wait to go out (see README, Operations).
    relay_stall_seconds: float = Field(default=30.0, gt=0)
    # At start-up, how long to wait for the bus's Redis subscription before serving without
    # it (degraded: live traffic waits, orders do not; it connects when Redis is back).
    bus_connect_timeout_seconds: float = Field(default=5.0, gt=0)
    # The background loops (background.py: reactions left behind, webhook delivery, customer
    # notifications, alert rules, forecast refresh) in every `oms serve` process; false when
    # dedicated `oms worker` processes run them (API hosts then serve HTTP and WebSockets, and
    # keep only their outbox relay, which their commits wake). `oms worker` ignores it.
    background_workers: bool = True
    # Reactions recorded after a commit (fill backorders, re-source a short pick) run at
    # once in the process that committed; one whose process died is run by any reaction
    # worker (`oms serve` with the loops on, `oms worker`): at its start, and on these polls
    # once the job's lease has run out.
    reaction_poll_seconds: float = Field(default=5.0, gt=0)
    # Risk alerts (services/alert_rules.py): every process running the loops runs every
    # alert rule this often (first after one interval, not at start-up); 0 turns the loop off
    # (then `oms alerts check` from a scheduler). Several processes may run them at once:
    # each alert is raised once per cause (a unique key), so the second finds nothing new.
    alert_rules_seconds: float = Field(default=300.0, ge=0, le=86_400)
    # Demand forecasts (services/forecast_refresh.py): every process running the loops refits
    # the planning forecast of each stock level with demand whose history changed (daily, as
    # the history window moves), this often, first after one interval; 0 turns the loop off
    # (then `oms forecast refresh` from a scheduler). Several processes share the work (an
    # advisory lock per series on PostgreSQL); requests fit and store what is still stale.
    forecast_refresh_seconds: float = Field(default=86_400.0, ge=0, le=604_800)
    # Report rollups (services/rollup_refresh.py): every process running the loops brings the
    # daily rollups up to date with the outbox this often, first after one interval, so that
    # reports and the dashboard find little to recompute; 0 turns the loop off (reports still
    # catch up before reading, and `oms analytics refresh` does it from a scheduler).
    rollup_refresh_seconds: float = Field(default=60.0, ge=0, le=86_400)
    # Outbound webhooks (services/webhook_delivery.py): how often the worker looks for new
    # events and due deliveries when nothing woke it, how long one POST may take, the
    # backoff between failed attempts (doubling from base to max, with jitter, or what the
    # receiver's Retry-After says, up to the max), and the age after which a delivery that
    # still fails is given up (it stays visible, and staff may redeliver it).
    webhook_poll_seconds: float = Field(default=1.0, gt=0)
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)
    webhook_backoff_base_seconds: float = Field(default=5.0, gt=0)
    webhook_backoff_max_seconds: float = Field(default=3600.0, gt=0)
    webhook_give_up_after_seconds: float = Field(default=86_400.0, gt=0)
    # Whether a webhook URL may name a private, loopback or link-local address (an internal
    # service: a request forgery risk). None: allowed in development only.
    webhook_allow_private_addresses: bool | None = None
    # The circuit breaker per endpoint: open after this many failed attempts in a row, for
    # this long; then one delivery probes it (services/webhook_circuit.py).
    webhook_circuit_failures: int = Field(default=5, gt=0)
    webhook_circuit_open_seconds: float = Field(default=60.0, gt=0)
    # Live subscribers get a bounded queue; overflow makes them catch up from the
    # event table instead of growing memory.
    subscriber_queue_size: int = Field(default=1000, gt=0)
    max_page_size: int = 100
    # Abuse limits (see SECURITY.md).
    max_query_depth: int = Field(default=12, gt=0)
    max_aliases: int = Field(default=30, gt=0)
    max_tokens: int = Field(default=3000, gt=0)
    max_body_bytes: int = Field(default=1_048_576, gt=0)
    request_timeout_seconds: float = Field(default=30, gt=0)
    # PostgreSQL gives up on a statement after this long (statement_timeout, lock waits
    # included): a request stuck behind a lock or a hung database is 503 SERVICE_UNAVAILABLE
    # (retry later) well within the request timeout. The client stops waiting a little later
    # (asyncpg's command_timeout) in case the server or the network to it hangs silently.
    # 0: no limit. Migrations (`oms migrate`) run without it.
    database_statement_timeout_seconds: float = Field(default=10, ge=0)
    ws_init_timeout_seconds: float = Field(default=10, gt=0)
    max_subscriptions_per_connection: int = Field(default=20, gt=0)
    # Open WebSockets at once (shared by every worker through Redis): per client address,
    # counted from the handshake (an idle socket costs memory before it says who it is), and
    # per token, from connection_init. Over either: closed with 4429. A socket costs about
    # 74 KiB, so the defaults bound one address to ~15 MiB; a service fanning out (tests/
    # subscriptions: 50 subscribers on one token) stays well within them.
    ws_connections_per_address: int = Field(default=200, gt=0)
    ws_connections_per_token: int = Field(default=100, gt=0)
    # WebSocket keep-alive: protocol-level pings (browsers answer them without any code);
    # a peer that does not answer within the timeout is dropped, and its subscriptions end.
    ws_ping_interval_seconds: float = Field(default=20, gt=0)
    ws_ping_timeout_seconds: float = Field(default=20, gt=0)
    # Messages a WebSocket may have waiting to be written (its peer reads slower than its
    # events come, and the socket's buffers are full). One more closes the connection with
    # 1008 (graphql_ws.SLOW_CONSUMER): its subscriptions resume from their `after` cursor
    # on a new connection, and a stalled peer holds at most this many messages in memory.
    ws_send_queue_size: int = Field(default=100, gt=0)
    # permessage-deflate on WebSockets. Off: each connection's zlib state (compressor and
    # decompressor) is most of what an idle subscription costs, and every subscriber's copy
    # of a shared answer would be compressed on its own; event frames are small JSON.
    ws_compression: bool = False
    # Addresses of reverse proxies whose X-Forwarded-For is believed (uvicorn's
    # forwarded_allow_ips): the client address keys the per-address limits below.
    forwarded_allow_ips: str = "127.0.0.1"
    # Queries whose document executed once without errors are compiled (schema.compiled) and
    # run without graphql-core's per-field walk; off: graphql-core runs every query.
    compiled_queries: bool = True
    # Compiled order reads whose whole selection has SQL forms are answered by PostgreSQL as
    # JSON (schema.projection): far less CPU in the API process, some more in the database
    # (the 50-order page with allocations: 1.1 ms here + 2.3 ms in PostgreSQL, against
    # 5.3 + 1.25 ms through the resolvers; bench/RESULTS.md, session 20). Off where the
    # database, not the API hosts, is what runs out.
    sql_projections: bool = True
    # Tests: run each query by graphql-core AND compiled, serve graphql-core's, and fail the
    # request when the data differ (every test server sets it).
    compiled_check: bool = False
    # Query cost budget per token (or per client address without one), Shopify-style.
    max_query_cost: int = Field(default=1000, gt=0)
    # Sized for an admin UI on one token: a page of 50 orders with lines, customer and
    # allocations costs about 400-600 points, so 2,000 back a second sustains 3-5 such pages
    # a second, and a full bucket absorbs a burst of about 40 (a dashboard opening). Shopify
    # gives an app 1,000 points and 50-500 a second; ours is per token, raise it per deployment.
    cost_bucket_size: float = Field(default=20_000, gt=0)
    cost_restore_rate: float = Field(default=2_000, gt=0)
    # Python's cycle collector in a serving process (app.py, once started): what startup built
    # (modules, the schema, compiled plans) is frozen out of its walks, and its youngest
    # generation is collected every this many allocations instead of 700 (a 50-order page
    # makes ~20,000 objects, nearly all freed by reference counting; collecting every 700 was
    # ~10-25% of its CPU, bench/RESULTS.md). 0 leaves the collector as Python sets it.
    gc_young_threshold: int = Field(default=10_000, ge=0)
    # How long a process trusts a token it has looked up (0: look it up on every request).
    # Revocations reach every process at once over the bus; this bounds what a process
    # misses while the bus is away.
    token_cache_seconds: float = Field(default=5.0, ge=0)
    # The public orderTrack, per client address: lookups, lookups that match no order (over
    # all numbers: no enumeration), and misses of one order number. Keyed by address, never
    # by order alone, so nobody's wrong guesses lock a customer out of their own order.
    track_lookups_per_minute: float = Field(default=30, gt=0)
    track_misses_per_hour: float = Field(default=10, gt=0)
    track_address_misses_per_hour: float = Field(default=30, gt=0)

    # Customer sign-in without passwords (services/customer_access.py): how long a one-time
    # code works and how many wrong tries spend it; how long the CUSTOMER token it buys and
    # its refresh token live; codes asked for per email and per client address, and sign-in
    # attempts per client address (per hour, leaky buckets shared through Redis).
    sign_in_code_seconds: float = Field(default=600, gt=0)
    sign_in_code_max_attempts: int = Field(default=5, gt=0)
    customer_token_seconds: float = Field(default=900, gt=0)
    customer_refresh_seconds: float = Field(default=30 * 86_400, gt=0)
    sign_in_codes_per_email_per_hour: float = Field(default=5, gt=0)
    sign_in_codes_per_address_per_hour: float = Field(default=30, gt=0)
    sign_in_attempts_per_address_per_hour: float = Field(default=60, gt=0)
    # Customer notifications (services/notifications.py, services/notifiers.py): which
    # notifier sends them, "webhook" (a signed POST to the shop's email/SMS provider; nothing
    # is sent, and notifications wait, while no URL is set) or "smtp"; the language when
    # neither the customer nor the request names one; how often the worker polls; the age
    # after which a notification that still fails is given up; the tracking link template.
    notifier: Literal["webhook", "smtp"] = "webhook"
    notify_webhook_url: str | None = None
    notify_webhook_secret: str = ""
    notify_default_language: Literal["en", "zh"] = "en"
    notify_poll_seconds: float = Field(default=1.0, gt=0)
    notify_give_up_after_seconds: float = Field(default=86_400.0, gt=0)
    tracking_url_template: str = "https://track.example.com/{tracking_number}"
    smtp_host: str = "localhost"
    smtp_port: int = Field(default=25, gt=0, lt=65_536)
    smtp_sender: str = "orders@localhost"
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False

    # Browser apps served from other origins (a storefront, an admin UI): the exact origins
    # allowed to call /graphql, comma-separated ("https://shop.example.com,https://admin.example.com"),
    # or "*" for any. Empty: no CORS headers, so browsers refuse cross-origin calls.
    cors_origins: str = ""
    # Tokens travel in the Authorization header, so browsers need no credentials (cookies)
    # to call us; allowing them with "*" would let any site act with a signed-in session.
    cors_allow_credentials: bool = False
    # How long a browser may reuse a preflight answer.
    cors_max_age_seconds: int = Field(default=600, ge=0, le=86_400)

    # Persisted operations (persisted.py): a JSON manifest {sha256: document} of trusted
    # documents (graphql-codegen's persisted-documents.json with hashAlgorithm 'sha256'),
    # and whether only its documents may run (production apps that publish their manifest).
    persisted_documents: Path | None = None
    persisted_only: bool = False

    # The CLI (cli.py reads no environment of its own): the port `oms serve` and `make run`
    # bind by default (PORT, the platforms' convention, or OMS_PORT); the file `make run`
    # keeps its demo ADMIN token in, to reuse it while it still works; the scratch database
    # `oms bench` measures on (none: a fresh SQLite file).
    port: int = Field(default=8000, ge=1, le=65_535, validation_alias=AliasChoices("PORT", "OMS_PORT"))
    # `oms worker`'s own /metrics and /healthz (none: it serves nothing), for a scraper that
    # watches worker hosts as well as API hosts.
    worker_metrics_port: int | None = Field(default=None, ge=1, le=65_535)
    demo_token_file: Path = ROOT / "var" / "demo-admin-token"
    bench_database_url: str | None = None

    @field_validator("database_url")
    @classmethod
    def _database_url_is_known(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgres://", "postgresql://")):
            raise ValueError(
                "must start with sqlite:// (a file path follows) or postgres://user:password@host:port/name"
            )
        return value

    @field_validator("broadcast_url")
    @classmethod
    def _broadcast_url_is_known(cls, value: str) -> str:
        if not value.startswith(("memory://", "redis://", "rediss://")):
            raise ValueError("must be memory:// (one process) or redis://host:port")
        return value

    # Support: a ticket of kind COMPLAINT is due (answered and resolved) this long after it
    # was opened; `tickets(filter: {overdue: true})` lists those past it.
    complaint_sla_hours: float = Field(default=48, gt=0, le=24 * 365)

    @model_validator(mode="after")
    def _persisted_only_has_documents(self) -> Settings:
        if self.persisted_only and self.persisted_documents is None:
            raise ValueError("OMS_PERSISTED_ONLY needs OMS_PERSISTED_DOCUMENTS (the manifest of the documents to run)")
        return self

    @model_validator(mode="after")
    def _cors_is_safe(self) -> Settings:
        if self.production and self.cors_allow_credentials and "*" in self.cors_origin_list:
            raise ValueError(
                "OMS_CORS_ORIGINS='*' with OMS_CORS_ALLOW_CREDENTIALS is refused in production: name the origins"
            )
        return self

    # Production refuses SQLite and memory:// (one process, no shared events) unless this
    # says the embedded default is meant (a single-process trial).
    allow_embedded_in_production: bool = False

    def production_refusals(self) -> list[str]:
        """Why this configuration must not serve in production (empty: it may)."""
        if not self.production:
            return []
        found = []
        if self.secret_key == DEVELOPMENT_SECRET:
            found.append(
                "OMS_SECRET_KEY is the development value: set your own "
                "(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
            )
        if not self.allow_embedded_in_production:
            if self.database_dialect == "sqlite":
                found.append(
                    "OMS_DATABASE_URL is SQLite: use postgres:// in production "
                    "(OMS_ALLOW_EMBEDDED_IN_PRODUCTION=true allows it for a single-process trial)"
                )
            if self.broadcast_url.startswith("memory://"):
                found.append(
                    "OMS_BROADCAST_URL is memory://: use redis:// in production "
                    "(OMS_ALLOW_EMBEDDED_IN_PRODUCTION=true allows it for a single-process trial)"
                )
        return found

    @property
    def cors_origin_list(self) -> list[str]:
        return [origin.strip().rstrip("/") for origin in self.cors_origins.split(",") if origin.strip()]

    @property
    def webhooks_may_reach_private_addresses(self) -> bool:
        if self.webhook_allow_private_addresses is not None:
            return self.webhook_allow_private_addresses
        return not self.production

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def database_dialect(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres://", "postgresql://")) else "sqlite"


def load_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]
