// Types for the browser build of postal-codes-js formats (static requires, no fs), used by postal-codes.ts.
declare module "postal-codes-js/formats-web" {
  interface PostalCodeFormat {
    Description: string;
    RedundantCharacters: string;
    ValidationRegex: string | string[];
  }
  const getFormat: (fileName: string) => PostalCodeFormat | undefined;
  export default getFormat;
}
