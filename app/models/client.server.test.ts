import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/client";
import { auditLog, clients } from "#db/schema";
import { makeFirm, makeUser } from "~/test/fixtures";
import { clientFormSchema } from "~/utils/client-schema";
import { addRemovalEvent } from "./case.server";
import { guessMapping, runImport, saveUpload, validateRows, getUpload } from "./client-import.server";
import { parseCsv } from "~/utils/csv";
import { RISK_TIERS } from "~/domain/risk";
import {
  countClients,
  countClientsByRisk,
  createClient,
  listClients,
  namePagePlan,
  updateClient,
} from "./client.server";
import type { Actor } from "./actor";

let firmA: string;
let firmB: string;
let actor: Actor;
let actorB: Actor;
const input = (o: Record<string, string>) => clientFormSchema.parse(o);

beforeAll(async () => {
  firmA = makeFirm("A");
  firmB = makeFirm("B");
  actor = {
    id: (await makeUser(firmA, "lawyer", { displayName: "Laura" })).id,
    firmId: firmA,
    ip: null,
  };
  actorB = { id: (await makeUser(firmB, "lawyer")).id, firmId: firmB, ip: null };
});

describe("client records", () => {
  it("refuses a second client with the same A-number, pointing to the first", () => {
    const first = createClient(
      actor,
      input({
        familyName: "Chen",
        givenNames: "Wei",
        nativeName: "陈伟",
        aNumber: "A201456789",
        nationalities: "China",
      }),
    );
    expect(first.ok).toBe(true);
    const second = createClient(
      actor,
      input({ familyName: "Chen", givenNames: "W.", aNumber: "201-456-789" }),
    );
    expect(second).toMatchObject({
      ok: false,
      field: "aNumber",
      existing: { id: (first as { id: string }).id, name: "Wei Chen" },
    });
    // Another firm may have its own client with that A-number.
    expect(
      createClient(actorB, input({ familyName: "Chen", givenNames: "Wei", aNumber: "A201456789" })).ok,
    ).toBe(true);
  });

  it("writes the audit entry in the same transaction, without secrets", () => {
    const r = createClient(
      actor,
      input({ familyName: "Audit", givenNames: "Test", notes: "<script>alert(1)</script>" }),
    );
    if (!r.ok) throw new Error("not created");
    const entries = getDb().select().from(auditLog).where(eq(auditLog.entityId, r.id)).all();
    expect(entries.map((e) => e.action)).toEqual(["client.created"]);
    expect((entries[0]!.after as Record<string, unknown>).notes).toBe("<script>alert(1)</script>");
  });

  it("refuses the second of two saves made from the same version, naming who saved first", () => {
    const r = createClient(actor, input({ familyName: "Ramírez", givenNames: "Carlos" }));
    if (!r.ok) throw new Error("not created");
    const v = getDb().select({ v: clients.version }).from(clients).where(eq(clients.id, r.id)).get()!.v;
    expect(
      updateClient(actor, r.id, v, input({ familyName: "Ramírez", givenNames: "Carlos Alberto" })).ok,
    ).toBe(true);
    const second = updateClient(actor, r.id, v, input({ familyName: "Ramirez", givenNames: "Carlos" }));
    expect(second).toMatchObject({ ok: false, conflict: { by: "Laura" } });
    expect(getDb().select({ g: clients.givenNames }).from(clients).where(eq(clients.id, r.id)).get()!.g).toBe(
      "Carlos Alberto",
    );
  });
});

describe("search", () => {
  const names = (rows: { familyName: string }[]) => rows.map((r) => r.familyName).sort();
  beforeAll(() => {
    createClient(
      actor,
      input({
        familyName: "Zhang",
        givenNames: "Xiaoming",
        nativeName: "张小明",
        aNumber: "12345678",
        phone: "(212) 555-0100",
      }),
    );
    createClient(actor, input({ familyName: "López Hernández", givenNames: "María José" }));
  });

  it.each([
    ["陈", ["Chen"]],
    ["伟", ["Chen"]],
    ["小明", ["Zhang"]],
    ["chen", ["Chen"]],
    ["xiao", ["Zhang"]],
    ["lopez", ["López Hernández"]],
    ["maria jose", ["López Hernández"]],
    ["A012345678", ["Zhang"]],
    ["12345678", ["Zhang"]],
    ["012-345-678", ["Zhang"]],
    ["555-0100", ["Zhang"]],
    ["2125550100", ["Zhang"]],
    ['" OR 1=1 --', []],
  ])("%j finds %j, in this firm only", (q, expected) => {
    expect(names(listClients(firmA, { q }, "name", null).rows)).toEqual(expected);
  });

  it("does not find another firm's client", () => {
    expect(names(listClients(firmB, { q: "陈" }, "name", null).rows)).toEqual([]);
    expect(names(listClients(firmB, { q: "chen" }, "name", null).rows)).toEqual(["Chen"]);
  });

  it("pages by keyset without gaps or repeats", () => {
    const all = listClients(firmA, {}, "name", null, 1000).rows.map((r) => r.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ReturnType<typeof listClients> = listClients(firmA, {}, "name", cursor, 2);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("counts per risk tier in one read, agreeing with each tier's own count and with the list", () => {
    for (const f of [{}, { q: "chen" }, { nationality: "CN" }, { phase: "final_order" }]) {
      const byRisk = countClientsByRisk(firmA, f as never);
      for (const tier of RISK_TIERS)
        expect([f, tier, byRisk[tier]]).toEqual([
          f,
          tier,
          countClients(firmA, { ...f, risk: tier } as never),
        ]);
      const total = Object.values(byRisk).reduce((a, b) => a + b, 0);
      expect([f, total]).toEqual([f, listClients(firmA, f, "name", null, 1000).rows.length]);
      expect(countClients(firmA, f as never)).toBe(total);
    }
  });

  it("filters by derived status and sorts by risk", () => {
    const r = createClient(actor, input({ familyName: "Final", givenNames: "Order", nationalities: "CN" }));
    if (!r.ok) throw new Error("x");
    addRemovalEvent(actor, r.id, {
      type: "in_absentia_order",
      effectiveDate: "2024-01-05",
      details: {},
      court: null,
      notes: null,
      source: "other",
      verifiedOn: null,
    });
    expect(names(listClients(firmA, { phase: "final_order" }, "name", null).rows)).toEqual(["Final"]);
    expect(names(listClients(firmA, { nationality: "CN", risk: "high" }, "name", null).rows)).toEqual([
      "Final",
    ]);
    expect(listClients(firmA, {}, "risk", null).rows[0]!.familyName).toBe("Final");
  });
});

describe("a broad filter in a big firm", () => {
  it("walks the name index and pages exactly as sorting every match would, across pages", async () => {
    const firm = makeFirm("Broad");
    const who: Actor = { id: (await makeUser(firm, "lawyer")).id, firmId: firm, ip: null };
    const other = (await makeUser(firm, "lawyer")).id;
    // 900 clients, nine in ten Mexican (some also Guatemalan), four in five with the other lawyer, names
    // repeating so ties fall to the id: both filters below match over 500 and are walked.
    const families = ["Aguilar", "Bravo", "Cruz", "Díaz", "García", "López", "Zamora", "de la Cruz", "Ángel"];
    for (let i = 0; i < 900; i++) {
      const nationalities = i % 10 === 0 ? "GT" : i % 7 === 0 ? "MX, GT" : "MX";
      const r = createClient(
        who,
        input({
          familyName: families[i % families.length]!,
          givenNames: `N${(i * 37) % 101}`,
          nationalities,
          lawyerId: i % 5 ? other : "",
        }),
      );
      if (!r.ok) throw new Error("not created");
    }
    const expected = (pred: (c: { nationalities: string[]; lawyerId: string | null }) => boolean) =>
      getDb()
        .select({
          id: clients.id,
          familyName: clients.familyName,
          givenNames: clients.givenNames,
          nationalities: clients.nationalities,
          lawyerId: clients.lawyerId,
        })
        .from(clients)
        .where(eq(clients.firmId, firm))
        .all()
        .filter(pred)
        // SQLite's BINARY order is the order of the UTF-8 bytes.
        .sort(
          (a, b) =>
            Buffer.compare(Buffer.from(a.familyName), Buffer.from(b.familyName)) ||
            Buffer.compare(Buffer.from(a.givenNames), Buffer.from(b.givenNames)) ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        )
        .map((c) => c.id);
    const paged = (f: Parameters<typeof listClients>[1]) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: ReturnType<typeof listClients> = listClients(firm, f, "name", cursor, 50);
        seen.push(...page.rows.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const mexican = expected((c) => c.nationalities.includes("MX"));
    expect(mexican.length).toBeGreaterThan(500);
    expect(namePagePlan({ nationality: "MX" } as never, mexican.length, 900)).toBe("walk");
    expect(paged({ nationality: "MX" })).toEqual(mexican);
    const mine = expected((c) => c.nationalities.includes("MX") && c.lawyerId === other);
    expect(mine.length).toBeGreaterThan(500);
    expect(paged({ nationality: "MX", lawyer: other })).toEqual(mine);
    // Narrow filters and searches are sorted.
    expect(namePagePlan({ nationality: "MX" } as never, 499, 900)).toBe("sort");
    expect(namePagePlan({ nationality: "MX" } as never, 1000, 100_000)).toBe("sort");
    expect(namePagePlan({ q: "garc" } as never, 5000, 100_000)).toBe("sort");
  }, 60_000);
});

describe("CSV import", () => {
  const csv = [
    "\uFEFFFamily name,Given names,Chinese name,A-number,Date of birth,Nationality,Language,Phone",
    "Wang,Fang,王芳,A087654321,03/14/1985,China,Chinese,+1 718 555 0111",
    '"Gómez, de la Cruz","Ana ""Lucy""",,A203332211,1990-02-01,Honduras,Spanish,',
    'Pierre,"Jean\nRobert",,A204445566,,Haiti,Haitian Creole,',
    ",Missing,,A200000001,,MX,es,",
    "Bad,Anumber,,A12,,MX,es,",
    "Bad,Country,,,,Atlantis,es,",
    "Dup,Infile,,A087654321,,CN,zh,",
  ].join("\r\n");

  it("validates every row, reports row, column and message, and imports the valid ones in one go", () => {
    const up = saveUpload(actor, "clients.csv", csv);
    if ("error" in up) throw new Error(up.error);
    const { header, rows } = parseCsv(getUpload(firmA, up.id)!.content);
    const mapping = guessMapping(header);
    expect(mapping).toMatchObject({
      familyName: 0,
      givenNames: 1,
      nativeName: 2,
      aNumber: 3,
      dateOfBirth: 4,
      nationalities: 5,
      preferredLanguage: 6,
      phone: 7,
    });
    const validated = validateRows(firmA, header, rows, mapping);
    const errors = validated.flatMap((v) => v.errors);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [5, "Family name"],
      [6, "A-number"],
      [7, "Nationality"],
      [8, "A-number"],
    ]);
    expect(errors[3]!.message).toContain("row 2");

    const none = runImport(actor, up.id, header, validated, "all");
    expect(none.imported).toBe(0);
    const result = runImport(actor, up.id, header, validated, "valid");
    expect(result.imported).toBe(3);
    const imported = listClients(firmA, { q: "王" }, "name", null).rows;
    expect(imported.map((c) => [c.familyName, c.nativeName])).toEqual([["Wang", "王芳"]]);
    const gomez = getDb().select().from(clients).where(eq(clients.aNumber, "A203332211")).get()!;
    expect([gomez.familyName, gomez.givenNames, gomez.preferredLanguage]).toEqual([
      "Gómez, de la Cruz",
      'Ana "Lucy"',
      "es",
    ]);
    const pierre = getDb().select().from(clients).where(eq(clients.aNumber, "A204445566")).get()!;
    expect([pierre.givenNames, pierre.preferredLanguage, pierre.nationalities]).toEqual([
      "Jean\nRobert",
      "ht",
      ["HT"],
    ]);
    const wang = getDb().select().from(clients).where(eq(clients.aNumber, "A087654321")).get()!;
    expect([wang.dateOfBirth, wang.phone, wang.preferredLanguage]).toEqual([
      "1985-03-14",
      "+17185550111",
      "zh-Hans",
    ]);
  });
});

describe("derived values of a new client without history", () => {
  it.each<Record<string, string>>([
    { detentionStatus: "not_detained" },
    {
      detentionStatus: "detained",
      detentionFacility: "Elizabeth Detention Center",
      detentionSince: "2026-11-01",
    },
  ])("deriveNewClient agrees with refreshClient (%o)", async (extra) => {
    const { deriveNewClient, firmToday } = await import("./client-derived.server");
    const r = createClient(
      actor,
      input({ familyName: "Derived", givenNames: "Check", nationalities: "MX", ...extra }),
    );
    if (!r.ok) throw new Error("client");
    const row = getDb().select().from(clients).where(eq(clients.id, r.id)).get()!;
    const d = deriveNewClient(row, firmToday());
    for (const [k, v] of Object.entries(d)) expect([k, row[k as keyof typeof row]]).toEqual([k, v]);
  });
});
