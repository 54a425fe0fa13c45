import { describe, expect, test } from "vitest";
import { AUDIT_ACTION_NAMES, describeAuditEntry, type AuditEntryForSentence } from "@/lib/people/audit-sentences";

const zone = "America/New_York";
const ana = { name: "Ana Ruiz" };
const story = { id: "s1", headline: "Harbour deal" };
const sentence = (entry: Partial<AuditEntryForSentence> & { action: string }) => {
  const described = describeAuditEntry({ actor: ana, story: null, details: null, ...entry }, zone);
  const object = described.namesStory ? ` “${described.storyHeadline ?? entry.story?.headline}”` : "";
  return `${described.subject} ${described.verb}${object}${described.rest}`;
};

describe("audit entries in words", () => {
  test("story actions name the story", () => {
    expect(sentence({ action: "story.publish", story, details: { from: "approved", to: "published" } })).toBe(
      "Ana Ruiz published “Harbour deal”",
    );
    expect(
      describeAuditEntry(
        { action: "story.publish", actor: ana, story, details: { from: "approved", to: "published" } },
        zone,
      ).facts,
    ).toEqual(["Was approved, now published"]);
    expect(sentence({ action: "story.publish", actor: null, story, details: { by: "scheduler" } })).toBe(
      "The scheduler published “Harbour deal”, at the time an editor had chosen",
    );
    expect(
      sentence({ action: "story.schedule", story, details: { publishAt: "2026-12-09T14:00:00.000Z" } }),
    ).toBe("Ana Ruiz scheduled “Harbour deal” for December 9, 2026 at 9:00 AM EST");
    expect(sentence({ action: "story.delete", details: { headline: "Gone story", slug: "gone" } })).toBe(
      "Ana Ruiz deleted “Gone story” for good",
    );
  });

  test("people and sign-in actions read as sentences, with no raw JSON", () => {
    expect(
      sentence({
        action: "user.role_change",
        details: { email: "wes@x.test", from: "writer", to: "editor" },
      }),
    ).toBe("Ana Ruiz changed the role of wes@x.test from Writer to Editor");
    const failed = describeAuditEntry(
      {
        action: "auth.sign_in_failed",
        actor: null,
        story: null,
        details: { email: "who@x.test", ip: "10.0.0.1", knownAccount: false },
      },
      zone,
    );
    expect(failed).toMatchObject({ subject: "Someone", verb: "failed to sign in as who@x.test" });
    expect(failed.facts).toEqual(["No account has this address", "From 10.0.0.1"]);
    const created = describeAuditEntry(
      {
        action: "user.create",
        actor: ana,
        story: null,
        details: { name: "Tia", email: "tia@x.test", role: "writer", access: "temporary password" },
      },
      zone,
    );
    expect(created.facts.join(" ")).not.toMatch(/[{}"]/);
  });

  test("an action it does not know still reads, its code in words", () => {
    expect(sentence({ action: "story.some_new_thing", story })).toBe(
      "Ana Ruiz story some new thing “Harbour deal”",
    );
  });

  test("every action has a human name", () => {
    expect(AUDIT_ACTION_NAMES["story.publish"]).toBe("Published");
    expect(Object.values(AUDIT_ACTION_NAMES).every((name) => !name.includes("."))).toBe(true);
  });

  test("withdrawing from review reads as a sentence and is offered in the filter", () => {
    expect(sentence({ action: "story.withdraw", story, details: { from: "in_review", to: "draft" } })).toBe(
      "Ana Ruiz withdrew “Harbour deal” from review",
    );
    expect(AUDIT_ACTION_NAMES["story.withdraw"]).toBe("Withdrew from review");
  });

  test("section and tag actions read as sentences, with the addresses they moved", () => {
    expect(sentence({ action: "section.create", details: { name: "Weather", slug: "weather" } })).toBe(
      "Ana Ruiz created the section Weather",
    );
    const renamed = describeAuditEntry(
      {
        action: "section.update",
        actor: ana,
        story: null,
        details: {
          name: "Ports",
          fromName: "Harbours",
          toName: "Ports",
          fromSlug: "harbours",
          toSlug: "ports",
        },
      },
      zone,
    );
    expect(`${renamed.subject} ${renamed.verb}`).toBe("Ana Ruiz renamed the section Harbours to Ports");
    expect(renamed.facts).toEqual([
      "Moved from /sections/harbours to /sections/ports, which the old address redirects to",
    ]);
    expect(
      sentence({
        action: "tag.merge",
        details: {
          merged: "Election",
          mergedSlug: "election",
          kept: "Elections",
          keptSlug: "elections",
          stories: 3,
        },
      }),
    ).toBe("Ana Ruiz merged the tag “Election” into “Elections”");
    expect(AUDIT_ACTION_NAMES["tag.delete"]).toBe("Deleted a tag");
  });
});
