// better-auth's HTTP endpoints (session lookup, sign-in for API clients and e2e helpers, sign-out).
import { handleAuthRequest } from "@/lib/auth/http";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
