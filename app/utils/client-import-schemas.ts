// The client import's two forms (_staff.clients.import.tsx, docs/forms.md): the CSV upload (multipart; the
// file is never sent back in a refusal) and the column matching with its two buttons. Plain module, no
// server code: the action checks these schemas (the truth) and the page checks the same ones in the
// browser through conform. Whether a column exists in the file is the action's to check (it has the file).
import { z } from "zod";
import { IMPORT_FIELDS, type ImportField } from "~/utils/import-fields";

export const CLIENT_IMPORT_INTENTS = { remap: "remap", import: "import" } as const;

export const NO_CSV_FILE = "Choose a CSV file to upload.";
export const NO_NAME_COLUMNS = "Choose the columns that hold the family name and the given names.";
export const UNKNOWN_IMPORT_ACTION = "Unknown action.";

/** The spreadsheet, as a CSV file. A file input left empty sends an empty, nameless file. */
export const csvUploadSchema = z.object({
  file: z.instanceof(File, { error: NO_CSV_FILE }).refine((f) => f.size > 0, NO_CSV_FILE),
});

/** One column of the file, by its position; "" is "not in the file". */
const column = z
  .string()
  .trim()
  .regex(/^\d{0,4}$/, "Choose a column of the file.")
  .optional();

type MappingFields = Record<`map_${ImportField}`, typeof column>;
const mappingFields = Object.fromEntries(
  IMPORT_FIELDS.map((f) => [`map_${f.field}`, column]),
) as MappingFields;

/** The name fields an import cannot do without (IMPORT_FIELDS marks them required). */
export const REQUIRED_IMPORT_FIELDS = IMPORT_FIELDS.filter((f) => "required" in f && f.required).map(
  (f) => f.field,
);

/** Matching the columns: "Update preview" (remap) or "Import clients" (import), with how to treat errors. */
export const importMappingSchema = z
  .object({
    intent: z.enum([CLIENT_IMPORT_INTENTS.remap, CLIENT_IMPORT_INTENTS.import], {
      error: UNKNOWN_IMPORT_ACTION,
    }),
    upload: z
      .string({ error: UNKNOWN_IMPORT_ACTION })
      .trim()
      .min(1, UNKNOWN_IMPORT_ACTION)
      .max(40, UNKNOWN_IMPORT_ACTION),
    mode: z.enum(["valid", "all"], { error: "Choose what to do with rows that have errors." }).optional(),
    ...mappingFields,
  })
  .superRefine((v, ctx) => {
    // A preview may leave them out; an import may not.
    if (v.intent !== CLIENT_IMPORT_INTENTS.import) return;
    for (const field of REQUIRED_IMPORT_FIELDS)
      if (!v[`map_${field}`])
        ctx.addIssue({ code: "custom", path: [`map_${field}`], message: NO_NAME_COLUMNS });
  });
