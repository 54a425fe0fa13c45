import { describe, expect, test } from "vitest";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "./common-passwords";

describe("common passwords", () => {
  test("the list holds several hundred passwords", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(500);
  });

  test.each(["password", "12345678", "qwertyuiop", "iloveyou", "Password", "PASSWORD"])(
    "%s is refused",
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  test.each(["Sunshine2024!", "p@ssw0rd", "P4ssw0rd1", "1password", "football12345", "newsroom99"])(
    "a listed word dressed up with digits, symbols or lookalikes (%s) is refused",
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  test.each(["aaaaaaaaaaaa", "abababababab", "111111112222"])(
    "a run of one or two characters (%s) is refused",
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  test.each([
    "correct horse battery staple",
    "tangerine-ocelot-42",
    "Vy8#qL2!mZ",
    "abc-83749261",
    "12736491",
  ])("%s is allowed", (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });
});
