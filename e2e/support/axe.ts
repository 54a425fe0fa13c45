import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe (WCAG 2.0 and 2.1, A and AA) finds no serious or critical violation on the page, or on the part `include` names; a failure lists `where`, each rule and its targets. */
export async function expectNoSeriousAxeViolations(page: Page, where = "", include?: string) {
  const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const results = await (include ? axe.include(include) : axe).analyze();
  const serious = results.violations.filter((violation) =>
    ["serious", "critical"].includes(violation.impact ?? ""),
  );
  expect(
    serious.map(
      (violation) =>
        `${where ? `${where} ` : ""}${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}
