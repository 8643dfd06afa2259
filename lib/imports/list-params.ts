// The import page's failed-rows list in the URL: `?errors=<page>` (from 1; anything else is page 1),
// read by the page and written by its pager with this one codec.
import { positiveInt, toParamsRecord, type SearchParamsRecord } from "@/lib/list-params";

export interface ImportIssuesParams {
  page: number;
}

export const importIssuesCodec = {
  parse: (input: URLSearchParams | SearchParamsRecord | null | undefined): ImportIssuesParams => ({
    page: positiveInt(toParamsRecord(input).errors) ?? 1,
  }),
  serialize: ({ page }: ImportIssuesParams): string => `errors=${page}`,
};
