// Type sniffing from the bytes, and the metadata a photo carries (the phone's GPS position) removed.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { exeBytes, heicWithExif, jpegWithGps, pngWithExif, samplePdf } from "~/test/document-samples";
import { cleanDocument, scrubHeifMetadata, sniffDocumentType } from "./document-safety.server";

describe("sniffDocumentType", () => {
  it("knows the kept types by their bytes", async () => {
    expect(await sniffDocumentType(samplePdf())).toEqual({ ok: true, mimeType: "application/pdf" });
    expect(await sniffDocumentType(await jpegWithGps())).toEqual({ ok: true, mimeType: "image/jpeg" });
    expect(await sniffDocumentType(await pngWithExif())).toEqual({ ok: true, mimeType: "image/png" });
    expect((await sniffDocumentType(heicWithExif())).ok).toBe(true);
  });

  it("refuses a program, whatever its name, and says what it is", async () => {
    const r = await sniffDocumentType(exeBytes());
    expect(r).toEqual({ ok: false, reason: expect.stringContaining("Windows program") });
  });

  it("refuses text (a .jpg that is a text file), an empty file and a GIF", async () => {
    const text = await sniffDocumentType(new TextEncoder().encode("just some words, named photo.jpg\n"));
    expect(text.ok).toBe(false);
    expect(await sniffDocumentType(new Uint8Array())).toEqual({ ok: false, reason: "The file is empty." });
    const gif = await sharp({ create: { width: 2, height: 2, channels: 3, background: "red" } })
      .gif()
      .toBuffer();
    expect(await sniffDocumentType(gif)).toEqual({ ok: false, reason: expect.stringContaining("GIF") });
  });
});

describe("cleanDocument", () => {
  it("removes EXIF and GPS from a JPEG and applies its orientation to the pixels", async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    const r = await cleanDocument(input, "image/jpeg");
    if (!r.ok) throw new Error(r.reason);
    const after = await sharp(Buffer.from(r.bytes)).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    // 40 × 20 turned a quarter: the photo stays the way it was taken.
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(input.includes(Buffer.from("HOME-ADDRESS-MARKER"))).toBe(true);
    expect(Buffer.from(r.bytes).includes(Buffer.from("HOME-ADDRESS-MARKER"))).toBe(false);
    expect(Buffer.from(r.bytes).includes(Buffer.from("PhoneMaker"))).toBe(false);
  });

  it("removes EXIF from a PNG", async () => {
    const input = await pngWithExif();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const r = await cleanDocument(input, "image/png");
    if (!r.ok) throw new Error(r.reason);
    expect((await sharp(Buffer.from(r.bytes)).metadata()).exif).toBeUndefined();
  });

  it("zeroes a HEIC photo's EXIF item in place, keeping every other byte", () => {
    const input = heicWithExif("GPS-40.4461N-79.9822W");
    const out = scrubHeifMetadata(input);
    expect(out).not.toBeNull();
    const outBuf = Buffer.from(out!);
    expect(input.includes(Buffer.from("GPS-40.4461N"))).toBe(true);
    expect(outBuf.includes(Buffer.from("GPS-40.4461N"))).toBe(false);
    expect(outBuf.length).toBe(input.length);
    expect(outBuf.includes(Buffer.from("IMAGEDATA"))).toBe(true);
  });

  it("refuses a damaged image instead of storing it", async () => {
    const input = await jpegWithGps();
    const broken = Buffer.concat([input.subarray(0, 200), Buffer.alloc(50)]);
    const r = await cleanDocument(broken, "image/jpeg");
    expect(r.ok).toBe(false);
  });

  it("keeps a PDF as it came", async () => {
    const pdf = samplePdf();
    const r = await cleanDocument(pdf, "application/pdf");
    expect(r.ok && Buffer.from(r.bytes).equals(Buffer.from(pdf))).toBe(true);
  });
});
