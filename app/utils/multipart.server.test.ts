import { describe, expect, it } from "vitest";
import { MultipartLimitError, readMultipartForm } from "./multipart.server";

function multipart(parts: { name: string; filename?: string; value: string }[]): Request {
  const boundary = "----casewatch-test-boundary";
  const body =
    parts
      .map(
        (p) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ""}\r\n${p.filename ? "Content-Type: text/csv\r\n" : ""}\r\n${p.value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`;
  return new Request("http://localhost/clients/import", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

describe("multipart forms with limits on parts, files and sizes", () => {
  it("reads a file and a few fields", async () => {
    const form = await readMultipartForm(
      multipart([
        { name: "file", filename: "clients.csv", value: "a,b\n1,2" },
        { name: "title", value: "Hello" },
      ]),
      { maxFileBytes: 100 },
    );
    const file = form.get("file") as File;
    expect(file.name).toBe("clients.csv");
    expect(await file.text()).toBe("a,b\n1,2");
    expect(form.get("title")).toBe("Hello");
  });

  it("refuses more parts than allowed", async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `f${i}`, value: "x" }));
    await expect(readMultipartForm(multipart(many), { maxFileBytes: 100 })).rejects.toBeInstanceOf(
      MultipartLimitError,
    );
  });

  it("refuses a second file", async () => {
    const two = [
      { name: "file", filename: "a.csv", value: "x" },
      { name: "file", filename: "b.csv", value: "y" },
    ];
    await expect(readMultipartForm(multipart(two), { maxFileBytes: 100 })).rejects.toThrow(
      /more than 1 file/,
    );
  });

  it("refuses a file over its limit and a text field over the field limit", async () => {
    await expect(
      readMultipartForm(multipart([{ name: "file", filename: "a.csv", value: "x".repeat(101) }]), {
        maxFileBytes: 100,
      }),
    ).rejects.toThrow(/larger than/);
    // A text field is not a file: it does not get the file's (much larger) limit.
    await expect(
      readMultipartForm(multipart([{ name: "notes", value: "x".repeat(5000) }]), {
        maxFileBytes: 1_000_000,
        maxFieldBytes: 4096,
      }),
    ).rejects.toThrow(/too long/);
  });
});
