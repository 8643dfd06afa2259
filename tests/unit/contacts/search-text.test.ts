// A customer's search text carries its contacts' names, emails and phone digits.
import { describe, expect, it } from "vitest";
import { customerSearchText } from "@/lib/customers/search-text";

describe("customerSearchText with contacts", () => {
  it("appends folded contact names, emails and both phone layouts", () => {
    const text = customerSearchText({ name: "Zürich Air" }, [
      { firstName: "Renée", lastName: "López", email: "rl@zair.test", phone: "+12125550101", mobile: null },
    ]);
    expect(text).toBe("zurich air zuerich air renee lopez rl@zair.test 12125550101 2125550101");
  });

  it("is the customer's own text without contacts", () => {
    expect(customerSearchText({ name: "Acme" }, [])).toBe(customerSearchText({ name: "Acme" }));
  });
});
