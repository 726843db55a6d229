import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useMemo } from "react";
import { z } from "zod";
import { AuthLayout } from "~/components/auth-layout";
import { LanguagePicker, PortalI18nProvider, useT } from "~/components/portal";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { findUserByLogin, hasAnyFirm } from "~/models/user.server";
import { recordAuditEvent } from "~/models/audit.server";
import { getOptionalUser, landingPathFor } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import {
  CATALOGS,
  HTML_LANG,
  LANGUAGE_NAMES,
  PORTAL_LANGUAGES,
  textDirection,
  translate,
} from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { parseForm, refuse } from "~/utils/forms.server";
import { safeRedirectPath } from "~/utils/http.server";
import { completeLogin, startTwoFactorChallenge } from "~/utils/login.server";
import { verifyAgainstDummy, verifyPassword } from "~/utils/password.server";
import { clearFailures, isRateLimited, recordFailure } from "~/utils/rate-limit.server";
import { normaliseLoginIdentifier } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: "Sign in · Casewatch" }];

// Clients sign in here too, so the page is in the browser's language (Accept-Language, or one picked with
// ?lng=, remembered in the same cookie as the client's pages); staff browsers in English see English.
type T = (key: string, vars?: Record<string, string | number>) => string;
const loginSchemaFor = (t: T) =>
  z.object({
    identifier: z.string().trim().min(1, t("signin.enterIdentifier")).max(254, t("signin.tooLong")),
    password: z.string().min(1, t("signin.enterPassword")).max(1024, t("signin.tooLong")),
    redirectTo: z.string().max(500).optional(),
  });

/** Only the sign-in page's own words go to the browser. */
function signInWords(lang: keyof typeof CATALOGS): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CATALOGS[lang]).filter(([k]) => k.startsWith("signin.") || k === "portal.language"),
  );
}

export async function loader(args: LoaderFunctionArgs) {
  const user = await getOptionalUser(args);
  if (user) throw redirect(landingPathFor(user.role));
  if (!hasAnyFirm()) throw redirect("/setup");
  const { lang, setCookie } = await detectPortalLanguage(args.request, null);
  return data(
    {
      demo: env.demo,
      lang,
      htmlLang: HTML_LANG[lang],
      dir: textDirection(lang),
      dict: signInWords(lang),
      languages: PORTAL_LANGUAGES.map((l) => ({ code: l, name: LANGUAGE_NAMES[l] })),
    },
    setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined,
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const { lang } = await detectPortalLanguage(request, null);
  const t: T = (key, vars = {}) => translate(lang, key, vars);
  const parsed = await parseForm(request, loginSchemaFor(t));
  if (!parsed.ok) return refuse(parsed);
  const { identifier: rawIdentifier, password, redirectTo } = parsed.data;
  const values = parsed.values;
  const identifier = normaliseLoginIdentifier(rawIdentifier);
  const accountKey = identifier?.value ?? rawIdentifier.toLowerCase();

  if (isRateLimited("login", { account: accountKey, ip })) {
    recordAuditEvent({
      firmId: null,
      actorUserId: null,
      action: "auth.login_blocked",
      entityType: "user",
      ip,
    });
    return refuse({ values, formError: t("signin.tooMany", { count: env.rateLimitWindowMinutes }) }, 429);
  }

  const user = identifier ? findUserByLogin(identifier) : undefined;
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyAgainstDummy(password), false);
  if (!user || !ok || !user.active) {
    recordFailure("login", { account: accountKey, ip });
    recordAuditEvent({
      firmId: user?.firmId ?? null,
      actorUserId: null,
      action: "auth.login_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      after: user && !user.active ? { reason: "deactivated" } : null,
      ip,
    });
    return refuse({ values, formError: t("signin.wrong") });
  }
  clearFailures("login", accountKey);
  if (user.totpEnabledAt && user.totpSecret) {
    const cookie = startTwoFactorChallenge(user.id);
    // Only a target that would be followed is carried on to the second step.
    const next = safeRedirectPath(redirectTo, "");
    const to = next ? `/login/2fa?redirectTo=${encodeURIComponent(next)}` : "/login/2fa";
    return redirect(to, { headers: { "Set-Cookie": cookie } });
  }
  return completeLogin(user, request, ip, redirectTo ?? null, "password");
}

export default function Login() {
  const d = useLoaderData<typeof loader>();
  return (
    <PortalI18nProvider lang={d.lang} dict={d.dict}>
      <div lang={d.htmlLang} dir={d.dir} className="min-h-full">
        {/* Keyed by language: a refusal shown in one language is not kept on the page in another. */}
        <SignIn key={d.lang} demo={d.demo} lang={d.lang} languages={d.languages} />
      </div>
    </PortalI18nProvider>
  );
}

function SignIn({
  demo,
  lang,
  languages,
}: {
  demo: boolean;
  lang: string;
  languages: { code: string; name: string }[];
}) {
  const t = useT();
  const [params] = useSearchParams();
  const schema = useMemo(() => loginSchemaFor(t), [t]);
  const [form, fields] = useSchemaForm(schema, { result: useActionData<typeof action>() });
  return (
    <AuthLayout title={t("signin.title")}>
      {demo ? (
        <div
          role="note"
          aria-label="Demo"
          lang="en"
          dir="ltr"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <strong>This is a demo, for trying Casewatch.</strong> Never enter real clients or real case details
          here: anyone trying the demo can sign in, and its mail is kept inside the app instead of being sent.
        </div>
      ) : null}
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormMessage form={form} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <FormField
          meta={fields.identifier}
          label={t("signin.identifier")}
          autoComplete="username"
          required
          autoFocus
        />
        <FormField
          meta={fields.password}
          label={t("signin.password")}
          type="password"
          autoComplete="current-password"
          required
        />
        <Button type="submit" className="w-full" pendingText={t("signin.submitting")}>
          {t("signin.submit")}
        </Button>
      </Form>
      <p className="mt-4 text-center text-sm">
        <Link to="/forgot-password" className="font-medium text-blue-700 underline">
          {t("signin.forgot")}
        </Link>
      </p>
      <div className="mt-6">
        <LanguagePicker lang={lang} languages={languages} />
      </div>
    </AuthLayout>
  );
}
