import { AsyncLocalStorage } from "node:async_hooks";
import { expect, test } from "vitest";
import { turnTaker } from "@/lib/turns";

test("no more than the limit run at once, and the others start in the order they came", () => {
  const takeTurn = turnTaker(2);
  const started: number[] = [];
  const finishers: (() => void)[] = [];
  for (let index = 0; index < 5; index++) {
    takeTurn((done) => {
      started.push(index);
      finishers.push(done);
    });
  }
  expect(started).toEqual([0, 1]);
  finishers[0]!();
  finishers[0]!(); // finishing twice frees one turn only
  expect(started).toEqual([0, 1, 2]);
  finishers[1]!();
  finishers[2]!();
  expect(started).toEqual([0, 1, 2, 3, 4]);
});

test("thousands of waiting tasks that finish at once run one after another, not inside each other", () => {
  const takeTurn = turnTaker(1);
  let finishFirst = () => {};
  takeTurn((done) => {
    finishFirst = done;
  });
  let ran = 0;
  for (let index = 0; index < 50_000; index++) {
    takeTurn((done) => {
      ran++;
      done();
    });
  }
  finishFirst();
  expect(ran).toBe(50_000);
});

test("a task that throws gives its turn back", () => {
  const takeTurn = turnTaker(1);
  expect(() =>
    takeTurn(() => {
      throw new Error("broken");
    }),
  ).toThrow("broken");
  let ran = false;
  takeTurn((done) => {
    ran = true;
    done();
  });
  expect(ran).toBe(true);
});

test("a waiting task runs in the async context of its own request, not of the one that gave it its turn", () => {
  const takeTurn = turnTaker(1);
  const request = new AsyncLocalStorage<string>();
  let finishFirst = () => {};
  request.run("first", () => takeTurn((done) => (finishFirst = done)));
  let seen: string | undefined;
  request.run("second", () =>
    takeTurn((done) => {
      seen = request.getStore();
      done();
    }),
  );
  request.run("third", () => finishFirst());
  expect(seen).toBe("second");
});
