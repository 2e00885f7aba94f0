"""Persisted operations: clients send a document's sha256 instead of the document.

Two sources of documents, one lookup:

* **Trusted documents** (`OMS_PERSISTED_DOCUMENTS`): a JSON manifest `{sha256: document}`,
  the format graphql-codegen's client preset writes (`persistedDocuments` with
  `hashAlgorithm: 'sha256'`). Loaded once at start-up; a key that is not the sha256 of its
  document is refused then, not at the first request.
* **Automatic persisted queries** (Apollo's APQ protocol): a client sends
  `extensions.persistedQuery = {version: 1, sha256Hash}` alone; a hash we do not know is
  answered with `PersistedQueryNotFound` (`PERSISTED_QUERY_NOT_FOUND`), the client sends the
  document with the hash, and we check the hash; once the document has passed validation
  (so nobody fills the store with rubbish) we keep it: in Redis (shared by every worker)
  with `redis://`, else in a per-process LRU.

With `OMS_PERSISTED_ONLY=true` only the manifest's documents run (by hash, or as text whose
hash is in the manifest); APQ registration is off, so no client can add a document.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import redis.asyncio as aioredis
from graphql import GraphQLError
from redis.exceptions import RedisError

log = logging.getLogger("oms.persisted")

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
# How long Redis keeps a registered document after its last registration (a client whose
# hash expired just registers it again), and how many one process keeps without Redis.
APQ_TTL_SECONDS = 7 * 24 * 3600
APQ_LOCAL_SIZE = 1000


@dataclass
class PersistedQueryError(Exception):
    """A persisted-operation request that cannot run, answered before execution.

    `status` is the HTTP status; PERSISTED_QUERY_NOT_FOUND stays 200 whatever the Accept
    header, because Apollo Client turns persisted queries off for good on a 400 or 500."""

    code: str
    message: str
    status: int = 400

    def __str__(self) -> str:
        return self.message

    def graphql_error(self) -> GraphQLError:
        return GraphQLError(self.message, extensions={"code": self.code})


def document_hash(document: str) -> str:
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def load_manifest(path: Path) -> dict[str, str]:
    """A trusted-documents manifest, checked: every key the sha256 (hex) of its document."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"OMS_PERSISTED_DOCUMENTS={path}: cannot read a JSON manifest ({exc})") from exc
    if not isinstance(manifest, dict):
        raise ValueError(f"OMS_PERSISTED_DOCUMENTS={path}: expected a JSON object {{sha256: document}}")
    for key, document in manifest.items():
        if not isinstance(document, str) or key.lower() != document_hash(document):
            raise ValueError(
                f"OMS_PERSISTED_DOCUMENTS={path}: {key!r} is not the sha256 of its document "
                "(graphql-codegen: set persistedDocuments.hashAlgorithm to 'sha256')"
            )
    return {key.lower(): document for key, document in manifest.items()}


class Registered(Protocol):
    """Where APQ keeps the documents clients registered."""

    async def get(self, sha256: str) -> str | None: ...

    async def put(self, sha256: str, document: str) -> None: ...


class LocalRegistered:
    """One process's registered documents, the least recently used dropped first."""

    def __init__(self, size: int = APQ_LOCAL_SIZE) -> None:
        self.size = size
        self.documents: OrderedDict[str, str] = OrderedDict()

    async def get(self, sha256: str) -> str | None:
        document = self.documents.get(sha256)
        if document is not None:
            self.documents.move_to_end(sha256)
        return document

    async def put(self, sha256: str, document: str) -> None:
        self.documents[sha256] = document
        self.documents.move_to_end(sha256)
        while len(self.documents) > self.size:
            self.documents.popitem(last=False)


class RedisRegistered:
    """Registered documents in Redis, shared by every worker. Redis away: a lookup misses
    (the client sends the document, which runs) and a registration is skipped."""

    def __init__(self, client: aioredis.Redis, *, prefix: str) -> None:
        self.client = client
        self.prefix = prefix

    async def get(self, sha256: str) -> str | None:
        try:
            found = await self.client.get(self.prefix + sha256)
        except (RedisError, OSError) as exc:
            log.warning("persisted query lookup failed: %s", exc)
            return None
        return found.decode("utf-8") if isinstance(found, bytes) else found

    async def put(self, sha256: str, document: str) -> None:
        try:
            await self.client.set(self.prefix + sha256, document.encode("utf-8"), ex=APQ_TTL_SECONDS)
        except (RedisError, OSError) as exc:
            log.warning("persisted query registration failed: %s", exc)


def _persisted_query(extensions: object) -> str | None:
    """The sha256 an APQ request names (lowercase hex), None when it names none."""
    if not isinstance(extensions, dict) or extensions.get("persistedQuery") is None:
        return None
    persisted = extensions["persistedQuery"]
    if not isinstance(persisted, dict):
        raise PersistedQueryError("BAD_REQUEST", "`extensions.persistedQuery` must be an object.")
    if persisted.get("version") != 1:
        raise PersistedQueryError("PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported: only version 1.")
    sha256 = persisted.get("sha256Hash")
    if not isinstance(sha256, str) or not SHA256_HEX.match(sha256.lower()):
        raise PersistedQueryError(
            "BAD_REQUEST", "`extensions.persistedQuery.sha256Hash` must be a sha256 as 64 hex digits."
        )
    return sha256.lower()


NOT_IN_LIST = PersistedQueryError(
    "PERSISTED_QUERY_NOT_IN_LIST",
    "Only persisted operations run here: send the sha256Hash of a document of the published manifest.",
)


class PersistedOperations:
    """Turns a request's `query` and `extensions` into the document to run."""

    def __init__(self, *, manifest: dict[str, str], registered: Registered, only: bool) -> None:
        self.manifest = manifest
        self.registered = registered
        self.only = only

    async def document(self, query: object, extensions: object) -> object:
        """The document to run: `query` itself when no persisted query is named (unless only
        persisted operations run), else the one the hash names; PersistedQueryError when
        there is none to run. A document sent with its hash is checked, not kept: `register`
        it once it proved valid."""
        sha256 = _persisted_query(extensions)
        if sha256 is None:
            if self.only and not (isinstance(query, str) and document_hash(query) in self.manifest):
                raise NOT_IN_LIST
            return query
        if isinstance(query, str):
            if document_hash(query) != sha256:
                raise PersistedQueryError(
                    "PERSISTED_QUERY_HASH_MISMATCH", "provided sha does not match query: sha256Hash is not its sha256."
                )
            if sha256 in self.manifest:
                return query
            if self.only:
                raise NOT_IN_LIST
            return query
        found = self.manifest.get(sha256)
        if found is None and not self.only:
            found = await self.registered.get(sha256)
        if found is not None:
            return found
        if self.only:
            raise NOT_IN_LIST
        raise PersistedQueryError("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound", status=200)

    async def register(self, query: object, extensions: object) -> None:
        """Keep a document sent with its APQ hash (already checked by `document`), so that
        the hash alone runs it from now on, in every worker."""
        sha256 = _persisted_query(extensions)
        if sha256 is not None and isinstance(query, str) and sha256 not in self.manifest and not self.only:
            await self.registered.put(sha256, query)
