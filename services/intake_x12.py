"""EDI X12 850 purchase orders in, 997 functional acknowledgments out (`?format=x12`).

A small strict segment parser of our own: the maintained Python X12 library (pyx12) ships
maps for the HIPAA transactions only (270..278, 820, 834, 835, 837, 999), not for the 850,
and badx12 has not been released since 2018. The envelope is read as the standard says: the
ISA segment is fixed width (106 characters), its 4th character is the element separator,
ISA16 the component separator and the character after it the segment terminator; every
control count and control number is checked (SE01/SE02, GE01/GE02, IEA01/IEA02).

From each 850 (ST..SE) we read BEG03 (the PO number: the order's external id), CUR02
(currency), the N1*ST loop (N102 name, N301 street, N401 city, N402 state, N403 postal code,
N404 country), a PER segment's EM contact (the buyer's email) and every PO1 (PO102 quantity,
PO104 unit price, the SKU from the first of the qualifier/id pairs PO106.. qualified SK, VP,
BP, IN or VN). Other segments (REF, DTM, PID, TD5, ...) are allowed and ignored.

Errors name the segment by its position in the interchange (ISA is 1) and the element by
its reference designator: `segment[9].PO102`. The 997 names positions within each
transaction set (ST is 1), as AK3 requires.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

ISA_LENGTH = 106
SKU_QUALIFIERS = ("SK", "VP", "BP", "IN", "VN")
# AK4 data element syntax error codes (X12 997): 1 mandatory element missing, 7 invalid
# code value, 6 invalid character; AK3 segment error codes: 8 segment has element errors,
# 3 mandatory segment missing.
MISSING, INVALID_VALUE, SEGMENT_HAS_ERRORS, SEGMENT_MISSING = "1", "7", "8", "3"


@dataclass(frozen=True)
class Segment:
    position: int  # 1-based, in the interchange
    tag: str
    elements: tuple[str, ...]  # elements[0] is XX01

    def get(self, index: int) -> str:
        """The element `XXnn` (1-based), '' when absent."""
        return self.elements[index - 1].strip() if 0 < index <= len(self.elements) else ""


@dataclass(frozen=True)
class Problem:
    segment: Segment | None
    element: int | None
    message: str
    code: str = INVALID_VALUE

    @property
    def field(self) -> str:
        if self.segment is None:
            return ""
        name = f"segment[{self.segment.position}]"
        return f"{name}.{self.segment.tag}{self.element:02d}" if self.element else f"{name}.{self.segment.tag}"


@dataclass
class PurchaseOrder:
    """One 850 transaction set, mapped to the native OrderCreateInput, and where each field came from."""

    control: str  # ST02
    start: int  # ST's position in the interchange
    native: dict[str, Any] = field(default_factory=dict)
    sources: dict[tuple[str, ...], tuple[Segment, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def name_field(self, path: Sequence[str]) -> str:
        key = tuple(path)
        while key and key not in self.sources:
            key = key[:-1]
        if not key:
            return ""
        segment, element = self.sources[key]
        return Problem(segment, element, "").field


@dataclass
class Interchange:
    isa: Segment
    gs: Segment | None
    separators: tuple[str, str, str]  # element, component, segment terminator
    orders: list[PurchaseOrder]
    problems: list[Problem]  # envelope problems (outside any transaction set)


class NotX12(ValueError):
    """The body is not an X12 interchange at all (no usable ISA)."""


def split(text: str) -> tuple[list[Segment], tuple[str, str, str]]:
    text = text.lstrip()
    if not text.startswith("ISA") or len(text) < ISA_LENGTH:
        raise NotX12("The body must start with a 106-character ISA segment.")
    sep, component, terminator = text[3], text[104], text[105]
    if len(text[:105].split(sep)) != 17 or sep.isalnum() or terminator.isalnum():
        raise NotX12("The ISA segment is malformed (it must have 16 fixed-width elements).")
    segments: list[Segment] = []
    for raw in text.split(terminator):
        raw = raw.strip("\r\n ")
        if not raw:
            continue
        parts = raw.split(sep)
        segments.append(Segment(len(segments) + 1, parts[0].strip(), tuple(parts[1:])))
    return segments, (sep, component, terminator)


def parse(text: str) -> Interchange:
    segments, separators = split(text)
    isa, problems, orders = segments[0], [], []
    gs = segments[1] if len(segments) > 1 and segments[1].tag == "GS" else None
    if gs is None:
        problems.append(Problem(isa, None, "A GS functional group header must follow ISA.", SEGMENT_MISSING))
    elif gs.get(1) != "PO":
        problems.append(Problem(gs, 1, "GS01 must be PO (purchase orders)."))
    tail = segments[-2:] if len(segments) >= 4 else []
    ge, iea = (tail[0], tail[1]) if len(tail) == 2 else (None, None)
    if iea is None or iea.tag != "IEA":
        problems.append(Problem(segments[-1], None, "The interchange must end with IEA.", SEGMENT_MISSING))
    elif iea.get(2) != isa.get(13) or iea.get(1) != "1":
        problems.append(Problem(iea, 2, "IEA must count 1 group and repeat ISA13."))
    if ge is None or ge.tag != "GE":
        problems.append(Problem(ge or segments[-1], None, "The group must end with GE before IEA.", SEGMENT_MISSING))
    body = segments[2:-2] if gs is not None else []
    current: list[Segment] = []
    for segment in body:
        if segment.tag == "ST":
            if current:
                problems.append(Problem(segment, None, "ST inside a transaction set (the previous one lacks SE)."))
            current = [segment]
        elif not current:
            problems.append(Problem(segment, None, f"{segment.tag} outside a transaction set (ST..SE)."))
        else:
            current.append(segment)
            if segment.tag == "SE":
                orders.append(_transaction(current))
                current = []
    if current:
        problems.append(Problem(current[0], None, "The transaction set has no SE trailer.", SEGMENT_MISSING))
    if ge is not None and ge.tag == "GE" and gs is not None:
        if ge.get(2) != gs.get(6):
            problems.append(Problem(ge, 2, "GE02 must repeat GS06."))
        if ge.get(1) != str(len(orders)):
            problems.append(Problem(ge, 1, f"GE01 says {ge.get(1)!r} transaction sets; the group has {len(orders)}."))
    return Interchange(isa, gs, separators, orders, problems)


def _transaction(segments: list[Segment]) -> PurchaseOrder:
    st, se = segments[0], segments[-1]
    order = PurchaseOrder(control=st.get(2), start=st.position)
    problems = order.problems
    if st.get(1) != "850":
        problems.append(Problem(st, 1, f"ST01 must be 850 (purchase order), not {st.get(1)!r}."))
    if se.get(2) != st.get(2):
        problems.append(Problem(se, 2, "SE02 must repeat ST02."))
    if se.get(1) != str(len(segments)):
        problems.append(Problem(se, 1, f"SE01 says {se.get(1)!r} segments; the set has {len(segments)}."))
    native: dict[str, Any] = {"customer": {}, "shippingAddress": {}, "lines": []}
    src = order.sources
    beg = next((s for s in segments if s.tag == "BEG"), None)
    if beg is None:
        problems.append(Problem(st, None, "A BEG segment is required.", SEGMENT_MISSING))
    elif not beg.get(3):
        problems.append(Problem(beg, 3, "BEG03 (the purchase order number) is required.", MISSING))
    else:
        native["externalRef"], src[("externalRef",)] = beg.get(3), (beg, 3)
    in_ship_to = False
    for segment in segments[1:-1]:
        tag = segment.tag
        if tag == "CUR" and segment.get(2):
            native["currency"], src[("currency",)] = segment.get(2), (segment, 2)
        elif tag == "N1":
            in_ship_to = segment.get(1) == "ST"
            if in_ship_to and segment.get(2):
                native["customer"]["name"], src[("customer", "name")] = segment.get(2), (segment, 2)
        elif tag == "N3" and in_ship_to:
            native["shippingAddress"]["line1"] = segment.get(1) or None
            src[("shippingAddress", "line1")] = (segment, 1)
        elif tag == "N4" and in_ship_to:
            _address(native["shippingAddress"], src, segment)
        elif tag == "PER":
            _contact(native["customer"], src, segment)
        elif tag == "PO1":
            _line(native["lines"], src, segment, problems)
        elif tag == "CTT" and segment.get(1) != str(len(native["lines"])):
            problems.append(
                Problem(segment, 1, f"CTT01 says {segment.get(1)!r} lines; the order has {len(native['lines'])}.")
            )
    if "country" not in native["shippingAddress"]:
        problems.append(
            Problem(st, None, "A ship-to party (N1*ST) with an N4 country (N404) is required.", SEGMENT_MISSING)
        )
    if "email" not in native["customer"]:
        problems.append(Problem(st, None, "A PER segment with an EM (email) contact is required.", SEGMENT_MISSING))
    if not native["lines"] and not any(p.segment and p.segment.tag == "PO1" for p in problems):
        problems.append(Problem(st, None, "At least one PO1 line is required.", SEGMENT_MISSING))
    order.native = native
    return order


def _address(address: dict[str, Any], src: dict[tuple[str, ...], tuple[Segment, int]], n4: Segment) -> None:
    for name, index in (("city", 1), ("region", 2), ("postalCode", 3), ("country", 4)):
        address[name] = n4.get(index) or None
        src[("shippingAddress", name)] = (n4, index)
    src[("shippingAddress",)] = (n4, 4)


def _contact(customer: dict[str, Any], src: dict[tuple[str, ...], tuple[Segment, int]], per: Segment) -> None:
    for index in (3, 5, 7):
        if per.get(index) == "EM" and "email" not in customer:
            customer["email"] = per.get(index + 1)
            src[("customer", "email")] = (per, index + 1)
            src[("customer",)] = (per, index + 1)


def _line(
    lines: list[dict[str, Any]], src: dict[tuple[str, ...], tuple[Segment, int]], po1: Segment, problems: list[Problem]
) -> None:
    index = str(len(lines))
    quantity = po1.get(2)
    if not quantity:
        problems.append(Problem(po1, 2, "PO102 (quantity) is required.", MISSING))
    elif not (quantity.isascii() and quantity.isdigit()):
        problems.append(Problem(po1, 2, f"PO102 (quantity) must be a whole number, not {quantity!r}."))
    pairs = {po1.get(i): (po1.get(i + 1), i + 1) for i in range(6, len(po1.elements) + 1, 2) if po1.get(i)}
    sku = next((pairs[q] for q in SKU_QUALIFIERS if q in pairs and pairs[q][0]), None)
    if sku is None:
        problems.append(Problem(po1, 7, f"PO1 must carry a product id qualified {', '.join(SKU_QUALIFIERS)}.", MISSING))
    line: dict[str, Any] = {"sku": sku[0] if sku else "", "quantity": int(quantity) if quantity.isdigit() else 0}
    price = po1.get(4)
    if price:
        try:
            line["unitPrice"] = str(Decimal(price))
        except InvalidOperation:
            problems.append(Problem(po1, 4, f"PO104 (unit price) must be a number, not {price!r}."))
    lines.append(line)
    src[("lines", index)] = (po1, 1)
    src[("lines", index, "quantity")] = (po1, 2)
    src[("lines", index, "unitPrice")] = (po1, 4)
    src[("lines", index, "sku")] = (po1, sku[1] if sku else 7)


def acknowledgment(interchange: Interchange, *, now: datetime | None = None) -> str:
    """The 997 for this interchange: AK5 per transaction set, AK3/AK4 for its errors."""
    sep, component, term = interchange.separators
    isa, gs = interchange.isa, interchange.gs
    when = now or datetime.now(UTC)
    control = isa.get(13) or "000000001"
    header = [
        "ISA", "00", " " * 10, "00", " " * 10,
        isa.get(7).ljust(2), isa.elements[7] if len(isa.elements) > 7 else "".ljust(15),
        isa.get(5).ljust(2), isa.elements[5] if len(isa.elements) > 5 else "".ljust(15),
        when.strftime("%y%m%d"), when.strftime("%H%M"), isa.get(11) or "U", isa.get(12) or "00401",
        control.rjust(9, "0")[:9], "0", isa.get(15) or "P", component,
    ]  # fmt: skip
    group = gs.get(6) if gs else "1"
    segments = [
        sep.join(header),
        sep.join(["GS", "FA", gs.get(3) if gs else "", gs.get(2) if gs else "", when.strftime("%Y%m%d"),
                  when.strftime("%H%M"), group, "X", gs.get(8) if gs else "004010"]),
    ]  # fmt: skip
    body = ["ST" + sep + "997" + sep + "0001", sep.join(["AK1", "PO", group])]
    accepted = 0
    for order in interchange.orders:
        body.append(sep.join(["AK2", "850", order.control]))
        for problem in order.problems:
            segment = problem.segment
            if segment is None:
                continue
            body.append(sep.join(["AK3", segment.tag, str(segment.position - order.start + 1), "",
                                  SEGMENT_MISSING if problem.code == SEGMENT_MISSING else SEGMENT_HAS_ERRORS]))  # fmt: skip
            if problem.element:
                body.append(sep.join(["AK4", str(problem.element), "", problem.code]))
        if order.problems:
            body.append(sep.join(["AK5", "R", "5"]))
        else:
            accepted += 1
            body.append(sep.join(["AK5", "A"]))
    count = len(interchange.orders)
    status = "R" if interchange.problems or not accepted else ("A" if accepted == count else "P")
    body.append(sep.join(["AK9", status, str(count), str(count), str(accepted)]))
    body.append(sep.join(["SE", str(len(body) + 1), "0001"]))
    segments += body
    segments += [sep.join(["GE", "1", group]), sep.join(["IEA", "1", control.rjust(9, "0")[:9]])]
    return term.join(segments) + term
