import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_NAME, nameWithTypeExtension, sanitiseDocumentName } from "./document-names";

describe("sanitiseDocumentName", () => {
  it.each([
    ["order.pdf", "order.pdf"],
    ["C:\\Users\\ana\\Desktop\\NTA scan.pdf", "NTA scan.pdf"],
    ["../../etc/passwd", "passwd"],
    ["/tmp/x/y.png", "y.png"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["a\u0000b\u0007c\u001f.pdf", "abc.pdf"],
    ["zero\u200Bwidth\u2066.pdf", "zerowidth.pdf"],
    ['what?*:"<>|.pdf', "what_______.pdf"],
    ["   ...hidden.pdf...  ", "hidden.pdf"],
    ["orden del juez — 陈伟.pdf", "orden del juez — 陈伟.pdf"],
    ["line\nbreak.pdf", "linebreak.pdf"],
    ["", "document"],
    ["\u202E", "document"],
  ])("%j → %j", (raw, expected) => {
    expect(sanitiseDocumentName(raw)).toBe(expected);
  });

  it("cuts a long name to the limit and keeps its extension", () => {
    const name = sanitiseDocumentName(`${"a".repeat(300)}.pdf`);
    expect(Array.from(name).length).toBe(MAX_DOCUMENT_NAME);
    expect(name.endsWith(".pdf")).toBe(true);
    expect(Array.from(sanitiseDocumentName("字".repeat(500))).length).toBe(MAX_DOCUMENT_NAME);
  });
});

describe("nameWithTypeExtension", () => {
  it("gives the name the extension of what the bytes are", () => {
    expect(nameWithTypeExtension("scan.jpg", "application/pdf")).toBe("scan.pdf");
    expect(nameWithTypeExtension("photo.JPEG", "image/jpeg")).toBe("photo.JPEG");
    expect(nameWithTypeExtension("photo", "image/png")).toBe("photo.png");
  });
});
