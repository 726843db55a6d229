import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BackToCase, Isolated, PortalCard, useT } from "~/components/portal";
import { clientCheckIn, portalLayoutData } from "~/models/portal.server";
import { requireClientSelf } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { formatInstantFor } from "~/utils/i18n";
import { detectPortalLanguage } from "~/utils/i18n.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireClientSelf(args);
  const c = clientCheckIn(user.clientId, args.params.id ?? "");
  if (!c) throw notFound();
  const { lang } = await detectPortalLanguage(
    args.request,
    portalLayoutData(user.firmId, user.clientId)?.preferredLanguage,
  );
  return {
    when: formatInstantFor(lang, c.startsAt, c.timeZone),
    place: c.officeName ? `${c.officeName}, ${c.address}` : null,
    bring: c.bring,
    willAttend: Boolean(c.willAttendAt),
  };
}

export default function MyCheckIn() {
  const c = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <BackToCase />
      <PortalCard title={t("portal.checkInDetails")} tone="urgent" id="check-in">
        <p className="text-2xl font-semibold">
          <Isolated>{c.when}</Isolated>
        </p>
        <p>
          <span className="font-semibold">{t("portal.where")}: </span>
          {c.place ? <Isolated>{c.place}</Isolated> : t("portal.byPhone")}
        </p>
        {c.bring ? (
          <p>
            <span className="font-semibold">{t("portal.bring")}: </span>
            <Isolated>{c.bring}</Isolated>
          </p>
        ) : null}
        {c.willAttend ? <p className="font-semibold text-green-800">✓ {t("portal.willAttendDone")}</p> : null}
        <p className="rounded-lg bg-amber-50 p-3 text-base text-amber-950">{t("portal.dangerMissing")}</p>
      </PortalCard>
    </>
  );
}
