import { expect, test as setup } from "@playwright/test";

setup("an editor signs in", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.getByLabel("Email").fill(process.env.DEMO_EDITOR_EMAIL ?? "");
  await page.getByLabel("Password").fill(process.env.DEMO_EDITOR_PASSWORD ?? "");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.context().storageState({ path: `e2e/.auth/editor-${process.env.PORT}.json` });
});
