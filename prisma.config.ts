import "dotenv/config";
import { defineConfig } from "prisma/config";
import { MigrateAdapterFactory } from "./prisma/migrate-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run prisma through the npm scripts.");
    return new MigrateAdapterFactory(url);
  },
});
