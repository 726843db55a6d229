import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";

// Limits for the forms that upload a file (the CSV import, the article upload). The whole body is
// already capped by the server (app/server/body-limit.ts); these bound what a body of that size may
// hold: how many parts, how many files, and how large a text field or a file may be.
export type MultipartLimits = {
  maxFileBytes: number;
  maxFiles?: number;
  maxFieldBytes?: number;
  maxParts?: number;
};

/** Which limit a form went over: a route may answer each in its own words (a client's, in their language). */
export type MultipartLimit = "parts" | "files" | "file-size" | "field-size";

export class MultipartLimitError extends Error {
  constructor(
    message: string,
    readonly limit: MultipartLimit = "parts",
  ) {
    super(message);
  }
}

export async function readMultipartForm(request: Request, limits: MultipartLimits): Promise<FormData> {
  const maxFiles = limits.maxFiles ?? 1;
  const maxFieldBytes = limits.maxFieldBytes ?? 100_000;
  const maxParts = limits.maxParts ?? 20;
  let parts = 0;
  let files = 0;
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (++parts > maxParts)
      throw new MultipartLimitError(`The form has more than ${maxParts} parts.`, "parts");
    const isFile = typeof filename === "string";
    if (isFile && ++files > maxFiles)
      throw new MultipartLimitError(
        `The form holds more than ${maxFiles} file${maxFiles === 1 ? "" : "s"}.`,
        "files",
      );
    const cap = isFile ? limits.maxFileBytes : maxFieldBytes;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > cap)
        throw new MultipartLimitError(
          isFile
            ? `The file is larger than ${Math.round(cap / 1024 / 1024)} MB.`
            : `The field ${name.slice(0, 40)} is too long.`,
          isFile ? "file-size" : "field-size",
        );
      chunks.push(chunk);
    }
    return isFile
      ? new File(chunks as BlobPart[], filename, { type: contentType })
      : new TextDecoder().decode(Buffer.concat(chunks));
  };
  return unstable_parseMultipartFormData(request, handler);
}
