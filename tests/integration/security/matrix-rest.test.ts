// Tenancy and role matrix of the REST API, generated from the OpenAPI document (see tests/support/matrix-rest.ts).
import { describeRestMatrix } from "@/tests/support/matrix-rest";

describeRestMatrix("REST API: every documented operation × every key role × own and another organization's records");
