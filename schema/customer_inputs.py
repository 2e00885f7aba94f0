"""Where the inputs of customers' own access, support tickets, feedback and risk alerts land
(merged into `schema.input_domains.INPUTS`)."""

from __future__ import annotations

from models.alerts import AlertKind
from models.customers import NotificationPreference
from models.tickets import OrderFeedback, Ticket, TicketAttachment, TicketEvent, TicketMessage
from schema import alerts, customers, tickets
from schema.domains import CHOICE, ID_TEXT, NESTED, Domain, Items, Kind, Spec, column, integer, text
from schema.input_specs import CHANNEL, EMAIL, ENUMS
from services.alert_policy import BOUNDS
from services.tickets import MAX_ATTACHMENTS

_ASSIGNEE: dict[str, Spec] = {"assignee": column(Ticket, "assignee")}
_OWNER: dict[str, Spec] = {"order": ID_TEXT, "customer_email": column(Ticket, "customer_email")}
_MESSAGE: dict[str, Spec] = {"message": column(TicketMessage, "body"), "attachments": Items(MAX_ATTACHMENTS, NESTED)}

CUSTOMER_INPUTS: dict[type, dict[str, Spec]] = {
    customers.CustomerSignInStartInput: {"email": EMAIL, "language": column(NotificationPreference, "language")},
    customers.CustomerSignInFinishInput: {"email": EMAIL, "code": text(16)},
    customers.CustomerTokenRefreshInput: {"refresh_token": text(200)},
    customers.CustomerTokenCreateInput: {"email": EMAIL},
    customers.CustomerNotificationPreferencesUpdateInput: {
        "opted_out": ENUMS,
        "language": column(NotificationPreference, "language"),
    },
    customers.CustomerNotificationFilter: {"email": EMAIL, "kind": CHOICE, "status": CHOICE},
    tickets.TicketAttachmentInput: {f: column(TicketAttachment, f) for f in ("name", "size", "content_type", "url")},
    tickets.TicketOpenInput: {"subject": column(Ticket, "subject"), "kind": CHOICE, **_OWNER, **_MESSAGE},
    tickets.TicketReplyInput: {"id": ID_TEXT, **_MESSAGE},
    tickets.TicketAssignInput: {"id": ID_TEXT, **_ASSIGNEE},
    tickets.TicketCloseInput: {"id": ID_TEXT, "final": CHOICE, "note": column(TicketEvent, "note")},
    tickets.TicketReopenInput: {"id": ID_TEXT, "note": column(TicketEvent, "note")},
    tickets.TicketTypingInput: {"id": ID_TEXT},
    tickets.TicketFilter: {"status": ENUMS, "kind": ENUMS, "overdue": CHOICE, **_ASSIGNEE, **_OWNER},
    tickets.TicketSort: {"field": CHOICE, "direction": CHOICE},
    tickets.OrderFeedbackInput: {
        "order": ID_TEXT,
        "rating": column(OrderFeedback, "rating", minimum=1, maximum=5),
        "comment": column(OrderFeedback, "comment"),
    },
    tickets.OrderFeedbackFilter: {
        "channel": CHANNEL,
        **{f"rating_at_{end}": column(OrderFeedback, "rating") for end in ("most", "least")},
        **{f"created_{end}": column(OrderFeedback, "created_at") for end in ("after", "before")},
    },
    # alerts
    alerts.AlertFilter: {"status": ENUMS, "kind": ENUMS},
    alerts.AlertIdInput: {"id": ID_TEXT},
    alerts.ChannelAlertPolicyUpdateInput: {
        "channel": CHANNEL,
        "rules": Items(len(AlertKind), CHOICE),
        "check_at_intake": CHOICE,
        "hold_suspicious": CHOICE,
        "value_multiple": Domain(Kind.FLOAT),  # its range (1.1..1000) is the service's
        **{name: integer(int(low), int(high)) for name, (low, high) in BOUNDS.items() if name != "value_multiple"},
        "country_mismatch": CHOICE,
    },
}
