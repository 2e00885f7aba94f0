"""Where the inputs of stock transfers and master-data administration land (merged into
`schema.input_domains.INPUTS`; kept here so that module stays one screenful per domain)."""

from __future__ import annotations

from models.audit import AuditEvent
from models.catalog import Carrier, Channel, Product, Supplier, Warehouse
from models.transfers import StockTransfer, StockTransferLine
from schema import audit, catalog, master_data, transfers
from schema.domains import CHOICE, ID_TEXT, NESTED, Items, Spec, column
from schema.input_specs import ENUMS, MAX_GRAMS, MAX_PRIORITY, SEARCH, SKU, WAREHOUSE
from services.errors import ErrorCode
from services.order_drafts import MAX_LINES, MAX_QUANTITY

ADMIN_INPUTS: dict[type, dict[str, Spec]] = {
    # warehouses
    catalog.WarehouseCreateInput: {
        "code": WAREHOUSE,
        "name": column(Warehouse, "name"),
        "country": column(Warehouse, "country"),
        "country_code": CHOICE,
        "region": column(Warehouse, "region"),
        "latitude": column(Warehouse, "latitude"),
        "longitude": column(Warehouse, "longitude"),
        "priority": column(Warehouse, "priority", minimum=0, maximum=MAX_PRIORITY),
    },
    # stock transfers
    transfers.StockTransferFilter: {
        "status": ENUMS,
        "source": WAREHOUSE,
        "destination": WAREHOUSE,
        "warehouse": WAREHOUSE,
    },
    transfers.StockTransferLineInput: {
        "sku": SKU,
        "quantity": column(StockTransferLine, "quantity", maximum=MAX_QUANTITY, code=ErrorCode.INVALID_QUANTITY),
    },
    transfers.StockTransferCreateInput: {
        "source": WAREHOUSE,
        "destination": WAREHOUSE,
        "lines": Items(MAX_LINES, NESTED),
        "note": column(StockTransfer, "note"),
    },
    transfers.StockTransferIdInput: {"id": ID_TEXT},
    transfers.StockTransferReceivedLineInput: {
        "sku": SKU,
        "quantity": column(
            StockTransferLine, "received_quantity", maximum=MAX_QUANTITY, code=ErrorCode.INVALID_QUANTITY
        ),
    },
    transfers.StockTransferReceiveInput: {"id": ID_TEXT, "lines": Items(MAX_LINES, NESTED)},
    # master data
    master_data.SetupFilter: {"search": SEARCH, "archived": CHOICE},
    master_data.CustomerFilter: {"search": SEARCH},
    master_data.ReturnFilter: {"status": ENUMS, "order": ID_TEXT},
    master_data.ArchiveInput: {"code": SKU, "archived": CHOICE},  # a SKU or a code: both 64 characters
    master_data.ProductUpdateInput: {
        "sku": SKU,
        "name": column(Product, "name"),
        "price": column(Product, "price"),
        "weight_grams": column(Product, "weight_grams", minimum=0, maximum=MAX_GRAMS),
    },
    master_data.WarehouseUpdateInput: {
        "code": WAREHOUSE,
        "name": column(Warehouse, "name"),
        "region": column(Warehouse, "region"),
        "priority": column(Warehouse, "priority", minimum=0, maximum=MAX_PRIORITY),
    },
    master_data.ChannelUpdateInput: {
        "code": column(Channel, "code"),
        "name": column(Channel, "name"),
        "allocation_strategy": CHOICE,
        "allow_split": CHOICE,
        "backorder_policy": CHOICE,
        "respect_safety_stock": CHOICE,
        "customer_cancel_allowed": CHOICE,
        "customer_address_change_allowed": CHOICE,
    },
    master_data.SupplierUpdateInput: {
        "code": column(Supplier, "code"),
        "name": column(Supplier, "name"),
        "lead_time_days": column(Supplier, "lead_time_days"),
    },
    master_data.CarrierUpdateInput: {
        "code": column(Carrier, "code"),
        "name": column(Carrier, "name"),
        "webhook_url": column(Carrier, "webhook_url"),
    },
    # audit log
    audit.AuditEventFilter: {
        "actor": column(AuditEvent, "actor"),
        "object_id": ID_TEXT,
        "operation": column(AuditEvent, "operation"),
        "from_": column(AuditEvent, "created_at"),
        "to": column(AuditEvent, "created_at"),
    },
}
