// Writes lib/fields/country-names.json: every ISO 3166-1 alpha-2 country's name in the app's languages, from
// the CLDR data in this Node's ICU, sorted per language. The app reads names only from that file, so the server
// and every browser show the same text (their own ICU builds disagree: "Hong Kong SAR China" vs "Hong Kong").
// Run `node scripts/generate-country-names.mjs` after a Node upgrade to take newer CLDR names, and commit the file.
import { writeFileSync } from "node:fs";

const languages = ["en", "de", "fr", "es", "it", "nl", "pt"];

const codes = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV " +
  "BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES " +
  "ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE " +
  "IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY " +
  "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU " +
  "NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM " +
  "SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE " +
  "VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

const names = {};
const aliases = {};
for (const language of languages) {
  const long = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
  const short = new Intl.DisplayNames([language], { type: "region", style: "short", fallback: "none" });
  const collator = new Intl.Collator(language);
  const entries = codes.map((code) => {
    const name = long.of(code);
    if (!name) throw new Error(`No ${language} name for ${code}`);
    return [code, name];
  });
  names[language] = entries.sort((a, b) => collator.compare(a[1], b[1]));
  // Short names ("Hong Kong" for "Hong Kong SAR China") are what files and other browsers write.
  for (const [code, name] of entries) {
    const other = short.of(code);
    if (other && other !== name && !(aliases[code] ??= []).includes(other)) aliases[code].push(other);
  }
}

const source = `CLDR ${process.versions.cldr} (Intl.DisplayNames, Node ${process.version})`;
// Laid out as Prettier would (one pair a line), so the committed file passes the format check as written.
const text = (value) => JSON.stringify(value).replaceAll('","', '", "');
const lines = [
  "{",
  `  "source": ${JSON.stringify(source)},`,
  `  "names": {`,
  ...languages.map(
    (language, i) =>
      `    "${language}": [\n${names[language].map((pair) => `      ${text(pair)}`).join(",\n")}\n    ]${i < languages.length - 1 ? "," : ""}`,
  ),
  "  },",
  `  "aliases": {`,
  Object.entries(aliases)
    .map(([code, list]) => `    "${code}": ${text(list)}`)
    .join(",\n"),
  "  }",
  "}",
];
writeFileSync(new URL("../lib/fields/country-names.json", import.meta.url), `${lines.join("\n")}\n`);
console.log(`Wrote ${codes.length} countries in ${languages.length} languages (${source}).`);
