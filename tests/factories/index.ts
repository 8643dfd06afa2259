// The only test factories: every call creates its own organization/users/rows with random unique
// values, so test files and tests never need to clean up or truncate anything.
export * from "./assets";
export * from "./customers";
export * from "./errors";
export * from "./imports";
export * from "./orgs";
