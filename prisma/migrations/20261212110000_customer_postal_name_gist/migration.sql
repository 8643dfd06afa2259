-- An import row's "similar name in the same postal code" lookup through one GiST index: the postal code
-- (and organization) narrow the tree, the name's trigrams are compared inside it. Through the btree on
-- (organization_id, postal_key) the lookup read and compared every customer of the postal code, so its
-- cost grew with the organization (about 900 customers a postal code at 1,000,000; 76 ms a row in the
-- benchmark organization, against 3.6 ms now). btree_gist gives text its GiST operator class.
CREATE EXTENSION IF NOT EXISTS "btree_gist";

DROP INDEX "customer_organization_id_postal_key_idx";
CREATE INDEX "customer_postal_name_key_trgm_idx" ON "customer" USING GIST (
  "organization_id" gist_text_ops, "postal_key" gist_text_ops, "name_key" gist_trgm_ops
);
