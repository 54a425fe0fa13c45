import { expect, test } from "vitest";
import { HIGHLIGHT_START as start, HIGHLIGHT_STOP as stop, splitHighlights } from "./search-highlight";

test("marked words become highlighted segments", () => {
  expect(splitHighlights(`Cuba ${start}reaffirms${stop} cooperation with ${start}Havana${stop}`)).toEqual([
    { text: "Cuba ", highlighted: false },
    { text: "reaffirms", highlighted: true },
    { text: " cooperation with ", highlighted: false },
    { text: "Havana", highlighted: true },
  ]);
});

test("text without markers is one plain segment, and empty text is none", () => {
  expect(splitHighlights("No match here <b>")).toEqual([{ text: "No match here <b>", highlighted: false }]);
  expect(splitHighlights("")).toEqual([]);
});

test("back-to-back matches join, and a marker left open ends with the text", () => {
  expect(splitHighlights(`${start}travel${stop}${start}ban${stop} ${start}expanded`)).toEqual([
    { text: "travelban", highlighted: true },
    { text: " ", highlighted: false },
    { text: "expanded", highlighted: true },
  ]);
});
