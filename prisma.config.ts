import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  // `prisma db seed` (and `npm run data:import` with no file) loads the shipped history bundle.
  migrations: { path: "prisma/migrations", seed: "tsx scripts/data-import.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/leaderboard_atlas" },
});
