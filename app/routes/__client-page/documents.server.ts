import { parseLinkTarget } from "~/domain/case-documents";
import { firmToday } from "~/models/client-derived.server";
import {
  attachDocument,
  deleteDocument,
  markDocumentReviewed,
  purgeDocument,
  restoreDocument,
  setDocumentShared,
  setEventVerifiedBy,
  updateDocument,
  uploadDocument,
  type ChangeResult,
  type DocumentLinks,
} from "~/models/documents.server";
import { MAX_DOCUMENT_BYTES } from "~/services/document-safety.server";
import { CASE_DOCUMENT_INTENTS as I } from "~/utils/client-page-intents";
import {
  documentAttachSchema,
  documentEditSchema,
  documentIdSchema,
  documentUploadSchema,
} from "~/utils/document-schemas";
import { formValues, parseFormData } from "~/utils/forms.server";
import { invariantResponse } from "~/utils/http.server";
import { answer, backTo, type CardAction, type CardActionArgs } from "./card.server";

// The Documents card: upload (multipart, so it works without JavaScript), attach to what it supports,
// edit, share, review, delete; purge for admins. The models check that every id is this client's.

const LINK_FIELD_OF: Record<string, string> = {
  eventId: "supports",
  hearingId: "supports",
  checkInId: "supports",
  travelDocumentId: "supports",
  file: "file",
};

function linksOf(supports: string): DocumentLinks {
  const target = parseLinkTarget(supports);
  return target ? { [target.field]: target.id } : {};
}

/** A change's answer: back to the card, a 404 for a document that is not this client's, or a 400. */
function done(args: CardActionArgs, r: ChangeResult, message: string) {
  invariantResponse(r !== "not_found", "Not found", { status: 404 });
  if (r !== "ok")
    return answer({
      intent: args.intent,
      errors: { [LINK_FIELD_OF[r.field] ?? r.field]: r.reason },
      values: formValues(args.form),
    });
  return backTo(args.client, "#documents", message);
}

async function upload(args: CardActionArgs) {
  const { actor, client, intent, form } = args;
  const parsed = parseFormData(form, documentUploadSchema);
  const file = form.get("file");
  const fileError =
    !(file instanceof File) || (file.size === 0 && file.name === "")
      ? "Choose a file to upload."
      : file.size === 0
        ? "The file is empty."
        : file.size > MAX_DOCUMENT_BYTES
          ? `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`
          : null;
  if (!parsed.ok || fileError) {
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (fileError) errors.file = fileError;
    return answer({ intent, errors, values: formValues(form) });
  }
  const f = file as File;
  const r = await uploadDocument(actor, client.id, {
    title: parsed.data.title,
    kind: parsed.data.kind,
    documentDate: parsed.data.documentDate,
    bytes: new Uint8Array(await f.arrayBuffer()),
    originalName: f.name,
    links: linksOf(parsed.data.supports),
    sharedWithClient: parsed.data.share,
  });
  if (!r.ok)
    return answer({
      intent,
      errors: { [LINK_FIELD_OF[r.field] ?? r.field]: r.reason },
      values: formValues(form),
    });
  return backTo(client, "#documents", "Document uploaded.");
}

export const documentsCard: CardAction = {
  intents: Object.values(I),
  permissions: { [I.purge]: "purge:document" },
  async act(args) {
    const { actor, client, intent, form } = args;
    if (intent === I.upload) return upload(args);
    if (intent === I.attach) {
      const parsed = parseFormData(form, documentAttachSchema);
      if (!parsed.ok) return answer({ intent, errors: parsed.errors, values: parsed.values });
      const { documentId, supports, verifies } = parsed.data;
      const target = parseLinkTarget(supports);
      // Nothing chosen: the document is detached from whatever it supported.
      const links: DocumentLinks = {
        eventId: null,
        hearingId: null,
        checkInId: null,
        travelDocumentId: null,
      };
      if (target) links[target.field] = target.id;
      const r = attachDocument(actor, client.id, documentId, links);
      if (r === "ok" && verifies && target?.field === "eventId") {
        const v = setEventVerifiedBy(actor, client.id, target.id, documentId, firmToday(actor.firmId));
        invariantResponse(v === "ok", "Not found", { status: 404 });
      }
      return done(args, r, target ? "Document attached." : "Document detached.");
    }
    if (intent === I.edit) {
      const parsed = parseFormData(form, documentEditSchema);
      if (!parsed.ok) return answer({ intent, errors: parsed.errors, values: parsed.values });
      const { documentId, ...input } = parsed.data;
      return done(args, updateDocument(actor, client.id, documentId, input), "Document changed.");
    }
    const parsed = parseFormData(form, documentIdSchema);
    if (!parsed.ok) return answer({ intent, errors: parsed.errors, values: parsed.values });
    const id = parsed.data.documentId;
    switch (intent) {
      case I.share:
        return done(args, setDocumentShared(actor, client.id, id, true), "Shared with the client.");
      case I.unshare:
        return done(
          args,
          setDocumentShared(actor, client.id, id, false),
          "No longer shared with the client.",
        );
      case I.review:
        return done(args, markDocumentReviewed(actor, client.id, id), "Marked reviewed.");
      case I.remove:
        return done(
          args,
          deleteDocument(actor, client.id, id),
          "Document deleted. An admin can restore or purge it.",
        );
      case I.restore:
        return done(args, restoreDocument(actor, client.id, id), "Document restored.");
      default: {
        const role = "role" in actor && typeof actor.role === "string" ? actor.role : "";
        const r = await purgeDocument({ ...actor, role }, client.id, id);
        invariantResponse(r !== "forbidden", "Only an admin can purge a document.", { status: 403 });
        invariantResponse(r !== "not_found", "Not found", { status: 404 });
        if (r === "not_deleted")
          return answer({
            intent,
            errors: {},
            values: parsed.values,
            formError: "Delete the document before purging it.",
          });
        return backTo(client, "#documents", "Document purged.");
      }
    }
  },
};
