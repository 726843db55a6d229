// Intl.DateTimeFormat objects, kept per locale and options. Making one costs far more than using one
// (tens of microseconds: a quarter of the check-ins page's time went into making them, once per row);
// safe in the browser bundle too.
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    // Bounded: keys are locales × zones × a handful of option sets.
    if (formats.size > 500) formats.clear();
    formats.set(key, f);
  }
  return f;
}
