// Vendure 3.7.3 config for the `oms bench --peer` comparison (plain JS, no build step).
// One process, PostgreSQL database `vendure_bench` (created by hand, schema by synchronize),
// bearer-token sessions, the dummy payment handler, the default in-memory job queue.
const { dummyPaymentHandler } = require('@vendure/core');

const env = process.env;

const config = {
    apiOptions: {
        port: Number(env.VENDURE_PORT || 3000),
        adminApiPath: 'admin-api',
        shopApiPath: 'shop-api',
    },
    authOptions: {
        // Sessions are sent back as a `vendure-auth-token` response header and read from
        // `Authorization: Bearer <token>` (no cookies).
        tokenMethod: 'bearer',
        // Vendure 3.7 refuses to start under NODE_ENV=production with the well-known default
        // password `superadmin`, so the password is not the default (override: env var).
        superadminCredentials: {
            identifier: env.SUPERADMIN_USERNAME || 'superadmin',
            password: env.SUPERADMIN_PASSWORD || 'superadmin-bench',
        },
    },
    dbConnectionOptions: {
        type: 'postgres',
        host: env.VENDURE_DB_HOST || '127.0.0.1',
        port: Number(env.VENDURE_DB_PORT || 5432),
        username: env.VENDURE_DB_USER || 'postgres',
        password: env.VENDURE_DB_PASSWORD || '',
        database: env.VENDURE_DB_NAME || 'vendure_bench',
        synchronize: true, // creates the schema on first start: no migrations
        logging: false,
    },
    paymentOptions: {
        // `dummy-payment-handler`; seed.js creates a PaymentMethod using it (automaticSettle).
        paymentMethodHandlers: [dummyPaymentHandler],
    },
    // No plugins: jobQueueOptions keep Vendure's default InMemoryJobQueueStrategy, and
    // server.js starts the queue in the server process itself (no separate worker).
    plugins: [],
};

module.exports = { config };
