import type { InitOptions } from "i18next";
import { PORTAL_LANGUAGES } from "./languages";

/** The i18next options every instance shares: the server's (translations.ts) and the browser's. */
export const I18N_OPTIONS: InitOptions = {
  fallbackLng: "en",
  supportedLngs: [...PORTAL_LANGUAGES],
  // Keys are flat ("portal.title"), not nested objects.
  keySeparator: false,
  nsSeparator: false,
  // {name}, not {{name}}: the firm's approved texts, stored in the database, use single braces.
  interpolation: { escapeValue: false, prefix: "{", suffix: "}" },
  returnNull: false,
  // Resources are given inline, so init finishes before it returns (no flash of keys on hydration).
  initImmediate: false,
};
