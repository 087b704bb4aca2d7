import { fold, labelText } from './text';
import type { CandidateKey } from './types';

/** A label recognised as naming one of the customer's fields, with how sure we are. */
export interface LabelHit {
  key: CandidateKey;
  weight: number;
}

// Number-ish suffixes: "Account #", "Customer ID", "Client reference", "N° de…".
const NO = String.raw`\s*(?:number|numero|no\.?|nr\.?|nro\.?|n°|nº|#|id|ref\.?|reference|code)`;
const PRE = String.raw`(?:primary|main|personal|home|work|business|contact|customer|client|caller|requester|principal|principale)\s+`;

// Labels match the WHOLE folded text, so "Account manager", "Account type" or "Owner" never match.
const TABLE: [string, CandidateKey, number][] = [
  // The customer's primary id as industries label it (issue 14): accounts, memberships and
  // associations, subscriptions and telecoms, insurance policies, utilities' contract accounts.
  [
    `(?:customer|client|account|acct|cust\\.?|member(?:ship)?|subscriber|subscription|contract(?: account)?|billing account|policy)${NO}|(?:contract|billing|customer) account`,
    'accountNumber',
    0.9,
  ],
  [
    `(?:numero|n°|nº|no|ref\\.?|reference|id|identifiant|code)\\s*(?:de |du |d')?(?:compte|client|contrat|abonne|abonnement|adherent|membre|societaire|police)`,
    'accountNumber',
    0.9,
  ],
  [
    `compte client|(?:asiakas|asiakkuus|sopimus|tili|jasen)\\s*(?:numero|tunnus|nro)`,
    'accountNumber',
    0.9,
  ],
  // Finnish compounds: any word ending in an id stem + numero/tunnus ("sähkösopimusnumero",
  // "liittymäsopimuksen numero", "vakuutusnumero"), except a bank account ("pankkitilinumero").
  // A little under the plain customer number, which wins when both are shown.
  [
    `(?!pankki)[a-z]*(?:asiakas|asiakkuus|asiakkuuden|sopimus|sopimuksen|tili|jasen|jasenyys|jasenyyden|vakuutus|vakuutuksen)\\s*(?:numero|tunnus|nro)`,
    'accountNumber',
    0.86,
  ],
  [
    `(?:customer|client|contact|caller|full|account holder|requester|member|subscriber)\\s*name|nom (?:complet|du client|du contact|et prenom|(?:de l.|du )(?:assure|adherent|abonne|societaire))|prenom et nom|(?:asiakkaan |koko |jasenen |tilaajan )nimi`,
    'customerName',
    0.88,
  ],
  [
    `name|nimi|customer|client|asiakas|contact|caller|requester|demandeur|titulaire|yhteyshenkilo|soittaja|account holder|policy ?holder|assuree?|vakuutuksenottaja`,
    'customerName',
    0.72,
  ],
  [`nom`, 'nameOrLast', 0.72],
  [`first\\s*name|given name|forename|prenom|etunimi`, 'firstName', 0.8],
  [`last\\s*name|surname|family name|nom de famille|sukunimi`, 'lastName', 0.8],
  [
    `(?:${PRE})?(?:e-?mail|mail)(?: address| id)?|adresse (?:e-?mail|mail|electronique)|courriel|(?:sahkoposti|s-posti)(?:osoite)?`,
    'email',
    0.9,
  ],
  [
    `(?:${PRE}|mobile |cell |numero de )?(?:phone|telephone|tel\\.?|mobile|cell|portable|gsm|puhelin|matkapuhelin|puh\\.?|mobiili|kannykka)(?:${NO}|\\s*(?:mobile|portable|fixe|number))?|puhelinnumero|(?:${PRE})?phone`,
    'phone',
    0.88,
  ],
  [
    `(?:(?:current|open|active) )?(?:(?:service|support|customer) )?(?:case|ticket|incident|request|enquiry|inquiry|complaint|dossier|demande|requete|reclamation|tapaus|tiketti|(?:palvelu|tuki)?pyynto|reklamaatio|vikailmoitus)(?:${NO})?(?: (?:en cours|actuel(?:le)?|ouverte?|current|open|avoin))?|(?:numero|n°|nº|no|reference|ref\\.?)\\s*(?:de la |de |du )?(?:dossier|ticket|demande|incident|requete|reclamation)|(?:tapaus|tapauksen|tiketti|tiketin|(?:palvelu|tuki)?pyynto|pyynnon|vikailmoitus|vikailmoituksen)\\s*(?:numero|tunnus)`,
    'caseId',
    0.88,
  ],
];
const RULES = TABLE.map(([src, key, weight]) => ({ re: new RegExp(`^(?:${src})$`), key, weight }));

/**
 * Cheap first test on raw text-node data: does it START with a word some label starts with?
 * Everything else on the page is skipped before any normalisation work.
 */
export const LABEL_START =
  /^[\s*]*(?:[a-zåäö]{2,24}(?:numero|tunnus)|acc|cust|client|contra|member|subscri|polic|compte|id|code|num|n[°º]|no|nr|r[eé]f|asiak|tili|sopimus|j[aä]sen|phone|mobi|cell|t[eé]l|portable|gsm|puh|matka|e-?mail|mail|courriel|adresse|s[aä]hk|s-posti|primary|main|personal|home|work|business|principal|contact|case|ticket|incident|request|[ei]nquiry|complaint|service|support|dossier|demande|requ[eê]te|r[eé]clam|tapau|tiket|pyynt|palvelu|k[aä]nnyk|tuki|vika|reklam|name|nimi|full|koko|pr[eé]nom|etunimi|sukunimi|first|last|given|surname|family|forename|caller|soittaja|titulaire|yhteys|current|open|active|billing|assur|vakuu|liittym)/i;

/**
 * Classifies a label ("Téléphone :", "Account #", "Sähköposti") as a field key, or null.
 * @example classifyLabel('N° de contrat') // { key: 'accountNumber', weight: 0.9 }
 */
export function classifyLabel(text: string, extra?: Map<string, CandidateKey>): LabelHit | null {
  const t = fold(labelText(text));
  if (!t || t.length > 40) return null;
  const own = extra?.get(t);
  if (own) return { key: own, weight: 1 };
  for (const r of RULES) if (r.re.test(t)) return { key: r.key, weight: r.weight };
  return null;
}

// "Case 00001234", "Ticket #4521 – Printer on fire", "Incident INC0012345": a header naming the id.
const ID_INLINE =
  /^(case|ticket|incident|request|dossier|demande|tapaus|tiketti|account|compte|asiakas)\s*(?:number|numero|no\.?|n°|nº|#)?\s*[#:]?\s*([a-z]{0,5}[-_]?\d[\w-]{2,24})(?:\s+[-–—:|·]\s.*)?$/;

/** Reads "Case 00001234"-style text as a caseId (or accountNumber) with the raw id, or null. */
export function inlineId(text: string): { key: CandidateKey; raw: string } | null {
  const m = ID_INLINE.exec(fold(text));
  if (!m?.[1] || !m[2]) return null;
  const key = /^(?:account|compte|asiakas)/.test(m[1]) ? 'accountNumber' : 'caseId';
  // Take the id from the original text so its letter case is kept.
  const at = text.toLowerCase().indexOf(m[2]);
  return { key, raw: at >= 0 ? text.slice(at, at + m[2].length) : m[2] };
}
