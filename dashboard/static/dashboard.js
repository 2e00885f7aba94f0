// The operations dashboard: sign in with a token, chart the analytics reports, list low stock
// and open alerts, and follow orders and alerts live. Everything goes through the public API:
// POST /graphql and its graphql-transport-ws WebSocket. No libraries: small SVG charts and a
// minimal graphql-transport-ws client are below.
"use strict";

(() => {
  const ROOT = document.querySelector('meta[name="oms-root"]').content;
  const GRAPHQL_PATH = ROOT + "/graphql";
  const TOKEN_KEY = "ordergraph.dashboard.token";
  const STAFF = ["ADMIN", "OPS"];
  const FEED_LIMIT = 100;
  const DAY_MS = 86400000;
  const $ = (id) => document.getElementById(id);

  // -- the API ----------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  async function gql(token, query, variables) {
    let response;
    try {
      response = await fetch(GRAPHQL_PATH, {
        method: "POST",
        headers: {
          Authorization: "Bearer " + token,
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify({ query, variables: variables || {} }),
      });
    } catch (error) {
      throw new ApiError("The server cannot be reached (" + error.message + ").", 0);
    }
    let body = null;
    try {
      body = await response.json();
    } catch (error) {
      body = null; // not JSON: reported by status below
    }
    const errors = (body && body.errors) || [];
    if (!response.ok || errors.length || !body || !body.data) {
      const message = errors.length ? errors.map((e) => e.message).join("; ") : "HTTP " + response.status;
      throw new ApiError(message, response.status);
    }
    return body.data;
  }

  const VIEWER = "query DashboardViewer { viewer { role scope } }";

  async function whoIs(token) {
    const viewer = (await gql(token, VIEWER)).viewer;
    if (!STAFF.includes(viewer.role)) {
      throw new ApiError("This dashboard is for OPS and ADMIN tokens; this token's role is " + viewer.role + ".", 403);
    }
    return viewer;
  }

  // -- the report window: ?from=YYYY-MM-DD&to=YYYY-MM-DD (inclusive), UTC days --------------

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }

  function parseDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text || "")) return null;
    const date = new Date(text + "T00:00:00Z");
    return Number.isNaN(date.getTime()) ? null : date;
  }

  function chosenWindow() {
    const params = new URLSearchParams(window.location.search);
    const today = parseDay(isoDay(new Date()));
    let to = parseDay(params.get("to")) || today;
    let from = parseDay(params.get("from")) || new Date(to.getTime() - 29 * DAY_MS);
    if (from > to) [from, to] = [to, from];
    return { from, to };
  }

  function apiWindow(chosen) {
    // The API's windows are [from, to): the day after the last day shown.
    return { from: chosen.from.toISOString(), to: new Date(chosen.to.getTime() + DAY_MS).toISOString() };
  }

  // ?channel=CODE: the sales charts of one channel (all of them without it; stock is shared).
  function chosenChannel() {
    return new URLSearchParams(window.location.search).get("channel") || "";
  }

  const CHANNELS = "query DashboardChannels { channels(first: 100) { edges { node { code name } } } }";

  function renderChannels(channels, chosen) {
    const known = channels.some((channel) => channel.code === chosen);
    $("window-channel").replaceChildren(
      element("option", { value: "" }, "All channels"),
      ...channels.map((channel) => element("option", { value: channel.code }, channel.name + " (" + channel.code + ")")),
      ...(chosen && !known ? [element("option", { value: chosen }, chosen)] : []),
    );
    $("window-channel").value = chosen;
  }

  // -- formatting ---------------------------------------------------------------------------

  function money(amount, currency) {
    const value = Number(amount);
    return value.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + " " + currency;
  }

  function percent(value) {
    return (value * 100).toFixed(1) + " %";
  }

  function compact(value) {
    if (Math.abs(value) >= 1e6) return (value / 1e6).toFixed(1) + "M";
    if (Math.abs(value) >= 1e4) return (value / 1e3).toFixed(0) + "k";
    if (Number.isInteger(value)) return String(value);
    return value.toFixed(Math.abs(value) < 1 ? 2 : 1);
  }

  function when(iso) {
    const date = new Date(iso);
    return date.toISOString().replace("T", " ").slice(0, 16) + " UTC";
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  // -- SVG charts ---------------------------------------------------------------------------

  const SVG = "http://www.w3.org/2000/svg";
  const SERIES_CLASSES = ["s0", "s1", "s2", "s3", "s4", "s5"];

  function svg(tag, attributes, parent) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    if (parent) parent.append(node);
    return node;
  }

  function tooltip(node, text) {
    svg("title", {}, node).textContent = text;
  }

  function empty(container, text) {
    container.replaceChildren(element("p", { class: "muted empty" }, text || "No data in this window."));
  }

  function niceMax(value) {
    if (value <= 0) return 1;
    const step = 10 ** Math.floor(Math.log10(value));
    for (const factor of [1, 2, 2.5, 5, 10]) {
      if (value <= factor * step) return factor * step;
    }
    return 10 * step;
  }

  // The top of a y axis of four steps: round steps, whole ones for counts.
  function axisTop(value, whole) {
    const step = niceMax(value / 4);
    return 4 * (whole ? Math.max(1, Math.ceil(step)) : step);
  }

  // Drawn at the container's width in CSS pixels: text keeps its size on any screen.
  function widthOf(container) {
    return Math.max(320, Math.round(container.clientWidth || 640));
  }

  // series: [{name, points: [{x (a category), y, title}]}]; x categories are sorted as strings
  // (ISO dates sort by time). One circle per point: what a test (or a reader) counts.
  function lineChart(container, series, options) {
    const all = series.flatMap((s) => s.points);
    if (!all.length) return empty(container);
    const format = options.format || compact;
    const xs = [...new Set(all.map((p) => p.x))].sort();
    const whole = all.every((p) => Number.isInteger(p.y));
    const top = options.max !== undefined ? options.max : axisTop(Math.max(...all.map((p) => p.y)), whole);
    const width = widthOf(container);
    const height = 220;
    const pad = { left: 56, right: 16, top: 12, bottom: 40 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    // Days and weeks sit at their place in time (a day without a row leaves a gap); other
    // categories are spread evenly.
    const dated = xs.every((x) => parseDay(x) !== null);
    // Dated: the axis spans the chosen window too (options.range), not only the rows in it.
    const range = dated && options.range ? options.range : [parseDay(xs[0]), parseDay(xs[xs.length - 1])];
    const first = dated ? Math.min(parseDay(xs[0]).getTime(), range[0].getTime()) : 0;
    const last = dated ? Math.max(parseDay(xs[xs.length - 1]).getTime(), range[1].getTime()) : 0;
    const span = dated ? last - first : xs.length - 1;
    const place = (x) => (dated ? parseDay(x).getTime() - first : xs.indexOf(x));
    const xAt = (x) => pad.left + (span === 0 ? plotW / 2 : (place(x) * plotW) / span);
    const yAt = (y) => pad.top + plotH - (Math.min(y, top) / top) * plotH;

    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": options.label });
    for (let i = 0; i <= 4; i++) {
      const value = (top * i) / 4;
      svg("line", { class: "gridline", x1: pad.left, x2: width - pad.right, y1: yAt(value), y2: yAt(value) }, root);
      const label = svg("text", { class: "axis", x: pad.left - 6, y: yAt(value) + 4, "text-anchor": "end" }, root);
      label.textContent = format(value);
    }
    let labelled = -Infinity; // where the last x label went: the next keeps its distance
    xs.forEach((x) => {
      if (xAt(x) - labelled < 56) return;
      labelled = xAt(x);
      const label = svg("text", { class: "axis", x: xAt(x), y: height - pad.bottom + 16, "text-anchor": "middle" }, root);
      label.textContent = options.xLabel ? options.xLabel(x) : x;
    });
    series.forEach((s, index) => {
      const cls = SERIES_CLASSES[index % SERIES_CLASSES.length];
      const points = [...s.points].sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
      const group = svg("g", { class: "series " + cls, "data-series": s.name }, root);
      svg("polyline", { points: points.map((p) => `${xAt(p.x)},${yAt(p.y)}`).join(" ") }, group);
      for (const p of points) {
        const dot = svg("circle", { class: "point", cx: xAt(p.x), cy: yAt(p.y), r: 3.5, "data-x": p.x, "data-y": p.y }, group);
        tooltip(dot, p.title || `${s.name} ${p.x}: ${format(p.y)}`);
      }
    });
    const legend = element("ul", { class: "legend" });
    series.forEach((s, index) => {
      legend.append(element("li", { class: SERIES_CLASSES[index % SERIES_CLASSES.length] }, s.name));
    });
    container.replaceChildren(root, legend);
  }

  // bars: [{label, value, title, alert}], drawn top to bottom as given. One rect per bar.
  function barChart(container, bars, options) {
    if (!bars.length) return empty(container, options.emptyText);
    const format = options.format || compact;
    const rowH = 24;
    const width = widthOf(container);
    const labelW = 170;
    const valueW = 110;
    const height = bars.length * rowH + 8;
    const top = niceMax(Math.max(...bars.map((b) => b.value)));
    const plotW = width - labelW - valueW;
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": options.label });
    bars.forEach((bar, i) => {
      const y = 4 + i * rowH;
      const label = svg("text", { class: "axis", x: labelW - 8, y: y + rowH / 2 + 4, "text-anchor": "end" }, root);
      label.textContent = bar.label;
      const w = Math.max(1, (Math.max(bar.value, 0) / top) * plotW);
      const rect = svg(
        "rect",
        {
          class: "bar" + (bar.alert ? " alert" : ""),
          x: labelW,
          y: y + 3,
          width: w,
          height: rowH - 6,
          "data-label": bar.label,
          "data-value": bar.value,
        },
        root,
      );
      tooltip(rect, bar.title || `${bar.label}: ${format(bar.value)}`);
      const value = svg("text", { class: "value", x: labelW + w + 6, y: y + rowH / 2 + 4 }, root);
      value.textContent = bar.text || format(bar.value);
    });
    container.replaceChildren(root);
  }

  // -- the reports --------------------------------------------------------------------------

  const REPORTS = `
    query DashboardReports($from: DateTime!, $to: DateTime!, $filter: ReportFilter) {
      analytics {
        byDay: report(measures: [ORDERS, REVENUE], dimensions: [DAY], from: $from, to: $to, filter: $filter) {
          currency period orders revenue { amount currency }
        }
        byChannel: report(measures: [ORDERS, REVENUE], dimensions: [CHANNEL], from: $from, to: $to, filter: $filter) {
          currency channel orders revenue { amount currency }
        }
        rates: report(measures: [ON_TIME_SHIP_RATE, CANCELLED_RATE, RETURN_RATE], dimensions: [WEEK],
                      from: $from, to: $to, filter: $filter) {
          currency period onTimeShipRate cancelledRate returnRate
        }
        inventory(from: $from, to: $to) {
          sku warehouse onHand daysOfCover leadTimeDays stockoutRisk deadStock valueOnHand { amount currency }
        }
      }
    }`;

  const LISTS = `
    query DashboardLists {
      stockLevels(filter: { belowSafetyStock: true }, first: 50) {
        totalCount
        edges { node { id available onHand reserved safetyStock product { sku } warehouse { code } } }
      }
      alerts(filter: { status: [OPEN, ACKNOWLEDGED] }, first: 50) {
        totalCount
        edges { node { id kind severity subject status createdAt } }
      }
    }`;

  function bySeries(rows, name) {
    // Rows are split by currency (amounts are never mixed): one series per currency.
    const series = new Map();
    for (const row of rows) {
      const key = name(row);
      if (!series.has(key)) series.set(key, []);
      series.get(key).push(row);
    }
    return series;
  }

  function renderTiles(reports) {
    const orders = reports.byDay.reduce((sum, row) => sum + (row.orders || 0), 0);
    const revenue = new Map();
    for (const row of reports.byDay) {
      if (row.revenue) revenue.set(row.currency, (revenue.get(row.currency) || 0) + Number(row.revenue.amount));
    }
    const risks = reports.inventory.filter((row) => row.stockoutRisk).length;
    const dead = reports.inventory.filter((row) => row.deadStock).length;
    const tiles = [
      ["Orders", String(orders), "tile-orders"],
      ["Revenue", [...revenue].map(([c, a]) => money(a, c)).join(" · ") || "0", "tile-revenue"],
      ["Stockout risks", String(risks), "tile-risks"],
      ["Dead stock", String(dead), "tile-dead"],
    ];
    $("tiles").replaceChildren(
      ...tiles.map(([name, value, id]) => element("div", { class: "tile", id }, element("span", { class: "tile-name" }, name), element("strong", {}, value))),
    );
  }

  let shown = null; // the reports on screen, drawn again when the window is resized

  function renderReports(reports) {
    shown = reports;
    const chosen = chosenWindow();
    const range = [chosen.from, chosen.to];
    renderTiles(reports);
    const currencies = new Set(reports.byDay.map((row) => row.currency));
    const days = bySeries(reports.byDay, (row) => (currencies.size > 1 ? "orders (" + row.currency + ")" : "orders"));
    lineChart(
      $("chart-orders"),
      [...days].map(([name, rows]) => ({
        name,
        points: rows.map((row) => ({
          x: row.period,
          y: row.orders,
          title: `${row.period}: ${row.orders} orders, ${money(row.revenue.amount, row.currency)}`,
        })),
      })),
      { label: "Orders per day", xLabel: (x) => x.slice(5), range },
    );

    const channels = [...reports.byChannel].sort((a, b) => Number(b.revenue.amount) - Number(a.revenue.amount));
    barChart(
      $("chart-channels"),
      channels.map((row) => ({
        label: `${row.channel} · ${row.currency}`,
        value: Number(row.revenue.amount),
        text: money(row.revenue.amount, row.currency),
        title: `${row.channel}: ${row.orders} orders, ${money(row.revenue.amount, row.currency)}`,
      })),
      { label: "Revenue by channel" },
    );

    const rateSeries = [
      ["on time", "onTimeShipRate"],
      ["cancelled", "cancelledRate"],
      ["returned", "returnRate"],
    ].map(([name, field]) => ({
      name,
      points: reports.rates
        .filter((row) => row[field] !== null)
        .map((row) => ({ x: row.period, y: row[field], title: `${name}, week of ${row.period}: ${percent(row[field])}` })),
    }));
    lineChart($("chart-rates"), rateSeries, { label: "Fulfilment rates per week", max: 1, format: percent, xLabel: (x) => x.slice(5), range });

    const covered = reports.inventory
      .filter((row) => row.daysOfCover !== null)
      .sort((a, b) => a.daysOfCover - b.daysOfCover)
      .slice(0, 10);
    barChart(
      $("chart-cover"),
      covered.map((row) => ({
        label: `${row.sku} @ ${row.warehouse}`,
        value: row.daysOfCover,
        alert: row.stockoutRisk,
        text: row.daysOfCover.toFixed(1) + " d",
        title:
          `${row.sku} @ ${row.warehouse}: ${row.daysOfCover.toFixed(1)} days of cover, ${row.onHand} on hand` +
          (row.leadTimeDays !== null ? `, lead time ${row.leadTimeDays} d` : ""),
      })),
      { label: "Lowest days of cover", emptyText: "No demand in this window." },
    );
  }

  function renderLists(lists) {
    const stock = lists.stockLevels.edges.map((edge) => edge.node);
    $("low-stock-count").textContent = String(lists.stockLevels.totalCount);
    $("low-stock").tBodies[0].replaceChildren(
      ...(stock.length
        ? stock.map((level) =>
            element(
              "tr",
              { "data-id": level.id },
              element("td", {}, level.product.sku),
              element("td", {}, level.warehouse.code),
              element("td", { class: "number" }, String(level.available)),
              element("td", { class: "number" }, String(level.safetyStock)),
            ),
          )
        : [element("tr", { class: "none" }, element("td", { colspan: "4", class: "muted" }, "Nothing below its safety stock."))]),
    );
    $("alerts-count").textContent = String(lists.alerts.totalCount);
    const alerts = lists.alerts.edges.map((edge) => edge.node);
    $("alerts").tBodies[0].replaceChildren(
      ...(alerts.length ? alerts.map(alertRow) : [noAlerts()]),
    );
  }

  function noAlerts() {
    return element("tr", { class: "none" }, element("td", { colspan: "5", class: "muted" }, "No open alerts."));
  }

  function alertRow(alert) {
    const actions = element("td", { class: "actions" });
    const row = element(
      "tr",
      { "data-id": alert.id, "data-status": alert.status, class: "severity-" + alert.severity.toLowerCase() },
      element("td", {}, alert.severity),
      element("td", {}, alert.kind),
      element("td", {}, alert.subject),
      element("td", {}, when(alert.createdAt)),
      actions,
    );
    showAlertActions(row, alert.status);
    return row;
  }

  // -- acting on an alert: acknowledge (someone is on it), resolve (handled) ------------------

  const ALERT_ACTIONS = {
    acknowledge: `mutation DashboardAlertAcknowledge($input: AlertIdInput!) {
      alertAcknowledge(input: $input) { alert { id status } userErrors { code message } }
    }`,
    resolve: `mutation DashboardAlertResolve($input: AlertIdInput!) {
      alertResolve(input: $input) { alert { id status } userErrors { code message } }
    }`,
  };

  function showAlertActions(row, status) {
    row.dataset.status = status;
    const cell = row.cells[4];
    const buttons = [];
    if (status === "OPEN") buttons.push(alertButton(row, "acknowledge", "Acknowledge"));
    else buttons.push(element("span", { class: "muted" }, "Acknowledged "));
    buttons.push(alertButton(row, "resolve", "Resolve"));
    cell.replaceChildren(...buttons);
  }

  function alertButton(row, action, label) {
    const button = element("button", { type: "button", "data-action": action }, label);
    button.addEventListener("click", () => actOnAlert(row, action));
    return button;
  }

  async function actOnAlert(row, action) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const box = $("alerts-error");
    if (!token) return signOut();
    row.querySelectorAll("button").forEach((button) => (button.disabled = true));
    box.hidden = true;
    try {
      const data = await gql(token, ALERT_ACTIONS[action], { input: { id: row.dataset.id } });
      const payload = data[action === "acknowledge" ? "alertAcknowledge" : "alertResolve"];
      if (payload.userErrors.length) throw new ApiError(payload.userErrors.map((e) => e.message).join("; "), 200);
      if (payload.alert.status === "RESOLVED") {
        const body = row.parentElement;
        row.remove();
        $("alerts-count").textContent = String(Math.max(0, Number($("alerts-count").textContent || 0) - 1));
        if (body && !body.querySelector("tr[data-id]")) body.replaceChildren(noAlerts());
      } else {
        showAlertActions(row, payload.alert.status);
      }
    } catch (error) {
      if (error.status === 401) return signOut("The token was refused: " + error.message);
      box.textContent = "Could not " + action + " the alert: " + error.message;
      box.hidden = false;
      row.querySelectorAll("button").forEach((button) => (button.disabled = false));
    }
  }

  // -- the live feed: a minimal graphql-transport-ws client ---------------------------------

  const SUBSCRIPTIONS = {
    orders: `subscription DashboardOrders($after: String) {
      orderStatusChanged(after: $after) {
        cursor occurredAt previousStatus status order { id number channel { code } total { amount currency } }
      }
    }`,
    alerts: `subscription DashboardAlerts($after: String) {
      alertRaised(after: $after) { cursor occurredAt alert { id kind severity subject status createdAt } }
    }`,
    lowStock: `subscription DashboardLowStock($after: String) {
      lowStockAlerts(after: $after) { cursor occurredAt available safetyStock stockLevel { product { sku } warehouse { code } } }
    }`,
  };

  class LiveFeed {
    constructor(token, onEvent, onState) {
      this.token = token;
      this.onEvent = onEvent;
      this.onState = onState;
      this.after = {}; // the last cursor of each subscription: a reconnection resumes there
      this.attempt = 0;
      this.stopped = false;
      this.socket = null;
    }

    url() {
      const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
      return scheme + "//" + window.location.host + GRAPHQL_PATH;
    }

    start() {
      this.onState("connecting");
      const socket = (this.socket = new WebSocket(this.url(), "graphql-transport-ws"));
      socket.onopen = () => {
        this.send({ type: "connection_init", payload: { Authorization: "Bearer " + this.token } });
      };
      socket.onmessage = (message) => this.receive(JSON.parse(message.data));
      socket.onclose = (event) => {
        if (this.stopped || socket !== this.socket) return;
        if (event.code === 4403 || event.code === 4401) {
          this.onState("error", "The server refused the token (" + event.code + ").");
          return;
        }
        // Back off: 1, 2, 4 ... 30 s; the cursors resume where the feed stopped.
        const delay = Math.min(30000, 1000 * 2 ** this.attempt++);
        this.onState("reconnecting", "Disconnected (" + event.code + "); retrying in " + delay / 1000 + " s.");
        this.timer = setTimeout(() => this.start(), delay);
      };
    }

    send(message) {
      this.socket.send(JSON.stringify(message));
    }

    receive(message) {
      switch (message.type) {
        case "connection_ack":
          this.attempt = 0;
          for (const [id, query] of Object.entries(SUBSCRIPTIONS)) {
            this.send({ id, type: "subscribe", payload: { query, variables: { after: this.after[id] || null } } });
          }
          this.onState("live");
          break;
        case "ping":
          this.send({ type: "pong", payload: message.payload });
          break;
        case "next": {
          const payload = message.payload || {};
          if (payload.errors && payload.errors.length) {
            this.onState("error", payload.errors.map((e) => e.message).join("; "));
            break;
          }
          const event = Object.values(payload.data || {})[0];
          if (event && event.cursor) this.after[message.id] = event.cursor;
          if (event) this.onEvent(message.id, event);
          break;
        }
        case "error":
          this.onState("error", (message.payload || []).map((e) => e.message).join("; "));
          break;
        default:
          break; // "complete", "pong": nothing to do
      }
    }

    stop() {
      this.stopped = true;
      clearTimeout(this.timer);
      if (this.socket) this.socket.close(1000, "signed out");
    }
  }

  function feedItem(kind, event) {
    if (kind === "orders") {
      const order = event.order;
      if (!order) return null; // no longer visible
      const change = event.previousStatus ? `${event.previousStatus} → ${event.status}` : `new, ${event.status}`;
      return {
        kind: "order",
        key: order.number,
        status: event.status,
        text: `Order ${order.number} ${change} · ${order.channel.code} · ${money(order.total.amount, order.total.currency)}`,
      };
    }
    if (kind === "alerts") {
      const alert = event.alert;
      if (!alert) return null;
      return { kind: "alert", key: alert.subject, text: `${alert.severity} ${alert.kind}: ${alert.subject}` };
    }
    const level = event.stockLevel;
    if (!level) return null;
    return {
      kind: "low-stock",
      key: `${level.product.sku}@${level.warehouse.code}`,
      text: `Low stock ${level.product.sku} @ ${level.warehouse.code}: ${event.available} available, safety stock ${event.safetyStock}`,
    };
  }

  function showEvent(kind, event) {
    const item = feedItem(kind, event);
    if (!item) return;
    const feed = $("feed");
    feed.prepend(
      element(
        "li",
        { class: "feed-" + item.kind, "data-kind": item.kind, "data-key": item.key, "data-status": item.status },
        element("time", { datetime: event.occurredAt }, when(event.occurredAt).slice(11, 16)),
        " ",
        item.text,
      ),
    );
    while (feed.children.length > FEED_LIMIT) feed.lastElementChild.remove();
    if (kind === "alerts" && event.alert && event.alert.status === "OPEN") {
      const body = $("alerts").tBodies[0];
      body.querySelectorAll("tr.none").forEach((row) => row.remove());
      if (!body.querySelector(`tr[data-id="${CSS.escape(event.alert.id)}"]`)) {
        body.prepend(alertRow(event.alert));
        $("alerts-count").textContent = String(Number($("alerts-count").textContent || 0) + 1);
      }
    }
  }

  function showFeedState(state, detail) {
    const badge = $("feed-state");
    badge.dataset.state = state;
    badge.textContent = state;
    badge.title = detail || "";
  }

  // -- the page -----------------------------------------------------------------------------

  let feed = null;

  function showSignIn(error) {
    $("dashboard").hidden = true;
    $("who").hidden = true;
    $("sign-in").hidden = false;
    const box = $("sign-in-error");
    box.hidden = !error;
    box.textContent = error || "";
    document.body.dataset.view = "sign-in";
    $("token").focus();
  }

  async function load(token) {
    const chosen = chosenWindow();
    $("window-from").value = isoDay(chosen.from);
    $("window-to").value = isoDay(chosen.to);
    $("load-state").textContent = "Loading…";
    $("load-error").hidden = true;
    document.body.dataset.loaded = "";
    try {
      const channel = chosenChannel();
      const [reports, lists, channels] = await Promise.all([
        gql(token, REPORTS, { ...apiWindow(chosen), filter: channel ? { channel } : null }),
        gql(token, LISTS),
        gql(token, CHANNELS),
      ]);
      renderChannels(channels.channels.edges.map((edge) => edge.node), channel);
      renderReports(reports.analytics);
      renderLists(lists);
      $("load-state").textContent = "Updated " + when(new Date().toISOString());
      document.body.dataset.loaded = "true";
    } catch (error) {
      if (error.status === 401) return signOut("The token was refused: " + error.message);
      $("load-state").textContent = "";
      $("load-error").textContent = "Could not load the reports: " + error.message;
      $("load-error").hidden = false;
      document.body.dataset.loaded = "error";
    }
  }

  function showDashboard(token, viewer) {
    $("sign-in").hidden = true;
    $("sign-in-error").hidden = true;
    $("dashboard").hidden = false;
    $("who").hidden = false;
    $("viewer").textContent = viewer.role + (viewer.scope ? " · " + viewer.scope : "");
    document.body.dataset.view = "dashboard";
    load(token);
    if (feed) feed.stop();
    feed = new LiveFeed(token, showEvent, showFeedState);
    feed.start();
  }

  function signOut(error) {
    sessionStorage.removeItem(TOKEN_KEY);
    if (feed) feed.stop();
    feed = null;
    $("feed").replaceChildren();
    showFeedState("off");
    showSignIn(error);
  }

  async function signIn(token) {
    // Until the API answers: no stale error, and a state a reader (or a test) can tell apart.
    $("sign-in-error").hidden = true;
    document.body.dataset.view = "signing-in";
    try {
      const viewer = await whoIs(token);
      sessionStorage.setItem(TOKEN_KEY, token);
      showDashboard(token, viewer);
    } catch (error) {
      signOut(error.status === 401 ? "That token was refused: " + error.message : error.message);
    }
  }

  function start() {
    let resizing = null;
    window.addEventListener("resize", () => {
      clearTimeout(resizing);
      resizing = setTimeout(() => shown && !$("dashboard").hidden && renderReports(shown), 200);
    });
    $("sign-in-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const token = $("token").value.trim();
      $("token").value = "";
      if (token) signIn(token);
    });
    $("sign-out").addEventListener("click", () => signOut());
    $("window-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const params = new URLSearchParams(window.location.search);
      params.set("from", $("window-from").value);
      params.set("to", $("window-to").value);
      if ($("window-channel").value) params.set("channel", $("window-channel").value);
      else params.delete("channel");
      window.history.replaceState(null, "", "?" + params.toString());
      const token = sessionStorage.getItem(TOKEN_KEY);
      if (token) load(token);
    });
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) signIn(token);
    else showSignIn();
  }

  start();
})();
