import type { Evidence, FeatureContext, NormalizedField } from "../types.js";
import type { FeatureLookup } from "../rules/engine.js";
import { type ContactsFeature, extractContacts, homeCountriesOfLanguage, homeCountryOfLanguage } from "./contacts.js";
import { type FeesFeature, extractFees } from "./fees.js";
import { type LegitimacyFeature, extractLegitimacy } from "./legitimacy.js";
import { type PayFeature, comparePay, findPayStatements, mostSalient } from "./pay/index.js";
import { type PlacesFeature, extractPlaces } from "./places.js";
import { type RequirementsFeature, extractRequirements } from "./requirements.js";
import { type RoleFeature, extractRole } from "./roles.js";
import { type TravelFeature, extractTravel, inWarningList } from "./travel.js";
import { uniqueEvidence } from "./evidence.js";
import { type WordingFeature, extractWording } from "./wording.js";

/** Phone country codes of the compound region and its transit hubs (indicators §4: weak context only). */
const FOREIGN_RISK_PHONE_COUNTRIES = new Set(["KH", "MM", "LA", "TH", "AE"]);

/** Countries whose currency marks a local job when the ad names no destination. Dollars and euros say nothing. */
const CURRENCY_COUNTRY: Readonly<Record<string, string>> = {
  THB: "TH", PHP: "PH", IDR: "ID", VND: "VN", CNY: "CN", KRW: "KR", MYR: "MY", KES: "KE", INR: "IN", NPR: "NP",
  AED: "AE", SGD: "SG", JPY: "JP", HKD: "HK", TWD: "TW", LKR: "LK", BDT: "BD", MMK: "MM", KHR: "KH", LAK: "LA",
  GBP: "GB", UGX: "UG", TZS: "TZ", ETB: "ET", NGN: "NG", PKR: "PK", MXN: "MX", COP: "CO", CLP: "CL", PEN: "PE", BRL: "BR",
};

/**
 * The labour market the pay is judged against: the job's destination when the ad names one, else the
 * country of a national currency, else the country of the ad's language. Without this fallback a
 * local Korean or Japanese job would be compared with the global entry-level row and look inflated.
 */
function marketCountry(destination: string | null, currency: string | undefined, language: string): string | undefined {
  return destination ?? (currency ? CURRENCY_COUNTRY[currency] : undefined) ?? homeCountryOfLanguage(language);
}

/** Where compound recruiters send people; for an ad whose readers' home country is unknown (English), a job here is abroad. */
const LURE_REGION = new Set(["KH", "MM", "LA", "TH", "AE"]);

/**
 * Countries whose own currency is the US dollar: a dollar salary in a Spanish ad from Ecuador or a
 * Portuguese one from Timor-Leste is local pay, not a sign of work abroad.
 */
const DOLLAR_COUNTRIES: readonly string[] = ["US", "EC", "SV", "PA", "PR", "TL"];

/** Where the ad says the job is, and how firmly. */
interface DestinationReading {
  country: string | null;
  tier: string | null;
  /** A cue word names the place as the workplace ("work in", "based in", "trabajo en"), not just in passing. */
  cued: boolean;
  /** Every mention of the place names an office of the company ("head office in", "สำนักงานสาขาที่"), none the job. */
  officeOnly: boolean;
  /**
   * The ad takes only applicants from the destination country ("Cambodian nationals only", "you need
   * Cambodian ID", "local staff only"): the job is at home for whoever may apply.
   */
  localHire: boolean;
}

/**
 * Whether the job takes the worker abroad: the ad arranges travel or says the work is abroad, or
 * names a destination outside the home countries of its language, or pays a language's readers in a
 * foreign currency. Pay inflation and the weak lure markers only mean trafficking risk for work
 * abroad; at home they are ordinary sales-commission talk. For a language read in several countries
 * (Spanish, Swahili, Arabic…) a foreign country or currency named in passing ("exporting to China",
 * a misread "P6") says little, so it counts only when cued as the workplace or in the lure region.
 */
function worksAbroad(destination: DestinationReading, homes: ReadonlySet<string> | undefined, currency: string | undefined, travel: TravelFeature): AbroadReason | null {
  if (ABROAD_TRAVEL_FLAGS.some((flag) => travel[flag])) return "travel";
  // A company's branch or head office abroad says where the company is, not where this job is; a hub
  // is the exception, since no ordinary employer keeps an office there.
  const country = destination.officeOnly && destination.tier !== "hub" ? null : destination.country;
  // A flight alone may be domestic: a Thai hotel flying staff to Phuket does not send them abroad. Only
  // a workplace the ad names as such, and no hub or transit town, where lures send people onwards.
  const domestic = country !== null && homes?.has(country) === true && destination.cued && destination.tier !== "hub" && destination.tier !== "transit";
  if (travel.flightProvided && !domestic) return "flight";
  // A job for the destination's own people is at home for whoever may apply, unless it is in a hub or
  // transit town, where lures send people onwards, or the ad flies its workers in (checked above).
  if (country !== null && destination.localHire && destination.tier !== "hub" && destination.tier !== "transit") return null;
  if (country) {
    if (homes?.has(country)) return null;
    if (homes?.size === 1) return "destination";
    return LURE_REGION.has(country) || destination.tier === "hub" || (homes !== undefined && destination.cued) ? "destination" : null;
  }
  if (!currency || !homes) return null;
  const currencyCountries = currency === "USD" ? DOLLAR_COUNTRIES : [CURRENCY_COUNTRY[currency]];
  if (currencyCountries.some((c) => c === undefined || homes.has(c))) return null;
  return homes.size === 1 || currencyCountries.some((c) => c !== undefined && LURE_REGION.has(c)) ? "currency" : null;
}

/** Travel flags that on their own say the job is abroad. */
const ABROAD_TRAVEL_FLAGS = ["visaProvided", "touristVisa", "noVisaNeeded", "borderCrossing", "poseAsTourist", "workAbroad"] as const;

/** What made the job read as abroad (see `worksAbroad`), so that `places.abroad` can point at those words. */
type AbroadReason = "travel" | "flight" | "destination" | "currency";

/** The offset of `text` whose span starts at or after `originalStart` of the original (spans keep their order). */
function normalizedOffset(field: NormalizedField, originalStart: number): number {
  let low = 0;
  let high = field.text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (field.toOriginal(middle, middle + 1).start < originalStart) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether evidence lies in a list of warning signs. An advisory's "Red flags: USD 2,000 a month
 * for typing" quotes what lures offer; it is no pay of the ad's own.
 */
function quotedInWarningList(ctx: FeatureContext, evidence: Evidence): boolean {
  const field = ctx.fields.find((candidate) => candidate.field === evidence.field);
  return field !== undefined && inWarningList(field, normalizedOffset(field, evidence.start));
}

/** What the feature extractors found in one posting; rules test these values in `when:` conditions. */
export interface Features {
  pay: PayFeature & { found: boolean };
  places: PlacesFeature & {
    destinationCountry: string | null;
    abroad: boolean;
    /**
     * The words that made the job read as abroad: the travel arrangement or "work abroad" wording, a
     * flight with the destination, the destination's mentions, or the pay in a foreign currency.
     */
    abroadEvidence: Evidence[];
  };
  contacts: ContactsFeature & { freeEmailOnly: boolean; foreignPhone: boolean };
  roles: RoleFeature;
  requirements: RequirementsFeature;
  travel: TravelFeature;
  fees: FeesFeature;
  legitimacy: LegitimacyFeature;
  wording: WordingFeature;
}

/**
 * Runs every extractor. Places and roles come first because pay is judged against the benchmark of
 * the role at the destination.
 */
export function extractFeatures(ctx: FeatureContext): Features {
  const places = extractPlaces(ctx);
  const roles = extractRole(ctx);
  const statements = findPayStatements(ctx).filter((statement) => !quotedInWarningList(ctx, statement.evidence));
  const destinationCountry = places.destination?.country ?? null;
  const market = marketCountry(destinationCountry, mostSalient(statements)?.currency, ctx.language.code);
  // Outside the compound region, a worker posted from a richer country earns at least home rates
  // (a Thai interpreter in India); inside it, pay far above local rates for imported entry-level
  // staff is the reported lure itself, so the destination alone is the yardstick there.
  const home = market && !LURE_REGION.has(market) ? homeCountryOfLanguage(ctx.language.code) : undefined;
  const pay = comparePay(statements, {
    roleFamily: roles.family,
    ...(market ? { destinationCountry: market } : {}),
    ...(home ? { homeCountry: home } : {}),
  });
  const contacts = extractContacts(ctx, { quoted: (evidence) => quotedInWarningList(ctx, evidence) });
  const travel = extractTravel(ctx);
  const salient = mostSalient(statements);
  const destinationMentions = places.mentions.filter((m) => m.id === places.destination?.id);
  const destinationCued = destinationMentions.some((m) => m.role === "destination");
  const officeOnly = destinationMentions.length > 0 && destinationMentions.every((m) => m.role === "office");
  const localHire =
    destinationCountry !== null &&
    (places.localHiresOnly || (places.origins.length > 0 && places.origins.every((origin) => origin === destinationCountry)));
  const abroadReason = worksAbroad(
    { country: destinationCountry, tier: places.destinationTier, cued: destinationCued, officeOnly, localHire },
    homeCountriesOfLanguage(ctx.language.code),
    salient?.currency,
    travel,
  );
  // The mentions that name the job's place, not an office, an origin or a warning, if there are any.
  const workplaceMentions = destinationMentions.filter((m) => m.role !== "warning" && m.role !== "origin" && m.role !== "office");
  const destinationWords = (workplaceMentions.length > 0 ? workplaceMentions : destinationMentions).map((m) => m.evidence);
  // worksAbroad sets an office-only destination outside a hub aside; so does its evidence.
  const destinationCounts = !(officeOnly && places.destinationTier !== "hub");
  const abroadEvidence =
    abroadReason === "travel"
      ? uniqueEvidence(ABROAD_TRAVEL_FLAGS.flatMap((flag) => (travel[flag] ? (travel.evidenceByFlag[flag] ?? []) : [])))
      : abroadReason === "flight"
        ? uniqueEvidence([...(travel.evidenceByFlag.flightProvided ?? []), ...(destinationCounts ? destinationWords : [])])
        : abroadReason === "destination"
          ? destinationWords
          : abroadReason === "currency" && salient
            ? [salient.evidence]
            : [];
  const legitimacy = extractLegitimacy(ctx);
  // The contacts' own address heuristic misses addresses the legitimacy lexicons read ("57번 도로",
  // "ซอย", "वडा नं"); either reading shows a place the recruiter can be found, so an app is not the only way.
  const streetAddress = contacts.hasStreetAddress || legitimacy.streetAddress;
  return {
    pay: { ...pay, found: statements.length > 0 },
    places: { ...places, destinationCountry, abroad: abroadReason !== null, abroadEvidence },
    contacts: {
      ...contacts,
      hasStreetAddress: streetAddress,
      messagingOnly: contacts.messagingOnly && !streetAddress,
      freeEmailOnly: contacts.emails.length > 0 && contacts.emails.every((email) => email.free),
      foreignPhone: contacts.phones.some((phone) => phone.country !== undefined && FOREIGN_RISK_PHONE_COUNTRIES.has(phone.country)),
    },
    roles,
    requirements: extractRequirements(ctx),
    travel,
    fees: extractFees(ctx),
    legitimacy,
    wording: extractWording(ctx),
  };
}

// Paths come from the rule pack, a fixed set, so this cache is bounded whatever the input.
const SPLIT_PATHS = new Map<string, string[]>();

function valueAt(root: unknown, path: string): unknown {
  let keys = SPLIT_PATHS.get(path);
  if (!keys) {
    keys = path.split(".");
    SPLIT_PATHS.set(path, keys);
  }
  let current: unknown = root;
  for (const key of keys) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Evidence for a feature value: the flag's own evidence when the family records it per flag
 * (`evidenceByFlag`), else the family's evidence.
 */
const MESSAGING_KINDS = new Set(["telegram", "whatsapp", "signal", "line", "wechat", "zalo", "viber", "kakaotalk", "messenger", "qq", "imo"]);

/** Evidence for values whose family does not record it per flag: the items the value was read from. */
const destinationEvidence = (f: Features): Evidence[] => f.places.mentions.filter((m) => m.id === f.places.destination?.id).map((m) => m.evidence);
const ageRangeEvidence = (f: Features): Evidence[] => f.requirements.evidenceByFlag.ageRange ?? [];

const DERIVED_EVIDENCE: Record<string, (features: Features) => Evidence[]> = {
  "contacts.hasCorporateEmail": (f) => f.contacts.emails.filter((e) => !e.free).map((e) => e.evidence),
  "contacts.freeEmailOnly": (f) => f.contacts.emails.map((e) => e.evidence),
  "contacts.messagingOnly": (f) => f.contacts.channels.filter((c) => MESSAGING_KINDS.has(c.kind)).map((c) => c.evidence),
  "contacts.messagingApps": (f) => f.contacts.channels.filter((c) => MESSAGING_KINDS.has(c.kind)).map((c) => c.evidence),
  "contacts.foreignPhone": (f) => f.contacts.phones.filter((p) => p.country !== undefined && FOREIGN_RISK_PHONE_COUNTRIES.has(p.country)).map((p) => p.evidence),
  "places.destinationTier": destinationEvidence,
  "places.destination.kind": destinationEvidence,
  "places.destinationCountry": destinationEvidence,
  "places.hubMentioned": (f) => f.places.mentions.filter((m) => m.tier === "hub" && m.role !== "warning").map((m) => m.evidence),
  "legitimacy.advisoryCues": (f) => f.legitimacy.evidenceByFlag.warnsJobSeekers ?? [],
  // The age range's own words, not every requirement the ad states.
  "requirements.ageRange": ageRangeEvidence,
  "requirements.ageRange.min": ageRangeEvidence,
  "requirements.ageRange.max": ageRangeEvidence,
  // What made the job read as abroad: an ad that only says "work abroad" or pays in dollars has no place to point at.
  "places.abroad": (f) => f.places.abroadEvidence,
};

function evidenceAt(features: Features, path: string): Evidence[] {
  const derived = DERIVED_EVIDENCE[path];
  if (derived) return derived(features);
  const [family, ...rest] = path.split(".");
  const group = valueAt(features, family ?? "") as { evidence?: Evidence[]; evidenceByFlag?: Record<string, Evidence[]> } | undefined;
  if (!group) return [];
  const flag = rest.join(".");
  const own = group.evidenceByFlag?.[flag];
  if (own) return own;
  const value = valueAt(group, flag) as { evidence?: Evidence[] } | { evidence?: Evidence[] }[] | undefined;
  if (Array.isArray(value)) return value.flatMap((item) => item?.evidence ?? []);
  if (value && typeof value === "object" && Array.isArray(value.evidence)) return value.evidence;
  return group.evidence ?? [];
}

/** Adapts extracted features to the rule engine's lookup interface. */
export function featureLookup(features: Features): FeatureLookup {
  return {
    value: (path) => valueAt(features, path),
    evidence: (path) => evidenceAt(features, path),
    inWarningList,
  };
}
