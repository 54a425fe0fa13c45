/**
 * Loads the demo content into an empty database: sections, authors, the lead
 * story and the seventeen stories its related headlines link to (several with
 * a locator map as their hero image, drawn here: prisma/demo-images.ts), and
 * one staff account. Running it again changes nothing.
 *
 * Run through `npm run db:seed` (or `npm start`, which seeds an empty
 * database), with DATABASE_URL set.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/people/passwords";
import { bodyToText, renderBodyHtml, type BodyDocument } from "../lib/content/story-body";
import { refreshSuggestions } from "../lib/reader/suggestions";
import { slugify } from "../lib/validation/story";
import { demoAuthors, demoSections, leadStory, relatedStories, type DemoStory } from "./demo-content";
import { storeLocatorMap, type StoredMap } from "./demo-images";

export type DemoAccount = { name: string; email: string; password: string };

function bodyFrom(paragraphs: string[]): BodyDocument {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

/** Creates the staff account unless someone has an account already. */
async function seedAccount(client: PrismaClient, account: DemoAccount): Promise<boolean> {
  if ((await client.user.count()) > 0) return false;
  const userId = randomUUID();
  await client.user.create({
    data: {
      id: userId,
      name: account.name,
      email: account.email.toLowerCase(),
      emailVerified: true,
      // The only account of a fresh install: it must be able to invite everyone else.
      role: "admin",
      accounts: {
        create: {
          id: randomUUID(),
          accountId: userId,
          providerId: "credential",
          password: await hashPassword(account.password),
        },
      },
      author: { create: { name: account.name, slug: slugify(account.name) } },
    },
  });
  return true;
}

/** Where the app keeps images: MEDIA_ROOT, or its default (lib/platform/env.ts). */
const mediaRoot = () => path.resolve(process.env.MEDIA_ROOT || ".data/media");

/** The demo stories' maps, drawn and stored as files (before the transaction: drawing takes seconds). */
async function storeDemoMaps(root: string): Promise<Map<string, StoredMap>> {
  const maps = new Map<string, StoredMap>();
  for (const story of [leadStory, ...relatedStories]) {
    if (story.hero) maps.set(story.slug, await storeLocatorMap(root, story.hero.map, `map-${story.slug.slice(0, 60)}`));
  }
  return maps;
}

async function seedStories(tx: Prisma.TransactionClient, now: Date, maps: Map<string, StoredMap>) {
  const sectionIds = new Map<string, string>();
  for (const section of demoSections) {
    const { id } = await tx.section.upsert({ where: { slug: section.slug }, update: {}, create: section, select: { id: true } });
    sectionIds.set(section.slug, id);
  }
  const authorIds = new Map<string, string>();
  for (const author of demoAuthors) {
    const { id } = await tx.author.upsert({ where: { slug: author.slug }, update: {}, create: author, select: { id: true } });
    authorIds.set(author.slug, id);
  }

  const createStory = async (story: DemoStory) => {
    const body = bodyFrom(story.paragraphs);
    const map = maps.get(story.slug);
    const hero =
      story.hero && map
        ? await tx.media.create({
            data: { ...map, alt: story.hero.alt, credit: story.hero.credit },
            select: { id: true },
          })
        : null;
    const tagIds: string[] = [];
    for (const name of story.tags) {
      const slug = slugify(name);
      const tag = await tx.tag.upsert({ where: { slug }, update: {}, create: { slug, name }, select: { id: true } });
      tagIds.push(tag.id);
    }
    const created = await tx.story.create({
      data: {
        slug: story.slug,
        headline: story.headline,
        dek: story.dek,
        body: body as unknown as Prisma.InputJsonValue,
        bodyHtml: renderBodyHtml(body),
        bodyText: bodyToText(body),
        status: "published",
        publishedAt: new Date(now.getTime() - story.hoursAgo * 3_600_000),
        sectionId: sectionIds.get(story.section),
        ...(hero && story.hero
          ? {
              heroImageId: hero.id,
              heroImageAlt: story.hero.alt,
              heroImageCaption: story.hero.caption,
              heroImageCredit: story.hero.credit,
            }
          : {}),
        authors: {
          create: story.authors.map((slug, position) => ({ authorId: authorIds.get(slug)!, position })),
        },
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
      },
      select: { id: true },
    });
    return created.id;
  };

  const relatedIds: string[] = [];
  for (const story of relatedStories) relatedIds.push(await createStory(story));
  const leadId = await createStory(leadStory);
  await tx.storyLink.createMany({
    data: relatedIds.map((toStoryId, position) => ({ fromStoryId: leadId, toStoryId, position })),
  });
  await tx.frontPageSlot.create({ data: { position: 0, storyId: leadId } });
  // As publishing each would: the related headlines after the editors' links.
  await refreshSuggestions(tx, [...relatedIds, leadId]);

  // So the corrections page has something to show: one of each public kind,
  // on the third and fourth related stories (published 8 and 12 hours ago).
  const [pentagonStoryId, cubaStoryId] = [relatedIds[2], relatedIds[3]];
  if (pentagonStoryId && cubaStoryId) {
    await tx.storyAmendment.createMany({
      data: [
        {
          storyId: pentagonStoryId,
          kind: "correction",
          text: "An earlier version of this story said the review was requested by the Senate Armed Services Committee. It was an internal review begun by the Pentagon itself.",
          createdAt: new Date(now.getTime() - 2 * 3_600_000),
        },
        {
          storyId: cubaStoryId,
          kind: "clarification",
          text: "This story has been updated to make clear that Cuba's statement did not announce any new cooperation agreement with the United States.",
          createdAt: new Date(now.getTime() - 4 * 3_600_000),
        },
      ],
    });
  }
}

/** Seeds an empty database; returns what it created. */
export async function seedDemoContent(client: PrismaClient, account: DemoAccount, now = new Date()) {
  const accountCreated = await seedAccount(client, account);
  const hasStories = (await client.story.count()) > 0;
  if (!hasStories) {
    const maps = await storeDemoMaps(mediaRoot());
    await client.$transaction((tx) => seedStories(tx, now, maps), { timeout: 60_000 });
  }
  return { accountCreated, storiesCreated: !hasStories };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the seed through `npm run db:seed`.");
  const password = process.env.DEMO_EDITOR_PASSWORD;
  if (!password) throw new Error("DEMO_EDITOR_PASSWORD is not set: run the seed through `npm run db:seed`.");
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const account = {
      name: process.env.DEMO_EDITOR_NAME ?? "Demo Editor",
      email: process.env.DEMO_EDITOR_EMAIL ?? "editor@newsroom.test",
      password,
    };
    const result = await seedDemoContent(client, account);
    console.log(
      result.storiesCreated ? "Demo content loaded." : "The database already has stories: demo content left out.",
    );
    if (result.accountCreated) console.log(`Demo account created: ${account.email}`);
  } finally {
    await client.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
