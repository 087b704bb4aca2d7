import { describe, expect, it } from 'vitest';
import { capturePage, classifyLabel } from '@/lib/capture';

const key = (label: string) => classifyLabel(label)?.key ?? null;

describe('classifyLabel', () => {
  it.each([
    ['Account number', 'accountNumber'],
    ['Account #', 'accountNumber'],
    ['Customer ID', 'accountNumber'],
    ['Client reference', 'accountNumber'],
    ['N° de contrat', 'accountNumber'],
    ['Numéro client', 'accountNumber'],
    ['Asiakasnumero', 'accountNumber'],
    ['Sopimusnumero', 'accountNumber'],
    ['Téléphone :', 'phone'],
    ['Matkapuhelin', 'phone'],
    ['Adresse e-mail', 'email'],
    ['Sähköposti', 'email'],
    ['Courriel', 'email'],
    ['N° de dossier', 'caseId'],
    ['Ticket n°', 'caseId'],
    ['Tapausnumero', 'caseId'],
    ['Nom complet', 'customerName'],
    ['Koko nimi', 'customerName'],
    ['Prénom', 'firstName'],
    ['Sukunimi', 'lastName'],
    // Seen on real-library pages and in Finnish genitive forms.
    ['Service request', 'caseId'],
    ['Référence du dossier', 'caseId'],
    ['Palvelupyyntö', 'caseId'],
    ['Tiketin numero', 'caseId'],
    ['Tapauksen numero', 'caseId'],
    ['Asiakkuusnumero', 'accountNumber'],
    ['Puhelinnro', 'phone'],
    ['Mobiili', 'phone'],
    ['Kännykkä', 'phone'],
    // Issue 14: how insurance, memberships, telecoms and utilities label the customer's id.
    ['Membership no.', 'accountNumber'],
    ['Contract account', 'accountNumber'],
    ['Billing account number', 'accountNumber'],
    ['Subscription ID', 'accountNumber'],
    ['N° de sociétaire', 'accountNumber'],
    ["Numéro d'abonnement", 'accountNumber'],
    ['Sähkösopimusnumero', 'accountNumber'],
    ['Liittymäsopimuksen numero', 'accountNumber'],
    ['Vakuutusnumero', 'accountNumber'],
    ['Jäsenyystunnus', 'accountNumber'],
    ['Member name', 'customerName'],
    ['Policyholder', 'customerName'],
    ["Nom de l'assuré", 'customerName'],
    ['Vakuutuksenottaja', 'customerName'],
  ])('%s → %s', (label, want) => expect(key(label)).toBe(want));

  it.each([
    'Account manager',
    'Account owner',
    'Owner',
    'Assigned to',
    'Agent',
    'Created by',
    'Gestionnaire de compte',
    'Vastuuhenkilö',
    'Account type',
    'Account status',
    'Type de compte',
    'Status',
    'Pankkitilinumero',
    'Käyttöpaikkanumero',
    'Henkilötunnus',
    'Tilausnumero',
    'MPRN',
    'Claim reference',
  ])('ignores %s', (label) => expect(key(label)).toBeNull());

  it('reads a "Label : value" text node with a no-break space before the colon', () => {
    document.body.innerHTML =
      '<main><p>Téléphone\u00a0: 06 12 34 56 78</p><p>Nom\u00a0: Hélène Dubois</p></main>';
    const fields = capturePage(document).fields;
    expect(fields.find((f) => f.key === 'phone')).toMatchObject({
      value: '06 12 34 56 78',
      label: 'Téléphone',
      source: 'label',
    });
    expect(fields.find((f) => f.key === 'customerName')?.value).toBe('Hélène Dubois');
  });

  it('combines first and last name only when no header name exists', () => {
    document.body.innerHTML =
      '<main><dl><dt>Etunimi</dt><dd>Matti</dd><dt>Sukunimi</dt><dd>Jääskeläinen</dd></dl></main>';
    expect(capturePage(document).fields[0]).toMatchObject({
      key: 'customerName',
      value: 'Matti Jääskeläinen',
    });
    document.body.innerHTML =
      '<main><h1>Matti K. Jääskeläinen</h1><dl><dt>Etunimi</dt><dd>Matti</dd><dt>Sukunimi</dt><dd>Jääskeläinen</dd></dl></main>';
    expect(capturePage(document).fields[0]?.value).toBe('Matti K. Jääskeläinen');
  });
});
