/**
 * Countries by ISO 3166-1 alpha-2 code: the name Jobsmith writes first, then the other ways
 * forms and people write it ("United States of America", "USA", "Korea, Republic of"). Forms
 * list countries in many wordings; a profile names one in yet another.
 */
export const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  AD: ['Andorra'],
  AE: ['United Arab Emirates', 'UAE', 'U.A.E.'],
  AF: ['Afghanistan'],
  AG: ['Antigua and Barbuda'],
  AI: ['Anguilla'],
  AL: ['Albania'],
  AM: ['Armenia'],
  AO: ['Angola'],
  AQ: ['Antarctica'],
  AR: ['Argentina'],
  AS: ['American Samoa'],
  AT: ['Austria', 'Österreich'],
  AU: ['Australia'],
  AW: ['Aruba'],
  AX: ['Åland Islands'],
  AZ: ['Azerbaijan'],
  BA: ['Bosnia and Herzegovina'],
  BB: ['Barbados'],
  BD: ['Bangladesh'],
  BE: ['Belgium'],
  BF: ['Burkina Faso'],
  BG: ['Bulgaria'],
  BH: ['Bahrain'],
  BI: ['Burundi'],
  BJ: ['Benin'],
  BL: ['Saint Barthélemy'],
  BM: ['Bermuda'],
  BN: ['Brunei', 'Brunei Darussalam'],
  BO: ['Bolivia', 'Bolivia, Plurinational State of'],
  BQ: ['Caribbean Netherlands', 'Bonaire, Sint Eustatius and Saba'],
  BR: ['Brazil', 'Brasil'],
  BS: ['Bahamas', 'Bahamas, The'],
  BT: ['Bhutan'],
  BV: ['Bouvet Island'],
  BW: ['Botswana'],
  BY: ['Belarus'],
  BZ: ['Belize'],
  CA: ['Canada'],
  CC: ['Cocos (Keeling) Islands'],
  CD: [
    'Congo (Democratic Republic)',
    'Congo - Kinshasa',
    'Democratic Republic of the Congo',
    'DR Congo',
    'DRC',
    'Congo, The Democratic Republic of the',
    'Congo, Democratic Republic of the',
    'Congo (Kinshasa)',
  ],
  CF: ['Central African Republic'],
  CG: ['Congo (Republic)', 'Congo - Brazzaville', 'Republic of the Congo', 'Congo', 'Congo (Brazzaville)'],
  CH: ['Switzerland', 'Schweiz', 'Suisse'],
  CI: ["Côte d'Ivoire", 'Ivory Coast', 'Côte d’Ivoire'],
  CK: ['Cook Islands'],
  CL: ['Chile'],
  CM: ['Cameroon'],
  CN: ['China', "People's Republic of China"],
  CO: ['Colombia'],
  CR: ['Costa Rica'],
  CU: ['Cuba'],
  CV: ['Cape Verde', 'Cabo Verde'],
  CW: ['Curaçao'],
  CX: ['Christmas Island'],
  CY: ['Cyprus'],
  CZ: ['Czech Republic', 'Czechia'],
  DE: ['Germany', 'Deutschland'],
  DJ: ['Djibouti'],
  DK: ['Denmark'],
  DM: ['Dominica'],
  DO: ['Dominican Republic'],
  DZ: ['Algeria'],
  EC: ['Ecuador'],
  EE: ['Estonia'],
  EG: ['Egypt'],
  EH: ['Western Sahara'],
  ER: ['Eritrea'],
  ES: ['Spain', 'España'],
  ET: ['Ethiopia'],
  FI: ['Finland'],
  FJ: ['Fiji'],
  FK: ['Falkland Islands', 'Falkland Islands (Malvinas)'],
  FM: ['Micronesia', 'Micronesia, Federated States of'],
  FO: ['Faroe Islands'],
  FR: ['France'],
  GA: ['Gabon'],
  GB: [
    'United Kingdom',
    'UK',
    'U.K.',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'United Kingdom of Great Britain and Northern Ireland',
  ],
  GD: ['Grenada'],
  GE: ['Georgia'],
  GF: ['French Guiana'],
  GG: ['Guernsey'],
  GH: ['Ghana'],
  GI: ['Gibraltar'],
  GL: ['Greenland'],
  GM: ['Gambia', 'Gambia, The'],
  GN: ['Guinea'],
  GP: ['Guadeloupe'],
  GQ: ['Equatorial Guinea'],
  GR: ['Greece'],
  GS: ['South Georgia and the South Sandwich Islands'],
  GT: ['Guatemala'],
  GU: ['Guam'],
  GW: ['Guinea-Bissau'],
  GY: ['Guyana'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'Hong Kong SAR China', 'Hong Kong, China'],
  HM: ['Heard Island and McDonald Islands'],
  HN: ['Honduras'],
  HR: ['Croatia'],
  HT: ['Haiti'],
  HU: ['Hungary'],
  ID: ['Indonesia'],
  IE: ['Ireland', 'Republic of Ireland'],
  IL: ['Israel'],
  IM: ['Isle of Man'],
  IN: ['India'],
  IO: ['British Indian Ocean Territory'],
  IQ: ['Iraq'],
  IR: ['Iran', 'Iran, Islamic Republic of', 'Islamic Republic of Iran'],
  IS: ['Iceland'],
  IT: ['Italy', 'Italia'],
  JE: ['Jersey'],
  JM: ['Jamaica'],
  JO: ['Jordan'],
  JP: ['Japan'],
  KE: ['Kenya'],
  KG: ['Kyrgyzstan', 'Kyrgyz Republic'],
  KH: ['Cambodia'],
  KI: ['Kiribati'],
  KM: ['Comoros'],
  KN: ['Saint Kitts and Nevis'],
  KP: [
    'North Korea',
    "Korea, Democratic People's Republic of",
    "Democratic People's Republic of Korea",
    'Korea (North)',
    'Korea, North',
    'DPRK',
  ],
  KR: ['South Korea', 'Korea', 'Korea, Republic of', 'Republic of Korea', 'Korea (South)', 'Korea, South'],
  KW: ['Kuwait'],
  KY: ['Cayman Islands'],
  KZ: ['Kazakhstan'],
  LA: ['Laos', "Lao People's Democratic Republic", 'Lao PDR'],
  LB: ['Lebanon'],
  LC: ['Saint Lucia'],
  LI: ['Liechtenstein'],
  LK: ['Sri Lanka'],
  LR: ['Liberia'],
  LS: ['Lesotho'],
  LT: ['Lithuania'],
  LU: ['Luxembourg'],
  LV: ['Latvia'],
  LY: ['Libya', 'Libyan Arab Jamahiriya'],
  MA: ['Morocco'],
  MC: ['Monaco'],
  MD: ['Moldova', 'Moldova, Republic of', 'Republic of Moldova'],
  ME: ['Montenegro'],
  MF: ['Saint Martin', 'Saint Martin (French part)'],
  MG: ['Madagascar'],
  MH: ['Marshall Islands'],
  MK: ['North Macedonia', 'Macedonia', 'Republic of North Macedonia', 'Macedonia, the former Yugoslav Republic of'],
  ML: ['Mali'],
  MM: ['Myanmar', 'Burma', 'Myanmar (Burma)'],
  MN: ['Mongolia'],
  MO: ['Macao', 'Macau', 'Macao SAR China', 'Macau SAR'],
  MP: ['Northern Mariana Islands'],
  MQ: ['Martinique'],
  MR: ['Mauritania'],
  MS: ['Montserrat'],
  MT: ['Malta'],
  MU: ['Mauritius'],
  MV: ['Maldives'],
  MW: ['Malawi'],
  MX: ['Mexico', 'México'],
  MY: ['Malaysia'],
  MZ: ['Mozambique'],
  NA: ['Namibia'],
  NC: ['New Caledonia'],
  NE: ['Niger'],
  NF: ['Norfolk Island'],
  NG: ['Nigeria'],
  NI: ['Nicaragua'],
  NL: ['Netherlands', 'Holland', 'Netherlands, The', 'Nederland'],
  NO: ['Norway'],
  NP: ['Nepal'],
  NR: ['Nauru'],
  NU: ['Niue'],
  NZ: ['New Zealand'],
  OM: ['Oman'],
  PA: ['Panama'],
  PE: ['Peru'],
  PF: ['French Polynesia'],
  PG: ['Papua New Guinea'],
  PH: ['Philippines'],
  PK: ['Pakistan'],
  PL: ['Poland'],
  PM: ['Saint Pierre and Miquelon'],
  PN: ['Pitcairn Islands', 'Pitcairn'],
  PR: ['Puerto Rico'],
  PS: ['Palestine', 'Palestine, State of', 'State of Palestine', 'Palestinian Territories', 'Palestinian Territory, Occupied'],
  PT: ['Portugal'],
  PW: ['Palau'],
  PY: ['Paraguay'],
  QA: ['Qatar'],
  RE: ['Réunion'],
  RO: ['Romania'],
  RS: ['Serbia'],
  RU: ['Russia', 'Russian Federation'],
  RW: ['Rwanda'],
  SA: ['Saudi Arabia'],
  SB: ['Solomon Islands'],
  SC: ['Seychelles'],
  SD: ['Sudan'],
  SE: ['Sweden'],
  SG: ['Singapore'],
  SH: ['Saint Helena', 'Saint Helena, Ascension and Tristan da Cunha'],
  SI: ['Slovenia'],
  SJ: ['Svalbard and Jan Mayen'],
  SK: ['Slovakia', 'Slovak Republic'],
  SL: ['Sierra Leone'],
  SM: ['San Marino'],
  SN: ['Senegal'],
  SO: ['Somalia'],
  SR: ['Suriname'],
  SS: ['South Sudan'],
  ST: ['São Tomé and Príncipe'],
  SV: ['El Salvador'],
  SX: ['Sint Maarten', 'Sint Maarten (Dutch part)'],
  SY: ['Syria', 'Syrian Arab Republic'],
  SZ: ['Eswatini', 'Swaziland'],
  TC: ['Turks and Caicos Islands'],
  TD: ['Chad'],
  TF: ['French Southern Territories'],
  TG: ['Togo'],
  TH: ['Thailand'],
  TJ: ['Tajikistan'],
  TK: ['Tokelau'],
  TL: ['Timor-Leste', 'East Timor'],
  TM: ['Turkmenistan'],
  TN: ['Tunisia'],
  TO: ['Tonga'],
  TR: ['Turkey', 'Türkiye'],
  TT: ['Trinidad and Tobago'],
  TV: ['Tuvalu'],
  TW: ['Taiwan', 'Taiwan, Province of China', 'Taiwan, Republic of China', 'Republic of China'],
  TZ: ['Tanzania', 'Tanzania, United Republic of'],
  UA: ['Ukraine'],
  UG: ['Uganda'],
  UM: ['United States Minor Outlying Islands', 'U.S. Outlying Islands'],
  US: ['United States', 'United States of America', 'USA', 'U.S.', 'U.S.A.', 'US', 'America'],
  UY: ['Uruguay'],
  UZ: ['Uzbekistan'],
  VA: ['Vatican City', 'Holy See', 'Holy See (Vatican City State)', 'Vatican'],
  VC: ['Saint Vincent and Grenadines'],
  VE: ['Venezuela', 'Venezuela, Bolivarian Republic of'],
  VG: ['British Virgin Islands', 'Virgin Islands, British'],
  VI: ['U.S. Virgin Islands', 'Virgin Islands, U.S.', 'US Virgin Islands'],
  VN: ['Vietnam', 'Viet Nam'],
  VU: ['Vanuatu'],
  WF: ['Wallis and Futuna'],
  WS: ['Samoa'],
  XK: ['Kosovo', 'Republic of Kosovo'],
  YE: ['Yemen'],
  YT: ['Mayotte'],
  ZA: ['South Africa'],
  ZM: ['Zambia'],
  ZW: ['Zimbabwe'],
};

/** Lowercase, no accents, dots or punctuation, "&" as "and", "St." as "saint", no leading "the". */
export function normalizeCountry(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/^the /, '')
    .trim();
}

let byName: Map<string, string> | null = null;
function nameIndex(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    for (const [code, names] of Object.entries(COUNTRY_NAMES)) for (const name of names) byName.set(normalizeCountry(name), code);
  }
  return byName;
}

/**
 * The country a name or alias means ("Deutschland" → DE, "USA" → US); null for anything else.
 * A two-letter code is not a name here ("CA" may be California): see countryByCode.
 */
export function countryByName(text: string): string | null {
  return nameIndex().get(normalizeCountry(text)) ?? null;
}

/** An ISO alpha-2 code as written ("de", "DE"), or "UK" for GB; null when it is not one. */
export function countryByCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  if (code === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(code) && COUNTRY_NAMES[code] ? code : null;
}

/** The name Jobsmith writes for a country code ("US" → "United States"). */
export function countryName(code: string): string | null {
  return COUNTRY_NAMES[code.toUpperCase()]?.[0] ?? null;
}

/** Countries in the +1 calling zone: a "+1" phone number does not tell them apart. */
export const NANP_COUNTRIES: ReadonlySet<string> = new Set(
  'US CA AG AI AS BB BM BS DM DO GD GU JM KN KY LC MP MS PR SX TC TT VC VG VI'.split(' '),
);

// A dialling code written beside a country in a phone picker: "+1", "(+44)", "+1-345".
const DIAL_CODE = /\(?\+\s?\d{1,4}(?:[-\s]\d{1,4})?\)?/g;
// Flag emoji are pairs of regional indicator symbols.
const FLAG = /[\u{1F1E6}-\u{1F1FF}]/gu;

/**
 * The country a list option names: "United States +1", "🇺🇸 United States (+1)",
 * "United States of America (US)", "Germany". A bare code counts only beside a dialling code
 * ("US +1"), since a bare "CA" in a list may be California.
 */
export function countryOfOption(label: string): string | null {
  const withoutFlag = label.replace(FLAG, ' ');
  const dialled = /\+\s?\d/.test(withoutFlag);
  const bare = withoutFlag.replace(DIAL_CODE, ' ').replace(/\s+/g, ' ').trim();
  const named = countryByName(bare) ?? countryByName(bare.replace(/\s*\(([A-Za-z]{2,3})\)$/, ''));
  if (named) return named;
  return dialled && /^[A-Z]{2}$/.test(bare) ? countryByCode(bare) : null;
}
