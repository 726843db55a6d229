import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AuthLayout } from "~/components/auth-layout";
import { Field, FormError } from "~/components/ui/field";
import { acceptPortalInvite, findPortalInvite } from "~/models/portal.server";
import { readForm } from "~/utils/forms.server";
import { HTML_LANG, textDirection, translate } from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { completeLogin } from "~/utils/login.server";
import { env } from "~/utils/env.server";
import { isRateLimited, recordFailure } from "~/utils/rate-limit.server";
import { sha256Hex } from "~/utils/crypto.server";

export const meta: MetaFunction = () => [{ title: "Casewatch" }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const invite = findPortalInvite(params.token);
  const { lang } = await detectPortalLanguage(request, invite?.language);
  const t = (k: string) => translate(lang, k);
  return {
    valid: Boolean(invite),
    lang,
    htmlLang: HTML_LANG[lang],
    dir: textDirection(lang),
    text: {
      title: t("invite.title"),
      intro: t("invite.intro"),
      password: t("invite.password"),
      hint: t("invite.passwordHint"),
      submit: t("invite.submit"),
      invalid: t("invite.invalid"),
    },
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const key = sha256Hex(params.token ?? "");
  // Every refusal is in the language the page was shown in.
  const { lang } = await detectPortalLanguage(request, findPortalInvite(params.token)?.language);
  if (isRateLimited("portal-invite", { account: key, ip }))
    return data(
      { error: translate(lang, "signin.tooMany", { count: env.rateLimitWindowMinutes }), field: null },
      { status: 429 },
    );
  const form = await readForm(request);
  const password = String(form.get("password") ?? "");
  const r = await acceptPortalInvite(params.token ?? "", password.slice(0, 1024), ip, lang);
  if (!r.ok) {
    if (r.message === "invalid") {
      recordFailure("portal-invite", { account: key, ip });
      return data({ error: translate(lang, "invite.invalid"), field: null }, { status: 400 });
    }
    return data({ error: r.field ? null : r.message, field: r.field ? r.message : null }, { status: 400 });
  }
  return completeLogin({ id: r.userId, firmId: r.firmId, role: "client" }, request, ip, "/me", "password");
}

export default function AcceptPortalInvite() {
  const d = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  return (
    <div lang={d.htmlLang} dir={d.dir} className="text-lg">
      <AuthLayout title={d.text.title} intro={d.valid ? d.text.intro : null}>
        {d.valid ? (
          <Form method="post" className="space-y-4">
            <FormError message={res?.error} />
            <Field
              label={d.text.password}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              hint={d.text.hint}
              error={res?.field}
            />
            <button
              type="submit"
              className="min-h-12 w-full rounded-lg bg-blue-700 px-4 text-lg font-semibold text-white"
            >
              {d.text.submit}
            </button>
          </Form>
        ) : (
          <p>{d.text.invalid}</p>
        )}
      </AuthLayout>
    </div>
  );
}
