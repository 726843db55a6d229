/**
 * A Content-Disposition header for a stored name: a plain-ASCII `filename` for old clients and the exact
 * name in `filename*` (RFC 6266 / 8187). The name is sanitised already (no quotes, controls or paths).
 */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "document";
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
