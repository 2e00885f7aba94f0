// The two transports a client needs: typed queries and mutations over HTTP (fetch), and
// typed subscriptions over WebSocket (graphql-ws, the graphql-transport-ws protocol).
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export const baseUrl = process.env.OMS_URL ?? "http://127.0.0.1:8000";

export class GraphQLFailure extends Error {}

/** Run a query or mutation; the result is typed by the document (codegen). */
export async function execute<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<Result> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/graphql-response+json",
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length || body.data === undefined) {
    throw new GraphQLFailure(`HTTP ${response.status}: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/** Fail on userErrors: every mutation answers with them instead of raising. */
export function ok<P extends { userErrors: { field?: string[] | null; message: string; code: string }[] }>(
  payload: P,
): P {
  if (payload.userErrors.length) {
    throw new GraphQLFailure(`userErrors: ${JSON.stringify(payload.userErrors)}`);
  }
  return payload;
}

export function live(token: string): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
  });
}

/** Every event of a subscription, pushed to `seen`, until `done` says stop. */
export function follow<Result, Variables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  onEvent: (event: Result) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe<Result>(
      { query: print(document), variables },
      {
        next: (message) => {
          if (message.errors?.length) {
            reject(new GraphQLFailure(JSON.stringify(message.errors)));
          } else if (message.data && onEvent(message.data)) {
            stop();
            resolve();
          }
        },
        error: reject,
        complete: resolve,
      },
    );
  });
}
