/** The audit log's filters against a real database: by person, by action, by days in the newsroom's zone. */
import { beforeEach, expect, test } from "vitest";
import { listAuditEntries } from "@/lib/people/audit";
import { auditDayRange } from "@/lib/validation/audit";
import { createStaff, emptyDatabase, testDb } from "./database";

const zone = "America/New_York";

beforeEach(emptyDatabase);

test("filters by person, action and a day range, each alone or together", async () => {
  const ana = await createStaff("editor", "Ana Ruiz");
  const ben = await createStaff("editor", "Ben Ode");
  await testDb.auditEntry.createMany({
    data: [
      // 23:30 in New York on 1 December is 04:30 UTC on the 2nd.
      { action: "story.publish", actorId: ana.id, createdAt: new Date("2026-12-02T04:30:00Z") },
      { action: "story.archive", actorId: ana.id, createdAt: new Date("2026-12-02T15:00:00Z") },
      { action: "story.publish", actorId: ben.id, createdAt: new Date("2026-12-03T15:00:00Z") },
      { action: "auth.sign_in_failed", actorId: null, createdAt: new Date("2026-12-03T16:00:00Z") },
    ],
  });
  const actions = async (filters: Parameters<typeof listAuditEntries>[1]) =>
    (await listAuditEntries(1, filters)).entries.map(
      (entry) => `${entry.actor?.name ?? "-"} ${entry.action}`,
    );

  expect(await actions({ person: ana.id })).toEqual(["Ana Ruiz story.archive", "Ana Ruiz story.publish"]);
  expect(await actions({ person: "none" })).toEqual(["- auth.sign_in_failed"]);
  expect(await actions({ action: "story.publish" })).toEqual([
    "Ben Ode story.publish",
    "Ana Ruiz story.publish",
  ]);
  expect(await actions(auditDayRange({ from: "2026-12-01", to: "2026-12-01" }, zone))).toEqual([
    "Ana Ruiz story.publish",
  ]);
  expect(await actions(auditDayRange({ from: "2026-12-02" }, zone))).toHaveLength(3);
  expect(
    await actions({ person: ana.id, action: "story.publish", ...auditDayRange({ to: "2026-12-02" }, zone) }),
  ).toEqual(["Ana Ruiz story.publish"]);
});
