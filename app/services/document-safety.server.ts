import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

// What an uploaded file is, decided from its bytes (file-type), never from its name or the browser's
// word; and the photo's hidden metadata (EXIF, with the GPS position of the phone that took it) removed
// before the bytes are hashed and stored. docs/documents.md, ADR 023.

export const MB = 1024 * 1024;
export { MAX_DOCUMENT_BYTES } from "~/domain/case-documents";
/** Larger images are refused rather than decoded (a small file can unpack to gigabytes of pixels). */
export const MAX_IMAGE_PIXELS = 100_000_000;

export const ALLOWED_DOCUMENT_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/heic",
  "image/heif",
] as const;
export type DocumentMimeType = (typeof ALLOWED_DOCUMENT_TYPES)[number];

export const ALLOWED_TYPES_IN_WORDS = "a PDF, or a photo (JPEG, PNG or HEIC)";

export type Sniffed = { ok: true; mimeType: DocumentMimeType } | { ok: false; reason: string };

const NAMED: Record<string, string> = {
  exe: "a Windows program",
  elf: "a program",
  zip: "a ZIP archive",
  docx: "a Word document",
  doc: "a Word document",
  xlsx: "a spreadsheet",
  gif: "a GIF image",
  webp: "a WebP image",
  avif: "an AVIF image",
  tif: "a TIFF image",
  svg: "an SVG drawing",
  mp4: "a video",
  mov: "a video",
  html: "a web page",
  xml: "an XML file",
};

/** The type of the bytes, if it is one Casewatch keeps; otherwise a refusal that says what the file is. */
export async function sniffDocumentType(bytes: Uint8Array): Promise<Sniffed> {
  if (bytes.byteLength === 0) return { ok: false, reason: "The file is empty." };
  const found = await fileTypeFromBuffer(bytes);
  if (found && (ALLOWED_DOCUMENT_TYPES as readonly string[]).includes(found.mime)) {
    return { ok: true, mimeType: found.mime as DocumentMimeType };
  }
  const what = found ? (NAMED[found.ext] ?? `a .${found.ext} file`) : "not a file type Casewatch keeps";
  return {
    ok: false,
    reason: `This file is ${what}, whatever its name says. Upload ${ALLOWED_TYPES_IN_WORDS}.`,
  };
}

export type Cleaned =
  { ok: true; bytes: Uint8Array; mimeType: DocumentMimeType } | { ok: false; reason: string };

/**
 * The bytes to store: photos without their metadata (EXIF, XMP, GPS; the orientation applied to the pixels
 * first, so the photo stays the right way up; the colour profile kept), PDFs unchanged. HEIC cannot be
 * decoded by the sharp build we use (HEVC), so its EXIF and XMP items are overwritten in place instead.
 */
export async function cleanDocument(bytes: Uint8Array, mimeType: DocumentMimeType): Promise<Cleaned> {
  if (mimeType === "application/pdf") return { ok: true, bytes, mimeType };
  if (mimeType === "image/heic" || mimeType === "image/heif") {
    const scrubbed = scrubHeifMetadata(bytes);
    return scrubbed
      ? { ok: true, bytes: scrubbed, mimeType }
      : { ok: false, reason: "This HEIC photo could not be read. Take the photo again or send it as JPEG." };
  }
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" })
      .rotate()
      .keepIccProfile();
    const out =
      mimeType === "image/jpeg"
        ? await image.jpeg({ quality: 90 }).toBuffer()
        : await image.png({ compressionLevel: 9 }).toBuffer();
    return { ok: true, bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), mimeType };
  } catch (e) {
    const tooLarge = e instanceof Error && /pixel limit/i.test(e.message);
    return {
      ok: false,
      reason: tooLarge
        ? "This image has too many pixels to keep. Send a smaller photo."
        : "This image could not be read: the file may be damaged. Take the photo again.",
    };
  }
}

// ---- HEIF (ISO base media file format) ----
// A HEIC photo is a tree of boxes: `meta` holds `iinf` (what each item is: "Exif", or "mime" for XMP) and
// `iloc` (where each item's bytes are in the file). The bytes of the Exif and XMP items are set to zero,
// which leaves every box, offset and length as it was, so the image itself still opens.

type Box = { type: string; start: number; header: number; end: number };

function boxes(buf: Buffer, start: number, end: number): Box[] | null {
  const out: Box[] = [];
  let at = start;
  while (at + 8 <= end) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString("latin1", at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return null;
      const big = buf.readBigUInt64BE(at + 8);
      if (big > BigInt(end - at)) return null;
      size = Number(big);
      header = 16;
    } else if (size === 0) size = end - at;
    if (size < header || at + size > end) return null;
    out.push({ type, start: at, header, end: at + size });
    at += size;
  }
  return out;
}

function readUInt(buf: Buffer, at: number, bytes: number): number {
  if (bytes === 0) return 0;
  if (bytes === 4) return buf.readUInt32BE(at);
  if (bytes === 8) return Number(buf.readBigUInt64BE(at));
  if (bytes === 2) return buf.readUInt16BE(at);
  throw new Error("bad size");
}

/** The file with its EXIF and XMP items zeroed, or null when its structure cannot be read. */
export function scrubHeifMetadata(input: Uint8Array): Uint8Array | null {
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  try {
    const top = boxes(buf, 0, buf.length);
    const meta = top?.find((b) => b.type === "meta");
    if (!top || !meta) return top ? new Uint8Array(buf) : null;
    const children = boxes(buf, meta.start + meta.header + 4, meta.end);
    if (!children) return null;
    const metadataItems = new Set<number>();
    const iinf = children.find((b) => b.type === "iinf");
    if (iinf) {
      const v = buf.readUInt8(iinf.start + iinf.header);
      const first = iinf.start + iinf.header + 4 + (v === 0 ? 2 : 4);
      for (const infe of boxes(buf, first, iinf.end) ?? []) {
        if (infe.type !== "infe") continue;
        const p = infe.start + infe.header;
        const version = buf.readUInt8(p);
        if (version < 2) continue;
        const id = version === 2 ? buf.readUInt16BE(p + 4) : buf.readUInt32BE(p + 4);
        const typeAt = p + 4 + (version === 2 ? 2 : 4) + 2;
        const itemType = buf.toString("latin1", typeAt, typeAt + 4);
        if (itemType === "Exif") metadataItems.add(id);
        if (itemType === "mime") {
          const rest = buf.toString("latin1", typeAt + 4, infe.end);
          if (/rdf\+xml|xmp/i.test(rest)) metadataItems.add(id);
        }
      }
    }
    if (metadataItems.size === 0) return new Uint8Array(buf);
    const iloc = children.find((b) => b.type === "iloc");
    if (!iloc) return null;
    const out = Buffer.from(buf);
    let p = iloc.start + iloc.header;
    const version = buf.readUInt8(p);
    p += 4;
    const sizes = buf.readUInt16BE(p);
    p += 2;
    const offsetSize = (sizes >> 12) & 0xf;
    const lengthSize = (sizes >> 8) & 0xf;
    const baseOffsetSize = (sizes >> 4) & 0xf;
    const indexSize = version === 1 || version === 2 ? sizes & 0xf : 0;
    const count = version < 2 ? buf.readUInt16BE(p) : buf.readUInt32BE(p);
    p += version < 2 ? 2 : 4;
    for (let i = 0; i < count; i++) {
      const id = version < 2 ? buf.readUInt16BE(p) : buf.readUInt32BE(p);
      p += version < 2 ? 2 : 4;
      let method = 0;
      if (version === 1 || version === 2) {
        method = buf.readUInt16BE(p) & 0xf;
        p += 2;
      }
      p += 2; // data_reference_index
      const base = readUInt(buf, p, baseOffsetSize);
      p += baseOffsetSize;
      const extents = buf.readUInt16BE(p);
      p += 2;
      for (let e = 0; e < extents; e++) {
        p += indexSize;
        const offset = readUInt(buf, p, offsetSize);
        p += offsetSize;
        const length = readUInt(buf, p, lengthSize);
        p += lengthSize;
        if (!metadataItems.has(id)) continue;
        if (method !== 0) return null; // stored inside another box: not a layout we rewrite
        const from = base + offset;
        const to = length === 0 ? buf.length : from + length;
        if (from < 0 || to > buf.length || from > to) return null;
        out.fill(0, from, to);
      }
      if (p > iloc.end) return null;
    }
    return new Uint8Array(out);
  } catch {
    return null;
  }
}
