// Starts the Vendure server (admin API /admin-api, shop API /shop-api, port 3000) as one
// process. Run with NODE_ENV=production: `NODE_ENV=production node server.js`.
// The job queue (Vendure's default in-memory strategy) runs in this same process instead of
// a separate worker, as Vendure documents for single-process setups.
// Vendure's anonymous telemetry is off (no outside calls from a benchmark peer).
process.env.VENDURE_DISABLE_TELEMETRY = process.env.VENDURE_DISABLE_TELEMETRY || 'true';
const { bootstrap, JobQueueService } = require('@vendure/core');
const { config } = require('./vendure-config');

bootstrap(config)
    .then(app => app.get(JobQueueService).start())
    .catch(err => {
        console.error(err);
        process.exit(1);
    });
