// Seeds the running Vendure server through its own GraphQL APIs (idempotent, re-runnable):
//  Admin API: a country + zone (the channel's default tax/shipping zone), a tax category and
//  rate, 30 products with one variant each (SKU BENCH-01..30, a price, plenty of stock),
//  a flat-rate shipping method and a payment method using the dummy handler (settles at once);
//  Shop API: ORDERS (default 2,000) guest checkouts, 3 lines each from the 30 variants, guest
//  customers drawn from 200 emails, CONCURRENCY (default 8) checkouts at a time, each in its
//  own bearer session. Usage: `node seed.js` (server running on 127.0.0.1:3000).
const { ADMIN_API, SHOP_API, gql, adminToken } = require('./token');

const ORDERS = Number(process.env.ORDERS || 2000);
const CONCURRENCY = Number(process.env.CONCURRENCY || 8);
const PRODUCTS = 30;
const CUSTOMERS = 200;

const ORDER_RESULT = `... on Order { id code state } ... on ErrorResult { errorCode message }`;

async function setUp(token) {
    const admin = (q, v) => gql(ADMIN_API, q, v, token).then(r => r.data);

    // Country, zone, default zones of the channel (needed for tax and shipping).
    let { countries } = await admin(`{ countries(options: { filter: { code: { eq: "US" } } }) { items { id } } }`);
    let countryId = countries.items[0] && countries.items[0].id;
    if (!countryId) {
        countryId = (await admin(`mutation { createCountry(input: { code: "US", enabled: true,
            translations: [{ languageCode: en, name: "United States" }] }) { id } }`)).createCountry.id;
    }
    const { zones } = await admin(`{ zones(options: { filter: { name: { eq: "Bench" } } }) { items { id } } }`);
    let zoneId = zones.items[0] && zones.items[0].id;
    if (!zoneId) {
        zoneId = (await admin(`mutation ($m: [ID!]) { createZone(input: { name: "Bench", memberIds: $m }) { id } }`,
            { m: [countryId] })).createZone.id;
    }
    const { activeChannel } = await admin(`{ activeChannel { id } }`);
    await admin(`mutation ($id: ID!, $z: ID!) { updateChannel(input: { id: $id, defaultTaxZoneId: $z,
        defaultShippingZoneId: $z }) { ... on Channel { id } ... on ErrorResult { errorCode message } } }`,
        { id: activeChannel.id, z: zoneId });

    // Tax category (default for new variants) and a rate for the zone.
    const { taxCategories } = await admin(`{ taxCategories { items { id } } }`);
    let taxCategoryId = taxCategories.items[0] && taxCategories.items[0].id;
    if (!taxCategoryId) {
        taxCategoryId = (await admin(`mutation { createTaxCategory(input: { name: "Standard", isDefault: true }) { id } }`))
            .createTaxCategory.id;
        await admin(`mutation ($c: ID!, $z: ID!) { createTaxRate(input: { name: "Standard 10%", enabled: true,
            value: 10, categoryId: $c, zoneId: $z }) { id } }`, { c: taxCategoryId, z: zoneId });
    }

    // 30 products, one variant each.
    const { productVariants } = await admin(`{ productVariants(options: { take: 100, sort: { sku: ASC } }) { items { id sku } } }`);
    const have = new Set(productVariants.items.map(v => v.sku));
    for (let n = 1; n <= PRODUCTS; n++) {
        const sku = `BENCH-${String(n).padStart(2, '0')}`;
        if (have.has(sku)) continue;
        const name = `Bench product ${n}`;
        const { createProduct } = await admin(`mutation ($i: CreateProductInput!) { createProduct(input: $i) { id } }`, {
            i: { enabled: true, translations: [{ languageCode: 'en', name, slug: `bench-product-${n}`, description: name }] },
        });
        await admin(`mutation ($i: [CreateProductVariantInput!]!) { createProductVariants(input: $i) { id } }`, {
            i: [{ productId: createProduct.id, sku, price: 1000 + 150 * n, stockOnHand: 1000000, taxCategoryId,
                  translations: [{ languageCode: 'en', name }] }],
        });
    }
    const variants = (await admin(`{ productVariants(options: { take: 100, filter: { sku: { contains: "BENCH-" } },
        sort: { sku: ASC } }) { items { id sku } } }`)).productVariants.items;
    if (variants.length !== PRODUCTS) throw new Error(`expected ${PRODUCTS} variants, found ${variants.length}`);

    // A shipping method and a payment method (dummy handler, settled at once).
    let shipping = (await admin(`{ shippingMethods { items { id code } } }`)).shippingMethods.items[0];
    if (!shipping) {
        shipping = (await admin(`mutation { createShippingMethod(input: {
            code: "standard-shipping", fulfillmentHandler: "manual-fulfillment",
            checker: { code: "default-shipping-eligibility-checker", arguments: [{ name: "orderMinimum", value: "0" }] },
            calculator: { code: "default-shipping-calculator", arguments: [
                { name: "rate", value: "500" }, { name: "includesTax", value: "auto" }, { name: "taxRate", value: "0" }] },
            translations: [{ languageCode: en, name: "Standard shipping", description: "" }] }) { id code } }`))
            .createShippingMethod;
    }
    let payment = (await admin(`{ paymentMethods { items { id code handler { code } } } }`)).paymentMethods.items
        .find(p => p.handler.code === 'dummy-payment-handler');
    if (!payment) {
        payment = (await admin(`mutation { createPaymentMethod(input: { code: "dummy-payment", enabled: true,
            handler: { code: "dummy-payment-handler", arguments: [{ name: "automaticSettle", value: "true" }] },
            translations: [{ languageCode: en, name: "Dummy payment", description: "" }] }) { id code } }`))
            .createPaymentMethod;
    }
    return { variants, shippingId: shipping.id, paymentCode: payment.code };
}

// One guest checkout in its own session (the first response's vendure-auth-token).
async function checkout(i, { variants, shippingId, paymentCode }) {
    let token;
    const shop = async (q, v, field) => {
        const r = await gql(SHOP_API, q, v, token);
        token = r.token;
        const result = r.data[field];
        if (result.errorCode) throw new Error(`order ${i} ${field}: ${result.errorCode} ${result.message}`);
        return result;
    };
    for (let k = 0; k < 3; k++) {
        const variant = variants[(i * 7 + k * 11) % variants.length]; // 3 distinct variants
        await shop(`mutation ($v: ID!, $q: Int!) { addItemToOrder(productVariantId: $v, quantity: $q) { ${ORDER_RESULT} } }`,
            { v: variant.id, q: 1 + ((i + k) % 3) }, 'addItemToOrder');
    }
    const c = i % CUSTOMERS;
    await shop(`mutation ($i: CreateCustomerInput!) { setCustomerForOrder(input: $i) { ${ORDER_RESULT} } }`,
        { i: { emailAddress: `guest${c}@bench.example`, firstName: 'Guest', lastName: `No${c}` } }, 'setCustomerForOrder');
    await shop(`mutation ($i: CreateAddressInput!) { setOrderShippingAddress(input: $i) { ${ORDER_RESULT} } }`,
        { i: { fullName: `Guest No${c}`, streetLine1: `${c} Main St`, city: 'Springfield', postalCode: '12345', countryCode: 'US' } },
        'setOrderShippingAddress');
    await shop(`mutation ($s: [ID!]!) { setOrderShippingMethod(shippingMethodId: $s) { ${ORDER_RESULT} } }`,
        { s: [shippingId] }, 'setOrderShippingMethod');
    await shop(`mutation { transitionOrderToState(state: "ArrangingPayment") {
            ${ORDER_RESULT} ... on OrderStateTransitionError { transitionError } } }`, {}, 'transitionOrderToState');
    const order = await shop(`mutation ($i: PaymentInput!) { addPaymentToOrder(input: $i) { ${ORDER_RESULT} } }`,
        { i: { method: paymentCode, metadata: {} } }, 'addPaymentToOrder');
    if (order.state !== 'PaymentSettled' && order.state !== 'PaymentAuthorized') {
        throw new Error(`order ${i} not placed: ${order.state}`);
    }
}

async function main() {
    const started = Date.now();
    const token = await adminToken();
    const setup = await setUp(token);
    const placed = async () => (await gql(ADMIN_API,
        `{ orders(options: { filter: { active: { eq: false } } }) { totalItems } }`, {}, token)).data.orders.totalItems;
    const before = await placed();
    let next = before;
    const worker = async () => {
        while (next < ORDERS) {
            const i = next++;
            await checkout(i, setup);
            if ((i + 1) % 250 === 0) console.log(`${i + 1} orders (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`placed orders: ${before} before, ${await placed()} now; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch(err => {
    console.error(err);
    process.exit(1);
});
