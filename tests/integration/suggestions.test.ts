/**
 * Related-story suggestions (lib/reader/suggestions.ts) against a small newsroom
 * written by hand, where we know which stories belong together: five
 * clusters (a Mexican port strike and Mexican trade, Hong Kong's election,
 * China and Taiwan, Cuba and Venezuela, European energy prices) and three
 * loners, published over four weeks in overlapping sections, with the kind of
 * incidental overlap real copy has (Washington, officials, "talks").
 */
import { beforeAll, describe, expect, test } from "vitest";
import { explainSuggestions, refreshSuggestions } from "@/lib/reader/suggestions";
import { RELATED_HEADLINES_LENGTH } from "@/lib/content/related-rule";
import { emptyDatabase, testDb } from "./database";

type Cluster = "mexico" | "hong-kong" | "taiwan" | "cuba-venezuela" | "energy" | null;

type HandStory = {
  key: string;
  cluster: Cluster;
  section: string;
  tags: string[];
  daysAgo: number;
  headline: string;
  dek: string;
  paragraphs: string[];
  status?: "draft" | "in_review" | "scheduled";
};

const sections: Record<string, string> = {
  americas: "Americas",
  "asia-pacific": "Asia-Pacific",
  europe: "Europe",
  business: "Business",
  world: "World",
  culture: "Culture",
  science: "Science",
  sport: "Sport",
};

const stories: HandStory[] = [
  // Mexico: the port strike and the trade it holds up.
  {
    key: "port-strike",
    cluster: "mexico",
    section: "americas",
    tags: ["Mexico", "Ports", "Labor"],
    daysAgo: 1,
    headline: "Dockworkers Strike Shuts Veracruz Port as Wage Talks Collapse",
    dek: "The walkout at Mexico's busiest Gulf port strands hundreds of containers and threatens car exports.",
    paragraphs: [
      "Cranes stood idle at the port of Veracruz on Tuesday after the dockworkers' union walked out, saying the terminal operators had refused to raise wages in line with inflation. Ships queued offshore and trucks backed up along the highway into the city.",
      "The union's leader, Ramón Ortega, said members would stay out until the companies returned to the table. The operators said the demands would make Veracruz more expensive than rival ports and accused the union of holding the economy hostage.",
      "Carmakers that ship through Veracruz warned that assembly lines in Puebla could slow within days if parts and finished vehicles could not move.",
    ],
  },
  {
    key: "manzanillo-backlog",
    cluster: "mexico",
    section: "americas",
    tags: ["Mexico", "Ports"],
    daysAgo: 2,
    headline: "Manzanillo Terminals Warn of Backlog as Dock Strike Threatens to Spread",
    dek: "Operators on the Pacific coast brace for diverted ships while dockworkers there weigh a sympathy walkout.",
    paragraphs: [
      "Terminal operators in Manzanillo, Mexico's largest container port, said they were receiving ships diverted from Veracruz and that yards were filling quickly. Dockworkers in Manzanillo are due to vote on Friday on whether to join the strike.",
      "Shipping lines have begun adding surcharges for cargo bound for Mexico, and freight forwarders said some importers were rerouting goods through Long Beach in California and trucking them south.",
      "A spokesman for the port authority said contingency plans were in place but that a strike at both coasts would leave few options.",
    ],
  },
  {
    key: "auto-exports",
    cluster: "mexico",
    section: "business",
    tags: ["Mexico", "Trade", "Automobiles"],
    daysAgo: 4,
    headline: "Mexico's Car Exports Slip as Port Disruption Snarls Shipments",
    dek: "Carmakers in Puebla and Guanajuato trim shifts while vehicles wait at the docks.",
    paragraphs: [
      "Mexico's vehicle exports fell sharply last month, industry figures showed, as the dock strike in Veracruz left thousands of finished cars waiting for ships. Plants in Puebla and Guanajuato cut overtime and cancelled weekend shifts.",
      "Economists at Banorte said the disruption could shave a tenth of a percentage point from growth if it lasted into next quarter, with car parts and finished vehicles making up a large share of what Mexico sells abroad.",
      "The industry association urged the government to mediate, warning that buyers in the United States and Canada would turn to other suppliers.",
    ],
  },
  {
    key: "steel-tariffs",
    cluster: "mexico",
    section: "business",
    tags: ["Mexico", "Trade", "USMCA"],
    daysAgo: 9,
    headline: "Mexico and U.S. Negotiators Extend Deadline on Steel Tariffs",
    dek: "Talks over quotas for Mexican steel will run another month as the USMCA review approaches.",
    paragraphs: [
      "Negotiators from Mexico and the United States agreed to extend by a month their deadline for a deal on tariffs on Mexican steel and aluminium, officials in Mexico City said, as both sides prepare for the review of the USMCA trade pact.",
      "Mexico's economy ministry said it wanted quotas that reflected the integration of North American supply chains, while Washington has pressed for tighter rules on steel that passes through Mexico from Asia.",
      "Exporters in Monterrey said the uncertainty was already delaying orders from carmakers that buy Mexican steel.",
    ],
  },
  {
    key: "sheinbaum-mediation",
    cluster: "mexico",
    section: "americas",
    tags: ["Mexico", "Labor", "Claudia Sheinbaum"],
    daysAgo: 0.5,
    headline: "Sheinbaum Offers to Mediate Between Dockworkers and Terminal Operators",
    dek: "The president says the labor ministry will host talks in Mexico City to end the strike at Veracruz.",
    paragraphs: [
      "President Claudia Sheinbaum said on Wednesday that her government would mediate between the dockworkers' union and the terminal operators at Veracruz, inviting both sides to talks at the labor ministry in Mexico City.",
      "Sheinbaum said the port was too important to the economy to stay closed, but added that the workers' demand for higher wages was legitimate. The union's leader, Ramón Ortega, said he would attend.",
      "Manzanillo dockworkers postponed their vote on a sympathy strike to give the talks a chance.",
    ],
  },

  // Hong Kong's election.
  {
    key: "hk-turnout",
    cluster: "hong-kong",
    section: "asia-pacific",
    tags: ["Hong Kong", "Elections"],
    daysAgo: 3,
    headline: "Hong Kong Legislative Election Draws Record-Low Turnout",
    dek: "Fewer than a third of registered voters cast ballots in the second poll under rules that admit only vetted candidates.",
    paragraphs: [
      "Turnout in Hong Kong's Legislative Council election fell to a record low on Sunday, with fewer than a third of registered voters casting ballots, the electoral office said. Officials had run a months-long campaign urging residents to vote.",
      "It was the second election held under rules introduced after the 2019 protests, which require every candidate to be vetted as a patriot. The pro-democracy camp that once won most of the popular vote fielded no candidates.",
      "Chief Executive John Lee said the result reflected a legislature that would work with the government rather than obstruct it.",
    ],
  },
  {
    key: "hk-vetting",
    cluster: "hong-kong",
    section: "asia-pacific",
    tags: ["Hong Kong", "Elections", "China"],
    daysAgo: 12,
    headline: "Hong Kong Committee Approves Candidates Under Patriots-Only Rules",
    dek: "The vetting body cleared every hopeful it reviewed, leaving voters a choice among Beijing loyalists.",
    paragraphs: [
      "A committee charged with vetting candidates for Hong Kong's Legislative Council election cleared all of the hopefuls who applied, the government said, confirming that the poll would be contested only among figures loyal to Beijing.",
      "The candidate eligibility review committee, created under electoral changes that Beijing imposed in 2021, does not give reasons for its decisions. Critics in Hong Kong said the process had emptied the election of competition.",
      "Supporters said the rules had restored order after the unrest of 2019.",
    ],
  },
  {
    key: "hk-john-lee",
    cluster: "hong-kong",
    section: "asia-pacific",
    tags: ["Hong Kong", "John Lee", "Housing"],
    daysAgo: 2,
    headline: "John Lee Promises Housing Push After Hong Kong Vote",
    dek: "The chief executive says a cooperative legislature will speed up public flats for families in cramped subdivided units.",
    paragraphs: [
      "Hong Kong's chief executive, John Lee, said on Monday that the newly elected Legislative Council would help his government accelerate the building of public housing, his signature pledge since taking office.",
      "Lee said more than 200,000 residents still lived in subdivided flats and that the waiting time for public housing had to fall. Opposition figures now abroad said the low turnout in Sunday's election showed the legislature lacked a mandate.",
    ],
  },
  {
    key: "hk-boycott",
    cluster: "hong-kong",
    section: "world",
    tags: ["Hong Kong", "Elections", "Activism"],
    daysAgo: 5,
    headline: "Hong Kong Activists Abroad Urge Residents to Skip the Vote",
    dek: "Exiled campaigners in London and Toronto call for a blank-ballot protest, which Hong Kong law now makes an offence to incite.",
    paragraphs: [
      "Hong Kong activists living in London and Toronto urged residents of the city to stay home during Sunday's Legislative Council election or to cast blank ballots, calling the vote a sham.",
      "Under Hong Kong law, inciting others not to vote or to spoil their ballots is an offence, and police have issued arrest warrants with bounties for several of the exiled activists. John Lee's government said the calls were an attempt to sabotage the election.",
    ],
  },

  // China and Taiwan.
  {
    key: "taiwan-drills",
    cluster: "taiwan",
    section: "asia-pacific",
    tags: ["Taiwan", "China", "Defense"],
    daysAgo: 6,
    headline: "China Stages Military Drills Around Taiwan After Lai Speech",
    dek: "Warships and bombers encircle the island a day after its president said Taiwan and China were not subordinate to each other.",
    paragraphs: [
      "China's military launched large-scale drills around Taiwan on Thursday, sending warships and bombers to encircle the island a day after President Lai Ching-te said in a speech that Taiwan and the People's Republic were not subordinate to each other.",
      "The Eastern Theater Command said the exercises were a stern warning to separatist forces. Taiwan's defense ministry said it had tracked more than 40 aircraft and a dozen naval vessels and had put its forces on alert.",
      "In Taipei, officials called the drills an attempt to intimidate Taiwan's 23 million people.",
    ],
  },
  {
    key: "taiwan-jets",
    cluster: "taiwan",
    section: "asia-pacific",
    tags: ["Taiwan", "Defense"],
    daysAgo: 5,
    headline: "Taiwan Scrambles Jets as Chinese Warships Linger Near Its Coast",
    dek: "Taipei says the vessels stayed in the Taiwan Strait after Beijing declared its exercises over.",
    paragraphs: [
      "Taiwan scrambled fighter jets and deployed missile systems on Friday as Chinese warships remained near its coast, a day after Beijing said its military drills around the island had ended.",
      "Taiwan's defense ministry said 14 Chinese naval vessels were still operating in the Taiwan Strait. President Lai Ching-te met his security team in Taipei and urged Beijing to show restraint.",
    ],
  },
  {
    key: "taiwan-budget",
    cluster: "taiwan",
    section: "asia-pacific",
    tags: ["Taiwan", "Defense", "Budgets"],
    daysAgo: 15,
    headline: "Taiwan Raises Defense Spending to Record as Pressure From Beijing Grows",
    dek: "Lai Ching-te's cabinet proposes a budget that would lift military outlays above three percent of output.",
    paragraphs: [
      "Taiwan's cabinet proposed a record defense budget on Thursday that would lift military spending above three percent of economic output, as President Lai Ching-te seeks to counter growing pressure from Beijing.",
      "The plan includes money for drones, coastal missile systems and longer conscription. The opposition Kuomintang, which controls the legislature in Taipei, said it would scrutinise the spending line by line.",
    ],
  },
  {
    key: "taiwan-arms",
    cluster: "taiwan",
    section: "world",
    tags: ["Taiwan", "China", "Arms Sales"],
    daysAgo: 8,
    headline: "U.S. Approves Arms Sale to Taiwan, Drawing Beijing's Anger",
    dek: "The package of missiles and radar upgrades is the largest since Lai Ching-te took office.",
    paragraphs: [
      "The State Department approved the sale of missiles and radar upgrades to Taiwan worth about $2 billion, the largest package since Lai Ching-te became president, officials in Washington said.",
      "China's foreign ministry said the sale interfered in China's internal affairs and vowed to take firm countermeasures. Taiwan's defense ministry in Taipei thanked Washington and said the weapons would strengthen its ability to deter an attack.",
    ],
  },

  // Cuba and Venezuela.
  {
    key: "oil-doctors",
    cluster: "cuba-venezuela",
    section: "americas",
    tags: ["Cuba", "Venezuela", "Oil"],
    daysAgo: 10,
    headline: "Cuba and Venezuela Renew Oil-for-Doctors Accord in Havana",
    dek: "The two governments extend an exchange that has kept Cuban clinics running in Venezuela for two decades.",
    paragraphs: [
      "Cuba and Venezuela renewed on Monday an agreement under which Venezuelan oil is shipped to Cuba in exchange for the services of thousands of Cuban doctors and nurses, officials said at a ceremony in Havana.",
      "The accord, first signed by Fidel Castro and Hugo Chávez, has shrunk as Venezuela's oil output has fallen. Cuba's president, Miguel Díaz-Canel, said the alliance with Caracas remained unbreakable.",
    ],
  },
  {
    key: "maduro-havana",
    cluster: "cuba-venezuela",
    section: "americas",
    tags: ["Cuba", "Venezuela", "Nicolás Maduro", "Diplomacy"],
    daysAgo: 7,
    headline: "Maduro Visits Havana as Sanctions Squeeze Both Governments",
    dek: "Venezuela's president and his Cuban counterpart pledge to deepen ties in the face of pressure from Washington.",
    paragraphs: [
      "Venezuelan President Nicolás Maduro arrived in Havana on Saturday for talks with Miguel Díaz-Canel, his first visit to Cuba in more than a year, as both governments struggle under U.S. sanctions.",
      "Maduro and Díaz-Canel signed agreements on food production and tourism and denounced what they called Washington's economic war. Analysts said the visit was meant to show that Caracas still had allies in the region.",
    ],
  },
  {
    key: "tankers-blackouts",
    cluster: "cuba-venezuela",
    section: "americas",
    tags: ["Cuba", "Venezuela", "Oil", "Energy"],
    daysAgo: 3,
    headline: "Venezuelan Tankers Resume Deliveries to Cuba Amid Island-Wide Blackouts",
    dek: "Fuel shipments from Venezuela restart as Cuba's power plants run short and outages last most of the day.",
    paragraphs: [
      "Two tankers carrying Venezuelan crude docked in Cuba this week, shipping data showed, the first deliveries in a month as the island struggles with blackouts lasting up to 20 hours a day.",
      "Cuba relies on oil from Venezuela to run its ageing power plants. The state oil company in Caracas did not comment, and officials in Havana said the supply would ease the outages within days.",
    ],
  },
  {
    key: "cuba-un",
    cluster: "cuba-venezuela",
    section: "world",
    tags: ["Cuba", "Venezuela", "Diplomacy", "United Nations"],
    daysAgo: 14,
    headline: "Cuban Foreign Minister Defends Ties With Caracas at the United Nations",
    dek: "Bruno Rodríguez tells the General Assembly that pressure on Venezuela is an attack on the whole region.",
    paragraphs: [
      "Cuba's foreign minister, Bruno Rodríguez, told the United Nations General Assembly on Tuesday that Havana would stand by the government of Nicolás Maduro and called U.S. sanctions on Venezuela collective punishment.",
      "Rodríguez said the military build-up by Washington in the Caribbean threatened the peace of Latin America. Diplomats from Caracas applauded from the floor.",
    ],
  },

  // European energy prices.
  {
    key: "gas-prices",
    cluster: "energy",
    section: "europe",
    tags: ["Energy", "Natural Gas", "European Union"],
    daysAgo: 4,
    headline: "European Gas Prices Jump as Norwegian Outage Drags On",
    dek: "Benchmark futures climb for a fourth day as repairs at a North Sea processing plant take longer than planned.",
    paragraphs: [
      "European natural gas prices rose for a fourth day on Wednesday after Norway's pipeline operator said repairs at a North Sea processing plant would take another week, cutting supplies to Germany and Britain.",
      "The Dutch TTF benchmark, the reference for gas prices in Europe, climbed to its highest level since the spring. Traders said storage sites across the European Union were fuller than a year ago but that a cold winter could quickly drain them.",
    ],
  },
  {
    key: "germany-price-cap",
    cluster: "energy",
    section: "europe",
    tags: ["Energy", "Germany", "Electricity"],
    daysAgo: 11,
    headline: "Germany Extends Cap on Electricity Prices for Industry",
    dek: "Berlin keeps subsidised power for chemical makers and steelworks for two more years to stem an exodus of factories.",
    paragraphs: [
      "Germany's government agreed to extend for two years a cap on electricity prices for energy-hungry industries, officials in Berlin said, in an effort to stop chemical makers and steelworks from moving production abroad.",
      "Industry groups said electricity in Germany still cost far more than in the United States or China. Economists warned that the subsidy would cost billions of euros and blunt the incentive to save energy.",
    ],
  },
  {
    key: "eu-joint-purchasing",
    cluster: "energy",
    section: "business",
    tags: ["Energy", "Natural Gas", "European Union"],
    daysAgo: 6,
    headline: "EU Energy Ministers Split Over Joint Gas Purchasing",
    dek: "Ministers meeting in Brussels disagree over whether to make the bloc's common buying scheme compulsory.",
    paragraphs: [
      "European Union energy ministers meeting in Brussels failed to agree on Tuesday whether to make joint purchasing of natural gas compulsory, with Germany and the Netherlands opposing a plan backed by Italy and Spain.",
      "Supporters said buying together would give the European Union more bargaining power with suppliers such as Norway and Qatar after this month's jump in gas prices. Opponents said the market worked better without quotas.",
    ],
  },
  {
    key: "france-bills",
    cluster: "energy",
    section: "europe",
    tags: ["Energy", "France", "Electricity"],
    daysAgo: 2,
    headline: "French Households Brace for Higher Electricity Bills in February",
    dek: "The regulated tariff will rise as the government winds down an energy tax shield introduced during the price crisis.",
    paragraphs: [
      "French households will pay more for electricity from February after the energy regulator proposed raising the regulated tariff, the government in Paris said, as it winds down support introduced when energy prices soared.",
      "Consumer groups said the rise would hit families already squeezed by the cost of living. The energy ministry said bills would remain below those in Germany and Italy.",
    ],
  },

  // Loners: nothing else here is about them.
  {
    key: "lisbon-manuscripts",
    cluster: null,
    section: "culture",
    tags: ["Museums", "Portugal"],
    daysAgo: 3,
    headline: "Lisbon Museum Returns Looted Manuscripts to Ethiopian Church",
    dek: "Illuminated Ge'ez texts taken in the nineteenth century go home after a decade of talks.",
    paragraphs: [
      "A museum in Lisbon handed back four illuminated manuscripts to the Ethiopian Orthodox Church on Thursday, ending a decade of negotiations over texts that were carried off from a monastery in the nineteenth century.",
      "The museum's director said provenance research had shown the manuscripts were looted. Church leaders in Addis Ababa said they would be displayed in a new library near the monastery where they were made.",
    ],
  },
  {
    key: "chicago-marathon",
    cluster: null,
    section: "sport",
    tags: ["Athletics", "Marathons"],
    daysAgo: 5,
    headline: "Kenyan Runner Breaks Course Record at Chicago Marathon",
    dek: "A negative split over the final ten kilometres carries the 24-year-old under two hours and three minutes.",
    paragraphs: [
      "A 24-year-old Kenyan runner broke the course record at the Chicago Marathon on Sunday, pulling away from the leading pack at the 30-kilometre mark and finishing in under two hours and three minutes.",
      "Cool weather and a flat course helped, the winner said, adding that he had trained at altitude in Iten for four months. The women's race was won by an Ethiopian runner in her debut over the distance.",
    ],
  },
  {
    key: "coral-reef",
    cluster: null,
    section: "science",
    tags: ["Oceans", "Coral Reefs"],
    daysAgo: 9,
    headline: "Scientists Map a Deep-Sea Coral Reef Hidden Off Western Australia",
    dek: "Underwater robots find a living reef more than 600 metres down, untouched by the bleaching that damages shallow corals.",
    paragraphs: [
      "Marine scientists using underwater robots have mapped a deep-sea coral reef more than 600 metres below the surface off Western Australia, a survey team reported on Monday.",
      "The reef, built by cold-water corals that need no sunlight, appears untouched by the bleaching that has damaged shallow reefs in recent summers. The team plans to return next year to study the fish and sponges that live on it.",
    ],
  },

  // Stories readers cannot see: never suggested, whatever they share.
  {
    key: "draft-port",
    cluster: "mexico",
    section: "americas",
    tags: ["Mexico", "Ports", "Labor"],
    daysAgo: 1,
    status: "draft",
    headline: "Draft: Veracruz Dockworkers Vote on Operators' Wage Offer",
    dek: "Union members at Mexico's Gulf port weigh an offer to end the strike at Veracruz.",
    paragraphs: [
      "Dockworkers in Veracruz will vote on a wage offer from the terminal operators, the union's leader, Ramón Ortega, said.",
    ],
  },
  {
    key: "review-hk",
    cluster: "hong-kong",
    section: "asia-pacific",
    tags: ["Hong Kong", "Elections"],
    daysAgo: 1,
    status: "in_review",
    headline: "Hong Kong's New Legislators Sworn In",
    dek: "Members elected in Sunday's low-turnout Hong Kong vote take their oaths.",
    paragraphs: ["Hong Kong's newly elected Legislative Council members were sworn in before John Lee."],
  },
  {
    key: "scheduled-cuba",
    cluster: "cuba-venezuela",
    section: "americas",
    tags: ["Cuba", "Venezuela", "Oil"],
    daysAgo: -2,
    status: "scheduled",
    headline: "Cuba and Venezuela to Open Joint Refinery Talks in Cienfuegos",
    dek: "Havana and Caracas plan to restart the Cienfuegos refinery with Venezuelan crude.",
    paragraphs: [
      "Cuba and Venezuela will discuss restarting the refinery at Cienfuegos, officials in Havana and Caracas said.",
    ],
  },
];

const DAY = 86_400_000;
const ids = new Map<string, string>();
const keyOf = new Map<string, string>();
const byKey = new Map(stories.map((story) => [story.key, story]));
const visible = stories.filter((story) => !story.status);

async function loadStories() {
  await emptyDatabase();
  const sectionIds = new Map<string, string>();
  for (const [slug, name] of Object.entries(sections)) {
    sectionIds.set(slug, (await testDb.section.create({ data: { slug, name } })).id);
  }
  const tagIds = new Map<string, string>();
  for (const name of new Set(stories.flatMap((story) => story.tags))) {
    const slug = name
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z0-9]+/g, "-");
    tagIds.set(name, (await testDb.tag.create({ data: { slug, name } })).id);
  }
  const now = Date.now();
  for (const story of stories) {
    const bodyText = story.paragraphs.join("\n\n");
    const created = await testDb.story.create({
      data: {
        slug: story.key,
        headline: story.headline,
        dek: story.dek,
        body: {
          type: "doc",
          content: story.paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
        },
        bodyHtml: story.paragraphs.map((text) => `<p>${text}</p>`).join(""),
        bodyText,
        status: story.status ?? "published",
        publishedAt:
          story.status === "draft" || story.status === "in_review"
            ? null
            : new Date(now - story.daysAgo * DAY),
        sectionId: sectionIds.get(story.section)!,
        tags: { create: story.tags.map((name) => ({ tagId: tagIds.get(name)! })) },
      },
      select: { id: true },
    });
    ids.set(story.key, created.id);
    keyOf.set(created.id, story.key);
  }
  // As the scheduler and publishing would: every visible story's suggestions stored.
  await testDb.$transaction((tx) => refreshSuggestions(tx, [...ids.values()]));
}

/** The stored suggestions a reader would see under a story: visible now, the first eight. */
async function storedSuggestions(key: string): Promise<string[]> {
  const rows = await testDb.storySuggestion.findMany({
    where: {
      storyId: ids.get(key)!,
      suggested: { status: { in: ["published", "scheduled"] }, publishedAt: { lte: new Date() } },
    },
    orderBy: { rank: "asc" },
    take: RELATED_HEADLINES_LENGTH,
    select: { suggestedId: true },
  });
  return rows.map((row) => keyOf.get(row.suggestedId)!);
}

const explain = (key: string, exclude: string[] = []) =>
  explainSuggestions(testDb, ids.get(key)!, {
    exclude: exclude.map((other) => ids.get(other)!),
    limit: RELATED_HEADLINES_LENGTH,
  });

beforeAll(loadStories);

describe("related-story suggestions on a hand-written newsroom", () => {
  test("the port strike is suggested Mexican stories only: no Hong Kong, no Taiwan", async () => {
    const suggested = await storedSuggestions("port-strike");
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.map((key) => byKey.get(key)!.cluster)).toEqual(suggested.map(() => "mexico"));
    expect(suggested).toContain("sheinbaum-mediation");
    expect(suggested).toContain("manzanillo-backlog");
  });

  test("a story with nothing in common with the rest gets no suggestions: fewer beat unrelated", async () => {
    for (const loner of ["lisbon-manuscripts", "chicago-marathon", "coral-reef"]) {
      expect(await storedSuggestions(loner), loner).toEqual([]);
      expect(await explain(loner), loner).toEqual([]);
    }
  });

  test("drafts, stories in review or not yet live, and the story itself never appear", async () => {
    const hidden = new Set(["draft-port", "review-hk", "scheduled-cuba"]);
    for (const story of visible) {
      const stored = await storedSuggestions(story.key);
      const explained = (await explain(story.key)).map((item) => keyOf.get(item.id)!);
      for (const key of [...stored, ...explained]) {
        expect(hidden.has(key), `${key} under ${story.key}`).toBe(false);
        expect(key).not.toBe(story.key);
      }
      expect(new Set(explained).size).toBe(explained.length);
    }
    // Stored rows may name a scheduled story (the page checks at reading time), never a draft or one in review.
    const storedHidden = await testDb.storySuggestion.count({
      where: { suggestedId: { in: [ids.get("draft-port")!, ids.get("review-hk")!] } },
    });
    expect(storedHidden).toBe(0);
  });

  test("every suggestion shares something a reader would recognise, and says what", async () => {
    const sharing = /^(Shares the tags? |Names |Shares the words? )/;
    for (const story of visible) {
      for (const suggestion of await explain(story.key)) {
        expect(suggestion.reasons.length).toBeGreaterThan(0);
        expect(suggestion.reasons[0], `${suggestion.slug} under ${story.key}`).toMatch(sharing);
      }
    }
  });

  test("the reasons name the shared tags first, then names, section and time", async () => {
    const suggestions = await explain("maduro-havana");
    const accord = suggestions.find((item) => item.slug === "oil-doctors");
    expect(accord).toBeDefined();
    expect(accord!.sectionName).toBe("Americas");
    expect(accord!.reasons[0]).toBe("Shares the tags Cuba and Venezuela");
    expect(accord!.reasons).toContain("Same section");
    expect(accord!.reasons.at(-1)).toBe("Published 3 days apart");
    const un = suggestions.find((item) => item.slug === "cuba-un");
    expect(un?.reasons[0]).toMatch(/^Shares the tags (Cuba|Venezuela|Diplomacy), /);
    expect(
      un?.reasons.some((reason) => reason.startsWith("Names ") && reason.includes("Nicolás Maduro")),
    ).toBe(true);
  });

  test("the link editor's list is the stored ranking, less the stories excluded", async () => {
    for (const key of ["port-strike", "hk-turnout", "gas-prices", "tankers-blackouts"]) {
      const stored = await storedSuggestions(key);
      expect((await explain(key)).map((item) => item.slug)).toEqual(stored);
      const [first, ...rest] = stored;
      if (first) expect((await explain(key, [first])).map((item) => item.slug)).toEqual(rest);
    }
  });

  test("agreement with the hand-made clusters", async () => {
    let suggested = 0;
    let right = 0;
    let available = 0;
    let found = 0;
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const story of visible) {
      const list = await storedSuggestions(story.key);
      const mates = visible.filter(
        (other) => other.key !== story.key && story.cluster && other.cluster === story.cluster,
      );
      suggested += list.length;
      const good = list.filter((key) => story.cluster && byKey.get(key)!.cluster === story.cluster);
      right += good.length;
      wrong.push(...list.filter((key) => !good.includes(key)).map((key) => `${story.key} -> ${key}`));
      available += Math.min(mates.length, RELATED_HEADLINES_LENGTH);
      found += good.length;
      if (list.length < RELATED_HEADLINES_LENGTH) {
        missed.push(
          ...mates.filter((mate) => !list.includes(mate.key)).map((mate) => `${story.key} -> ${mate.key}`),
        );
      }
    }
    const precision = right / suggested;
    const recall = found / available;
    console.log(
      `Suggestions against the hand-made clusters: precision ${precision.toFixed(3)} (${right} of ${suggested} suggested ` +
        `belong with their story), recall ${recall.toFixed(3)} (${found} of ${available} that belong were suggested)` +
        (wrong.length ? `; outside the cluster: ${wrong.join(", ")}` : "") +
        (missed.length ? `; missed: ${missed.join(", ")}` : ""),
    );
    // Measured 0.914 and 0.941 when written. Outside the cluster: loose links through a broad tag
    // (Energy, China) with a shared name or word. Missed: the steel tariffs and the port strike,
    // which share only the tag Mexico.
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
