import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import QRCode from "qrcode";
import { findPortalInvite } from "~/models/portal.server";
import { getClient } from "~/models/client.server";
import { requirePermission } from "~/utils/auth.server";
import { invariantResponse } from "~/utils/http.server";
import {
  formatDateFor,
  HTML_LANG,
  isolate,
  isolateLtr,
  isPortalLanguage,
  textDirection,
  translate,
} from "~/utils/i18n";
import { publicOrigin } from "~/utils/origin.server";

export const meta: MetaFunction = () => [{ title: "Portal sheet · Casewatch" }];

// A printable sheet for the client: the one-time link as a QR code, in the client's language.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requirePermission(args, "update:client");
  const client = getClient(user.firmId, args.params.id ?? "");
  invariantResponse(client, "Not found", { status: 404 });
  const url = new URL(args.request.url);
  const token = url.searchParams.get("t") ?? "";
  const invite = findPortalInvite(token);
  invariantResponse(
    invite && invite.clientId === client.id,
    "This invitation link is no longer valid. Give portal access again to print a new sheet.",
    { status: 404 },
  );
  const lang = isPortalLanguage(client.preferredLanguage) ? client.preferredLanguage : "en";
  const origin = publicOrigin(args.request);
  const link = `${origin}/portal/${token}`;
  return {
    htmlLang: HTML_LANG[lang],
    dir: textDirection(lang),
    name: `${client.givenNames} ${client.familyName}`,
    nativeName: client.nativeName,
    firm: user.firm.name,
    phone: user.firm.phone,
    link,
    qr: await QRCode.toDataURL(link, { margin: 1, width: 280 }),
    text: {
      title: translate(lang, "sheet.title"),
      scan: translate(lang, "sheet.scan"),
      // Inside Arabic the date and the address are isolated, so they keep their own order (ADR 018).
      expires: translate(lang, "sheet.expires", {
        date: isolate(lang, formatDateFor(lang, invite.expiresAt.slice(0, 10))),
      }),
      signIn: translate(lang, "sheet.signIn", { url: isolateLtr(lang, `${origin}/login`) }),
    },
  };
}

export default function PortalSheet() {
  const d = useLoaderData<typeof loader>();
  return (
    <article
      lang={d.htmlLang}
      dir={d.dir}
      className="mx-auto max-w-xl space-y-5 bg-white p-8 text-lg print:p-0"
    >
      <p className="text-sm text-slate-600 print:hidden">
        Print this page (Ctrl+P) and give it to the client. It holds a one-time link: keep it out of the file.
      </p>
      <h1 className="text-3xl font-semibold">{d.text.title}</h1>
      <p className="text-xl">
        {d.name}
        {d.nativeName ? ` · ${d.nativeName}` : ""}
      </p>
      <p>{d.text.scan}</p>
      <img src={d.qr} alt={d.link} width={280} height={280} className="mx-auto" />
      <p
        dir="ltr"
        className="rounded bg-slate-100 p-3 font-mono text-base break-all"
        data-testid="portal-link"
      >
        {d.link}
      </p>
      <p>{d.text.expires}</p>
      <p>{d.text.signIn}</p>
      <p className="font-semibold">
        {d.firm}
        {d.phone ? (
          <>
            {" · "}
            <bdi dir="ltr">{d.phone}</bdi>
          </>
        ) : null}
      </p>
    </article>
  );
}
