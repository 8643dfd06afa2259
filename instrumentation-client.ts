// Runs in the browser before the app's code. Zod compiles object parsers with `new Function` unless
// told not to, and probing whether it may do so is a CSP violation under our nonce policy (no eval):
// in the browser it parses without compiling.
import { z } from "zod";

z.config({ jitless: true });
