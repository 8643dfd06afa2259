// Where tests/e2e/provision.ts leaves each spec file's organization, and what it holds.
import path from "node:path";

interface E2eUser {
  email: string;
  password: string;
  name: string;
}

export interface E2eOrg {
  orgId: string;
  /** The owner, signed in by `storageState`. */
  admin: E2eUser;
  staff: E2eUser;
  viewer: E2eUser;
  /** An admin API key of the organization. */
  apiKey: string;
  /** A work order created at `timeProbe.createdAt` and due on `timeProbe.dueDate`. */
  workOrderId: string;
  storageState: {
    cookies: {
      name: string;
      value: string;
      domain: string;
      path: string;
      expires: number;
      httpOnly: boolean;
      secure: boolean;
      sameSite: "Lax";
    }[];
    origins: [];
  };
}

/** When the `workOrderId` work order was created (a moment) and is due (a calendar date). */
export const timeProbe = { createdAt: "2026-01-15T13:00:00Z", dueDate: "2026-03-01" } as const;

export const e2eOrgsDir = (port: number) => path.join(import.meta.dirname, ".auth", String(port));

/** Specs that provision their organization on a database of their own, not the suite server's. */
export const specsWithOwnDatabase = ["live-two-instances"];
