// The part of unzipper's API that lib/imports/parse/unzipper-end.ts patches (unzipper ships no types of its own).
declare module "unzipper" {
  import type { Duplex } from "node:stream";

  const unzipper: { Parse: (options?: { forceStream?: boolean; verbose?: boolean }) => Duplex };
  export default unzipper;
}
