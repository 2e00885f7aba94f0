// Runs the graphql-http server audit (GraphQL-over-HTTP spec conformance) against a
// running endpoint:   node tests/audit/audit.mjs http://127.0.0.1:8000/graphql
//
// Prints one line per audit and exits non-zero unless every audit is `ok`: errors
// (failed MUSTs), warnings (failed SHOULDs) and notices (failed MAYs) all count.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

async function describe(response) {
  if (!response) return '';
  let body = '';
  try {
    body = (await response.text()).slice(0, 300);
  } catch {
    body = '<body already read>';
  }
  const type = response.headers.get('content-type') ?? '-';
  return ` [HTTP ${response.status}, content-type: ${type}] ${body}`;
}

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
const audits = serverAudits({ url, fetchFn: fetch });

// One at a time, so the output is in order and a hang points at its audit.
for (const audit of audits) {
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    // graphql-http throws only on fatal problems (the request itself failed, ...).
    result = { id: audit.id, name: audit.name, status: 'error', reason: `fatal: ${err?.stack ?? err}` };
  }
  counts[result.status] = (counts[result.status] ?? 0) + 1;
  if (result.status === 'ok') {
    console.log(`ok      ${result.id} ${result.name}`);
  } else {
    console.log(`${result.status.toUpperCase().padEnd(7)} ${result.id} ${result.name}: ${result.reason}${await describe(result.response)}`);
  }
  // Avoid leaking the response bodies that were not read.
  if (result.response?.body && !result.response.bodyUsed) {
    await result.response.body.cancel().catch(() => {});
  }
}

const failed = audits.length - counts.ok;
console.log(
  `\n${audits.length} audits: ${counts.ok} ok, ${counts.error} error, ${counts.warn} warn, ${counts.notice} notice`,
);
process.exit(failed === 0 ? 0 : 1);
