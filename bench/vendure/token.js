// Logs in as the SuperAdmin on the Admin API and prints a bearer token; also writes it to
// token.txt beside this file, where wrk.lua reads it. Usage: `node token.js`.
// Also exports the small GraphQL helpers that seed.js uses.
const fs = require('fs');
const path = require('path');

const BASE = process.env.VENDURE_URL || 'http://127.0.0.1:3000';
const ADMIN_API = `${BASE}/admin-api`;
const SHOP_API = `${BASE}/shop-api`;

// POST a GraphQL operation; returns { data, token } where token is the session's
// `vendure-auth-token` response header (set when a session is created, tokenMethod 'bearer').
async function gql(url, query, variables = {}, token) {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (!res.ok || body.errors) {
        throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body.errors || body)}`);
    }
    return { data: body.data, token: res.headers.get('vendure-auth-token') || token };
}

async function adminToken() {
    const { data, token } = await gql(
        ADMIN_API,
        `mutation ($u: String!, $p: String!) {
            login(username: $u, password: $p) {
                ... on CurrentUser { id identifier }
                ... on ErrorResult { errorCode message }
            }
        }`,
        {
            u: process.env.SUPERADMIN_USERNAME || 'superadmin',
            p: process.env.SUPERADMIN_PASSWORD || 'superadmin-bench', // as in vendure-config.js
        },
    );
    if (!data.login.id || !token) throw new Error(`login failed: ${JSON.stringify(data.login)}`);
    return token;
}

module.exports = { ADMIN_API, SHOP_API, gql, adminToken };

if (require.main === module) {
    adminToken()
        .then(token => {
            fs.writeFileSync(path.join(__dirname, 'token.txt'), token + '\n');
            console.log(token);
        })
        .catch(err => {
            console.error(err.message);
            process.exit(1);
        });
}
