"""Analytics: the root field; the reports themselves are fields of `Analytics`."""

from __future__ import annotations

import strawberry

from resolvers.context import Info, principal_of
from schema.analytics import Analytics


@strawberry.type
class Query:
    @strawberry.field(description="Reports over orders (staff: every channel; a CHANNEL token: its own).")
    def analytics(self, info: Info) -> Analytics:
        return Analytics(principal=principal_of(info))
