import { getFormProps } from "@conform-to/react";
import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { useMemo, useState } from "react";
import { Isolated, PortalCard, useT } from "~/components/portal";
import { FormMessage, useSchemaForm } from "~/components/ui/form";
import { MAX_DOCUMENT_BYTES } from "~/domain/case-documents";
import { paperSchemaFor } from "~/utils/portal-schemas";

// "Send your lawyer a photo of a paper" on the client's pages (docs/portal.md): a plain multipart form that
// posts to /me/documents, so it works without JavaScript; the camera opens on a phone. The server checks
// everything (size, type from the bytes); the browser checks the same schema (utils/portal-schemas.ts,
// docs/forms.md), and its size check only saves a long upload that would be refused.

export const MAX_PAPER_MB = MAX_DOCUMENT_BYTES / 1024 / 1024;
export const MAX_NOTE_LENGTH = 200;

/** The refusal /me/documents answers, in the one shape (utils/form-result.ts). */
export type PaperRefusal = {
  ok: false;
  errors: { file?: string; note?: string };
  values: { note?: string };
  formError: string | null;
};
type Paper = { id: string; title: string | null; date: string };
export type Papers = { sent: Paper[]; shared: Paper[] };

export function SendPaperCard({
  refusal,
  papers,
  limit,
}: {
  refusal?: PaperRefusal | null;
  papers: Papers;
  limit?: number;
}) {
  const t = useT();
  // Keyed by the location, so the form starts empty again after a paper was sent (and, after a refusal,
  // shows only the note sent back, since the refused file is gone).
  const location = useLocation();
  return (
    <PortalCard title={t("portal.papers.title")} id="papers">
      <p>{t("portal.papers.intro")}</p>
      <PaperForm key={location.key} refusal={refusal ?? undefined} />
      <PaperLists papers={papers} limit={limit} />
    </PortalCard>
  );
}

/** The form itself: the schema checked as a field is left, the server's refusal shown beside the field. */
function PaperForm({ refusal }: { refusal?: PaperRefusal }) {
  const t = useT();
  const navigation = useNavigation();
  const sending = navigation.state === "submitting" && navigation.formAction === "/me/documents";
  const schema = useMemo(
    () => paperSchemaFor(t, { maxNote: MAX_NOTE_LENGTH, maxBytes: MAX_DOCUMENT_BYTES }),
    [t],
  );
  const [form, f] = useSchemaForm(schema, { id: "send-paper", result: refusal });
  const [tooBig, setTooBig] = useState(false);
  const fileError = tooBig ? t("portal.papers.tooBig", { mb: MAX_PAPER_MB }) : f.file.errors?.[0];
  const noteError = f.note.errors?.[0];
  return (
    <Form
      method="post"
      action="/me/documents"
      encType="multipart/form-data"
      className="space-y-4"
      {...getFormProps(form)}
    >
      <FormMessage form={form} />
      <div>
        <label htmlFor="paper-file" className="block font-semibold">
          {t("portal.papers.file")}
        </label>
        <p id="paper-file-hint" className="text-base text-slate-700">
          {t("portal.papers.fileHint", { mb: MAX_PAPER_MB })}
        </p>
        {fileError ? (
          <p
            id="paper-file-error"
            role="alert"
            className="mt-1 rounded-lg bg-red-50 p-3 text-base font-semibold text-red-800"
          >
            {fileError}
          </p>
        ) : null}
        <input
          key={f.file.key}
          id="paper-file"
          name={f.file.name}
          form={f.file.formId}
          type="file"
          accept="image/*,application/pdf"
          capture="environment"
          required
          aria-describedby={fileError ? "paper-file-hint paper-file-error" : "paper-file-hint"}
          aria-invalid={fileError ? true : undefined}
          // Said as soon as the file is chosen; the schema stops the upload itself.
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setTooBig(Boolean(file && file.size > MAX_DOCUMENT_BYTES));
          }}
          className="mt-2 block min-h-12 w-full rounded-lg border border-slate-300 bg-white p-2 text-base file:me-3 file:min-h-11 file:rounded-md file:border-0 file:bg-blue-100 file:px-4 file:font-semibold file:text-blue-900"
        />
      </div>
      <div>
        <label htmlFor="paper-note" className="block font-semibold">
          {t("portal.papers.note")}
        </label>
        <p id="paper-note-hint" className="text-base text-slate-700">
          {t("portal.papers.noteHint")}
        </p>
        {noteError ? (
          <p
            id="paper-note-error"
            role="alert"
            className="mt-1 rounded-lg bg-red-50 p-3 text-base font-semibold text-red-800"
          >
            {noteError}
          </p>
        ) : null}
        <textarea
          key={f.note.key}
          id="paper-note"
          name={f.note.name}
          form={f.note.formId}
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          dir="auto"
          defaultValue={typeof f.note.initialValue === "string" ? f.note.initialValue : ""}
          aria-describedby={noteError ? "paper-note-hint paper-note-error" : "paper-note-hint"}
          aria-invalid={noteError ? true : undefined}
          className="mt-2 block w-full rounded-lg border border-slate-300 bg-white p-3 text-lg"
        />
      </div>
      <p className="text-base text-slate-700">{t("portal.papers.privacy")}</p>
      <button
        type="submit"
        disabled={sending}
        className="min-h-12 w-full rounded-lg bg-blue-700 px-4 text-lg font-semibold text-white disabled:bg-blue-400"
      >
        {sending ? t("portal.papers.sending") : t("portal.papers.send")}
      </button>
    </Form>
  );
}

/** The papers the client sent and those the office shared: title and date; each opens through /me/documents/:id. */
export function PaperLists({ papers, limit }: { papers: Papers; limit?: number }) {
  const t = useT();
  const cut = (list: Paper[]) => (limit ? list.slice(0, limit) : list);
  const more = limit !== undefined && (papers.sent.length > limit || papers.shared.length > limit);
  return (
    <div className="space-y-4 border-t border-slate-200 pt-4">
      <PaperList
        heading={t("portal.papers.fromOffice")}
        empty={t("portal.papers.noneShared")}
        papers={cut(papers.shared)}
        untitled={t("portal.papers.untitled")}
        open={t("portal.papers.open")}
      />
      <PaperList
        heading={t("portal.papers.yours")}
        empty={t("portal.papers.noneSent")}
        papers={cut(papers.sent)}
        untitled={t("portal.papers.untitled")}
        open={t("portal.papers.open")}
      />
      {more ? (
        <p>
          <Link to="/me/documents" className="inline-flex min-h-11 items-center text-blue-800 underline">
            {t("portal.papers.all")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function PaperList({
  heading,
  empty,
  papers,
  untitled,
  open,
}: {
  heading: string;
  empty: string;
  papers: Paper[];
  untitled: string;
  open: string;
}) {
  return (
    <section>
      <h3 className="text-lg font-semibold text-slate-900">{heading}</h3>
      {papers.length === 0 ? (
        <p className="text-base text-slate-700">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {papers.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-3 py-2">
              <span>
                <span className="block" dir="auto">
                  {p.title ?? untitled}
                </span>
                <Isolated className="text-base text-slate-700">{p.date}</Isolated>
              </span>
              {/* A plain link: the file is not a page of the app, and it opens without JavaScript. */}
              <a
                href={`/me/documents/${p.id}`}
                className="inline-flex min-h-11 items-center text-blue-800 underline"
                aria-label={`${open}: ${p.title ?? untitled}`}
              >
                {open}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
