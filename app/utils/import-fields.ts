// The client fields a CSV column can be mapped to, with the header names we recognise (browser-safe).
export const IMPORT_FIELDS = [
  {
    field: "familyName",
    label: "Family name",
    required: true,
    guesses: ["family name", "last name", "surname", "apellido", "apellidos", "family"],
  },
  {
    field: "givenNames",
    label: "Given names",
    required: true,
    guesses: [
      "given names",
      "given name",
      "first name",
      "first names",
      "nombre",
      "nombres",
      "given",
      "first",
    ],
  },
  {
    field: "nativeName",
    label: "Name in own script",
    guesses: ["native name", "name in own script", "chinese name", "own script", "name (native)"],
  },
  { field: "otherNames", label: "Other names used", guesses: ["other names", "aliases", "aka", "alias"] },
  {
    field: "aNumber",
    label: "A-number",
    guesses: ["a-number", "a number", "anumber", "alien number", "a#", "a no", "a-no"],
  },
  {
    field: "dateOfBirth",
    label: "Date of birth",
    guesses: ["date of birth", "dob", "birth date", "birthdate", "born"],
  },
  { field: "sex", label: "Sex", guesses: ["sex", "gender"] },
  {
    field: "nationalities",
    label: "Nationalities",
    guesses: ["nationality", "nationalities", "citizenship", "country of citizenship", "country"],
  },
  {
    field: "countryOfBirth",
    label: "Country of birth",
    guesses: ["country of birth", "birth country", "cob"],
  },
  {
    field: "preferredLanguage",
    label: "Preferred language",
    guesses: ["language", "preferred language", "idioma"],
  },
  { field: "phone", label: "Phone", guesses: ["phone", "telephone", "mobile", "cell", "phone number"] },
  { field: "email", label: "Email", guesses: ["email", "e-mail", "email address"] },
  { field: "address", label: "Address", guesses: ["address", "street address", "home address"] },
  { field: "detentionStatus", label: "Detained", guesses: ["detained", "detention", "detention status"] },
  { field: "detentionFacility", label: "Detention facility", guesses: ["facility", "detention facility"] },
  { field: "tags", label: "Tags", guesses: ["tags", "labels"] },
  { field: "notes", label: "Notes", guesses: ["notes", "note", "comments"] },
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number]["field"];
export type Mapping = Partial<Record<ImportField, number>>;

/** The mapping in a URL ("familyName:0,givenNames:1"), keeping only known fields and columns that exist. */
export function mappingToQuery(m: Mapping): string {
  return Object.entries(m)
    .map(([k, v]) => `${k}:${v}`)
    .join(",");
}

export function mappingFromQuery(q: string | null, columns: number): Mapping | null {
  if (!q) return null;
  const m: Record<string, number> = {};
  for (const part of q.split(",")) {
    const [k, v] = part.split(":");
    const n = Number(v);
    if (k && IMPORT_FIELDS.some((f) => f.field === k) && Number.isInteger(n) && n >= 0 && n < columns)
      m[k] = n;
  }
  return m as Mapping;
}
