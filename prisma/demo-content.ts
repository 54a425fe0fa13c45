/** Demo content loaded into an empty database by the seed. Written for this project. */
import type { LocatorMap } from "./demo-images";

export type DemoSection = { slug: string; name: string; description: string; position: number };
export type DemoAuthor = { slug: string; name: string; roleTitle: string; bio: string };
export type DemoStory = {
  slug: string; // kebab-case, unique, derived from headline, <= 80 chars
  headline: string;
  dek: string; // one-sentence standfirst, your own words
  section: string; // a DemoSection slug
  authors: string[]; // DemoAuthor slugs, in byline order (1 or 2)
  tags: string[]; // 2-4 tag names, e.g. "Venezuela", "Immigration"
  paragraphs: string[]; // body, 3-5 paragraphs of your own prose, 40-90 words each
  hoursAgo: number; // how long before seeding it was published (lead story: 1)
  hero?: DemoHero; // a locator map drawn by the seed (prisma/demo-images.ts)
};

/** A story's hero image: a map made for this project, and the words readers get with it. */
export type DemoHero = { map: LocatorMap; alt: string; caption: string; credit: string };

const MAP_CREDIT = "Map: Newsroom, from Natural Earth data";

export const demoSections: DemoSection[] = [
  {
    slug: "americas",
    name: "Americas",
    description:
      "News and analysis from Latin America, the Caribbean and Canada, including politics, security, trade and migration.",
    position: 0,
  },
  {
    slug: "us",
    name: "U.S.",
    description:
      "Coverage of U.S. politics, the federal government, the courts, immigration, public health and national security.",
    position: 1,
  },
  {
    slug: "asia-pacific",
    name: "Asia-Pacific",
    description:
      "Reporting from China, Taiwan, Hong Kong, Japan, Australia and the wider Indo-Pacific region.",
    position: 2,
  },
  {
    slug: "europe",
    name: "Europe",
    description:
      "Developments across Europe, from the war in Ukraine and relations with Russia to security and diplomacy on the continent.",
    position: 3,
  },
  {
    slug: "world",
    name: "World",
    description:
      "International affairs, global diplomacy and stories that cross borders and regions.",
    position: 4,
  },
];

export const demoAuthors: DemoAuthor[] = [
  {
    slug: "elena-marquez-ruiz",
    name: "Elena Marquez Ruiz",
    roleTitle: "Latin America correspondent",
    bio: "Latin America correspondent covering Venezuela, Cuba and the Caribbean. Previously reported from Bogota and Mexico City.",
  },
  {
    slug: "daniel-okonkwo-hale",
    name: "Daniel Okonkwo-Hale",
    roleTitle: "Washington correspondent",
    bio: "Washington correspondent focused on national security, the Pentagon and U.S. foreign policy.",
  },
  {
    slug: "priya-venkataraman",
    name: "Priya Venkataraman",
    roleTitle: "Asia-Pacific editor",
    bio: "Asia-Pacific editor writing about China, Taiwan, Hong Kong and regional security from the desk's Singapore bureau.",
  },
  {
    slug: "tomas-lindgren-bauer",
    name: "Tomas Lindgren-Bauer",
    roleTitle: "Europe correspondent",
    bio: "Europe correspondent covering the war in Ukraine, NATO and European diplomacy.",
  },
  {
    slug: "grace-whitmore-alvarez",
    name: "Grace Whitmore Alvarez",
    roleTitle: "National reporter",
    bio: "National reporter covering immigration, the Justice Department and domestic policy across the United States.",
  },
  {
    slug: "samuel-achterberg",
    name: "Samuel Achterberg",
    roleTitle: "Health and science reporter",
    bio: "Health and science reporter tracking federal public health policy, vaccines and the agencies that regulate them.",
  },
];

export const leadStory: DemoStory = {
  slug: "cuban-officials-quietly-reach-out-to-us-over-venezuelas-future-sources-say",
  headline: "Cuban Officials Quietly Reach Out to U.S. Over Venezuela's Future, Sources Say",
  dek: "Private contacts from within Havana's government contrast with Cuba's public condemnation of the U.S. military build-up near Venezuela.",
  section: "americas",
  authors: ["elena-marquez-ruiz", "daniel-okonkwo-hale"],
  tags: ["Cuba", "Venezuela", "Nicolás Maduro", "U.S. Foreign Policy"],
  paragraphs: [
    "People within Cuba's government have made quiet contact with U.S. officials to discuss how the region might look if Venezuelan President Nicolás Maduro were no longer in power, two people with knowledge of the exchanges said. The sources, who asked not to be named because of the sensitivity of the matter, would not say which side started the conversations or who took part, but said that discussions had occurred.",
    "The reported contacts stand in contrast to Havana's public stance. In a statement issued on Nov. 25, Foreign Minister Bruno Rodríguez accused Washington of seeking to topple Maduro's government by force and described the expanding U.S. military presence in the Caribbean as a threat to the region. He pointed to the arrival of the Gerald Ford carrier strike group, along with other warships, a nuclear-powered submarine and F-35 fighter jets.",
    "Rodríguez said any attempt to remove the Venezuelan leader by force would breach international law and the Charter of the United Nations, and warned that such a step would carry serious risks for Latin America and the Caribbean. Cuba has long been one of the closest allies of the government in Caracas, and the two countries have relied on each other politically and economically for years.",
    "The outreach follows earlier reporting by Reuters that Maduro spoke privately by phone with President Donald Trump. During that call, according to people cited in the report, the Venezuelan leader indicated he could be prepared to leave office in exchange for a full legal amnesty. He was also said to have asked for relief from U.S. sanctions and for a prominent International Criminal Court case to be dropped.",
    "Washington has steadily increased pressure on Caracas in recent months, targeting what it describes as drug-smuggling operations, naming the Cartel de los Soles a foreign terrorist group and signaling more than once that military action remained an option. Analysts say the back-channel contacts and Maduro's reported conditions underline how unsettled Venezuela's political future has become, and how quickly alignments in the region could shift.",
  ],
  hoursAgo: 1,
  hero: {
    map: {
      area: [
        [-87, 6.5],
        [-59, 27.5],
      ],
      highlight: ["Cuba", "Venezuela"],
      places: [
        { name: "Havana", at: [-82.38, 23.13], side: "above", capital: true },
        { name: "Caracas", at: [-66.9, 10.5], side: "above", capital: true },
        { name: "Miami", at: [-80.19, 25.77], side: "right" },
      ],
      labels: [
        { text: "Cuba", at: [-78.6, 21.0], kind: "highlight" },
        { text: "Venezuela", at: [-65.6, 7.6], kind: "highlight" },
        { text: "Caribbean Sea", at: [-74.5, 14.8], kind: "water" },
        { text: "Colombia", at: [-74.2, 8.0], kind: "country" },
        { text: "United States", at: [-81.3, 27.6], kind: "country" },
        { text: "Atlantic Ocean", at: [-66.5, 24.5], kind: "water" },
      ],
      globe: "bottom-left",
    },
    alt: "Locator map of the Caribbean with Cuba and Venezuela highlighted and their capitals, Havana and Caracas, marked; Florida lies just north of Cuba.",
    caption: "Cuba and Venezuela lie on opposite sides of the Caribbean, where the U.S. military has built up its presence.",
    credit: MAP_CREDIT,
  },
};

/** The 17 headlines under the lead story on the reference page, in that order. */
export const relatedStories: DemoStory[] = [
  {
    slug: "us-justice-department-orders-probe-into-antifa-and-domestic-extremist-groups",
    headline:
      "U.S. Justice Department Orders Intensified Probe Into Antifa and Domestic Extremist Groups",
    dek: "Federal prosecutors and investigators have been told to give higher priority to cases involving politically motivated violence.",
    section: "us",
    authors: ["grace-whitmore-alvarez"],
    tags: ["Justice Department", "Extremism", "Law Enforcement"],
    paragraphs: [
      "The U.S. Justice Department has directed federal prosecutors and investigators to step up their scrutiny of antifa-linked activity and other domestic extremist groups, according to officials familiar with the instruction. The move broadens an existing focus on politically motivated violence and asks field offices across the country to give such cases higher priority.",
      "Officials said the directive calls for closer coordination between federal agencies and local police, including the sharing of intelligence on groups suspected of organizing violence or property damage. Prosecutors were also encouraged to consider whether existing federal laws could be applied more aggressively in relevant cases.",
      "Civil liberties groups have questioned how the department will define the targets of the effort, noting that antifa is a loose movement rather than a formal organization. Supporters of the approach argue that clearer federal priorities are needed to deter attacks on public officials, law enforcement officers and government property.",
    ],
    hoursAgo: 3,
  },
  {
    slug: "california-launches-portal-to-report-misconduct-by-federal-immigration-agents",
    headline:
      "California Launches Portal for Reporting Alleged Misconduct by Federal Immigration Agents",
    dek: "State officials say the online system will collect complaints about encounters with federal personnel during enforcement operations.",
    section: "us",
    authors: ["grace-whitmore-alvarez"],
    tags: ["Immigration", "California", "Civil Rights"],
    paragraphs: [
      "California has opened an online portal where residents can report alleged misconduct by federal immigration agents operating in the state, state officials said. The system is intended to gather complaints, photographs and other information about encounters with federal personnel during immigration enforcement operations.",
      "Officials said submissions would be reviewed by state authorities, who may refer cases for further investigation or share information with local agencies where appropriate. The state also plans to use the data to track patterns in enforcement activity and to help inform residents about their legal rights.",
      "The launch comes amid continuing friction between California's leadership and the federal government over immigration raids in several cities. Federal officials have defended the operations as lawful and necessary, and critics of the portal argue it could interfere with agents carrying out their duties.",
    ],
    hoursAgo: 5,
  },
  {
    slug: "pentagon-probe-finds-hegseths-signal-use-risked-exposing-yemen-strike-details",
    headline:
      "Pentagon Probe Finds Hegseth’s Use of Signal Risked Exposing Sensitive Yemen Strike Details",
    dek: "An internal review examined how the defense secretary used a commercial messaging app to discuss planned military strikes.",
    section: "us",
    authors: ["daniel-okonkwo-hale"],
    tags: ["Pentagon", "Pete Hegseth", "Yemen", "National Security"],
    paragraphs: [
      "An internal Pentagon review has concluded that Defense Secretary Pete Hegseth's use of the commercial messaging app Signal to discuss planned military strikes in Yemen created a risk that sensitive operational details could be exposed, according to people familiar with the findings.",
      "The review examined messages shared in a group chat earlier this year that included senior administration officials and, by mistake, a journalist. Investigators looked at the nature of the information discussed and at whether the use of an unapproved platform complied with department rules on handling sensitive material.",
      "Hegseth and his aides have maintained that no classified war plans were disclosed in the chat. Lawmakers from both parties have nonetheless called for tighter rules governing the use of personal devices and commercial apps by senior officials when discussing military operations.",
    ],
    hoursAgo: 8,
  },
  {
    slug: "cuba-reaffirms-anti-drug-cooperation-as-tensions-rise-in-the-caribbean",
    headline: "Cuba Reaffirms Anti-Drug Cooperation as Tensions Rise in the Caribbean",
    dek: "Havana restated its willingness to work with other countries against drug trafficking as a U.S. military build-up unsettles the region.",
    section: "americas",
    authors: ["elena-marquez-ruiz"],
    tags: ["Cuba", "Drug Trafficking", "Caribbean"],
    paragraphs: [
      "Cuba's government has restated its willingness to cooperate with other countries, including the United States, in combating drug trafficking, according to an official statement, as a growing U.S. military presence in the Caribbean heightens tensions across the region. The statement did not refer to any specific new agreement with Washington.",
      "Havana has for years highlighted its record of intercepting drug shipments near its coastline and has in the past exchanged information with U.S. agencies on specific cases. The statement presented that record as evidence that the island is not a route for narcotics bound for North America.",
      "The message came as Washington presses a campaign against what it calls narco-trafficking networks tied to Venezuela's government, a campaign that has included strikes on vessels at sea. Cuban officials have criticized the military deployment, describing it as a pretext for increasing pressure on Caracas.",
    ],
    hoursAgo: 12,
    hero: {
      map: {
        area: [
          [-86.5, 18.5],
          [-72.5, 27.5],
        ],
        highlight: ["Cuba"],
        places: [
          { name: "Havana", at: [-82.38, 23.13], side: "above", capital: true },
          { name: "Miami", at: [-80.19, 25.77], side: "right" },
          { name: "Key West", at: [-81.78, 24.56], side: "left" },
        ],
        labels: [
          { text: "Cuba", at: [-79.4, 22.3], kind: "highlight" },
          { text: "Florida", at: [-81.4, 27.2], kind: "country" },
          { text: "Bahamas", at: [-76.2, 25.1], kind: "country" },
          { text: "Florida Straits", at: [-81.6, 23.95], kind: "water" },
          { text: "Caribbean Sea", at: [-80.0, 19.6], kind: "water" },
          { text: "Gulf of Mexico", at: [-85.0, 25.3], kind: "water" },
        ],
        globe: "bottom-right",
      },
      alt: "Locator map of Cuba, highlighted, with Havana marked less than 200 kilometres across the Florida Straits from Key West; Miami and the Bahamas lie to the north and east.",
      caption: "Havana sits across the Florida Straits from the southern tip of the United States.",
      credit: MAP_CREDIT,
    },
  },
  {
    slug: "new-orleans-immigration-crackdown-sparks-fear-as-federal-arrests-intensify",
    headline: "New Orleans Immigration Crackdown Sparks Fear as Federal Arrests Intensify",
    dek: "Advocates report a sharp rise in detentions as a federal enforcement operation spreads across the city.",
    section: "us",
    authors: ["grace-whitmore-alvarez"],
    tags: ["Immigration", "New Orleans", "Louisiana"],
    paragraphs: [
      "A federal immigration enforcement operation in New Orleans has unsettled immigrant communities across the city, with residents and advocates reporting a sharp increase in arrests in recent days. Some neighborhoods have seen agents conducting stops near workplaces and along busy commercial streets.",
      "Community groups said some families had kept children home from school and avoided jobs, churches and stores out of fear of being detained. Local advocates have set up hotlines and legal clinics to help people understand their rights and to locate relatives taken into custody.",
      "Federal officials have said the operation targets people who are in the country illegally, with an emphasis on those with criminal records. City leaders have raised concerns about the effect on public trust and on the local economy, which depends heavily on immigrant workers in construction and hospitality.",
    ],
    hoursAgo: 18,
  },
  {
    slug: "maduro-confirms-respectful-call-with-trump-signals-openness-to-dialogue",
    headline:
      "Maduro Confirms “Respectful” Call With Trump, Signals Openness to Diplomatic Dialogue",
    dek: "The Venezuelan leader acknowledged the conversation but offered few details about what the two presidents discussed.",
    section: "americas",
    authors: ["elena-marquez-ruiz"],
    tags: ["Venezuela", "Nicolás Maduro", "Diplomacy"],
    paragraphs: [
      "Venezuelan President Nicolás Maduro has acknowledged that he spoke by phone with U.S. President Donald Trump, characterizing the exchange as cordial and saying his government remains open to dialogue with Washington despite months of mounting pressure. It was the first time he had publicly addressed the call.",
      "In public remarks, Maduro offered few details about the substance of the conversation and did not say who had requested it. He said Venezuela favored diplomacy over confrontation, while also insisting that the country would defend its sovereignty against any outside threat.",
      "The acknowledgment follows reports that the two leaders discussed conditions under which Maduro might leave power, which Caracas has not confirmed. The White House has offered limited comment on the call, while the United States continues to maintain a large naval and air presence in the Caribbean.",
    ],
    hoursAgo: 22,
  },
  {
    slug: "trump-meets-mexico-and-canada-leaders-after-world-cup-draw-amid-usmca-tensions",
    headline:
      "Trump Meets Mexico and Canada Leaders After 2026 World Cup Draw Amid USMCA Tensions",
    dek: "The three co-hosts of next year's tournament met as a review of their regional trade pact approaches.",
    section: "americas",
    authors: ["daniel-okonkwo-hale", "elena-marquez-ruiz"],
    tags: ["Trade", "USMCA", "World Cup", "Mexico"],
    paragraphs: [
      "President Donald Trump met with Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney in Washington following the draw for the 2026 FIFA World Cup, which the three countries will host jointly next year. The gathering brought the North American leaders together at a time of strained economic relations.",
      "The meeting came as the three governments prepare for a scheduled review of the United States-Mexico-Canada Agreement, the trade pact that governs much of North American commerce. Washington has imposed tariffs on a range of goods from both neighbors, and officials in Mexico City and Ottawa have sought to shield their industries ahead of the review.",
      "Officials released few specifics about the talks, which were described as brief. Trade analysts said the tournament offered a rare moment of shared purpose among the three governments, even as disputes over autos, steel, agriculture and other sectors remain unresolved and the outcome of the trade review is far from certain.",
    ],
    hoursAgo: 28,
    hero: {
      map: {
        area: [
          [-128, 14],
          [-62, 60],
        ],
        highlight: ["United States of America", "Mexico", "Canada"],
        places: [
          { name: "Washington", at: [-77.04, 38.9], side: "right", capital: true },
          { name: "Ottawa", at: [-75.7, 45.42], side: "above", capital: true },
          { name: "Mexico City", at: [-99.13, 19.43], side: "right", capital: true },
        ],
        labels: [
          { text: "Canada", at: [-102, 56], kind: "highlight" },
          { text: "United States", at: [-98, 39.5], kind: "highlight" },
          { text: "Mexico", at: [-104.5, 25], kind: "highlight" },
          { text: "Pacific Ocean", at: [-124, 30], kind: "water" },
          { text: "Atlantic Ocean", at: [-66, 33], kind: "water" },
        ],
        globe: "bottom-left",
      },
      alt: "Locator map of North America with Canada, the United States and Mexico highlighted and their capitals, Ottawa, Washington and Mexico City, marked.",
      caption: "Canada, the United States and Mexico, partners in the USMCA trade pact, will host the 2026 World Cup together.",
      credit: MAP_CREDIT,
    },
  },
  {
    slug: "us-russia-talks-leave-ukraine-peace-efforts-uncertain",
    headline: "U.S.-Russia Talks Leave Ukraine Peace Efforts Uncertain",
    dek: "Negotiators ended their latest round without a clear breakthrough on a framework to end the war.",
    section: "europe",
    authors: ["tomas-lindgren-bauer"],
    tags: ["Ukraine", "Russia", "Diplomacy"],
    paragraphs: [
      "Talks between U.S. and Russian officials on ending the war in Ukraine concluded without a clear breakthrough, leaving the future of a proposed peace framework in doubt, according to people briefed on the discussions. No date has been set for a further round of talks.",
      "U.S. envoys have been working to narrow differences over a draft plan covering territory, security guarantees and sanctions. Officials on both sides described the meeting as useful but acknowledged that significant disagreements remain, particularly over the status of areas in eastern Ukraine held by Russian forces.",
      "Ukrainian leaders have said any agreement must respect the country's sovereignty and be negotiated with Kyiv at the table. European governments have urged Washington to coordinate closely with them, warning that a hasty settlement could leave Ukraine exposed to future attacks.",
    ],
    hoursAgo: 34,
    hero: {
      map: {
        area: [
          [21, 43],
          [42, 57],
        ],
        highlight: ["Ukraine"],
        places: [
          { name: "Kyiv", at: [30.52, 50.45], side: "above", capital: true },
          { name: "Moscow", at: [37.62, 55.75], side: "below", capital: true },
          { name: "Warsaw", at: [21.01, 52.23], side: "right", capital: true },
        ],
        labels: [
          { text: "Ukraine", at: [31.8, 48.6], kind: "highlight" },
          { text: "Russia", at: [39.5, 52.6], kind: "country" },
          { text: "Belarus", at: [27.9, 53.5], kind: "country" },
          { text: "Poland", at: [22.4, 51.3], kind: "country" },
          { text: "Romania", at: [24.8, 45.9], kind: "country" },
          { text: "Black Sea", at: [34.0, 43.6], kind: "water" },
        ],
        globe: "bottom-right",
      },
      alt: "Locator map of Ukraine, highlighted, between Poland, Belarus and Russia, with Kyiv, Moscow and Warsaw marked and the Black Sea to the south.",
      caption: "Ukraine and its neighbours. Russian forces hold areas in the east and south of the country.",
      credit: MAP_CREDIT,
    },
  },
  {
    slug: "trump-backs-review-of-us-childhood-vaccine-schedule-after-hepatitis-b-change",
    headline:
      "Trump Backs Review of U.S. Childhood Vaccine Schedule After Hepatitis B Policy Change",
    dek: "The president's support for a wider review follows a federal advisory panel's shift on vaccinating newborns against hepatitis B.",
    section: "us",
    authors: ["samuel-achterberg"],
    tags: ["Health", "Vaccines", "Hepatitis B"],
    paragraphs: [
      "President Donald Trump has voiced support for a broad review of the childhood vaccine schedule in the United States, following a decision by a federal advisory panel to change its recommendation on when infants should receive the hepatitis B vaccine.",
      "The panel's move ended a long-standing recommendation that all newborns receive a first dose shortly after birth, leaving the decision to parents and doctors in cases where the mother tests negative for the virus. Administration officials said the broader review would examine the timing and number of shots given to young children.",
      "Medical organizations and many pediatricians criticized the change, saying the birth dose has sharply reduced infections in children over several decades. Supporters argued that families should have more flexibility. States and insurers are now assessing how the shift could affect their own policies and coverage.",
    ],
    hoursAgo: 40,
  },
  {
    slug: "drones-spotted-near-zelenskiys-flight-path-in-ireland-trigger-security-alert",
    headline: "Drones Spotted Near Zelenskiy’s Flight Path in Ireland Trigger Security Alert",
    dek: "Irish authorities are examining reports of unidentified drones as the Ukrainian president arrived for an official visit.",
    section: "europe",
    authors: ["tomas-lindgren-bauer"],
    tags: ["Ireland", "Ukraine", "Drones", "Security"],
    paragraphs: [
      "Irish authorities are investigating reports that several drones were seen near the flight path of the aircraft carrying Ukrainian President Volodymyr Zelenskiy as he arrived in Ireland for an official visit, prompting a security alert. Police and defense forces were involved in the response.",
      "Officials said the aircraft landed safely and the visit went ahead as planned. It was not immediately clear who was operating the drones or whether they posed a direct threat, and security services were reviewing radar data and witness accounts.",
      "The incident adds to concern across Europe about unidentified drone flights near airports, military bases and other sensitive sites in recent months. Several governments have linked some of that activity to hybrid threats from Russia, an accusation Moscow has rejected.",
    ],
    hoursAgo: 46,
    hero: {
      map: {
        area: [
          [-11, 51],
          [-4.5, 55.8],
        ],
        highlight: ["Ireland"],
        places: [
          { name: "Dublin", at: [-6.26, 53.35], side: "right", capital: true },
          { name: "Belfast", at: [-5.93, 54.6], side: "right" },
          { name: "Cork", at: [-8.47, 51.9], side: "below" },
        ],
        labels: [
          { text: "Ireland", at: [-8.1, 53.1], kind: "highlight" },
          { text: "United Kingdom", at: [-1.9, 52.25], kind: "country" },
          { text: "Irish Sea", at: [-5.1, 53.6], kind: "water" },
          { text: "Atlantic Ocean", at: [-11.6, 54.0], kind: "water" },
        ],
        globe: "top-left",
      },
      alt: "Locator map of the island of Ireland with the Republic of Ireland highlighted and Dublin marked on the Irish Sea coast; Belfast, in Northern Ireland, and Cork are also shown.",
      caption: "Zelenskiy's aircraft was landing at Dublin when the drones were reported.",
      credit: MAP_CREDIT,
    },
  },
  {
    slug: "trump-administration-tightens-h-1b-visa-vetting-with-new-focus-on-free-speech",
    headline:
      "Trump Administration Tightens H-1B Visa Vetting With New Focus on Free Speech and Censorship",
    dek: "Consular officers have been told to scrutinize whether skilled-worker applicants took part in what the administration calls censorship.",
    section: "us",
    authors: ["grace-whitmore-alvarez", "daniel-okonkwo-hale"],
    tags: ["Immigration", "H-1B", "Free Speech"],
    paragraphs: [
      "The Trump administration has instructed consular officers to apply tougher screening to applicants for H-1B skilled-worker visas, including a review of whether they have taken part in activities the administration regards as censorship of free speech, according to officials familiar with the guidance.",
      "The new vetting focuses on applicants who have worked in areas such as content moderation, fact-checking or online safety, officials said. Consular staff may refuse visas to people found to have been responsible for, or complicit in, suppressing protected speech.",
      "Technology companies, which rely heavily on the H-1B program to hire foreign engineers, are assessing the impact of the change. Critics say the criteria are vague and could be applied unevenly, while administration officials argue they are needed to protect Americans' right to free expression.",
    ],
    hoursAgo: 52,
  },
  {
    slug: "trumps-new-us-strategy-seeks-to-deter-china-and-protect-taiwan",
    headline: "Trump’s New U.S. Strategy Seeks to Deter China and Protect Taiwan",
    dek: "A newly released national security strategy calls for stronger deterrence in the Indo-Pacific and stability in the Taiwan Strait.",
    section: "asia-pacific",
    authors: ["daniel-okonkwo-hale", "priya-venkataraman"],
    tags: ["China", "Taiwan", "National Security"],
    paragraphs: [
      "A new U.S. national security strategy released by the Trump administration calls for strengthening deterrence against China and preserving the military balance in the Taiwan Strait, according to the published document. The strategy sets out the administration's priorities for defense, diplomacy and trade over the coming years.",
      "The strategy emphasizes building up U.S. and allied military capabilities in the Indo-Pacific and urges partners in the region to raise their own defense spending. It also treats economic competition with Beijing, including supply chains and advanced technology, as a central element of American security.",
      "Beijing has consistently objected to U.S. support for Taiwan, which it claims as its own territory. Analysts said the document signals broad continuity in Washington's approach to the island, though much will depend on how the strategy is funded and put into practice.",
    ],
    hoursAgo: 58,
  },
  {
    slug: "hong-kong-low-turnout-in-patriots-only-election-amid-grief-after-deadly-fire",
    headline:
      "Hong Kong Faces Low Turnout in “Patriots-Only” Election Amid Public Grief After Deadly Fire",
    dek: "The city's second legislative vote under Beijing-backed rules took place weeks after a deadly blaze at a housing estate.",
    section: "asia-pacific",
    authors: ["priya-venkataraman"],
    tags: ["Hong Kong", "China", "Elections"],
    paragraphs: [
      "Voter turnout in Hong Kong's Legislative Council election remained low, according to official figures, as the city held its second vote under electoral rules that require candidates to be vetted as patriots loyal to Beijing. Polling stations were noticeably quieter than in elections held before the rules were overhauled.",
      "The election took place only weeks after a fire at a residential complex in the Tai Po district killed more than 100 people, leaving many residents grieving and angry about building safety. Some campaign events were scaled back out of respect for the victims and their families.",
      "Authorities had urged residents to vote as a show of unity and support for recovery efforts. Critics of the overhauled system, introduced after the 2019 protests, say it has sidelined the opposition and left voters with little meaningful choice at the ballot box.",
    ],
    hoursAgo: 64,
    hero: {
      map: {
        area: [
          [112.9, 21.75],
          [114.95, 23.3],
        ],
        highlight: ["Hong Kong"],
        places: [
          { name: "Tai Po", at: [114.17, 22.45], side: "right" },
          { name: "Shenzhen", at: [114.06, 22.55], side: "above" },
          { name: "Macao", at: [113.55, 22.19], side: "left" },
        { name: "Guangzhou", at: [113.26, 23.13], side: "right" },
        ],
        labels: [
          { text: "Hong Kong", at: [114.3, 22.08], kind: "highlight" },
          { text: "China", at: [113.9, 22.95], kind: "country" },
          { text: "South China Sea", at: [113.9, 21.9], kind: "water" },
        ],
        detail: "10m",
        globe: "bottom-right",
      },
      alt: "Locator map of Hong Kong, highlighted, on the south coast of China beside Shenzhen, with Tai Po marked in the New Territories and Macao across the Pearl River estuary.",
      caption: "Tai Po, where the deadly fire broke out, is in Hong Kong's New Territories, near the border with Shenzhen.",
      credit: MAP_CREDIT,
    },
  },
  {
    slug: "china-urged-to-prioritize-economy-over-territory-says-taiwans-president-lai",
    headline:
      "China Urged to Prioritize Economy Over Territorial Ambitions, Says Taiwan’s President Lai",
    dek: "Taiwan's leader called on Beijing to turn its attention to economic challenges at home rather than pressure on its neighbors.",
    section: "asia-pacific",
    authors: ["priya-venkataraman"],
    tags: ["Taiwan", "China", "Lai Ching-te"],
    paragraphs: [
      "Taiwan's President Lai Ching-te has called on China to concentrate on its own economic challenges and the well-being of its people rather than on pursuing territorial claims, according to reports of his remarks. The comments came amid sustained Chinese military activity around the island.",
      "Lai said Beijing's military pressure on Taiwan and its neighbors was raising tensions across the region, and argued that stability and cooperation would better serve China's interests. He repeated that Taiwan seeks peace but will continue to strengthen its defenses.",
      "Beijing regards Lai as a separatist and has refused to hold talks with his government. Chinese officials have repeatedly said Taiwan is part of China and have not ruled out the use of force to bring the self-governed island under their control.",
    ],
    hoursAgo: 72,
  },
  {
    slug: "australia-progresses-aukus-review-as-us-affirms-strong-support",
    headline: "Australia Progresses AUKUS Review as U.S. Affirms Strong Support",
    dek: "Canberra says the submarine partnership is moving forward after Washington signaled firm backing for the pact.",
    section: "asia-pacific",
    authors: ["priya-venkataraman", "daniel-okonkwo-hale"],
    tags: ["Australia", "AUKUS", "Defense"],
    paragraphs: [
      "The future of the AUKUS security partnership appears more settled after U.S. officials affirmed strong support for the agreement following a review of the arrangement, Australian officials said, adding that work on the program is moving forward. The review had raised questions in Canberra about Washington's long-term commitment.",
      "Under AUKUS, Australia is set to acquire nuclear-powered submarines, first buying vessels from the United States before building a new class with British assistance. The plan has faced questions over cost, timelines and the capacity of U.S. shipyards to meet their own navy's needs.",
      "Australian ministers have described the partnership as central to the country's long-term security. Defense analysts said continued U.S. backing reduces uncertainty for Canberra and its partners in London, though challenges around industrial capacity, infrastructure at Australian bases and training a specialized workforce remain significant.",
    ],
    hoursAgo: 84,
    hero: {
      map: {
        area: [
          [111, -45],
          [156, -9],
        ],
        highlight: ["Australia"],
        places: [
          { name: "Canberra", at: [149.13, -35.28], side: "left", capital: true },
          { name: "Perth", at: [115.86, -31.95], side: "right" },
          { name: "Darwin", at: [130.84, -12.46], side: "below" },
        ],
        labels: [
          { text: "Australia", at: [134.0, -25.0], kind: "highlight" },
          { text: "Indian Ocean", at: [116.0, -40.0], kind: "water" },
          { text: "Coral Sea", at: [153.0, -17.0], kind: "water" },
          { text: "Tasman Sea", at: [158.0, -40.0], kind: "water" },
        ],
        globe: "top-left",
      },
      alt: "Locator map of Australia, highlighted, with the capital, Canberra, marked in the southeast, and Perth and Darwin on the west and north coasts.",
      caption: "Australia, which is to acquire nuclear-powered submarines under the AUKUS pact.",
      credit: MAP_CREDIT,
    },
  },
  {
    slug: "chinas-expanding-maritime-military-presence-alarms-taiwan-and-japan",
    headline: "China’s Expanding Maritime Military Presence Alarms Taiwan and Japan",
    dek: "Officials in Taipei and Tokyo have raised concerns about large deployments of Chinese naval and coast guard vessels.",
    section: "asia-pacific",
    authors: ["priya-venkataraman"],
    tags: ["China", "Taiwan", "Japan", "Maritime Security"],
    paragraphs: [
      "Taiwan and Japan have raised concerns about a growing number of Chinese naval and coast guard vessels operating in waters across the region, according to officials in both governments. The deployments have been among the largest reported in recent years, and both governments said they were monitoring them closely.",
      "Taiwanese security officials said large deployments had been observed across a wide stretch of sea running from north to south along the Chinese coast. Japan has also reported increased Chinese activity near its southwestern islands, amid a diplomatic dispute with Beijing over remarks by Japan's prime minister about Taiwan.",
      "Beijing says its forces operate lawfully and accuses other countries of interfering in its internal affairs. Analysts said the scale of the deployments appeared intended to signal China's capabilities and to test the responses of Taipei, Tokyo and their partners.",
    ],
    hoursAgo: 96,
    hero: {
      map: {
        area: [
          [114, 20],
          [142, 38],
        ],
        highlight: ["Taiwan", "Japan"],
        places: [
          { name: "Taipei", at: [121.56, 25.04], side: "right", capital: true },
          { name: "Tokyo", at: [139.69, 35.69], side: "below", capital: true },
          { name: "Shanghai", at: [121.47, 31.23], side: "left" },
        ],
        labels: [
          { text: "China", at: [116.5, 28.5], kind: "country" },
          { text: "Taiwan", at: [121.0, 23.3], kind: "highlight" },
          { text: "Japan", at: [133.5, 35.0], kind: "highlight" },
          { text: "East China Sea", at: [125.5, 29.0], kind: "water" },
          { text: "Pacific Ocean", at: [135.0, 26.0], kind: "water" },
        ],
        globe: "top-left",
      },
      alt: "Locator map of East Asia with Taiwan and Japan highlighted across the East China Sea from China; Taipei, Tokyo and Shanghai are marked.",
      caption: "Taiwan and Japan's southwestern islands face the Chinese coast across the East China Sea.",
      credit: MAP_CREDIT,
    },
  },
  {
    slug: "us-expected-to-expand-travel-ban-to-more-than-30-countries",
    headline: "U.S. Expected to Expand Travel Ban to More Than 30 Countries",
    dek: "The administration is weighing broader entry restrictions as part of a wider review of vetting for foreign travelers.",
    section: "us",
    authors: ["grace-whitmore-alvarez"],
    tags: ["Immigration", "Travel Ban"],
    paragraphs: [
      "The Trump administration is expected to extend its travel restrictions to cover more than 30 countries, according to officials familiar with the plans, broadening a policy that already limits entry for citizens of a number of nations. The change would mark a significant widening of the restrictions.",
      "Officials said the expansion is being considered as part of a wider review of vetting procedures for foreign visitors and immigrants. The final list of countries and the level of restrictions for each had not been announced, and officials cautioned that details could still change.",
      "Supporters say stricter controls are needed to protect national security. Immigrant advocacy groups and some foreign governments have criticized the measures, arguing that they separate families and disrupt travel for students, workers and visitors. Legal challenges to the expanded restrictions are widely expected once they take effect.",
    ],
    hoursAgo: 118,
  },
];
