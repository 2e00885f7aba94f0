"""`oms import orders FILE --channel C --format F`: a file of orders through `orderBulkCreate`.

The file is read by the intake adapters (services/intake.py: native-jsonl, shopify-json,
marketplace-tsv, x12) and sent in batches to `orderBulkCreate` with SKIP_FAILED, executed
in-process on the very schema the API serves, as the channel (a CHANNEL principal scoped to
`--channel`, as `POST /intake` does): the same type checks, input domains, validation,
idempotency, allocation and events as every other way in.

- **Per-row error report**: every order that is not stored gets a row per problem in a CSV
  (`item, where, external_ref, field, code, message`), its field named as the file's format
  names it (`row[3].quantity-purchased`, `segment[11].PO102`, `lines[0].sku`).
- **Idempotent**: orders are keyed on (channel, externalRef); running the same file again
  stores nothing and counts them as already imported.
- **Resumable**: after each batch the number of items done is written to a state file next
  to the input (`FILE.import-state.json`, with the file's SHA-256); a run interrupted at any
  point continues after the last committed batch (a batch that was being committed when the
  run died is simply sent again: idempotency makes that harmless). The state file is removed
  when the run completes.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.requests import Request
from strawberry.schema.base import BaseSchema

from models.access import Role
from resolvers.context import Context
from schema.input_types import type_problems
from services import intake
from services.access import Principal
from services.throttle import Limits
from settings import Settings
from subscriptions.bus import EventBus

BATCH_SIZE = 200
REPORT_COLUMNS = ("item", "where", "external_ref", "field", "code", "message")
BULK = """
mutation Import($input: OrderBulkCreateInput!) {
  orderBulkCreate(input: $input) {
    results { index replayed order { id } userErrors { field code message } }
    userErrors { field code message }
  }
}
"""


@dataclass
class Summary:
    total: int = 0
    created: int = 0
    replayed: int = 0
    failed: int = 0
    resumed_at: int = 0


class ImportFailed(Exception):
    """The file as a whole cannot be imported (unreadable, not of its format)."""


class Importer:
    def __init__(self, *, schema: BaseSchema, settings: Settings, bus: EventBus, limits: Limits) -> None:
        self.schema, self.settings, self.bus, self.limits = schema, settings, bus, limits

    async def run(
        self,
        path: Path,
        *,
        channel: str,
        fmt: str,
        report: Path,
        state: Path,
        progress: Callable[[int, int], None] = lambda done, total: None,
        batch_size: int = BATCH_SIZE,
    ) -> Summary:
        body = await asyncio.to_thread(path.read_bytes)
        digest = hashlib.sha256(body).hexdigest()
        try:
            items = intake.read(fmt, body, channel).items
        except intake.BadDocument as bad:
            raise ImportFailed("; ".join(f"{f or 'file'}: {m}" for f, m in bad.problems)) from None
        summary = Summary(total=len(items))
        start = _resume_point(state, digest=digest, channel=channel, fmt=fmt)
        summary.resumed_at = start
        progress(start, len(items))
        with report.open("a" if start else "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            if not start:
                writer.writerow(REPORT_COLUMNS)
            for begin in range(start, len(items), batch_size):
                chunk = list(enumerate(items[begin : begin + batch_size], start=begin))
                for row in await self._batch(chunk, channel, summary):
                    writer.writerow(row)
                handle.flush()
                _save_state(state, digest=digest, channel=channel, fmt=fmt, done=begin + len(chunk))
                progress(begin + len(chunk), len(items))
        await asyncio.to_thread(state.unlink, missing_ok=True)
        return summary

    async def _batch(
        self, chunk: list[tuple[int, intake.Adapted | intake.BadDocument]], channel: str, summary: Summary
    ) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        sendable: list[tuple[int, intake.Adapted]] = []
        for number, item in chunk:
            if isinstance(item, intake.BadDocument):
                rows += [(number + 1, item.where, "", f, "INVALID", m) for f, m in item.problems]
                summary.failed += 1
                continue
            typed = type_problems(self.schema, "OrderCreateInput", item.input)
            if typed:
                ref = item.input.get("externalRef", "")
                rows += [(number + 1, item.where, ref, item.name_field(p), "INVALID", m) for p, m in typed]
                summary.failed += 1
                continue
            sendable.append((number, item))
        while sendable:
            payload = await self._execute([item.input for _, item in sendable], channel)
            refused = {int(e["field"][1]) for e in payload["userErrors"] if len(e["field"] or []) > 1}
            if payload["userErrors"]:  # input outside its domains: the call stored nothing
                for error in payload["userErrors"]:
                    field = error["field"] or []
                    if len(field) < 2:
                        raise ImportFailed(error["message"])
                    number, item = sendable[int(field[1])]
                    ref = item.input.get("externalRef", "")
                    rows.append(
                        (number + 1, item.where, ref, item.name_field(field[2:]), error["code"], error["message"])
                    )
                summary.failed += len(refused)
                sendable = [pair for index, pair in enumerate(sendable) if index not in refused]
                continue
            for result in payload["results"]:
                number, item = sendable[result["index"]]
                if result["order"] is None:
                    summary.failed += 1
                    ref = item.input.get("externalRef", "")
                    rows += [
                        (number + 1, item.where, ref, item.name_field(e["field"] or []), e["code"], e["message"])
                        for e in result["userErrors"]
                    ]
                elif result["replayed"]:
                    summary.replayed += 1
                else:
                    summary.created += 1
            break
        rows.sort(key=lambda row: row[0])
        return rows

    async def _execute(self, orders: list[dict[str, Any]], channel: str) -> dict[str, Any]:
        while True:
            context = Context(
                request=Request({"type": "http", "method": "POST", "path": "/import", "headers": [], "client": None}),
                response=None,
                settings=self.settings,
                bus=self.bus,
                limits=self.limits,
                principal=Principal(role=Role.CHANNEL, scope=channel),
            )
            result = await self.schema.execute(
                BULK,
                variable_values={"input": {"orders": orders, "errorPolicy": "SKIP_FAILED"}},
                context_value=context,
                operation_name="Import",
            )
            if result.errors:
                error = result.errors[0]
                extensions = error.extensions or {}
                if extensions.get("code") == "THROTTLED":
                    await asyncio.sleep(float(extensions.get("retryAfter") or 1))
                    continue
                raise ImportFailed(error.message)
            assert result.data is not None
            return result.data["orderBulkCreate"]  # type: ignore[no-any-return]


def _resume_point(state: Path, *, digest: str, channel: str, fmt: str) -> int:
    try:
        saved = json.loads(state.read_text())
    except (OSError, ValueError):
        return 0
    if saved.get("sha256") == digest and saved.get("channel") == channel and saved.get("format") == fmt:
        return int(saved.get("done", 0))
    return 0  # another file (or an edited one) under the same name: start over


def _save_state(state: Path, *, digest: str, channel: str, fmt: str, done: int) -> None:
    temporary = state.with_name(state.name + ".tmp")
    temporary.write_text(json.dumps({"sha256": digest, "channel": channel, "format": fmt, "done": done}))
    os.replace(temporary, state)
