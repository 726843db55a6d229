import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Nonce for this response's inline scripts (the CSP allows only these). */
    cspNonce: string;
    requestId: string;
    /** The client's address as the server sees it (honours TRUST_PROXY). */
    clientIp: string;
  }
}
