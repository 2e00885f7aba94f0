-- wrk script for the Vendure peer: POSTs the admin list of 20 orders with their lines to the
-- URL given to wrk (http://127.0.0.1:3000/admin-api), as the SuperAdmin.
-- The bearer token comes from $VENDURE_TOKEN, else from token.txt beside this script
-- (written by `node token.js`).
-- Vendure answers GraphQL errors (e.g. an expired token) with HTTP 200, so response() counts
-- bodies with "errors" and done() reports them in wrk's "Non-2xx or 3xx responses: N" form,
-- which `oms bench --peer` (bench/http.py) already treats as a failed round.

local function read_token()
  local token = os.getenv("VENDURE_TOKEN")
  if token and token ~= "" then return token end
  local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
  local f = assert(io.open(dir .. "token.txt", "r"), "no token: run `node token.js` in bench/vendure")
  token = f:read("*l")
  f:close()
  return token
end

local query = "{ orders(options: { take: 20 }) { items { id code state total currencyCode customer { "
  .. "emailAddress } lines { id quantity unitPriceWithTax productVariant { sku } } } } }"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. read_token()
wrk.body = '{"query":"' .. query .. '"}'

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

errors = 0
function response(status, headers, body)
  if status == 200 and body:find('"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("errors")
  end
  if total > 0 then
    io.write(string.format("Non-2xx or 3xx responses: %d (GraphQL errors in HTTP 200 answers)\n", total))
  end
end
