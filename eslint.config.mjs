import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// What each folder of lib/ may import (its README.md says why). Lower folders never import higher ones,
// and nothing in lib/ imports the React components or the routes that use it.
const LIB = ["platform", "content", "delivery", "validation", "reader", "people", "newsroom", "actions"];
const MAY_IMPORT = {
  platform: [],
  content: ["platform"],
  delivery: ["platform", "content"],
  validation: ["platform", "content", "people"],
  reader: ["platform", "content", "delivery", "validation"],
  people: ["platform", "content", "delivery", "validation"],
  newsroom: ["platform", "content", "delivery", "validation", "reader", "people"],
  actions: ["platform", "content", "delivery", "validation", "reader", "people", "newsroom"],
};
const layers = {
  files: ["lib/**/*.{ts,tsx,mts,mjs}"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          ...LIB.map((folder) => ({
            target: `./lib/${folder}`,
            from: LIB.filter((other) => other !== folder && !MAY_IMPORT[folder].includes(other)).map(
              (other) => `./lib/${other}`,
            ),
            message: `lib/${folder}/ may import only from lib/${MAY_IMPORT[folder].join(", lib/") || "generated"} (see lib/${folder}/README.md).`,
          })),
          { target: "./lib", from: ["./app", "./components"], message: "lib/ serves app/ and components/, never imports them." },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  layers,
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
