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
import { createPasswordReset } from "~/models/password-reset.server";
import { findUserByLogin } from "~/models/user.server";
import { sendMail } from "~/services/mailer.server";
import { env } from "~/utils/env.server";
import { parseForm, refuse } from "~/utils/forms.server";
import {
  HTML_LANG,
  isolateLtr,
  LANGUAGE_NAMES,
  PORTAL_LANGUAGES,
  textDirection,
  translate,
} from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { pageWords } from "~/utils/page-words.server";
import { publicOrigin } from "~/utils/origin.server";
import { isRateLimited, recordFailure } from "~/utils/rate-limit.server";

export const meta: MetaFunction = () => [{ title: "Reset your password · Casewatch" }];

// Clients reach this page from the sign-in page, so it speaks the same language: one picked in the menu
// (?lng=, the sign-in page's cookie), else the browser's Accept-Language, else English. The reset mail is
// in the language of the page it was asked from.
type T = (key: string, vars?: Record<string, string | number>) => string;
const forgotSchemaFor = (t: T) =>
  z.object({
    email: z
      .string({ error: t("reset.enterEmail") })
      .trim()
      .min(1, t("reset.enterEmail"))
      .max(254, t("reset.tooLong"))
      .toLowerCase()
      .pipe(z.email(t("reset.badEmail"))),
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const { lang, setCookie } = await detectPortalLanguage(request, null);
  return data(
    {
      lang,
      htmlLang: HTML_LANG[lang],
      dir: textDirection(lang),
      dict: pageWords(lang, ["reset."]),
      languages: PORTAL_LANGUAGES.map((l) => ({ code: l, name: LANGUAGE_NAMES[l] })),
    },
    setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined,
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const { lang } = await detectPortalLanguage(request, null);
  const t: T = (key, vars = {}) => translate(lang, key, vars);
  const parsed = await parseForm(request, forgotSchemaFor(t));
  if (!parsed.ok) return refuse(parsed);
  const { email } = parsed.data;
  if (isRateLimited("reset", { account: email, ip })) {
    return refuse(
      { values: parsed.values, formError: t("reset.tooMany", { count: env.rateLimitWindowMinutes }) },
      429,
    );
  }
  // Every request counts toward the limit: the answer is the same whether or not the account exists.
  recordFailure("reset", { account: email, ip });
  const user = findUserByLogin({ kind: "email", value: email });
  if (user?.active && user.email) {
    const token = createPasswordReset(user, ip);
    // The link carries the language, so the page it opens is in the mail's language on any device.
    const url = `${publicOrigin(request)}/reset-password/${token}${lang === "en" ? "" : `?lng=${lang}`}`;
    await sendMail({
      firmId: user.firmId,
      to: user.email,
      subject: t("reset.mailSubject"),
      text: t("reset.mailBody", { url: isolateLtr(lang, url) }),
    });
  }
  return data({ ok: true as const, sent: true });
}

export default function ForgotPassword() {
  const d = useLoaderData<typeof loader>();
  return (
    <PortalI18nProvider lang={d.lang} dict={d.dict}>
      <div lang={d.htmlLang} dir={d.dir} className="min-h-full">
        {/* Keyed by language: a refusal shown in one language is not kept on the page in another. */}
        <Forgot key={d.lang} lang={d.lang} languages={d.languages} />
      </div>
    </PortalI18nProvider>
  );
}

function Forgot({ lang, languages }: { lang: string; languages: { code: string; name: string }[] }) {
  const t = useT();
  const result = useActionData<typeof action>();
  const schema = useMemo(() => forgotSchemaFor(t), [t]);
  const [form, fields] = useSchemaForm(schema, { result });
  const sent = result !== undefined && "sent" in result && result.sent;
  return (
    <AuthLayout title={t("reset.forgotTitle")} intro={t("reset.forgotIntro")}>
      {sent ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("reset.sent")}
        </p>
      ) : (
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <FormMessage form={form} />
          <FormField
            meta={fields.email}
            label={t("reset.email")}
            type="email"
            dir="ltr"
            autoComplete="email"
            required
          />
          <Button type="submit" className="w-full" pendingText={t("reset.sending")}>
            {t("reset.send")}
          </Button>
        </Form>
      )}
      <p className="mt-4 text-center text-sm">
        <Link to="/login" className="font-medium text-blue-700 underline">
          {t("reset.back")}
        </Link>
      </p>
      <div className="mt-6">
        <LanguagePicker lang={lang} languages={languages} />
      </div>
    </AuthLayout>
  );
}
