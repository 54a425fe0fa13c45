/**
 * The audit log in words: each entry as a sentence ("Ana Ruiz published
 * 'Harbour deal'"), its details as readable facts, and the human name of
 * every action for the log's filter. No database: the page hands it rows.
 */
import { formatDateTime } from "@/lib/platform/format";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type AuditEntryForSentence = {
  action: string;
  actor: { name: string } | null;
  story: { id: string; headline: string } | null;
  details: unknown;
};

/**
 * A sentence in three parts around the story it names, if any:
 * `${subject} ${verb} “story”${rest}`. `storyHeadline` is set when the
 * story is named but no longer exists (the link needs its id).
 */
export type AuditSentence = {
  subject: string;
  verb: string;
  namesStory: boolean;
  storyHeadline?: string;
  rest: string;
  facts: string[];
};

/** Every action the newsroom records, by its human name, grouped for the filter. */
export const AUDIT_ACTION_GROUPS: { label: string; actions: Record<string, string> }[] = [
  {
    label: "Stories",
    actions: {
      "story.create": "Created a story",
      "story.update": "Saved a story",
      "story.autosave": "Saved a draft automatically",
      "story.submit": "Submitted for review",
      "story.approve": "Approved",
      "story.return": "Sent back to draft",
      "story.schedule": "Scheduled",
      "story.publish": "Published",
      "story.unpublish": "Unpublished",
      "story.archive": "Archived",
      "story.restore": "Restored",
      "story.delete": "Deleted for good",
      "story.amend": "Added a correction or update",
      "story.link": "Linked stories",
      "story.section_change": "Moved to another section",
      "story.tag_add": "Added a tag",
      "story.preview_link_create": "Shared a preview link",
      "story.preview_link_revoke": "Revoked a preview link",
    },
  },
  {
    label: "Site",
    actions: { "front_page.arrange": "Arranged the front page", "site_page.update": "Edited a site page" },
  },
  {
    label: "Sections and tags",
    actions: {
      "section.create": "Created a section",
      "section.update": "Edited a section",
      "section.move": "Reordered the sections",
      "section.archive": "Archived a section",
      "section.unarchive": "Unarchived a section",
      "tag.create": "Created a tag",
      "tag.update": "Edited a tag",
      "tag.merge": "Merged tags",
      "tag.delete": "Deleted a tag",
    },
  },
  {
    label: "Media and profiles",
    actions: {
      "media.update": "Edited an image's details",
      "media.delete": "Deleted an image",
      "author.profile_update": "Edited an author's profile",
    },
  },
  {
    label: "People",
    actions: {
      "user.create": "Created an account",
      "user.invite": "Made an invitation link",
      "user.invitation_accepted": "Accepted an invitation",
      "user.role_change": "Changed a role",
      "user.deactivate": "Deactivated an account",
      "user.reactivate": "Reactivated an account",
    },
  },
  {
    label: "Sign-in",
    actions: {
      "auth.sign_in": "Signed in",
      "auth.sign_in_failed": "Failed sign-in",
      "auth.password_change": "Changed a password",
      "auth.sign_out_everywhere": "Signed out everywhere",
    },
  },
];

export const AUDIT_ACTION_NAMES: Record<string, string> = Object.assign(
  {},
  ...AUDIT_ACTION_GROUPS.map((group) => group.actions),
);

const STATUS_WORDS: Record<string, string> = {
  draft: "draft",
  in_review: "in review",
  approved: "approved",
  scheduled: "scheduled",
  published: "published",
  archived: "archived",
};
const ROLE_WORDS: Record<string, string> = { admin: "Admin", editor: "Editor", writer: "Writer" };
const AMENDMENT_WORDS: Record<string, string> = {
  correction: "a correction",
  clarification: "a clarification",
  update: "an update",
};

const asObject = (value: unknown): Record<string, Json> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : {};
const text = (value: Json | undefined): string | undefined =>
  typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;
const list = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.map((item) => text(item)).filter((item): item is string => !!item) : [];
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "At /sections/world", when the details name the address. */
const at = (kind: "sections" | "tags", slug: Json | undefined): string[] =>
  typeof slug === "string" && slug ? [`At /${kind}/${slug}`] : [];

/** `machine_words` as "Machine words", for an action the newsroom has no sentence for. */
function humanise(action: string): string {
  const words = action.replace(/[._]+/g, " ").trim();
  return words.charAt(0).toLowerCase() + words.slice(1);
}

/** One entry as a sentence, with what else it recorded as readable facts. */
export function describeAuditEntry(entry: AuditEntryForSentence, timeZone: string): AuditSentence {
  const details = asObject(entry.details);
  const when = (key: string) => {
    const value = text(details[key]);
    return value && !Number.isNaN(Date.parse(value)) ? formatDateTime(value, timeZone) : undefined;
  };
  const who = entry.actor?.name ?? "Someone not signed in";
  const person = text(details.name) ?? text(details.email) ?? "someone";
  const email = text(details.email);
  const facts: string[] = [];
  const onStory = (verb: string, rest = "", extra: string[] = []): AuditSentence => ({
    subject: who,
    verb,
    namesStory: true,
    storyHeadline: entry.story ? undefined : (text(details.headline) ?? "a story since deleted"),
    rest,
    facts: [...extra, ...facts],
  });
  const plain = (verb: string, extra: string[] = [], subject = who): AuditSentence => ({
    subject,
    verb,
    namesStory: false,
    rest: "",
    facts: [...extra, ...facts],
  });
  const from = text(details.from);
  const to = text(details.to);
  if (from && to && STATUS_WORDS[from] && STATUS_WORDS[to])
    facts.push(`Was ${STATUS_WORDS[from]}, now ${STATUS_WORDS[to]}`);
  if (details.bulk === true) facts.push("One of several stories changed at once from the story list");
  if (text(details.ip)) facts.push(`From ${text(details.ip)}`);

  switch (entry.action) {
    case "story.create":
      return onStory("created");
    case "story.update":
      return onStory("saved");
    case "story.autosave":
      return onStory("saved", " automatically");
    case "story.submit":
      return onStory("submitted", " for review");
    case "story.approve":
      return onStory("approved");
    case "story.return":
      return onStory("sent", " back to draft with a note");
    case "story.schedule":
      return onStory("scheduled", when("publishAt") ? ` for ${when("publishAt")}` : "");
    case "story.publish":
      if (details.by === "scheduler") {
        return { ...onStory("published", ", at the time an editor had chosen"), subject: "The scheduler" };
      }
      return onStory("published");
    case "story.unpublish":
      return onStory("unpublished");
    case "story.archive":
      return onStory("archived");
    case "story.restore":
      if (details.restoredFrom !== undefined) {
        return onStory("restored", ` to revision ${text(details.restoredFrom) ?? "?"}`, [
          ...(text(details.version) ? [`Saved as revision ${text(details.version)}`] : []),
        ]);
      }
      return onStory("restored", " from the archive as a draft");
    case "story.delete":
      return { ...onStory("deleted", " for good"), storyHeadline: text(details.headline) ?? "a story" };
    case "story.amend":
      return onStory(`added ${AMENDMENT_WORDS[text(details.kind) ?? ""] ?? "an amendment"} to`);
    case "story.link": {
      const linked = list(details.linked);
      if (text(details.linkedBackTo))
        return onStory("linked", ` back to the story at /stories/${text(details.linkedBackTo)}`);
      return onStory(
        "set the related stories of",
        linked.length ? `: ${plural(linked.length, "link", "links")}` : ": no links",
        linked.length ? [`In order: ${linked.join(", ")}`] : [],
      );
    }
    case "story.section_change":
      return onStory(
        "moved",
        ` to ${text(details.toSection) ?? "no section"}`,
        text(details.fromSection) ? [`It was in ${text(details.fromSection)}`] : ["It had no section"],
      );
    case "story.tag_add":
      return onStory("tagged", text(details.tag) ? ` “${text(details.tag)}”` : " with a tag");
    case "story.preview_link_create":
      return onStory(
        "shared a preview of",
        when("expiresAt") ? `, by a link that works until ${when("expiresAt")}` : "",
      );
    case "story.preview_link_revoke":
      return onStory(
        "revoked a preview link of",
        when("expiresAt") ? ` that would have worked until ${when("expiresAt")}` : "",
      );
    case "front_page.arrange":
      return plain(
        "arranged the front page",
        text(details.lead) ? [`Lead story: /stories/${text(details.lead)}`] : [],
      );
    case "site_page.update":
      return plain(
        `edited the ${text(details.title) ?? text(details.page) ?? "site"} page`,
        text(details.page) ? [`At /${text(details.page)}`] : [],
      );
    case "section.create":
      return plain(`created the section ${text(details.name) ?? ""}`.trim(), at("sections", details.slug));
    case "section.update": {
      const renamed = text(details.fromName) && text(details.toName);
      return plain(
        renamed
          ? `renamed the section ${text(details.fromName)} to ${text(details.toName)}`
          : `edited the section ${text(details.name) ?? ""}`.trim(),
        [
          ...(text(details.fromSlug) && text(details.toSlug)
            ? [
                `Moved from /sections/${text(details.fromSlug)} to /sections/${text(details.toSlug)}, which the old address redirects to`,
              ]
            : []),
          ...(text(details.description) ? ["Changed its description"] : []),
        ],
      );
    }
    case "section.move":
      return plain(
        `moved the section ${text(details.name) ?? ""} ${text(details.direction) === "up" ? "up" : "down"} the navigation`,
        text(details.position) ? [`Now in place ${text(details.position)}`] : [],
      );
    case "section.archive":
      return plain(`archived the section ${text(details.name) ?? ""}`.trim(), [
        "It left the navigation; its page stays readable",
      ]);
    case "section.unarchive":
      return plain(`brought the section ${text(details.name) ?? ""} back into the navigation`);
    case "tag.create":
      return plain(`created the tag “${text(details.name) ?? "?"}”`, at("tags", details.slug));
    case "tag.update":
      return plain(
        text(details.fromName) !== text(details.toName)
          ? `renamed the tag “${text(details.fromName) ?? "?"}” to “${text(details.toName) ?? "?"}”`
          : `edited the tag “${text(details.toName) ?? "?"}”`,
        text(details.fromSlug) !== text(details.toSlug)
          ? [
              `Moved from /tags/${text(details.fromSlug)} to /tags/${text(details.toSlug)}, which the old address redirects to`,
            ]
          : [],
      );
    case "tag.merge":
      return plain(`merged the tag “${text(details.merged) ?? "?"}” into “${text(details.kept) ?? "?"}”`, [
        `${plural(Number(text(details.stories) ?? 0), "story", "stories")} had the merged tag`,
        ...(text(details.mergedSlug)
          ? [`/tags/${text(details.mergedSlug)} now redirects to /tags/${text(details.keptSlug)}`]
          : []),
      ]);
    case "tag.delete":
      return plain(`deleted the tag “${text(details.name) ?? "?"}”`, ["No story had it"]);
    case "media.update":
      return plain(
        `edited the details of the image ${text(details.fileName) ?? "from the library"}`,
        [
          ...(list(details.changed).length ? [`Changed: ${list(details.changed).join(", ")}`] : ["Nothing changed"]),
          ...(text(details.alt) ? [`Alt text: ${text(details.alt)}`] : []),
        ],
      );
    case "media.delete":
      return plain(`deleted the image ${text(details.fileName) ?? "from the library"}`, ["Its files were removed too"]);
    case "author.profile_update":
      return plain(
        details.own === true ? "edited their own author profile" : `edited the author profile of ${text(details.name) ?? "someone"}`,
        [
          ...(text(details.slug) ? [`At /authors/${text(details.slug)}`] : []),
          ...(list(details.changed).length ? [`Changed: ${list(details.changed).join(", ")}`] : ["Nothing changed"]),
        ],
      );
    case "user.create":
      return plain(
        `created an account for ${person}`,
        [
          email && email !== person ? email : undefined,
          text(details.role) ? `Role: ${ROLE_WORDS[text(details.role)!] ?? text(details.role)}` : undefined,
          text(details.access) === "temporary password"
            ? "Signs in with a temporary password, to be changed at first sign-in"
            : text(details.access) === "invitation"
              ? "Joins through an invitation link"
              : undefined,
        ].filter((fact): fact is string => !!fact),
      );
    case "user.invite":
      return plain(
        `made an invitation link for ${person}`,
        when("expiresAt") ? [`Works until ${when("expiresAt")}`] : [],
      );
    case "user.invitation_accepted":
      return plain("accepted their invitation and chose a password");
    case "user.role_change":
      return plain(
        `changed the role of ${person} from ${ROLE_WORDS[from ?? ""] ?? from ?? "?"} to ${ROLE_WORDS[to ?? ""] ?? to ?? "?"}`,
        ["Their sessions were ended"],
      );
    case "user.deactivate":
      return plain(`deactivated the account of ${person}`, ["Their sessions were ended"]);
    case "user.reactivate":
      return plain(`reactivated the account of ${person}`);
    case "auth.sign_in":
      return plain("signed in", text(details.via) === "invitation" ? ["Through an invitation link"] : []);
    case "auth.sign_in_failed":
      return entry.actor
        ? plain(`failed to sign in as ${entry.actor.name}`, [], "Someone")
        : plain(
            `failed to sign in as ${email ?? "an unknown address"}`,
            ["No account has this address"],
            "Someone",
          );
    case "auth.password_change":
      return plain("changed their password", ["Their other sessions were ended"]);
    case "auth.sign_out_everywhere":
      return plain("signed out everywhere");
    default: {
      // An action this module does not know yet: its code in words, and its details as they are.
      const rest = Object.entries(details)
        .filter(([key]) => !["from", "to", "ip", "bulk"].includes(key))
        .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
      return entry.story ? onStory(humanise(entry.action), "", rest) : plain(humanise(entry.action), rest);
    }
  }
}
