// Adds lockfile entries for optional platform builds (e.g. @next/swc-darwin-arm64) that the npm
// registry mirror here does not carry. Without them `npm install` leaves them out of
// package-lock.json and `npm ci` then rejects the lockfile as out of sync. Run after adding a
// dependency: `node scripts/lockfile-platforms.mjs && npm ci --dry-run`.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const OS = new Set(["darwin", "win32", "linux", "android", "freebsd", "openharmony", "sunos", "aix"]);
const CPU = new Set(["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "wasm32"]);

function missingFromLock() {
  try {
    execFileSync("npm", ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"], { stdio: "pipe" });
    return [];
  } catch (error) {
    const output = String(error.stderr ?? "") + String(error.stdout ?? "");
    return [...output.matchAll(/Missing: (\S+?)@\S* from lock file/g)].map((match) => match[1]);
  }
}

const missing = missingFromLock();
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const wanted = new Map();
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!wanted.has(name)) wanted.set(name, { version, dev: entry.dev === true });
  }
}

for (const name of missing) {
  const parent = wanted.get(name);
  if (!parent || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(parent.version)) {
    throw new Error(`${name} is missing from the lockfile and is not a pinned optional dependency`);
  }
  const parts = name.split("/").at(-1).split("-");
  const entry = { version: parent.version, ...(parent.dev ? { dev: true } : {}), optional: true };
  const os = parts.filter((part) => OS.has(part));
  const cpu = parts.filter((part) => CPU.has(part));
  if (os.length > 0) entry.os = os;
  if (cpu.length > 0) entry.cpu = cpu;
  lock.packages[`node_modules/${name}`] = entry;
}

writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(missing.length === 0 ? "lockfile already complete" : `added ${missing.length} platform entries`);
