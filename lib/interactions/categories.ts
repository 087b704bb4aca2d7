import type { Language } from '@/lib/settings';

/**
 * The default contact reasons in the panel's three languages, and the other names CRMs use for
 * them (matched when reading the reason off the page). A team's own reasons show as written.
 */
const KNOWN: Record<string, { fr: string; fi: string; also: readonly string[] }> = {
  Billing: { fr: 'Facturation', fi: 'Laskutus', also: ['Invoice', 'Facture', 'Lasku'] },
  'Address change': {
    fr: 'Changement d’adresse',
    fi: 'Osoitteenmuutos',
    also: ['Change of address', 'Déménagement', 'Muutto'],
  },
  'Password or login': {
    fr: 'Mot de passe ou connexion',
    fi: 'Salasana tai kirjautuminen',
    also: [
      'Password reset',
      'Login',
      'Réinitialisation du mot de passe',
      'Mot de passe',
      'Salasanan vaihto',
      'Salasana',
    ],
  },
  'Replacement part': {
    fr: 'Pièce de rechange',
    fi: 'Varaosa',
    also: ['Spare part', 'Pièce détachée'],
  },
  'Plan change': {
    fr: 'Changement d’offre',
    fi: 'Liittymän vaihto',
    also: ['Changement de forfait', 'Liittymän muutos'],
  },
  'Technical issue': {
    fr: 'Problème technique',
    fi: 'Tekninen ongelma',
    also: ['Technical', 'Technique', 'Vika'],
  },
  Other: { fr: 'Autre', fi: 'Muu', also: [] },
};

/** How a reason is shown in the agent's language. */
export function categoryLabel(category: string, language: Language): string {
  const known = KNOWN[category];
  return !known || language === 'en' ? category : known[language];
}

/** Every name a reason goes by on a CRM page (its own, translations, synonyms). */
export function categoryNames(category: string): string[] {
  const known = KNOWN[category];
  return known ? [category, known.fr, known.fi, ...known.also] : [category];
}
