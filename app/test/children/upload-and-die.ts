// A child process for the crash test (app/test/document-crash.test.ts): uploads one document and kills
// itself with SIGKILL between writing the file and committing the row, as a power cut or an OOM kill would.
import { uploadDocument, setAfterFileStoredHook } from "~/models/documents.server";

const [firmId, userId, clientId, text] = process.argv.slice(2) as [string, string, string, string];
setAfterFileStoredHook((sha256) => {
  process.stdout.write(`stored ${sha256}\n`, () => process.kill(process.pid, "SIGKILL"));
  return new Promise(() => undefined); // never goes on to the row
});
const pdf = new TextEncoder().encode(`%PDF-1.4\n% ${text}\ntrailer<<>>\n%%EOF\n`);
await uploadDocument({ id: userId, firmId, ip: null }, clientId, {
  title: "Never committed",
  kind: "other",
  documentDate: null,
  bytes: pdf,
  originalName: "crash.pdf",
});
process.stdout.write("row committed\n");
