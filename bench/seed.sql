-- The benchmark dataset, written straight in SQL (INSERT ... SELECT generate_series):
-- about 2 s for 20k orders on PostgreSQL, where the services would take minutes.
-- :orders is set by bench/http.py. Deterministic: the same rows every run.
INSERT INTO channel (code, name, allocation_strategy, allow_split, backorder_policy, created_at, respect_safety_stock)
VALUES ('web', 'Web', 'PRIORITY', true, 'BACKORDER', '2026-01-01T00:00:00Z', false);

INSERT INTO warehouse (code, name, country, priority, created_at)
SELECT 'wh' || w, 'Warehouse ' || w, 'US', 100 + w, '2026-01-01T00:00:00Z' FROM generate_series(1, 3) w;

INSERT INTO product (sku, name, barcode, price, currency, created_at)
SELECT 'SKU-' || lpad(p::text, 5, '0'), 'Product ' || p, 'BC' || p, (p % 90 + 9.99)::numeric(14, 2), 'USD',
       '2026-01-01T00:00:00Z'
FROM generate_series(1, 500) p;

INSERT INTO stock_level (on_hand, reserved, safety_stock, reorder_point, reorder_quantity, low_stock, auto_reorder,
                         updated_at, product_id, warehouse_id)
SELECT 1000000, 0, 0, 0, 0, false, false, '2026-01-01T00:00:00Z', p, w
FROM generate_series(1, 500) p, generate_series(1, 3) w;

INSERT INTO customer (email, name, created_at)
SELECT 'customer' || c || '@example.com', 'Customer ' || c, '2026-01-01T00:00:00Z'
FROM generate_series(1, 5000) c;

INSERT INTO "order" (external_ref, request_fingerprint, status, currency, subtotal, total, ship_country, ship_city,
                     ship_postal_code, ship_line1, created_at, updated_at, channel_id, customer_id, customer_name)
SELECT 'EXT-' || o, 'x', 'ALLOCATED', 'USD', 0, 0, 'US', 'Springfield', '12345', o || ' Main St',
       timestamptz '2026-01-01T00:00:00Z' + o * interval '1 minute',
       timestamptz '2026-01-01T00:00:00Z' + o * interval '1 minute', 1, 1 + o % 5000, 'Customer ' || (1 + o % 5000)
FROM generate_series(1, :orders) o;

-- 3 lines per order, 3 different products.
INSERT INTO order_line (order_id, product_id, sku, name, quantity, unit_price, line_total)
SELECT o, pid, 'SKU-' || lpad(pid::text, 5, '0'), 'Product ' || pid, 1 + (o + l) % 3, (pid % 90 + 9.99),
       (1 + (o + l) % 3) * (pid % 90 + 9.99)
FROM generate_series(1, :orders) o, generate_series(0, 2) l, LATERAL (SELECT 1 + (o * 7 + l * 131) % 500 AS pid) p;

UPDATE "order" o SET subtotal = s.t, total = s.t
FROM (SELECT order_id, sum(line_total) AS t FROM order_line GROUP BY order_id) s WHERE s.order_id = o.id;

-- Each line allocated from one warehouse; the ledger row that reserved it.
INSERT INTO allocation (order_id, product_id, quantity, status, created_at, warehouse_id)
SELECT ol.order_id, ol.product_id, ol.quantity, 'RESERVED', o.created_at, 1 + ol.order_id % 3
FROM order_line ol JOIN "order" o ON o.id = ol.order_id ORDER BY ol.id;

UPDATE stock_level s SET reserved = r.q
FROM (SELECT product_id, warehouse_id, sum(quantity) AS q FROM allocation GROUP BY 1, 2) r
WHERE s.product_id = r.product_id AND s.warehouse_id = r.warehouse_id;

INSERT INTO stock_movement (product_id, warehouse_id, reason, on_hand_delta, reserved_delta, actor, reference,
                            created_at, stock_level_id)
SELECT a.product_id, a.warehouse_id, 'RESERVE', 0, a.quantity, 'system', 'order:' || a.order_id, a.created_at, s.id
FROM allocation a JOIN stock_level s ON s.product_id = a.product_id AND s.warehouse_id = a.warehouse_id ORDER BY a.id;

INSERT INTO pick_task (status, priority, created_at, updated_at, order_id, warehouse_id)
SELECT CASE WHEN o.id % 4 = 0 THEN 'DONE' ELSE 'OPEN' END, 0, o.created_at, o.created_at, o.id, 1 + o.id % 3
FROM "order" o ORDER BY o.id;

INSERT INTO shipment (status, packed_at, order_id, task_id, warehouse_id)
SELECT 'DISPATCHED', t.created_at, t.order_id, t.id, t.warehouse_id FROM pick_task t WHERE t.status = 'DONE';

INSERT INTO outbox_event (seq, topic, aggregate_type, aggregate_id, payload, occurred_at, published)
SELECT o.id, 'order.created', 'order', o.id, jsonb_build_object('orderId', o.id), o.created_at, true
FROM "order" o ORDER BY o.id;

INSERT INTO order_event (order_id, kind, to_status, actor, created_at)
SELECT o.id, 'CREATED', 'ALLOCATED', 'system', o.created_at FROM "order" o ORDER BY o.id;

ANALYZE;
