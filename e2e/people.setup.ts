import { expect, test as setup } from "@playwright/test";

// The demo account is the install's first admin.
setup("an admin signs in", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(process.env.DEMO_EDITOR_EMAIL ?? "");
  await page.getByLabel("Password").fill(process.env.DEMO_EDITOR_PASSWORD ?? "");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" }),
  ).toBeVisible();
  await page.context().storageState({ path: `e2e/.auth/admin-${process.env.PORT}.json` });
});
