import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { DateText } from "~/components/case-badges";
import { Button } from "~/components/ui/button";
import { FormTextarea, useSchemaForm } from "~/components/ui/form";
import { noteFormSchema } from "~/utils/case-schemas";
import { NOTE_INTENTS, type CardResult } from "~/utils/client-page-intents";
import { resultOf, type CardProps } from "./types";

/** Staff notes on the timeline (some about an alert), newest first, and the form to add one. */
export function NotesCard({ d, result }: CardProps) {
  const added = resultOf(result, NOTE_INTENTS.add);
  return (
    <div id="notes" className="mt-6 border-t border-slate-200 pt-4">
      <h3 className="text-sm font-semibold text-slate-900">Notes</h3>
      {d.notes.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">No notes yet.</p>
      ) : (
        <ul className="mt-2 space-y-3" aria-label="Timeline notes, newest first">
          {d.notes.map((n) => (
            <li key={n.id} className="text-sm">
              <p className="font-medium text-slate-900">
                <DateText date={n.date} /> — Note by {n.createdBy ?? "staff"}
                {n.alertId ? (
                  <>
                    {" "}
                    ·{" "}
                    <Link to={`/alerts/${n.alertId}`} className="font-normal text-blue-700 underline">
                      about an alert
                    </Link>
                  </>
                ) : null}
              </p>
              <p className="whitespace-pre-wrap text-slate-800">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      <details className="mt-3" key={`note-${d.notes.length}`} open={Boolean(added)}>
        <summary className="cursor-pointer text-sm font-medium text-blue-700 underline">Add a note</summary>
        <NoteForm result={added} />
      </details>
    </div>
  );
}

/** The note form; inside the <details> keyed by the note count, so it starts empty after a note is added. */
function NoteForm({ result }: { result: CardResult | null }) {
  const [form, fields] = useSchemaForm(noteFormSchema, { id: "add-note", result });
  return (
    <Form method="post" preventScrollReset className="mt-2 space-y-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={NOTE_INTENTS.add} />
      <FormTextarea meta={fields.noteBody} label="Timeline note" rows={3} />
      <Button type="submit" variant="secondary">
        Add note
      </Button>
    </Form>
  );
}
