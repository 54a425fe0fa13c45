/**
 * The audit log in words: each entry as a sentence ("Ana Ruiz published
 * 'Harbour deal'"), its details as readable facts, and the human name of
 * every action for the log's filter. No database: the page hands it rows.
 */
import { formatDateTime } from "@/lib/platform/format";
import type { AuditAction } from "@/lib/people/audit";

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
const GROUPS = [
  {
    label: "Stories",
    actions: {
      "story.create": "Created a story",
      "story.update": "Saved a story",
      "story.autosave": "Saved a draft automatically",
      "story.submit": "Submitted for review",
      "story.withdraw": "Withdrew from review",
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
] satisfies { label: string; actions: Partial<Record<AuditAction, string>> }[];

type Named<T> = T extends { actions: infer A } ? keyof A : never;
// A recorded action missing from the groups above fails here, so the filter offers every one.
type Unnamed = Exclude<AuditAction, Named<(typeof GROUPS)[number]>>;
const everyActionNamed: [Unnamed] extends [never] ? true : Unnamed = true;
void everyActionNamed;

/** Every action the newsroom records, by its human name, grouped for the filter. */
export const AUDIT_ACTION_GROUPS: { label: string; actions: Partial<Record<AuditAction, string>> }[] = GROUPS;

export const AUDIT_ACTION_NAMES: Record<AuditAction, string> = Object.assign(
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

/** What every sentence is built from: the entry's details read safely, and the two sentence shapes. */
type Reading = {
  entry: AuditEntryForSentence;
  details: Record<string, Json>;
  who: string;
  /** The account an entry about people concerns: its name, else its email. */
  person: string;
  email: string | undefined;
  from: string | undefined;
  to: string | undefined;
  /** A time in the details, in the newsroom's time zone. */
  when: (key: string) => string | undefined;
  /** `${who} ${verb} “story”${rest}`. */
  onStory: (verb: string, rest?: string, extra?: string[]) => AuditSentence;
  /** `${subject} ${verb}`, naming no story. */
  plain: (verb: string, extra?: string[], subject?: string) => AuditSentence;
};

function read(entry: AuditEntryForSentence, timeZone: string): Reading {
  const details = asObject(entry.details);
  const who = entry.actor?.name ?? "Someone not signed in";
  const from = text(details.from);
  const to = text(details.to);
  const facts: string[] = [];
  if (from && to && STATUS_WORDS[from] && STATUS_WORDS[to])
    facts.push(`Was ${STATUS_WORDS[from]}, now ${STATUS_WORDS[to]}`);
  if (details.bulk === true) facts.push("One of several stories changed at once from the story list");
  if (text(details.ip)) facts.push(`From ${text(details.ip)}`);
  return {
    entry,
    details,
    who,
    person: text(details.name) ?? text(details.email) ?? "someone",
    email: text(details.email),
    from,
    to,
    when: (key) => {
      const value = text(details[key]);
      return value && !Number.isNaN(Date.parse(value)) ? formatDateTime(value, timeZone) : undefined;
    },
    onStory: (verb, rest = "", extra = []) => ({
      subject: who,
      verb,
      namesStory: true,
      storyHeadline: entry.story ? undefined : (text(details.headline) ?? "a story since deleted"),
      rest,
      facts: [...extra, ...facts],
    }),
    plain: (verb, extra = [], subject = who) => ({
      subject,
      verb,
      namesStory: false,
      rest: "",
      facts: [...extra, ...facts],
    }),
  };
}

type Describe = (reading: Reading) => AuditSentence;

const STORY_SENTENCES = {
  "story.create": ({ onStory }) => onStory("created"),
  "story.update": ({ onStory }) => onStory("saved"),
  "story.autosave": ({ onStory }) => onStory("saved", " automatically"),
  "story.submit": ({ onStory }) => onStory("submitted", " for review"),
  "story.withdraw": ({ onStory }) => onStory("withdrew", " from review"),
  "story.approve": ({ onStory }) => onStory("approved"),
  "story.return": ({ onStory }) => onStory("sent", " back to draft with a note"),
  "story.schedule": ({ onStory, when }) =>
    onStory("scheduled", when("publishAt") ? ` for ${when("publishAt")}` : ""),
  "story.publish": ({ onStory, details }) =>
    details.by === "scheduler"
      ? { ...onStory("published", ", at the time an editor had chosen"), subject: "The scheduler" }
      : onStory("published"),
  "story.unpublish": ({ onStory }) => onStory("unpublished"),
  "story.archive": ({ onStory }) => onStory("archived"),
  "story.restore": ({ onStory, details }) =>
    details.restoredFrom !== undefined
      ? onStory("restored", ` to revision ${text(details.restoredFrom) ?? "?"}`, [
          ...(text(details.version) ? [`Saved as revision ${text(details.version)}`] : []),
        ])
      : onStory("restored", " from the archive as a draft"),
  "story.delete": ({ onStory, details }) => ({
    ...onStory("deleted", " for good"),
    storyHeadline: text(details.headline) ?? "a story",
  }),
  "story.amend": ({ onStory, details }) =>
    onStory(`added ${AMENDMENT_WORDS[text(details.kind) ?? ""] ?? "an amendment"} to`),
  "story.link": ({ onStory, details }) => {
    const linked = list(details.linked);
    if (text(details.linkedBackTo))
      return onStory("linked", ` back to the story at /stories/${text(details.linkedBackTo)}`);
    return onStory(
      "set the related stories of",
      linked.length ? `: ${plural(linked.length, "link", "links")}` : ": no links",
      linked.length ? [`In order: ${linked.join(", ")}`] : [],
    );
  },
  "story.section_change": ({ onStory, details }) =>
    onStory(
      "moved",
      ` to ${text(details.toSection) ?? "no section"}`,
      text(details.fromSection) ? [`It was in ${text(details.fromSection)}`] : ["It had no section"],
    ),
  "story.tag_add": ({ onStory, details }) =>
    onStory("tagged", text(details.tag) ? ` “${text(details.tag)}”` : " with a tag"),
  "story.preview_link_create": ({ onStory, when }) =>
    onStory(
      "shared a preview of",
      when("expiresAt") ? `, by a link that works until ${when("expiresAt")}` : "",
    ),
  "story.preview_link_revoke": ({ onStory, when }) =>
    onStory(
      "revoked a preview link of",
      when("expiresAt") ? ` that would have worked until ${when("expiresAt")}` : "",
    ),
} satisfies Record<Extract<AuditAction, `story.${string}`>, Describe>;

const SITE_SENTENCES = {
  "front_page.arrange": ({ plain, details }) =>
    plain(
      "arranged the front page",
      text(details.lead) ? [`Lead story: /stories/${text(details.lead)}`] : [],
    ),
  "site_page.update": ({ plain, details }) =>
    plain(
      `edited the ${text(details.title) ?? text(details.page) ?? "site"} page`,
      text(details.page) ? [`At /${text(details.page)}`] : [],
    ),
  "media.update": ({ plain, details }) =>
    plain(`edited the details of the image ${text(details.fileName) ?? "from the library"}`, [
      ...(list(details.changed).length
        ? [`Changed: ${list(details.changed).join(", ")}`]
        : ["Nothing changed"]),
      ...(text(details.alt) ? [`Alt text: ${text(details.alt)}`] : []),
    ]),
  "media.delete": ({ plain, details }) =>
    plain(`deleted the image ${text(details.fileName) ?? "from the library"}`, [
      "Its files were removed too",
    ]),
  "author.profile_update": ({ plain, details }) =>
    plain(
      details.own === true
        ? "edited their own author profile"
        : `edited the author profile of ${text(details.name) ?? "someone"}`,
      [
        ...(text(details.slug) ? [`At /authors/${text(details.slug)}`] : []),
        ...(list(details.changed).length
          ? [`Changed: ${list(details.changed).join(", ")}`]
          : ["Nothing changed"]),
      ],
    ),
} satisfies Record<
  Extract<AuditAction, `${"front_page" | "site_page" | "media" | "author"}.${string}`>,
  Describe
>;

const TAXONOMY_SENTENCES = {
  "section.create": ({ plain, details }) =>
    plain(`created the section ${text(details.name) ?? ""}`.trim(), at("sections", details.slug)),
  "section.update": ({ plain, details }) => {
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
  },
  "section.move": ({ plain, details }) =>
    plain(
      `moved the section ${text(details.name) ?? ""} ${text(details.direction) === "up" ? "up" : "down"} the navigation`,
      text(details.position) ? [`Now in place ${text(details.position)}`] : [],
    ),
  "section.archive": ({ plain, details }) =>
    plain(`archived the section ${text(details.name) ?? ""}`.trim(), [
      "It left the navigation; its page stays readable",
    ]),
  "section.unarchive": ({ plain, details }) =>
    plain(`brought the section ${text(details.name) ?? ""} back into the navigation`),
  "tag.create": ({ plain, details }) =>
    plain(`created the tag “${text(details.name) ?? "?"}”`, at("tags", details.slug)),
  "tag.update": ({ plain, details }) =>
    plain(
      text(details.fromName) !== text(details.toName)
        ? `renamed the tag “${text(details.fromName) ?? "?"}” to “${text(details.toName) ?? "?"}”`
        : `edited the tag “${text(details.toName) ?? "?"}”`,
      text(details.fromSlug) !== text(details.toSlug)
        ? [
            `Moved from /tags/${text(details.fromSlug)} to /tags/${text(details.toSlug)}, which the old address redirects to`,
          ]
        : [],
    ),
  "tag.merge": ({ plain, details }) =>
    plain(`merged the tag “${text(details.merged) ?? "?"}” into “${text(details.kept) ?? "?"}”`, [
      `${plural(Number(text(details.stories) ?? 0), "story", "stories")} had the merged tag`,
      ...(text(details.mergedSlug)
        ? [`/tags/${text(details.mergedSlug)} now redirects to /tags/${text(details.keptSlug)}`]
        : []),
    ]),
  "tag.delete": ({ plain, details }) =>
    plain(`deleted the tag “${text(details.name) ?? "?"}”`, ["No story had it"]),
} satisfies Record<Extract<AuditAction, `${"section" | "tag"}.${string}`>, Describe>;

const PEOPLE_SENTENCES = {
  "user.create": ({ plain, details, person, email }) =>
    plain(
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
    ),
  "user.invite": ({ plain, person, when }) =>
    plain(
      `made an invitation link for ${person}`,
      when("expiresAt") ? [`Works until ${when("expiresAt")}`] : [],
    ),
  "user.invitation_accepted": ({ plain }) => plain("accepted their invitation and chose a password"),
  "user.role_change": ({ plain, person, from, to }) =>
    plain(
      `changed the role of ${person} from ${ROLE_WORDS[from ?? ""] ?? from ?? "?"} to ${ROLE_WORDS[to ?? ""] ?? to ?? "?"}`,
      ["Their sessions were ended"],
    ),
  "user.deactivate": ({ plain, person }) =>
    plain(`deactivated the account of ${person}`, ["Their sessions were ended"]),
  "user.reactivate": ({ plain, person }) => plain(`reactivated the account of ${person}`),
  "auth.sign_in": ({ plain, details }) =>
    plain("signed in", text(details.via) === "invitation" ? ["Through an invitation link"] : []),
  "auth.sign_in_failed": ({ plain, entry, email }) =>
    entry.actor
      ? plain(`failed to sign in as ${entry.actor.name}`, [], "Someone")
      : plain(
          `failed to sign in as ${email ?? "an unknown address"}`,
          ["No account has this address"],
          "Someone",
        ),
  "auth.password_change": ({ plain }) => plain("changed their password", ["Their other sessions were ended"]),
  "auth.sign_out_everywhere": ({ plain }) => plain("signed out everywhere"),
} satisfies Record<Extract<AuditAction, `${"user" | "auth"}.${string}`>, Describe>;

/** A sentence for every action recorded: one missing is a type error here. */
const SENTENCES: Record<AuditAction, Describe> = {
  ...STORY_SENTENCES,
  ...SITE_SENTENCES,
  ...TAXONOMY_SENTENCES,
  ...PEOPLE_SENTENCES,
};

const isKnownAction = (action: string): action is AuditAction => Object.hasOwn(SENTENCES, action);

/** An action this module does not know yet: its code in words, and its details as they are. */
function describeUnknown({ entry, details, onStory, plain }: Reading): AuditSentence {
  const rest = Object.entries(details)
    .filter(([key]) => !["from", "to", "ip", "bulk"].includes(key))
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
  return entry.story ? onStory(humanise(entry.action), "", rest) : plain(humanise(entry.action), rest);
}

/** One entry as a sentence, with what else it recorded as readable facts. */
export function describeAuditEntry(entry: AuditEntryForSentence, timeZone: string): AuditSentence {
  const reading = read(entry, timeZone);
  return isKnownAction(entry.action) ? SENTENCES[entry.action](reading) : describeUnknown(reading);
}
