// postinstall: `prisma generate` offline. Prisma 7's CLI wants to download its schema engine first;
// generate never runs it, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const stub = fileURLToPath(new URL("./schema-engine-stub.sh", import.meta.url));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= stub;
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env,
});
if (result.status !== 0) {
  console.error("prisma generate failed: check prisma/schema.prisma, then run `npm install` again.");
  process.exit(result.status ?? 1);
}
