import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { z } from "zod";
import { AuthLayout } from "~/components/auth-layout";
import { LanguagePicker, PortalI18nProvider, useT } from "~/components/portal";
import { Button } from "~/components/ui/button";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "~/domain/password-policy";
import { completePasswordReset, findPasswordReset } from "~/models/password-reset.server";
import { env } from "~/utils/env.server";
import { parseForm, refuse } from "~/utils/forms.server";
import { HTML_LANG, LANGUAGE_NAMES, PORTAL_LANGUAGES, textDirection, translate } from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { pageWords } from "~/utils/page-words.server";
import { hashPassword } from "~/utils/password.server";
import { isRateLimited, recordFailure } from "~/utils/rate-limit.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = () => [{ title: "Choose a new password · Casewatch" }];

// The page the reset mail links to, in the mail's language (the link carries ?lng=), else the language
// picked on the sign-in pages, else Accept-Language; the password rules are written in it too.
type T = (key: string, vars?: Record<string, string | number>) => string;
const resetSchemaFor = (t: T) =>
  z.object({
    password: z
      .string({ error: t("reset.enterPassword") })
      .min(1, t("reset.enterPassword"))
      .max(1024, t("reset.tooLong")),
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang, setCookie } = await detectPortalLanguage(request, null);
  return data(
    {
      valid: Boolean(findPasswordReset(params.token)),
      lang,
      htmlLang: HTML_LANG[lang],
      dir: textDirection(lang),
      dict: pageWords(lang, ["reset."]),
      languages: PORTAL_LANGUAGES.map((l) => ({ code: l, name: LANGUAGE_NAMES[l] })),
      minLength: PASSWORD_MIN_LENGTH,
    },
    setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined,
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const { lang } = await detectPortalLanguage(request, null);
  const t: T = (key, vars = {}) => translate(lang, key, vars);
  if (isRateLimited("reset-use", { ip }))
    return refuse({ formError: t("reset.tooMany", { count: env.rateLimitWindowMinutes }) }, 429);
  const reset = findPasswordReset(params.token);
  if (!reset) {
    recordFailure("reset-use", { ip });
    return refuse({ formError: t("reset.expired") });
  }
  const parsed = await parseForm(request, resetSchemaFor(t));
  if (!parsed.ok) return refuse({ errors: parsed.errors });
  const problem = passwordProblem(parsed.data.password, { email: reset.email }, lang);
  if (problem) return refuse({ errors: { password: problem } });
  const passwordHash = await hashPassword(parsed.data.password);
  const used = completePasswordReset(reset, passwordHash, ip);
  if (!used) return refuse({ formError: t("reset.expired") });
  return redirectWithToast("/login", { kind: "success", message: t("reset.changed") });
}

export default function ResetPassword() {
  const d = useLoaderData<typeof loader>();
  return (
    <PortalI18nProvider lang={d.lang} dict={d.dict}>
      <div lang={d.htmlLang} dir={d.dir} className="min-h-full">
        <Reset key={d.lang} valid={d.valid} minLength={d.minLength} lang={d.lang} languages={d.languages} />
      </div>
    </PortalI18nProvider>
  );
}

function Reset({
  valid,
  minLength,
  lang,
  languages,
}: {
  valid: boolean;
  minLength: number;
  lang: string;
  languages: { code: string; name: string }[];
}) {
  const t = useT();
  const result = useActionData<typeof action>();
  const schema = useMemo(() => resetSchemaFor(t), [t]);
  const [form, fields] = useSchemaForm(schema, { result });
  const picker = (
    <div className="mt-6">
      <LanguagePicker lang={lang} languages={languages} />
    </div>
  );
  if (!valid && !result) {
    return (
      <AuthLayout title={t("reset.deadTitle")}>
        <p className="text-sm text-slate-700">{t("reset.deadBody")}</p>
        <p className="mt-4 text-sm">
          <Link to="/forgot-password" className="font-medium text-blue-700 underline">
            {t("reset.askNew")}
          </Link>
        </p>
        {picker}
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t("reset.chooseTitle")} intro={t("reset.chooseIntro")}>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormMessage form={form} />
        <FormField
          meta={fields.password}
          label={t("reset.newPassword")}
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          hint={t("reset.hint", { n: minLength })}
        />
        <Button type="submit" className="w-full" pendingText={t("reset.saving")}>
          {t("reset.save")}
        </Button>
      </Form>
      {/* The link no longer works: say where to get another. */}
      {result?.formError ? (
        <p className="mt-4 text-sm">
          <Link to="/forgot-password" className="font-medium text-blue-700 underline">
            {t("reset.askNew")}
          </Link>
        </p>
      ) : null}
      {picker}
    </AuthLayout>
  );
}
