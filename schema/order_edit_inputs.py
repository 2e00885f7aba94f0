"""Where the inputs of order editing, order money and order details land (merged into
`schema.input_domains.INPUTS`; amounts: the order's money columns, 14 digits, 2 places)."""

from __future__ import annotations

from models.orders import OrderLine
from schema import order_edits
from schema.domains import CHOICE, ID_TEXT, NESTED, Spec, column, text
from schema.input_specs import (
    KEY_LIST,
    KEYS,
    LINE_UNITS,
    LINES,
    MONEY,
    ORDER_CHARGES,
    ORDER_DETAILS,
    PSP_REF,
    REASON,
    TAX_RATE,
)

ORDER_EDIT_INPUTS: dict[type, dict[str, Spec]] = {
    # order editing, money and details (amounts: the order's money columns, 14 digits, 2 places)
    order_edits.OrderEditLineInput: {"sku": column(OrderLine, "sku"), "quantity": LINE_UNITS},
    order_edits.OrderEditInput: {"id": ID_TEXT, "reason": REASON, "lines": LINES, "shipping_address": NESTED},
    order_edits.MyOrderAddressUpdateInput: {"id": ID_TEXT, "shipping_address": NESTED},
    order_edits.OrderLineCancelInput: {"line": ID_TEXT, "quantity": LINE_UNITS, "reason": REASON},
    order_edits.TaxLineInput: {"name": text(100), "rate": TAX_RATE, "amount": MONEY},
    order_edits.DiscountInput: {"code": text(64), "amount": MONEY},
    order_edits.OrderChargesSetInput: {"id": ID_TEXT, **ORDER_CHARGES},
    order_edits.OrderPaymentRecordInput: {"id": ID_TEXT, "kind": CHOICE, "amount": MONEY, "reference": PSP_REF},
    order_edits.OrderUpdateInput: {"id": ID_TEXT, **ORDER_DETAILS},
    order_edits.MetadataItemInput: {"key": text(128), "value": text(2000)},  # land in the JSON metadata
    order_edits.OrderMetadataUpdateInput: {"id": ID_TEXT, "items": KEYS, "remove": KEY_LIST, "private": CHOICE},
}
