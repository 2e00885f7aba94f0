// A storefront and a warehouse, as two API clients would be:
//   1. the storefront (a CHANNEL token) lists products, follows its orders live, places one;
//   2. the warehouse (a WAREHOUSE token) claims the pick task, scans, packs and dispatches;
//   3. the storefront sees the order reach SHIPPED live, and the customer tracks it (no token).
// Every document below is typed by graphql-codegen from schema.graphql: rename a field in
// the schema and `npm run build` fails here. `./run` runs it against a fresh server.
import { execute, follow, live, ok } from "./client.js";
import { graphql } from "./gql/index.js";
import type { OrderStatus } from "./gql/graphql.js";

const Products = graphql(`
  query StorefrontProducts($channel: String!) {
    products(first: 10) {
      edges {
        node {
          sku
          name
          price {
            amount
            currency
          }
          availableToSell(channel: $channel)
        }
      }
    }
  }
`);

const PlaceOrder = graphql(`
  mutation StorefrontPlaceOrder($input: OrderCreateInput!) {
    orderCreate(input: $input) {
      order {
        id
        number
        status
        total {
          amount
          currency
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const OrderUpdates = graphql(`
  subscription StorefrontOrderUpdates {
    orderStatusChanged {
      cursor
      previousStatus
      status
      order {
        id
      }
    }
  }
`);

const ClaimTask = graphql(`
  mutation WarehouseClaim($input: PickTaskClaimInput!) {
    pickTaskClaim(input: $input) {
      pickTask {
        id
        lines {
          sku
          barcode
          remainingQuantity
        }
        order {
          id
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const Scan = graphql(`
  mutation WarehouseScan($input: PickScanInput!) {
    pickScan(input: $input) {
      result
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const Complete = graphql(`
  mutation WarehouseComplete($input: PickTaskCompleteInput!) {
    pickTaskComplete(input: $input) {
      pickTask {
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const Pack = graphql(`
  mutation WarehousePack($input: ShipmentPackInput!) {
    shipmentPack(input: $input) {
      shipment {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const Dispatch = graphql(`
  mutation WarehouseDispatch($input: ShipmentDispatchInput!) {
    shipmentDispatch(input: $input) {
      shipment {
        status
        trackingNumber
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const Track = graphql(`
  query CustomerTrack($number: String!, $email: String!) {
    orderTrack(number: $number, email: $email) {
      status
      shipments {
        status
        carrier
        trackingNumber
      }
    }
  }
`);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

async function main(): Promise<void> {
  const channelToken = required("OMS_CHANNEL_TOKEN");
  const warehouseToken = required("OMS_WAREHOUSE_TOKEN");
  const channel = process.env.OMS_CHANNEL ?? "web";
  const warehouse = process.env.OMS_WAREHOUSE ?? "east";
  const email = "ada@example.com";

  // 1. The storefront: what can be sold, then an order for two of the first product in stock.
  const { products } = await execute(Products, { channel }, channelToken);
  const product = products.edges.map((e) => e.node).find((p) => (p.availableToSell ?? 0) >= 2);
  if (!product) throw new Error("no product with 2 units to sell");
  console.log(`storefront: ${products.edges.length} products; ordering 2 x ${product.sku} at ${product.price.amount}`);

  // Follow the channel's orders live, subscribed before ordering: every event is kept and
  // ours picked out by id (one may arrive before orderCreate has answered with the id).
  const events: { id?: string; status: OrderStatus }[] = [];
  let orderId: string | undefined;
  const updates = live(channelToken);
  const shipped = follow(updates, OrderUpdates, {}, (event) => {
    const change = event.orderStatusChanged;
    events.push({ id: change.order?.id, status: change.status });
    return orderId !== undefined && change.order?.id === orderId && change.status === "SHIPPED";
  });
  const statuses = () => events.filter((e) => e.id === orderId).map((e) => e.status);

  const placed = ok(
    (
      await execute(
        PlaceOrder,
        {
          input: {
            channel,
            externalRef: `example-${Date.now()}`,
            customer: { email, name: "Ada Lovelace" },
            shippingAddress: { country: "US", region: "NY", city: "New York", latitude: 40.71, longitude: -74.0 },
            lines: [{ sku: product.sku, quantity: 2 }],
          },
        },
        channelToken,
      )
    ).orderCreate,
  );
  const order = placed.order!;
  orderId = order.id;
  console.log(`storefront: order ${order.number} is ${order.status}, total ${order.total.amount} ${order.total.currency}`);

  // 2. The warehouse: claim the task, scan every unit, complete, pack, dispatch.
  const task = ok((await execute(ClaimTask, { input: { warehouse } }, warehouseToken)).pickTaskClaim).pickTask;
  if (!task || task.order?.id !== orderId) throw new Error(`expected the new order's task, got ${JSON.stringify(task)}`);
  for (const line of task.lines) {
    const scanned = ok(
      (
        await execute(
          Scan,
          { input: { task: task.id, barcode: line.barcode ?? line.sku, quantity: line.remainingQuantity } },
          warehouseToken,
        )
      ).pickScan,
    );
    console.log(`warehouse: scanned ${line.remainingQuantity} x ${line.sku}: ${scanned.result}`);
  }
  ok((await execute(Complete, { input: { task: task.id } }, warehouseToken)).pickTaskComplete);
  const shipment = ok(
    (await execute(Pack, { input: { task: task.id, packages: [{ weightGrams: 600 }] } }, warehouseToken)).shipmentPack,
  ).shipment!;
  const dispatched = ok(
    (
      await execute(
        Dispatch,
        { input: { shipment: shipment.id, carrier: "ups", trackingNumber: `1Z${Date.now()}` } },
        warehouseToken,
      )
    ).shipmentDispatch,
  ).shipment!;
  console.log(`warehouse: shipment ${dispatched.status} with tracking ${dispatched.trackingNumber}`);

  // 3. The storefront saw it happen live; the customer tracks it without a token.
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no SHIPPED event in 30 s (saw ${statuses().join(" -> ")})`)), 30_000).unref(),
  );
  await Promise.race([shipped, timeout]);
  await updates.dispose();
  console.log(`storefront: live status changes ${statuses().join(" -> ")}`);
  const { orderTrack } = await execute(Track, { number: order.number, email });
  if (orderTrack?.status !== "SHIPPED") throw new Error(`tracking says ${JSON.stringify(orderTrack)}`);
  console.log(`customer: order ${order.number} ${orderTrack.status}, ${JSON.stringify(orderTrack.shipments)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
