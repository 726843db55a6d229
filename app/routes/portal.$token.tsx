import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { AuthLayout } from "~/components/auth-layout";
import { FormField, FormMessage, useSchemaForm } from "~/components/ui/form";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/domain/password-policy";
import { acceptPortalInvite, findPortalInvite } from "~/models/portal.server";
import { parseForm, refuse } from "~/utils/forms.server";
import { HTML_LANG, textDirection, translate } from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";
import { completeLogin } from "~/utils/login.server";
import { env } from "~/utils/env.server";
import { isRateLimited, recordFailure } from "~/utils/rate-limit.server";
import { sha256Hex } from "~/utils/crypto.server";
import { portalPasswordSchemaFor } from "~/utils/portal-schemas";

const PASSWORD_LENGTHS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

export const meta: MetaFunction = () => [{ title: "Casewatch" }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const invite = findPortalInvite(params.token);
  const { lang } = await detectPortalLanguage(request, invite?.language);
  const t = (k: string, vars: Record<string, string | number> = {}) => translate(lang, k, vars);
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
      // The words of the form's own checks, so the browser says them as the server would.
      short: t("password.short", { n: PASSWORD_MIN_LENGTH }),
      long: t("password.long", { n: PASSWORD_MAX_LENGTH }),
    },
    lengths: PASSWORD_LENGTHS,
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const ip = context?.clientIp ?? null;
  const key = sha256Hex(params.token ?? "");
  // Every refusal is in the language the page was shown in.
  const invite = findPortalInvite(params.token);
  const { lang } = await detectPortalLanguage(request, invite?.language);
  const t = (k: string, vars: Record<string, string | number> = {}) => translate(lang, k, vars);
  if (isRateLimited("portal-invite", { account: key, ip }))
    return refuse({ formError: t("signin.tooMany", { count: env.rateLimitWindowMinutes }) }, 429);
  // A link that does not work counts against the limit, whatever was typed.
  const dead = () => {
    recordFailure("portal-invite", { account: key, ip });
    return refuse({ formError: t("invite.invalid") });
  };
  if (!invite) return dead();
  const parsed = await parseForm(request, portalPasswordSchemaFor(t, PASSWORD_LENGTHS));
  // The password is never sent back (values never hold one).
  if (!parsed.ok) return refuse({ errors: parsed.errors });
  const r = await acceptPortalInvite(params.token ?? "", parsed.data.password, ip, lang);
  if (!r.ok) {
    if (r.message === "invalid") return dead();
    return r.field ? refuse({ errors: { password: r.message } }) : refuse({ formError: r.message });
  }
  return completeLogin({ id: r.userId, firmId: r.firmId, role: "client" }, request, ip, "/me", "password");
}

export default function AcceptPortalInvite() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // The page's words only (no catalog is sent here): the schema says them as the action does.
  const schema = useMemo(() => {
    const words: Record<string, string> = { "password.short": d.text.short, "password.long": d.text.long };
    return portalPasswordSchemaFor((k) => words[k] ?? d.text.long, d.lengths);
  }, [d.text.short, d.text.long, d.lengths]);
  const [form, fields] = useSchemaForm(schema, { id: "portal-password", result });
  return (
    <div lang={d.htmlLang} dir={d.dir} className="text-lg">
      <AuthLayout title={d.text.title} intro={d.valid ? d.text.intro : null}>
        {d.valid ? (
          <Form method="post" className="space-y-4" {...getFormProps(form)}>
            <FormMessage form={form} />
            <FormField
              meta={fields.password}
              label={d.text.password}
              type="password"
              autoComplete="new-password"
              required
              minLength={d.lengths.min}
              hint={d.text.hint}
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
