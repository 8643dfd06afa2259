// The same matrix with apiRoute's up-front permission check switched off: the data layer alone must
// refuse exactly the same calls, so the registry's x-permission and lib's own checks cannot disagree.
import { vi } from "vitest";
import { describeRestMatrix } from "@/tests/support/matrix-rest";

vi.mock("@/lib/api/authorize", () => ({ authorizeOperation: () => undefined }));

describeRestMatrix("REST API without the route's permission check: the data layer refuses the same calls", {
  upfrontCheck: false,
});
