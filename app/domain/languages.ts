// Languages a client may prefer (BCP 47). The portal is translated into the first three so far.
export const LANGUAGES = [
  { code: "en", name: "English", own: "English" },
  { code: "zh-Hans", name: "Chinese (Simplified)", own: "中文" },
  { code: "es", name: "Spanish", own: "Español" },
  { code: "ht", name: "Haitian Creole", own: "Kreyòl ayisyen" },
  { code: "pt", name: "Portuguese", own: "Português" },
  { code: "hi", name: "Hindi", own: "हिन्दी" },
  { code: "pa", name: "Punjabi", own: "ਪੰਜਾਬੀ" },
  { code: "ru", name: "Russian", own: "Русский" },
  { code: "fr", name: "French", own: "Français" },
  { code: "ar", name: "Arabic", own: "العربية" },
  { code: "vi", name: "Vietnamese", own: "Tiếng Việt" },
  { code: "bn", name: "Bengali", own: "বাংলা" },
  { code: "uk", name: "Ukrainian", own: "Українська" },
  { code: "other", name: "Other", own: "Other" },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]["code"];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as LanguageCode[];

export function languageName(code: string | null | undefined): string {
  return LANGUAGES.find((l) => l.code === code)?.name ?? (code || "—");
}

export function parseLanguage(input: string): LanguageCode | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  const hit = LANGUAGES.find(
    (l) => l.code.toLowerCase() === s || l.name.toLowerCase() === s || l.own.toLowerCase() === s,
  );
  if (hit) return hit.code;
  if (s === "zh" || s === "chinese" || s === "mandarin" || s === "zh-cn") return "zh-Hans";
  if (s === "kreyol" || s === "creole") return "ht";
  return null;
}
