import { isRouteErrorResponse } from "@remix-run/react";

/** What went wrong, in words a paralegal understands (never a stack trace: Remix hides those in production). */
export function describeError(error: unknown): { title: string; message: string } {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404)
      return {
        title: "Page not found",
        message:
          "There is nothing at this address, or it is not part of your firm's records. Check the link, or go back.",
      };
    if (error.status === 403)
      return {
        title: "You do not have access",
        message: "Your account is not allowed to open this page. If you need it, ask your firm's admin.",
      };
    if (error.status === 400)
      return {
        title: "This request could not be understood",
        message:
          typeof error.data === "string" && error.data.length < 300
            ? error.data
            : "Go back, reload the page and try again.",
      };
    if (error.status === 503)
      return {
        title: "Not saved — try again",
        message:
          typeof error.data === "string"
            ? error.data
            : "The database was busy. Nothing was saved. Try again in a moment.",
      };
  }
  return {
    title: "Something went wrong",
    message:
      "Casewatch could not show this page. Nothing you typed was saved if you saw this after submitting a form. Try again in a moment; if it keeps happening, tell your firm's admin.",
  };
}

/** The error's own text, only while developing (import.meta.env.DEV is false in the production build). */
export function DevErrorDetails({ error }: { error: unknown }) {
  if (!import.meta.env.DEV || !(error instanceof Error)) return null;
  return (
    <pre className="mt-6 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs text-slate-800">
      {error.stack ?? error.message}
    </pre>
  );
}

/** A whole page about the error, for when no layout can be drawn around it (the root boundary). */
export function ErrorPage({ error }: { error: unknown }) {
  const { title, message } = describeError(error);
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-700">{message}</p>
      <p className="mt-6">
        <a href="/" className="font-medium text-blue-700 underline">
          Go to the start page
        </a>
      </p>
    </main>
  );
}
