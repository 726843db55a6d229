import { z } from "zod";
import { DOCUMENT_KIND_VALUES, parseLinkTarget } from "~/domain/case-documents";
import { optionalDate } from "./client-schema";
import { requiredText } from "./validation";

// The forms of the client page's Documents card (docs/documents.md). The file itself is checked by the
// action (size, type sniffed from its bytes), not by these schemas.

const kind = z.enum(DOCUMENT_KIND_VALUES, { error: "Kind: choose one of the options." });
const documentId = z
  .string({ error: "No document was chosen." })
  .regex(/^[A-Za-z0-9_-]{1,40}$/, "No document was chosen.");
/** "", or "event:<id>" / "hearing:<id>" / "checkin:<id>" / "travel:<id>". */
const linkTarget = z
  .string()
  .optional()
  .transform((s) => s?.trim() ?? "")
  .refine((s) => s === "" || parseLinkTarget(s) !== null, "Choose one of the options.");
const checkbox = z
  .string()
  .optional()
  .transform((s) => s === "on" || s === "true");

export const documentUploadSchema = z.object({
  title: requiredText("Title", 200),
  kind,
  documentDate: optionalDate("Date on the document"),
  supports: linkTarget,
  share: checkbox,
});

export const documentAttachSchema = z.object({
  documentId,
  supports: linkTarget,
  /** With an event: this document is what the event's "verified" date was checked against (today). */
  verifies: checkbox,
});

export const documentEditSchema = z.object({
  documentId,
  title: requiredText("Title", 200),
  kind,
  documentDate: optionalDate("Date on the document"),
});

export const documentIdSchema = z.object({ documentId });
