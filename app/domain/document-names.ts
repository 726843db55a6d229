// The file name a document keeps is the uploader's, made harmless: it is shown on pages and sent back in
// Content-Disposition, so it must not carry a path, control characters, or the bidirectional overrides that
// make "invoice‮fdp.exe" read as "invoiceexe.pdf".

export const MAX_DOCUMENT_NAME = 120;

// C0/C1 controls, bidi embeddings/overrides/isolates and marks, zero-width characters, BOM, line/paragraph separators.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
// Characters Windows and most file systems refuse in a name, and the path separators.
const RESERVED = /[\\/:*?"<>|]/g;

/** The sanitised name, or `fallback` when nothing is left of it. Keeps the extension when it has to cut. */
export function sanitiseDocumentName(raw: string | null | undefined, fallback = "document"): string {
  let name = String(raw ?? "").normalize("NFC");
  // Only the last part of a path ("C:\\Users\\me\\scan.pdf", "../../etc/passwd").
  name = name.split(/[\\/]/).pop() ?? "";
  name = name.replace(UNSAFE, "").replace(RESERVED, "_").replace(/\s+/g, " ").trim();
  // No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them).
  name = name.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (!name) return fallback;
  const chars = Array.from(name);
  if (chars.length <= MAX_DOCUMENT_NAME) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (ext.length > 0 && ext.length <= 10) {
    return (
      chars
        .slice(0, MAX_DOCUMENT_NAME - ext.length)
        .join("")
        .trimEnd() + ext.join("")
    );
  }
  return chars.slice(0, MAX_DOCUMENT_NAME).join("").trimEnd();
}

/** The extension a stored type is served with, whatever the uploaded name said. */
export const EXTENSION_OF: Record<string, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/heic": "heic",
  "image/heif": "heif",
};

/** The name with the extension that matches the sniffed type (a "scan.jpg" that is a PDF becomes "scan.pdf"). */
export function nameWithTypeExtension(name: string, mimeType: string): string {
  const ext = EXTENSION_OF[mimeType];
  if (!ext) return name;
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const same =
    current === ext || (ext === "jpg" && current === "jpeg") || (ext === "heif" && current === "heic");
  const out = same ? name : `${base}.${ext}`;
  return sanitiseDocumentName(out);
}
