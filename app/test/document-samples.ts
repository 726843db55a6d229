import sharp from "sharp";

// Sample files for the document tests, made here (no binary fixtures in the repository).

/** A small valid PDF. */
export function samplePdf(text = "Order of the Immigration Judge"): Uint8Array {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A JPEG carrying EXIF with a GPS position (40°26'46"N 79°58'56"W) and an orientation of 6 (rotate 90°). */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone 9", Artist: "HOME-ADDRESS-MARKER" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "40/1 26/1 46/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "79/1 58/1 56/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export async function pngWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 10, height: 10, channels: 4, background: "#00ff00" } })
    .png()
    .withExif({ IFD3: { GPSLatitudeRef: "S", GPSLatitude: "33/1 52/1 4/1" } })
    .toBuffer();
}

/** The first bytes of a Windows program, padded. */
export function exeBytes(): Uint8Array {
  const b = new Uint8Array(512);
  b.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  return b;
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length);
  head.write(type, 4, "latin1");
  return Buffer.concat([head, body]);
}
const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/**
 * A HEIC-shaped file (ftyp heic, meta with iinf/iloc, mdat) whose item 2 is EXIF holding a GPS marker
 * string, and item 1 stands for the image. Enough structure for file-type and for the scrubber.
 */
export function heicWithExif(marker = "GPS-40.4461N-79.9822W"): Buffer {
  const exifPayload = Buffer.concat([u32(0), Buffer.from(`Exif\0\0MM\0*${marker}`, "latin1")]);
  const imagePayload = Buffer.from("IMAGEDATA-not-really-hevc", "latin1");
  const ftyp = box("ftyp", Buffer.from("heic", "latin1"), u32(0), Buffer.from("mif1heic", "latin1"));
  const infe = (id: number, type: string) =>
    box("infe", Buffer.from([2, 0, 0, 0]), u16(id), u16(0), Buffer.from(type, "latin1"), Buffer.from("\0"));
  const iinf = box("iinf", Buffer.from([0, 0, 0, 0]), u16(2), infe(1, "hvc1"), infe(2, "Exif"));
  const hdlr = box("hdlr", Buffer.alloc(4), Buffer.alloc(4), Buffer.from("pict", "latin1"), Buffer.alloc(13));
  // iloc v0, offset_size 4, length_size 4, base_offset_size 0; offsets filled in below.
  const ilocFor = (imgOff: number, exifOff: number) =>
    box(
      "iloc",
      Buffer.from([0, 0, 0, 0]),
      u16(0x4400),
      u16(2),
      Buffer.concat([u16(1), u16(0), u16(1), u32(imgOff), u32(imagePayload.length)]),
      Buffer.concat([u16(2), u16(0), u16(1), u32(exifOff), u32(exifPayload.length)]),
    );
  const metaFor = (iloc: Buffer) => box("meta", Buffer.from([0, 0, 0, 0]), hdlr, iinf, iloc);
  const draft = metaFor(ilocFor(0, 0));
  const mdatStart = ftyp.length + draft.length + 8;
  const meta = metaFor(ilocFor(mdatStart, mdatStart + imagePayload.length));
  const mdat = box("mdat", imagePayload, exifPayload);
  return Buffer.concat([ftyp, meta, mdat]);
}
