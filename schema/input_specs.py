"""The named domains the input tables share (schema.input_domains and the per-area tables it
merges): the bounds nobody means beyond, and the columns inputs most often land in."""

from __future__ import annotations

from models.catalog import Carrier, Channel, Product, Supplier, Warehouse
from models.fulfilment import PickTask, Shipment
from models.order_money import OrderPayment, OrderTag
from models.orders import Customer, Order, OrderEvent, OrderLine
from schema.domains import CHOICE, NESTED, Domain, Items, Kind, Spec, column, text
from services.errors import ErrorCode
from services.order_drafts import MAX_LINES, MAX_QUANTITY

# Bounds on what a column would take but nobody means.
MAX_PACKAGES = 50  # packages in one shipment
MAX_PRIORITY = 10_000
MAX_GRAMS = 1_000_000  # one tonne per package or product
MAX_MM = 100_000  # 100 metres
MAX_FILTER_VALUES = 100  # values of one list filter
SEARCH = text(200)
CURSOR = text(200)

quantity = dict(maximum=MAX_QUANTITY, code=ErrorCode.INVALID_QUANTITY)
ENUMS = Items(MAX_FILTER_VALUES, CHOICE)
SKU = column(Product, "sku")
WAREHOUSE = column(Warehouse, "code")
SUPPLIER = column(Supplier, "code")
CARRIER = column(Carrier, "code")
CHANNEL = column(Channel, "code")
EMAIL = column(Customer, "email")
CURRENCY = column(Product, "currency")
TRACKING_NUMBER = column(Shipment, "tracking_number")
REASON = column(OrderEvent, "reason")
PICKER = column(PickTask, "assignee")
TOPIC = text(64)  # an event topic name (services.webhooks.TOPICS)
LINE_UNITS = column(OrderLine, "quantity", **quantity)  # type: ignore[arg-type]
LINES = Items(MAX_LINES, NESTED)
TAX_RATE = Domain(Kind.DECIMAL, max_digits=7, decimal_places=4)  # lands in the order's JSON tax lines
MONEY = column(Order, "shipping_amount")
PSP_REF = column(OrderPayment, "reference")
KEYS, KEY_LIST = Items(100, NESTED), Items(100, text(128))
PHONE, NOTE, TAGS = column(Order, "phone"), text(2000), Items(50, column(OrderTag, "tag"))  # a note, not a document
# An order's details, at creation (orderCreate) and later (orderUpdate).
ORDER_DETAILS: dict[str, Spec] = {"billing_address": NESTED, "phone": PHONE, "note": NOTE, "tags": TAGS}
# An order's charges, at creation (orderCreate) and later (orderChargesSet).
ORDER_CHARGES: dict[str, Spec] = {"shipping_amount": MONEY, "tax_lines": LINES, "discounts": LINES}
