// Demo CRM data set. Fixed and deterministic: no randomness, no clock.
// The demo's "today" is Monday 24 November 2025; every timestamp is UTC.

/** The signed-in agent (shown in the app header, never a customer). */
export const AGENT = {
  name: 'Jane Agent',
  email: 'jane.agent@democrm.example',
  initials: 'JA',
};

export const TODAY = '2025-11-24';

/**
 * Customers. `id` is the opaque record id used in URLs (/customers/c-1001).
 * type: residential | business | premium; status: active | suspended.
 */
export const CUSTOMERS = [
  {
    id: 'c-1001',
    name: 'Hélène Dubois-Lefèvre',
    account: 'ACC-004211',
    email: 'hélène.dubois@exemple.fr',
    phone: '+33 6 12 34 56 78',
    address: ['18 rue des Lilas', '69003 Lyon', 'France'],
    city: 'Lyon',
    country: 'FR',
    type: 'premium',
    status: 'active',
    since: '2017-03-14',
    manager: 'Camille Martin',
    language: 'fr',
    preferredChannel: 'phone',
    contacts: [
      {
        name: 'Paul Lefèvre',
        relationship: 'spouse',
        phone: '+33 6 98 76 54 32',
        email: 'paul.lefevre@exemple.fr',
      },
      { name: 'Émilie Dubois', relationship: 'daughter', phone: '', email: 'emilie.d@exemple.fr' },
    ],
    activity: [
      {
        at: '2025-11-19T14:40:00Z',
        kind: 'email-out',
        by: 'Marc Leroy',
        text: 'Refund confirmation for the duplicate October charge sent to the customer.',
      },
      {
        at: '2025-06-02T09:12:00Z',
        kind: 'note',
        by: 'Camille Martin',
        text: 'Upgraded to Premium after annual review. Prefers calls in the morning.',
      },
    ],
  },
  {
    id: 'c-1002',
    name: 'Matti Jääskeläinen',
    account: 'ACC-007358',
    email: 'matti.jaaskelainen@esimerkki.fi',
    phone: '+358 40 123 4567',
    address: ['Hämeenkatu 12 B 7', '33100 Tampere', 'Finland'],
    city: 'Tampere',
    country: 'FI',
    type: 'residential',
    status: 'active',
    since: '2020-08-01',
    manager: 'Pekka Salonen',
    language: 'fi',
    preferredChannel: 'chat',
    contacts: [
      {
        name: 'Liisa Jääskeläinen',
        relationship: 'spouse',
        phone: '+358 44 765 4321',
        email: '',
      },
    ],
    activity: [
      {
        at: '2025-11-21T17:05:00Z',
        kind: 'note',
        by: 'Liisa Koskinen',
        text: 'Router rebooted remotely; line test passed. Customer asked to call back if it happens again.',
      },
    ],
  },
  {
    id: 'c-1003',
    name: "Sarah O'Brien",
    account: 'ACC-001942',
    email: 'sarah.obrien@example.com',
    phone: '(415) 555-0134',
    address: ['2150 Divisadero St, Apt 4', 'San Francisco, CA 94115', 'United States'],
    city: 'San Francisco',
    country: 'US',
    type: 'residential',
    status: 'active',
    since: '2019-11-05',
    manager: 'Daniel Kim',
    language: 'en',
    preferredChannel: 'email',
    contacts: [
      {
        name: "Michael O'Brien",
        relationship: 'authorised-user',
        phone: '(415) 555-0199',
        email: 'mike.obrien@example.com',
      },
    ],
    activity: [],
  },
  {
    id: 'c-1004',
    name: 'Oluwaseun Adeyemi',
    account: 'ACC-010587',
    email: 'seun.adeyemi@example.co.uk',
    phone: '+44 20 7946 0321',
    address: ['Flat 3, 27 Clapham Road', 'London SW9 0JF', 'United Kingdom'],
    city: 'London',
    country: 'GB',
    type: 'business',
    status: 'active',
    since: '2022-01-17',
    manager: 'Grace Okafor',
    language: 'en',
    preferredChannel: 'email',
    contacts: [
      {
        name: 'Tunde Bakare',
        relationship: 'billing-contact',
        phone: '+44 20 7946 0888',
        email: 'accounts@adeyemi-design.example.co.uk',
      },
    ],
    activity: [],
  },
  {
    id: 'c-1005',
    name: 'Nguyễn Thị Mai',
    account: 'ACC-008834',
    email: 'mai.nguyen@example.ca',
    phone: '+1 514-555-0178',
    address: ['4521 rue Saint-Denis', 'Montréal, QC H2J 2L4', 'Canada'],
    city: 'Montréal',
    country: 'CA',
    type: 'residential',
    status: 'active',
    since: '2021-05-22',
    manager: 'Daniel Kim',
    language: 'fr',
    preferredChannel: 'phone',
    contacts: [],
    activity: [],
  },
  {
    id: 'c-1006',
    name: 'José María García-López',
    account: 'ACC-003376',
    email: 'josemaria.garcia@ejemplo.es',
    phone: '+34 612 345 678',
    address: ['Calle de Alcalá 145, 3º B', '28009 Madrid', 'Spain'],
    city: 'Madrid',
    country: 'ES',
    type: 'residential',
    status: 'active',
    since: '2018-09-30',
    manager: 'Grace Okafor',
    language: 'es',
    preferredChannel: 'phone',
    contacts: [
      {
        name: 'Lucía Fernández',
        relationship: 'partner',
        phone: '+34 699 112 233',
        email: '',
      },
    ],
    activity: [],
  },
  {
    id: 'c-1007',
    name: 'Aino Virtanen',
    account: 'ACC-012045',
    email: 'aino.virtanen@esimerkki.fi',
    phone: '+358 50 987 6543',
    address: ['Mannerheimintie 55 A 12', '00250 Helsinki', 'Finland'],
    city: 'Helsinki',
    country: 'FI',
    type: 'premium',
    status: 'active',
    since: '2016-02-11',
    manager: 'Pekka Salonen',
    language: 'fi',
    preferredChannel: 'email',
    contacts: [
      {
        name: 'Emma Virtanen',
        relationship: 'daughter',
        phone: '040 765 4321',
        email: 'emma.virtanen@esimerkki.fi',
      },
    ],
    activity: [],
  },
  {
    id: 'c-1008',
    name: "Jean-Baptiste N'Diaye",
    account: 'ACC-009912',
    email: 'jb.ndiaye@exemple.be',
    phone: '+32 470 12 34 56',
    address: ['Avenue Louise 231', '1050 Bruxelles', 'Belgium'],
    city: 'Bruxelles',
    country: 'BE',
    type: 'business',
    status: 'suspended',
    since: '2023-04-03',
    manager: 'Camille Martin',
    language: 'fr',
    preferredChannel: 'phone',
    contacts: [
      {
        name: 'Awa Diop',
        relationship: 'assistant',
        phone: '+32 2 555 12 34',
        email: 'awa.diop@exemple.be',
      },
    ],
    activity: [
      {
        at: '2025-11-21T08:00:00Z',
        kind: 'note',
        by: 'Billing system',
        text: 'Direct debit rejected by the bank (closed account). Service suspended pending payment.',
      },
    ],
  },
  {
    id: 'c-1009',
    name: 'Priya Raghunathan',
    account: 'ACC-011203',
    email: 'priya.r@example.in',
    phone: '+91 98765 43210',
    address: ['No. 14, 2nd Cross, Indiranagar', 'Bengaluru 560038', 'India'],
    city: 'Bengaluru',
    country: 'IN',
    type: 'business',
    status: 'active',
    since: '2024-07-19',
    manager: 'Daniel Kim',
    language: 'en',
    preferredChannel: 'chat',
    contacts: [],
    activity: [],
  },
  {
    id: 'c-1010',
    name: 'Lars-Erik Øvergaard',
    account: 'ACC-002689',
    email: 'lars-erik.overgaard@eksempel.no',
    phone: '+47 412 34 567',
    address: ['Thorvald Meyers gate 40', '0555 Oslo', 'Norway'],
    city: 'Oslo',
    country: 'NO',
    type: 'residential',
    status: 'active',
    since: '2015-10-08',
    manager: 'Pekka Salonen',
    language: 'en',
    preferredChannel: 'email',
    contacts: [],
    activity: [],
  },
  {
    id: 'c-1011',
    name: 'Marc Dubois',
    account: 'ACC-006530',
    email: 'marc.dubois@exemple.fr',
    phone: '01 42 68 53 00',
    address: ['7 boulevard Voltaire', '75011 Paris', 'France'],
    city: 'Paris',
    country: 'FR',
    type: 'residential',
    status: 'active',
    since: '2021-12-01',
    manager: 'Camille Martin',
    language: 'fr',
    preferredChannel: 'phone',
    contacts: [],
    activity: [],
  },
  {
    id: 'c-1012',
    name: 'Emma Virtanen',
    account: 'ACC-012377',
    email: 'emma.virtanen@esimerkki.fi',
    phone: '040 765 4321',
    address: ['Tapiolantie 8 C 21', '02100 Espoo', 'Finland'],
    city: 'Espoo',
    country: 'FI',
    type: 'residential',
    status: 'active',
    since: '2024-02-29',
    manager: 'Pekka Salonen',
    language: 'fi',
    preferredChannel: 'chat',
    contacts: [
      {
        name: 'Aino Virtanen',
        relationship: 'parent',
        phone: '+358 50 987 6543',
        email: '',
      },
    ],
    activity: [],
  },
];

/**
 * Cases. status: new | open | pending | resolved | closed;
 * priority: low | medium | high | urgent; channel: phone | chat | email;
 * category: billing | address-change | password-reset | replacement-part | plan-change | technical.
 * `activity` entries are case-specific events (kind: call | chat | email-in | email-out | note | transfer).
 */
export const CASES = [
  {
    id: 'CS-10482',
    customerId: 'c-1001',
    subject: 'Moving house: update service and billing address',
    category: 'address-change',
    channel: 'phone',
    status: 'open',
    priority: 'high',
    created: '2025-11-24T08:42:00Z',
    updated: '2025-11-24T08:55:00Z',
    owner: 'Jane Agent',
    queue: 'Customer Care',
    description:
      'Customer is moving on 1 December to 42 avenue Jean Jaurès, 69007 Lyon. Service and billing address must change; she wants the router moved without a gap in service.',
    activity: [
      {
        at: '2025-11-24T08:42:00Z',
        kind: 'call',
        by: 'Jane Agent',
        text: 'Inbound call from the customer. Identity verified.',
      },
      {
        at: '2025-11-24T08:51:00Z',
        kind: 'note',
        by: 'Jane Agent',
        text: 'Customer mentions the duplicate charge handled last week in CS-10455 and wants to be sure the refund is not lost with the move.',
      },
    ],
  },
  {
    id: 'CS-10455',
    customerId: 'c-1001',
    subject: 'Charged twice for the October invoice',
    category: 'billing',
    channel: 'chat',
    status: 'resolved',
    priority: 'medium',
    created: '2025-11-19T14:05:00Z',
    updated: '2025-11-19T14:38:00Z',
    owner: 'Marc Leroy',
    queue: 'Billing',
    description:
      'The October invoice was collected twice by direct debit. Refund of the second collection requested.',
    activity: [
      {
        at: '2025-11-19T14:05:00Z',
        kind: 'chat',
        by: 'Marc Leroy',
        text: 'Chat started from the customer portal.',
      },
      {
        at: '2025-11-19T14:21:00Z',
        kind: 'transfer',
        by: 'Amélie Roux',
        queue: 'Billing',
        text: 'Transferred from Customer Care to Billing.',
      },
      {
        at: '2025-11-19T14:38:00Z',
        kind: 'note',
        by: 'Marc Leroy',
        text: 'Refund of €39.90 issued, 3–5 business days.',
      },
    ],
  },
  {
    id: 'CS-10317',
    customerId: 'c-1001',
    subject: 'Replacement power supply for the TV box',
    category: 'replacement-part',
    channel: 'email',
    status: 'closed',
    priority: 'low',
    created: '2025-09-02T10:20:00Z',
    updated: '2025-09-05T16:00:00Z',
    owner: 'Amélie Roux',
    queue: 'Customer Care',
    description: 'TV box power supply stopped working. Replacement shipped by post.',
    activity: [
      {
        at: '2025-09-02T10:20:00Z',
        kind: 'email-in',
        by: 'Hélène Dubois-Lefèvre',
        text: 'Email received: TV box does not power on.',
      },
      {
        at: '2025-09-03T09:00:00Z',
        kind: 'note',
        by: 'Amélie Roux',
        text: 'Replacement power supply shipped (tracking 8R012345678FR).',
      },
    ],
  },
  {
    id: 'CS-10490',
    customerId: 'c-1002',
    subject: 'Internet connection keeps dropping (again)',
    category: 'technical',
    channel: 'phone',
    status: 'open',
    priority: 'urgent',
    created: '2025-11-24T09:15:00Z',
    updated: '2025-11-24T09:20:00Z',
    owner: 'Jane Agent',
    queue: 'Tier 2 Technical',
    description:
      'Connection drops several times every evening since last week. Same symptom as CS-10471, which was closed after a remote reboot.',
    activity: [
      {
        at: '2025-11-24T09:15:00Z',
        kind: 'call',
        by: 'Jane Agent',
        text: 'Inbound call. Customer says the problem came back the same evening.',
      },
      {
        at: '2025-11-24T09:20:00Z',
        kind: 'note',
        by: 'Jane Agent',
        text: 'Second contact in 3 days about the same issue; see CS-10471.',
      },
    ],
  },
  {
    id: 'CS-10471',
    customerId: 'c-1002',
    subject: 'Intermittent internet connection in the evenings',
    category: 'technical',
    channel: 'chat',
    status: 'resolved',
    priority: 'high',
    created: '2025-11-21T16:30:00Z',
    updated: '2025-11-21T17:05:00Z',
    owner: 'Liisa Koskinen',
    queue: 'Tier 2 Technical',
    description: 'Connection drops in the evenings. Remote reboot performed.',
    activity: [
      {
        at: '2025-11-21T16:30:00Z',
        kind: 'chat',
        by: 'Tom Harris',
        text: 'Chat started. Basic troubleshooting done.',
      },
      {
        at: '2025-11-21T16:48:00Z',
        kind: 'transfer',
        by: 'Tom Harris',
        queue: 'Tier 2 Technical',
        text: 'Transferred to Tier 2 Technical.',
      },
      {
        at: '2025-11-21T17:05:00Z',
        kind: 'note',
        by: 'Liisa Koskinen',
        text: 'Remote reboot, line test OK. Resolved.',
      },
    ],
  },
  {
    id: 'CS-10402',
    customerId: 'c-1002',
    subject: 'Upgrade to 1 Gbit/s plan',
    category: 'plan-change',
    channel: 'email',
    status: 'closed',
    priority: 'low',
    created: '2025-10-14T07:45:00Z',
    updated: '2025-10-15T12:10:00Z',
    owner: 'Liisa Koskinen',
    queue: 'Sales',
    description: 'Customer asked to move from 300 Mbit/s to 1 Gbit/s.',
    activity: [],
  },
  {
    id: 'CS-10486',
    customerId: 'c-1003',
    subject: 'Locked out of online account; reset email never arrived',
    category: 'password-reset',
    channel: 'chat',
    status: 'open',
    priority: 'medium',
    created: '2025-11-24T07:58:00Z',
    updated: '2025-11-24T08:04:00Z',
    owner: 'Jane Agent',
    queue: 'Customer Care',
    description:
      'Customer is locked out after too many attempts. The password reset email from CS-10463 expired before she could use it.',
    activity: [
      {
        at: '2025-11-24T07:58:00Z',
        kind: 'chat',
        by: 'Jane Agent',
        text: 'Chat started from the login page.',
      },
    ],
  },
  {
    id: 'CS-10463',
    customerId: 'c-1003',
    subject: 'Password reset link expired',
    category: 'password-reset',
    channel: 'email',
    status: 'resolved',
    priority: 'low',
    created: '2025-11-20T18:12:00Z',
    updated: '2025-11-21T09:30:00Z',
    owner: 'Tom Harris',
    queue: 'Customer Care',
    description: 'New reset link sent by email.',
    activity: [],
  },
  {
    id: 'CS-10479',
    customerId: 'c-1004',
    subject: 'Question about the pro-rata charge after upgrade',
    category: 'billing',
    channel: 'email',
    status: 'pending',
    priority: 'medium',
    created: '2025-11-23T11:02:00Z',
    updated: '2025-11-23T15:40:00Z',
    owner: 'Jane Agent',
    queue: 'Billing',
    description: 'Customer does not understand the £12.40 pro-rata line on the November invoice.',
    activity: [
      {
        at: '2025-11-23T15:40:00Z',
        kind: 'email-out',
        by: 'Jane Agent',
        text: 'Explained the pro-rata calculation; waiting for the customer to confirm.',
      },
    ],
  },
  {
    id: 'CS-10484',
    customerId: 'c-1005',
    subject: 'Replacement power adapter for the router',
    category: 'replacement-part',
    channel: 'phone',
    status: 'new',
    priority: 'medium',
    created: '2025-11-24T08:10:00Z',
    updated: '2025-11-24T08:10:00Z',
    owner: 'Jane Agent',
    queue: 'Customer Care',
    description: 'Router power adapter cracked. Customer asks for a replacement.',
    activity: [],
  },
  {
    id: 'CS-10477',
    customerId: 'c-1006',
    subject: 'Wants to move to the family plan',
    category: 'plan-change',
    channel: 'phone',
    status: 'open',
    priority: 'low',
    created: '2025-11-22T10:30:00Z',
    updated: '2025-11-22T10:45:00Z',
    owner: 'Jane Agent',
    queue: 'Sales',
    description: 'Add two lines for family members and move to the family plan.',
    activity: [],
  },
  {
    id: 'CS-10468',
    customerId: 'c-1007',
    subject: 'Update billing address',
    category: 'address-change',
    channel: 'email',
    status: 'resolved',
    priority: 'low',
    created: '2025-11-20T06:50:00Z',
    updated: '2025-11-20T12:00:00Z',
    owner: 'Liisa Koskinen',
    queue: 'Customer Care',
    description: 'Billing address updated.',
    activity: [],
  },
  {
    id: 'CS-10488',
    customerId: 'c-1008',
    subject: 'Direct debit failed: new bank account',
    category: 'billing',
    channel: 'phone',
    status: 'open',
    priority: 'high',
    created: '2025-11-24T10:02:00Z',
    updated: '2025-11-24T10:02:00Z',
    owner: 'Jane Agent',
    queue: 'Billing',
    description:
      'Direct debit was rejected; customer has a new bank account and wants service restored today.',
    activity: [],
  },
  {
    id: 'CS-10459',
    customerId: 'c-1009',
    subject: 'Cannot connect the new mesh extender',
    category: 'technical',
    channel: 'chat',
    status: 'closed',
    priority: 'medium',
    created: '2025-11-19T05:20:00Z',
    updated: '2025-11-19T06:05:00Z',
    owner: 'Tom Harris',
    queue: 'Tier 1 Technical',
    description: 'Pairing issue solved by a firmware update.',
    activity: [],
  },
  {
    id: 'CS-10445',
    customerId: 'c-1010',
    subject: 'Downgrade to the basic plan',
    category: 'plan-change',
    channel: 'email',
    status: 'closed',
    priority: 'low',
    created: '2025-11-14T13:00:00Z',
    updated: '2025-11-15T08:30:00Z',
    owner: 'Tom Harris',
    queue: 'Sales',
    description: 'Plan changed from the next billing cycle.',
    activity: [],
  },
  {
    id: 'CS-10474',
    customerId: 'c-1011',
    subject: 'Forgot password for the customer portal',
    category: 'password-reset',
    channel: 'phone',
    status: 'resolved',
    priority: 'low',
    created: '2025-11-22T15:10:00Z',
    updated: '2025-11-22T15:18:00Z',
    owner: 'Amélie Roux',
    queue: 'Customer Care',
    description: 'Reset link sent while on the phone; customer logged in.',
    activity: [],
  },
  {
    id: 'CS-10437',
    customerId: 'c-1012',
    subject: 'Invoice sent to the wrong email address',
    category: 'billing',
    channel: 'chat',
    status: 'closed',
    priority: 'low',
    created: '2025-11-10T12:00:00Z',
    updated: '2025-11-10T12:25:00Z',
    owner: 'Liisa Koskinen',
    queue: 'Billing',
    description: 'Billing email corrected and invoice re-sent.',
    activity: [],
  },
];

export const OPEN_STATUSES = ['new', 'open', 'pending'];

export function getCustomer(id) {
  return CUSTOMERS.find((c) => c.id === id) ?? null;
}

export function getCase(id) {
  return CASES.find((k) => k.id.toLowerCase() === String(id).toLowerCase()) ?? null;
}

/** Cases of a customer, newest first. */
export function casesOf(customerId) {
  return CASES.filter((k) => k.customerId === customerId).sort((a, b) =>
    b.created.localeCompare(a.created),
  );
}

export function isOpen(kase) {
  return OPEN_STATUSES.includes(kase.status);
}

/** Open cases owned by the signed-in agent, newest first. */
export function myOpenCases() {
  return CASES.filter((k) => k.owner === AGENT.name && isOpen(k)).sort((a, b) =>
    b.created.localeCompare(a.created),
  );
}

export function allCases() {
  return [...CASES].sort((a, b) => b.created.localeCompare(a.created));
}

function fold(s) {
  return String(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .toLowerCase();
}

/** Search customers by name, account number, email, phone or city; cases by id or subject. */
export function search(query) {
  const q = fold(query).trim();
  if (!q) return { customers: [], cases: [] };
  const digits = q.replace(/\D/g, '');
  const customers = CUSTOMERS.filter((c) => {
    const hay = fold([c.name, c.account, c.email, c.city, c.address.join(' ')].join(' '));
    if (hay.includes(q)) return true;
    return digits.length >= 4 && c.phone.replace(/\D/g, '').includes(digits);
  });
  const cases = CASES.filter((k) => fold(`${k.id} ${k.subject}`).includes(q));
  return { customers, cases };
}
