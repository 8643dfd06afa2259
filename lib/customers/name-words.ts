import "server-only";
// The organization's customer-name words (`customer_name_word`, migration 20261207190000), which typo
// search corrects a mistyped word against (lib/customers/search-match.ts). Triggers add the words of
// every written name; an erasure removes the erased names' words no other name still holds.
import { Prisma, type Tx } from "@/lib/db";

/** The distinct words of the name keys of the customers `where` selects, before they change. */
export async function customerNameWords(tx: Tx, where: Prisma.Sql): Promise<string[]> {
  const [row] = await tx.$queryRaw<{ words: string[] }[]>`
    SELECT coalesce(array_agg(DISTINCT w.word), ARRAY[]::text[]) AS words
    FROM customer CROSS JOIN LATERAL regexp_split_to_table(customer.name_key, ' ') AS w(word)
    WHERE ${where} AND w.word <> ''`;
  return row?.words ?? [];
}

/** Removes `words` from the organization's name words unless a customer name still holds them; how many went. */
export async function pruneCustomerNameWords(tx: Tx, orgId: string, words: string[]): Promise<number> {
  if (words.length === 0) return 0;
  const [row] = await tx.$queryRaw<{ pruned: number }[]>`
    SELECT prune_customer_name_words(${orgId}, ${words}::text[]) AS pruned`;
  return row?.pruned ?? 0;
}
