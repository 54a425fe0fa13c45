// Tests import lib/ modules outside Next; `server-only` would refuse them.
export {};
