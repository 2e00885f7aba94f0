# ruff: noqa: RUF001  (Chinese text uses full-width punctuation, as it should)
"""What each customer notification says, per kind and language: a subject and a plain-text
body, filled from the notification's values with `str.format_map`."""

from __future__ import annotations

from models.customers import NotificationKind as K

LANGUAGES = ("en", "zh")

TEMPLATES: dict[tuple[K, str], tuple[str, str]] = {
    (K.SIGN_IN_CODE, "en"): (
        "Your sign-in code: {code}",
        "Your sign-in code is {code}. It works once, for {minutes} minutes.\n"
        "If you did not ask for it, ignore this message.",
    ),
    (K.SIGN_IN_CODE, "zh"): (
        "您的登录验证码：{code}",
        "您的登录验证码是 {code}，{minutes} 分钟内有效，仅可使用一次。\n如果这不是您本人的操作，请忽略此消息。",
    ),
    (K.ORDER_CONFIRMED, "en"): (
        "Order {number} confirmed",
        "Thank you! We have received your order {number} and are preparing it.",
    ),
    (K.ORDER_CONFIRMED, "zh"): ("订单 {number} 已确认", "感谢您的购买！我们已收到您的订单 {number}，正在为您备货。"),
    (K.ORDER_SHIPPED, "en"): (
        "Order {number} is on its way",
        "Your order {number} has shipped with {carrier}, tracking number {tracking_number}.\nTrack it: {tracking_url}",
    ),
    (K.ORDER_SHIPPED, "zh"): (
        "订单 {number} 已发货",
        "您的订单 {number} 已由 {carrier} 发出，运单号 {tracking_number}。\n查看物流：{tracking_url}",
    ),
    (K.OUT_FOR_DELIVERY, "en"): (
        "Order {number} is out for delivery",
        "Your order {number} (tracking number {tracking_number}) is out for delivery today.\nTrack it: {tracking_url}",
    ),
    (K.OUT_FOR_DELIVERY, "zh"): (
        "订单 {number} 正在派送",
        "您的订单 {number}（运单号 {tracking_number}）今天正在派送中。\n查看物流：{tracking_url}",
    ),
    (K.DELIVERED, "en"): ("Order {number} was delivered", "Your order {number} was delivered. Enjoy!"),
    (K.DELIVERED, "zh"): ("订单 {number} 已送达", "您的订单 {number} 已送达，祝您购物愉快！"),
    (K.RETURN_RECEIVED, "en"): (
        "We received your return {return_number}",
        "Your return {return_number} for order {number} has arrived at our warehouse.",
    ),
    (K.RETURN_RECEIVED, "zh"): (
        "退货 {return_number} 已收到",
        "您订单 {number} 的退货 {return_number} 已到达我们的仓库。",
    ),
    (K.REFUND_RECORDED, "en"): (
        "Refund of {amount} {currency} for order {number}",
        "We have refunded {amount} {currency} for your order {number}.",
    ),
    (K.REFUND_RECORDED, "zh"): (
        "订单 {number} 退款 {amount} {currency}",
        "我们已为您的订单 {number} 退款 {amount} {currency}。",
    ),
    (K.ORDER_DELAYED, "en"): (
        "Order {number} is running late",
        "Your order {number} (tracking number {tracking_number}) is delayed: the carrier now expects to deliver "
        "it on {eta} instead of {previous_eta}. We are sorry for the wait.\nTrack it: {tracking_url}",
    ),
    (K.ORDER_DELAYED, "zh"): (
        "订单 {number} 配送延迟",
        "很抱歉，您的订单 {number}（运单号 {tracking_number}）配送延迟：承运商预计送达日期由 {previous_eta} "
        "推迟至 {eta}。\n查看物流：{tracking_url}",
    ),
    (K.TICKET_REPLY, "en"): (
        "Re: {subject}",
        'We have answered your support request #{ticket} "{subject}":\n\n{message}',
    ),
    (K.TICKET_REPLY, "zh"): (
        "回复：{subject}",
        "我们已回复您的客服工单 #{ticket}「{subject}」：\n\n{message}",
    ),
}


# Texts of a kind for notifications whose data has a flag set: (kind, flag, language).
FLAGGED: dict[tuple[K, str, str], tuple[str, str]] = {
    # services/eta_watch.py: the expected day passed with no delivery and no new ETA.
    (K.ORDER_DELAYED, "missed", "en"): (
        "Order {number} is running late",
        "Your order {number} (tracking number {tracking_number}) was expected on {eta} and has not been "
        "delivered yet. We are sorry for the wait, and are checking with the carrier.\nTrack it: {tracking_url}",
    ),
    (K.ORDER_DELAYED, "missed", "zh"): (
        "订单 {number} 配送延迟",
        "很抱歉，您的订单 {number}（运单号 {tracking_number}）预计于 {eta} 送达，但目前尚未送达。"
        "我们正在与承运商核实。\n查看物流：{tracking_url}",
    ),
}


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


def render(kind: K, language: str, data: dict[str, object]) -> tuple[str, str]:
    """The subject and body of `kind` in `language` (English when there is none in it); a
    flagged text of the kind (FLAGGED) when `data` has its flag set."""
    flag = next((f for (k, f, _) in FLAGGED if k is kind and data.get(f)), None)
    if flag is not None:
        subject, body = FLAGGED.get((kind, flag, language)) or FLAGGED[(kind, flag, "en")]
    else:
        subject, body = TEMPLATES.get((kind, language)) or TEMPLATES[(kind, "en")]
    values = _Blank(data)
    return subject.format_map(values), body.format_map(values)
