import { XMLParser } from "fast-xml-parser";
import { addDays, type IsoDate } from "./dates";
import { articleFromHtml } from "./html-article";
import { decodeEntities, htmlToText, safeHttpUrl } from "./html-text";

// RSS 2.0 and Atom, parsed with DTDs and entities off. A feed that declares entities is refused as a
// whole (the billion-laughs attack and its kin); an item that cannot be read is skipped and counted.
export type FeedItem = {
  guid: string | null;
  url: string | null;
  title: string;
  publishedOn: IsoDate;
  body: string;
};
export type ParsedFeed =
  { ok: true; title: string | null; items: FeedItem[]; skipped: number } | { ok: false; message: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ["item", "entry", "link"].includes(name),
});

function text(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map(text).join(" ");
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("#text" in o) return text(o["#text"]);
    return Object.entries(o)
      .filter(([k]) => !k.startsWith("@_"))
      .map(([, x]) => text(x))
      .join(" ");
  }
  return "";
}

function toDate(raw: string, today: IsoDate): IsoDate {
  const t = Date.parse(raw.trim());
  if (!Number.isFinite(t)) return today;
  const d = new Date(t).toISOString().slice(0, 10);
  // A date far in the future is a feed's mistake; today is the safer reading.
  return d > addDays(today, 2) ? today : d;
}

export function parseFeed(xml: string, today: IsoDate): ParsedFeed {
  const head = xml.slice(0, 20_000);
  if (/<!DOCTYPE[\s\S]*?<!ENTITY/i.test(head) || /<!ENTITY/i.test(head)) {
    return {
      ok: false,
      message:
        "The feed declares XML entities in a DTD; Casewatch does not process them (they can be used to exhaust the server), so the feed was refused.",
    };
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml.replace(/<!DOCTYPE[^>]*>/i, "")) as Record<string, unknown>;
  } catch (e) {
    return {
      ok: false,
      message: `The feed is not well-formed XML (${e instanceof Error ? e.message.split("\n")[0] : "parse error"}).`,
    };
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  const channel = (rss?.channel ?? (doc["rdf:RDF"] as Record<string, unknown> | undefined)?.channel) as
    Record<string, unknown> | undefined;
  let rawItems: unknown[];
  let title: string | null;
  let kind: "rss" | "atom";
  if (channel && typeof channel === "object") {
    rawItems =
      ((channel.item ?? (doc["rdf:RDF"] as Record<string, unknown> | undefined)?.item) as
        unknown[] | undefined) ?? [];
    title = decodeEntities(text(channel.title)).trim() || null;
    kind = "rss";
  } else if (atom && typeof atom === "object") {
    rawItems = (atom.entry as unknown[] | undefined) ?? [];
    title = decodeEntities(text(atom.title)).trim() || null;
    kind = "atom";
  } else {
    return { ok: false, message: "This is XML but not an RSS 2.0 or Atom feed." };
  }
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const raw of rawItems) {
    try {
      if (!raw || typeof raw !== "object") throw new Error("not an element");
      const it = raw as Record<string, unknown>;
      let url: string | null;
      let guid: string | null;
      let published: string;
      let html: string;
      if (kind === "rss") {
        const links = (it.link as unknown[] | undefined) ?? [];
        url = safeHttpUrl(decodeEntities(text(links[0])).trim());
        guid = decodeEntities(text(it.guid)).trim() || null;
        published = text(it.pubDate ?? it["dc:date"]);
        html = text(it["content:encoded"]) || text(it.description);
      } else {
        const links = ((it.link as unknown[] | undefined) ?? []) as Record<string, unknown>[];
        const alt =
          links.find((l) => typeof l === "object" && (!l["@_rel"] || l["@_rel"] === "alternate")) ?? links[0];
        url = safeHttpUrl(
          typeof alt === "object" && alt ? decodeEntities(String(alt["@_href"] ?? "")) : null,
        );
        guid = decodeEntities(text(it.id)).trim() || null;
        published = text(it.published ?? it.updated);
        html = text(it.content) || text(it.summary);
      }
      // The XML escapes come off first (an RSS description is usually escaped HTML), then the HTML.
      const itemTitle = htmlToText(decodeEntities(text(it.title))).slice(0, 500);
      // An item's HTML may carry the site's "related stories" and footer; Readability keeps the article.
      const body = articleFromHtml(decodeEntities(html)).text.slice(0, 200_000);
      if (!itemTitle && !body) throw new Error("no title and no text");
      items.push({
        guid,
        url,
        title: itemTitle || body.slice(0, 120),
        publishedOn: toDate(published, today),
        body,
      });
    } catch {
      skipped++;
    }
  }
  return { ok: true, title, items, skipped };
}
