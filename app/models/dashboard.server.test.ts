import { describe, expect, it } from "vitest";
import { makeCheckIn, makeClient, makeFirm, makeUser } from "~/test/fixtures";
import { recordAuditEvent } from "./audit.server";
import {
  clientsByPhase,
  clientsByRisk,
  deadlinesThisWeek,
  latestActivity,
  overdueDeadlines,
  recentlyChangedClients,
  recentlyMissedCheckIns,
} from "./dashboard.server";

describe("the dashboard's queries see one firm only", () => {
  it("counts, lists and activity of the firm asked for, never another's", async () => {
    const firm = makeFirm();
    const other = makeFirm();
    const mine = makeClient(firm, { familyName: "Mine" });
    makeClient(other, { familyName: "Theirs" });
    makeCheckIn(other, makeClient(other));
    const admin = await makeUser(firm, "admin");
    recordAuditEvent({ firmId: firm, actorUserId: admin.id, action: "auth.logout", entityType: "user" });
    recordAuditEvent({ firmId: other, actorUserId: null, action: "auth.login_failed", entityType: "user" });
    expect(clientsByPhase(firm).reduce((a, b) => a + b.n, 0)).toBe(1);
    expect(clientsByRisk(firm).reduce((a, b) => a + b.n, 0)).toBe(1);
    expect(recentlyChangedClients(firm).map((c) => c.id)).toEqual([mine]);
    const activity = latestActivity(firm);
    expect(activity.map((a) => a.action)).toEqual(["auth.logout"]);
    expect(activity[0]?.label).toBeTruthy();
    expect(overdueDeadlines(firm, "2099-01-01")).toEqual([]);
    expect(deadlinesThisWeek(firm, "2000-01-01")).toEqual([]);
    expect(recentlyMissedCheckIns(firm, "2027-01-10")).toEqual([]);
  });
});
