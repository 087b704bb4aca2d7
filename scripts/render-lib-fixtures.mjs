// Renders the corpus pages tests/fixtures/crm/lib*-*.html with the REAL component libraries (MUI,
// Ant Design, Mantine, Fluent UI v8 and v9, Zendesk Garden, react-bootstrap, Chakra v2,
// Salesforce's design-system-react), server-side, so part of the capture corpus is markup nobody
// wrote by hand. The libraries are not project dependencies; run it in a scratch directory:
//
//   mkdir /tmp/libs && cd /tmp/libs && npm init -y && npm install --legacy-peer-deps react@18 \
//     react-dom@18 @mui/material @emotion/react @emotion/styled antd @mantine/core@7 \
//     @mantine/hooks@7 @fluentui/react-components @zendeskgarden/react-forms \
//     @zendeskgarden/react-theming styled-components react-bootstrap @chakra-ui/react@2 \
//     framer-motion@11 @salesforce/design-system-react @fluentui/react@8
//   node <repo>/scripts/render-lib-fixtures.mjs <repo>/tests/fixtures/crm
//
// Then format the JSON (npx prettier --write "tests/fixtures/crm/lib-*.json") and check each
// expected.json by eye: it states what a person reads on the page.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The libraries live in the scratch directory this runs from, not in the repository.
const load = createRequire(join(process.cwd(), 'package.json'));
const React = load('react');
const { renderToString } = load('react-dom/server');
const h = React.createElement;
const OUT_DIR = process.argv[2] ?? 'out';
const out = (name, body, expected) => {
  const { lang, ...rest } = expected;
  const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head><body>
<header class="app-header" role="banner"><nav><a href="/">Home</a><a href="/cases">Cases</a></nav><div class="user">Logged in as <b>Jane Agent</b> jane.agent@contoso.example</div></header>
<main>${body}</main></body></html>`;
  writeFileSync(`${OUT_DIR}/${name}.html`, page);
  writeFileSync(
    `${OUT_DIR}/${name}.expected.json`,
    JSON.stringify({ kind: 'record', ...rest }, null, 2) + '\n',
  );
};
const C = {
  account: 'CUS-0048213',
  name: 'Aino Virtanen',
  email: 'aino.virtanen@example.fi',
  phone: '+358 40 765 4321',
  caseId: 'CS-220417',
};
// What a person reads on most first-batch pages: every field of customer C.
const ALL_FIELDS = {
  accountNumber: C.account,
  customerName: C.name,
  email: C.email,
  phone: C.phone,
  caseId: C.caseId,
};
const decoys = ['Laura Bianchi', 'CS-219004', 'jane.agent@contoso.example', 'Jane Agent'];
const feed = (title, items) =>
  `<section><h3>${title}</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></section>`;

// ---------- MUI
{
  const {
    TextField,
    Card,
    CardContent,
    CardHeader,
    Chip,
    Stack,
    List,
    ListItem,
    ListItemText,
    Typography,
    ThemeProvider,
    createTheme,
  } = load('@mui/material');
  const tf = (label, value) =>
    h(TextField, {
      label,
      value,
      InputProps: { readOnly: true },
      fullWidth: true,
      variant: 'outlined',
      size: 'small',
    });
  const body = renderToString(
    h(
      ThemeProvider,
      { theme: createTheme() },
      h(
        Card,
        null,
        h(CardHeader, { title: C.name, subheader: 'Customer' }),
        h(
          CardContent,
          null,
          h(
            Stack,
            { spacing: 2 },
            h(Chip, { label: 'Active', color: 'success' }),
            tf('Account number', C.account),
            tf('Full name', C.name),
            tf('Email', C.email),
            tf('Phone', C.phone),
            tf('Account manager', 'Laura Bianchi'),
            tf('Account type', 'Premium'),
            tf('Case number', C.caseId),
          ),
        ),
      ),
    ),
  );
  out(
    'lib-mui-textfields-en',
    body + feed('Activity', [`Case ${'CS-219004'} closed by Laura Bianchi`]),
    {
      lang: 'en',
      fields: {
        accountNumber: C.account,
        customerName: C.name,
        email: C.email,
        phone: C.phone,
        caseId: C.caseId,
      },
      mustNotCapture: decoys.concat(['Premium']),
    },
  );

  const li = (primary, secondary) => h(ListItem, null, h(ListItemText, { primary, secondary }));
  const body2 = renderToString(
    h(
      ThemeProvider,
      { theme: createTheme() },
      h(
        Card,
        null,
        h(
          CardContent,
          null,
          h(Typography, { variant: 'h5', component: 'h1' }, C.name),
          h(
            List,
            null,
            li('Numéro de client', C.account),
            li('Courriel', C.email),
            li('Téléphone', C.phone),
            li('Gestionnaire de compte', 'Laura Bianchi'),
            li('Dossier', C.caseId),
          ),
        ),
      ),
    ),
  );
  out('lib-mui-list-fr', body2 + feed('Historique', ['Dossier CS-219004 clos']), {
    lang: 'fr',
    fields: ALL_FIELDS,
    mustNotCapture: decoys,
  });
}

// ---------- Ant Design
{
  const { Descriptions, Form, Input, Card, ConfigProvider } = load('antd');
  const items = [
    { key: 1, label: 'Asiakasnumero', children: C.account },
    { key: 2, label: 'Nimi', children: C.name },
    { key: 3, label: 'Sähköposti', children: C.email },
    { key: 4, label: 'Puhelin', children: C.phone },
    { key: 5, label: 'Asiakasvastaava', children: 'Laura Bianchi' },
    { key: 6, label: 'Tapaus', children: C.caseId },
  ];
  const body = renderToString(
    h(
      ConfigProvider,
      null,
      h(
        Card,
        null,
        h(Descriptions, { title: 'Asiakkaan tiedot', bordered: true, items, column: 2 }),
      ),
    ),
  );
  out('lib-antd-descriptions-fi', body + feed('Tapahtumahistoria', ['Tapaus CS-219004 suljettu']), {
    lang: 'fi',
    fields: ALL_FIELDS,
    mustNotCapture: decoys,
  });

  const fi = (label, value) => h(Form.Item, { label }, h(Input, { value, readOnly: true }));
  const body2 = renderToString(
    h(
      ConfigProvider,
      null,
      h(
        Card,
        { title: C.name },
        h(
          Form,
          { layout: 'vertical' },
          fi('Customer number', C.account),
          fi('Email address', C.email),
          fi('Mobile phone', C.phone),
          fi('Account owner', 'Laura Bianchi'),
          fi('Ticket', C.caseId),
        ),
      ),
    ),
  );
  out('lib-antd-form-en', body2, {
    lang: 'en',
    fields: ALL_FIELDS,
    mustNotCapture: decoys,
  });
}

// ---------- Mantine
{
  const { MantineProvider, TextInput, Paper, Title, Stack, Group, Text } = load('@mantine/core');
  const ti = (label, value) => h(TextInput, { label, value, readOnly: true });
  const body = renderToString(
    h(
      MantineProvider,
      null,
      h(
        Paper,
        { p: 'md' },
        h(Title, { order: 2 }, C.name),
        h(
          Stack,
          null,
          ti('Account number', C.account),
          ti('E-mail', C.email),
          ti('Phone number', C.phone),
          ti('Account manager', 'Laura Bianchi'),
          ti('Case ID', C.caseId),
        ),
      ),
    ),
  );
  out('lib-mantine-inputs-en', body, {
    lang: 'en',
    fields: ALL_FIELDS,
    mustNotCapture: decoys,
  });
  const pair = (label, value) =>
    h(Group, null, h(Text, { c: 'dimmed', size: 'sm' }, label), h(Text, null, value));
  const body2 = renderToString(
    h(
      MantineProvider,
      null,
      h(
        Paper,
        { p: 'md' },
        h(Title, { order: 2 }, C.name),
        h(
          Stack,
          null,
          pair('N° client', C.account),
          pair('Courriel', C.email),
          pair('Téléphone', C.phone),
          pair('Responsable du compte', 'Laura Bianchi'),
          pair('Dossier', C.caseId),
        ),
      ),
    ),
  );
  out('lib-mantine-text-fr', body2, {
    lang: 'fr',
    fields: ALL_FIELDS,
    mustNotCapture: decoys,
  });
}

// ---------- Fluent UI v9
{
  const { FluentProvider, webLightTheme, Field, Input, Card, CardHeader, Title3 } = load(
    '@fluentui/react-components',
  );
  const fld = (label, value) => h(Field, { label }, h(Input, { value, readOnly: true }));
  const body = renderToString(
    h(
      FluentProvider,
      { theme: webLightTheme },
      h(
        Card,
        null,
        h(CardHeader, { header: h(Title3, null, C.name) }),
        fld('Numéro de compte', C.account),
        fld('Adresse e-mail', C.email),
        fld('Téléphone mobile', C.phone),
        fld('Propriétaire du compte', 'Laura Bianchi'),
        fld('Numéro de dossier', C.caseId),
      ),
    ),
  );
  out('lib-fluent9-fields-fr', body, {
    lang: 'fr',
    fields: { accountNumber: C.account, email: C.email, phone: C.phone, caseId: C.caseId },
    mustNotCapture: decoys,
  });
}

// ---------- Zendesk Garden
{
  const { ThemeProvider } = load('@zendeskgarden/react-theming');
  const { Field, Label, Input } = load('@zendeskgarden/react-forms');
  const fld = (label, value) =>
    h(Field, null, h(Label, null, label), h(Input, { value, readOnly: true }));
  const body = renderToString(
    h(
      ThemeProvider,
      null,
      h(
        'div',
        null,
        h('h2', null, C.name),
        fld('Customer ID', C.account),
        fld('Email', C.email),
        fld('Phone', C.phone),
        fld('Assignee', 'Laura Bianchi'),
        fld('Ticket ID', C.caseId),
      ),
    ),
  );
  out('lib-garden-fields-en', body, {
    lang: 'en',
    fields: ALL_FIELDS,
    mustNotCapture: decoys,
  });
}

// ---------- react-bootstrap
{
  const { Form, Card, Row, Col } = load('react-bootstrap');
  const grp = (id, label, value) =>
    h(
      Form.Group,
      { as: Row, controlId: id, className: 'mb-2' },
      h(Form.Label, { column: true, sm: 3 }, label),
      h(Col, { sm: 9 }, h(Form.Control, { plaintext: true, readOnly: true, defaultValue: value })),
    );
  const body = renderToString(
    h(
      Card,
      null,
      h(Card.Header, null, h('h2', null, C.name)),
      h(
        Card.Body,
        null,
        h(
          Form,
          null,
          grp('acc', 'Asiakastunnus', C.account),
          grp('mail', 'Sähköposti', C.email),
          grp('tel', 'Matkapuhelin', C.phone),
          grp('owner', 'Vastuuhenkilö', 'Laura Bianchi'),
          grp('case', 'Tapausnumero', C.caseId),
        ),
      ),
    ),
  );
  out('lib-bootstrap-plaintext-fi', body, {
    lang: 'fi',
    fields: ALL_FIELDS,
    mustNotCapture: decoys,
  });
}

// ---------- Chakra v2
{
  const {
    ChakraProvider,
    FormControl,
    FormLabel,
    Input,
    Box,
    Heading,
    Stat,
    StatLabel,
    StatNumber,
  } = load('@chakra-ui/react');
  const fc = (label, value) =>
    h(FormControl, null, h(FormLabel, null, label), h(Input, { value, readOnly: true }));
  const body = renderToString(
    h(
      ChakraProvider,
      null,
      h(
        Box,
        null,
        h(Heading, { as: 'h1' }, C.name),
        fc('Account number', C.account),
        fc('Email', C.email),
        fc('Phone', C.phone),
        fc('Account manager', 'Laura Bianchi'),
        fc('Case', C.caseId),
        h(Stat, null, h(StatLabel, null, 'Lifetime value'), h(StatNumber, null, '€1,240')),
      ),
    ),
  );
  out('lib-chakra2-form-en', body, {
    lang: 'en',
    fields: ALL_FIELDS,
    mustNotCapture: decoys.concat(['€1,240']),
  });
}
// ---------- Second batch: list views (no fields at all) and harder record variants
const people = [
  ['CUS-0048213', 'Aino Virtanen', 'aino.virtanen@example.fi', '+358 40 765 4321'],
  ['CUS-0048214', 'Marc Lefebvre', 'marc.lefebvre@example.fr', '+33 6 22 33 44 55'],
  ['CUS-0048215', 'Sara Lind', 'sara.lind@example.se', '+46 70 123 45 67'],
  ['CUS-0048216', 'Tom Baker', 'tom.baker@example.co.uk', '+44 7700 900123'],
];
const cols = ['Account number', 'Name', 'Email', 'Phone'];
const listExp = (lang) => ({ lang, kind: 'list', fields: {}, mustNotCapture: people.flat() });
// ---- list views
{
  const { Table } = load('antd');
  const body = renderToString(
    h(Table, {
      pagination: false,
      rowKey: 'a',
      columns: cols.map((c, i) => ({ title: c, dataIndex: 'abcd'[i], key: c })),
      dataSource: people.map(([a, b, c, d]) => ({ a, b, c, d })),
    }),
  );
  out('lib2-antd-table-list-en', '<h1>Customers</h1>' + body, listExp('en'));
}
{
  const { Table, TableHead, TableBody, TableRow, TableCell, Paper, TableContainer } =
    load('@mui/material');
  const body = renderToString(
    h(
      TableContainer,
      { component: Paper },
      h(
        Table,
        null,
        h(
          TableHead,
          null,
          h(
            TableRow,
            null,
            ...['Numéro de client', 'Nom', 'Courriel', 'Téléphone'].map((c) =>
              h(TableCell, { key: c }, c),
            ),
          ),
        ),
        h(
          TableBody,
          null,
          ...people.map((p) =>
            h(TableRow, { key: p[0] }, ...p.map((v) => h(TableCell, { key: v }, v))),
          ),
        ),
      ),
    ),
  );
  out('lib2-mui-table-list-fr', '<h1>Clients</h1>' + body, listExp('fr'));
}
{
  const { MantineProvider, Table } = load('@mantine/core');
  const body = renderToString(
    h(
      MantineProvider,
      null,
      h(
        Table,
        null,
        h(
          Table.Thead,
          null,
          h(
            Table.Tr,
            null,
            ...['Asiakasnumero', 'Nimi', 'Sähköposti', 'Puhelin'].map((c) =>
              h(Table.Th, { key: c }, c),
            ),
          ),
        ),
        h(
          Table.Tbody,
          null,
          ...people.map((p) =>
            h(Table.Tr, { key: p[0] }, ...p.map((v) => h(Table.Td, { key: v }, v))),
          ),
        ),
      ),
    ),
  );
  out('lib2-mantine-table-list-fi', '<h1>Asiakkaat</h1>' + body, listExp('fi'));
}
{
  const {
    FluentProvider,
    webLightTheme,
    Table,
    TableHeader,
    TableRow,
    TableHeaderCell,
    TableBody,
    TableCell,
  } = load('@fluentui/react-components');
  const body = renderToString(
    h(
      FluentProvider,
      { theme: webLightTheme },
      h(
        Table,
        null,
        h(
          TableHeader,
          null,
          h(TableRow, null, ...cols.map((c) => h(TableHeaderCell, { key: c }, c))),
        ),
        h(
          TableBody,
          null,
          ...people.map((p) =>
            h(TableRow, { key: p[0] }, ...p.map((v) => h(TableCell, { key: v }, v))),
          ),
        ),
      ),
    ),
  );
  out('lib2-fluent9-table-list-en', '<h1>Contacts</h1>' + body, listExp('en'));
}
// ---- record variants
{
  const {
    TextField,
    MenuItem,
    Card,
    CardContent,
    Typography,
    InputAdornment,
    ThemeProvider,
    createTheme,
  } = load('@mui/material');
  const body = renderToString(
    h(
      ThemeProvider,
      { theme: createTheme() },
      h(
        Card,
        null,
        h(
          CardContent,
          null,
          h(Typography, { variant: 'h4', component: 'h1' }, 'Marc Lefebvre'),
          h(TextField, {
            label: 'Customer number',
            value: 'CUS-0048214',
            variant: 'filled',
            helperText: 'Format CUS-0000000',
            InputProps: { readOnly: true },
          }),
          h(TextField, {
            label: 'Email',
            value: 'marc.lefebvre@example.fr',
            variant: 'standard',
            InputProps: {
              readOnly: true,
              startAdornment: h(InputAdornment, { position: 'start' }, '@'),
            },
          }),
          h(TextField, {
            label: 'Phone',
            value: '+33 6 22 33 44 55',
            variant: 'outlined',
            helperText: 'Verified 2 days ago',
            InputProps: { readOnly: true },
          }),
          h(
            TextField,
            { select: true, label: 'Preferred channel', value: 'phone' },
            h(MenuItem, { value: 'phone' }, 'Phone'),
            h(MenuItem, { value: 'email' }, 'Email'),
          ),
          h(TextField, {
            label: 'Search customers',
            value: '',
            placeholder: 'Name, email, phone…',
          }),
          h(TextField, { label: 'Ticket', value: 'TCK-77120', InputProps: { readOnly: true } }),
        ),
      ),
    ),
  );
  out('lib2-mui-variants-en', body, {
    lang: 'en',
    kind: 'record',
    fields: {
      accountNumber: 'CUS-0048214',
      customerName: 'Marc Lefebvre',
      email: 'marc.lefebvre@example.fr',
      phone: '+33 6 22 33 44 55',
      caseId: 'TCK-77120',
    },
    mustNotCapture: ['Jane Agent', 'jane.agent@contoso.example', 'Format CUS-0000000'],
  });
}
{
  const { Descriptions, Typography, Card, Tag } = load('antd');
  const items = [
    {
      key: 1,
      label: 'Numéro de contrat',
      children: h(Typography.Text, { copyable: true }, '7740012345'),
    },
    { key: 2, label: 'Nom complet', children: 'Marc Lefebvre' },
    {
      key: 3,
      label: 'Courriel',
      children: h('a', { href: 'mailto:marc.lefebvre@example.fr' }, 'marc.lefebvre@example.fr'),
    },
    { key: 4, label: 'Téléphone', children: '06 22 33 44 55' },
    { key: 5, label: 'Statut', children: h(Tag, { color: 'green' }, 'Actif') },
    { key: 6, label: 'Conseiller', children: 'Laura Bianchi' },
  ];
  const body = renderToString(
    h(Card, null, h(Descriptions, { title: 'Client', layout: 'vertical', bordered: true, items })),
  );
  out('lib2-antd-vertical-fr', body, {
    lang: 'fr',
    kind: 'record',
    fields: {
      accountNumber: '7740012345',
      customerName: 'Marc Lefebvre',
      email: 'marc.lefebvre@example.fr',
      phone: '06 22 33 44 55',
    },
    mustNotCapture: ['Laura Bianchi', 'Jane Agent', 'Actif'],
  });
}
{
  const { FluentProvider, webLightTheme, Field, Input, Dropdown, Option, Card, Title2, InfoLabel } =
    load('@fluentui/react-components');
  const body = renderToString(
    h(
      FluentProvider,
      { theme: webLightTheme },
      h(
        Card,
        null,
        h(Title2, { as: 'h1' }, 'Sara Lind'),
        h(
          Field,
          { label: h(InfoLabel, { info: 'The id on the contract' }, 'Customer ID') },
          h(Input, { value: 'CUS-0048215', readOnly: true }),
        ),
        h(
          Field,
          { label: 'Email', hint: 'Used for invoices' },
          h(Input, { value: 'sara.lind@example.se', readOnly: true, type: 'email' }),
        ),
        h(
          Field,
          { label: 'Mobile' },
          h(Input, { value: '+46 70 123 45 67', readOnly: true, type: 'tel' }),
        ),
        h(
          Field,
          { label: 'Language' },
          h(
            Dropdown,
            { value: 'Swedish', selectedOptions: ['sv'] },
            h(Option, { value: 'sv' }, 'Swedish'),
          ),
        ),
        h(Field, { label: 'Case number' }, h(Input, { value: 'CAS-01234-X1Y2Z3', readOnly: true })),
      ),
    ),
  );
  out('lib2-fluent9-infolabel-en', body, {
    lang: 'en',
    kind: 'record',
    fields: {
      accountNumber: 'CUS-0048215',
      customerName: 'Sara Lind',
      email: 'sara.lind@example.se',
      phone: '+46 70 123 45 67',
      caseId: 'CAS-01234-X1Y2Z3',
    },
    mustNotCapture: ['Jane Agent', 'jane.agent@contoso.example'],
  });
}
{
  const { ThemeProvider } = load('@zendeskgarden/react-theming');
  const { Field, Label, Hint, Input } = load('@zendeskgarden/react-forms');
  const f = (label, hint, value) =>
    h(
      Field,
      null,
      h(Label, null, label),
      hint && h(Hint, null, hint),
      h(Input, { value, readOnly: true }),
    );
  const body = renderToString(
    h(
      ThemeProvider,
      null,
      h(
        'div',
        null,
        h('h1', null, 'Tom Baker'),
        f('Asiakasnumero', 'Löytyy laskusta', '00417729031'),
        f('Sähköposti', null, 'tom.baker@example.co.uk'),
        f('Puhelin', 'Tarkistettu', '+44 7700 900123'),
        f('Tiketti', null, '#40981'),
      ),
    ),
  );
  out('lib2-garden-hints-fi', body, {
    lang: 'fi',
    kind: 'record',
    fields: {
      accountNumber: '00417729031',
      customerName: 'Tom Baker',
      email: 'tom.baker@example.co.uk',
      phone: '+44 7700 900123',
      caseId: '40981',
    },
    mustNotCapture: ['Jane Agent', 'Löytyy laskusta'],
  });
}
// ---------- Third batch: Salesforce's own React components (SLDS) and Fluent UI v8
// ---------- Salesforce Lightning (design-system-react)
{
  const { IconSettings, PageHeader, Card, Input, Tabs, TabsPanel, DataTable, DataTableColumn } =
    load('@salesforce/design-system-react');
  const details = [
    { label: 'Account Number', content: 'ACC-0091177' },
    { label: 'Phone', content: '(415) 555-0134' },
    { label: 'Account Owner', content: 'Laura Bianchi' },
    { label: 'Type', content: 'Customer - Direct' },
  ];
  const field = (label, value) =>
    h(Input, { label, value, isStatic: true, readOnly: true, id: label.replace(/\W/g, '') });
  const other = h(
    Card,
    { heading: 'Details' },
    field('Account Number', 'ACC-0099999'),
    field('Email', 'other.person@example.com'),
  );
  const body = renderToString(
    h(
      IconSettings,
      { iconPath: '/icons' },
      h(
        'div',
        null,
        h(
          Tabs,
          { id: 'console-tabs', defaultSelectedIndex: 0 },
          h(
            TabsPanel,
            { label: 'Olivia Grant' },
            h(PageHeader, {
              title: 'Olivia Grant',
              label: 'Person Account',
              variant: 'record-home',
              details,
            }),
            h(
              Card,
              { heading: 'Details' },
              field('Email', 'olivia.grant@example.com'),
              field('Mobile', '(415) 555-0199'),
              field('Case Number', '00001234'),
            ),
            h(
              Card,
              { heading: 'Related Contacts' },
              h(
                DataTable,
                {
                  items: [
                    {
                      id: '1',
                      name: 'Peter Grant',
                      email: 'peter.grant@example.com',
                      phone: '(415) 555-0100',
                    },
                    {
                      id: '2',
                      name: 'Ann Grant',
                      email: 'ann.grant@example.com',
                      phone: '(415) 555-0101',
                    },
                  ],
                },
                h(DataTableColumn, { label: 'Name', property: 'name' }),
                h(DataTableColumn, { label: 'Email', property: 'email' }),
                h(DataTableColumn, { label: 'Phone', property: 'phone' }),
              ),
            ),
          ),
          h(TabsPanel, { label: 'Other customer' }, other),
        ),
      ),
    ),
  );
  out('lib3-slds-console-en', body, {
    lang: 'en',
    fields: {
      accountNumber: 'ACC-0091177',
      customerName: 'Olivia Grant',
      email: 'olivia.grant@example.com',
      phone: '(415) 555-0134',
      caseId: '00001234',
    },
    mustNotCapture: [
      'Laura Bianchi',
      'ACC-0099999',
      'other.person@example.com',
      'Peter Grant',
      'peter.grant@example.com',
      'Jane Agent',
    ],
  });
}
// ---------- Fluent UI v8 (Dynamics-style)
{
  const { TextField, Label, Text, Persona, PersonaSize, Stack } = load('@fluentui/react');
  const tf = (label, value) => h(TextField, { label, value, readOnly: true, borderless: true });
  const body = renderToString(
    h(
      Stack,
      { tokens: { childrenGap: 8 } },
      h(Text, { variant: 'xLarge', as: 'h1' }, 'Kaisa Mäkinen'),
      h(Persona, { text: 'Laura Bianchi', secondaryText: 'Omistaja', size: PersonaSize.size32 }),
      tf('Asiakasnumero', '1234567890'),
      tf('Sähköposti', 'kaisa.makinen@example.fi'),
      tf('Matkapuhelin', '040 1234567'),
      h(
        Stack,
        { horizontal: true, tokens: { childrenGap: 8 } },
        h(Label, null, 'Tapausnumero'),
        h(Text, null, 'CAS-04512-K8L9M0'),
      ),
      tf('Tila', 'Aktiivinen'),
    ),
  );
  out('lib3-fluent8-dynamics-fi', body, {
    lang: 'fi',
    fields: {
      accountNumber: '1234567890',
      customerName: 'Kaisa Mäkinen',
      email: 'kaisa.makinen@example.fi',
      phone: '040 1234567',
      caseId: 'CAS-04512-K8L9M0',
    },
    mustNotCapture: ['Laura Bianchi', 'Aktiivinen', 'Jane Agent'],
  });
}
// ---------- Fourth batch: required markers, hints, validation messages, disabled inputs
const P = {
  account: '88120045',
  name: 'Jonas Berg',
  email: 'jonas.berg@example.no',
  phone: '+47 412 34 567',
  caseId: 'SR-552310',
};
const all = {
  accountNumber: P.account,
  customerName: P.name,
  email: P.email,
  phone: P.phone,
  caseId: P.caseId,
};
const staff = ['Laura Bianchi', 'Jane Agent', 'jane.agent@contoso.example'];
// required markers, horizontal forms, disabled inputs
{
  const { TextField, Stack, ThemeProvider, createTheme, Typography } = load('@mui/material');
  const tf = (label, value, extra = {}) => h(TextField, { label, value, required: true, ...extra });
  const body = renderToString(
    h(
      ThemeProvider,
      { theme: createTheme() },
      h(
        Stack,
        { spacing: 2 },
        h(Typography, { variant: 'h5', component: 'h1' }, 'Edit customer'),
        tf('Customer number', P.account, { disabled: true }),
        tf('First name', 'Jonas'),
        tf('Last name', 'Berg'),
        tf('Email', P.email),
        tf('Phone', P.phone),
        tf('Service request', P.caseId, { disabled: true }),
        h(TextField, {
          label: 'Notes',
          value: 'Called about Laura Bianchi’s visit',
          multiline: true,
        }),
      ),
    ),
  );
  out('lib4-mui-required-en', body, { lang: 'en', fields: all, mustNotCapture: staff });
}
{
  const { Form, Input, Card } = load('antd');
  const fi = (label, value) => h(Form.Item, { label, required: true }, h(Input, { value }));
  const body = renderToString(
    h(
      Card,
      { title: P.name },
      h(
        Form,
        { layout: 'horizontal', labelCol: { span: 6 } },
        fi('Numéro de client', P.account),
        fi('Adresse e-mail', P.email),
        fi('Téléphone', P.phone),
        fi('Référence du dossier', P.caseId),
        fi('Conseiller', 'Laura Bianchi'),
      ),
    ),
  );
  out('lib4-antd-horizontal-fr', body, { lang: 'fr', fields: all, mustNotCapture: staff });
}
{
  const { MantineProvider, TextInput, Title, Stack } = load('@mantine/core');
  const ti = (label, value, extra = {}) =>
    h(TextInput, { label, value, withAsterisk: true, readOnly: true, ...extra });
  const body = renderToString(
    h(
      MantineProvider,
      null,
      h(
        Stack,
        null,
        h(Title, { order: 1 }, P.name),
        ti('Asiakasnumero', P.account, { description: 'Löytyy sopimuksesta' }),
        ti('Sähköposti', P.email),
        ti('Puhelinnumero', P.phone, { error: 'Tarkista numero' }),
        ti('Palvelupyyntö', P.caseId),
      ),
    ),
  );
  out('lib4-mantine-required-fi', body, {
    lang: 'fi',
    fields: all,
    mustNotCapture: staff.concat(['Tarkista numero']),
  });
}
{
  const { FluentProvider, webLightTheme, Field, Input, Title1 } = load(
    '@fluentui/react-components',
  );
  const f = (label, value, extra = {}) =>
    h(Field, { label, required: true, ...extra }, h(Input, { value, disabled: !!extra.disabled }));
  const body = renderToString(
    h(
      FluentProvider,
      { theme: webLightTheme },
      h(
        'div',
        null,
        h(Title1, { as: 'h1' }, P.name),
        f('Account number', P.account, {
          validationMessage: 'Checked',
          validationState: 'success',
        }),
        f('Email', P.email),
        f('Phone', P.phone, { hint: 'Include the country code' }),
        f('Case', P.caseId, { disabled: true }),
      ),
    ),
  );
  out('lib4-fluent9-required-en', body, { lang: 'en', fields: all, mustNotCapture: staff });
}
// ---------- Fifth batch: console tabs, the other customer in an inactive panel
const A = {
  account: 'CUS-0051001',
  name: 'Elina Koski',
  email: 'elina.koski@example.fi',
  phone: '+358 50 123 9876',
  caseId: 'CS-300101',
};
const B = {
  account: 'CUS-0051002',
  name: 'Pierre Martin',
  email: 'pierre.martin@example.fr',
  phone: '+33 7 11 22 33 44',
  caseId: 'CS-300102',
};
const fieldsOf = (p) => ({
  accountNumber: p.account,
  customerName: p.name,
  email: p.email,
  phone: p.phone,
  caseId: p.caseId,
});
const notB = Object.values(B).concat(['Jane Agent']);
{
  const { MantineProvider, Tabs, Title, TextInput } = load('@mantine/core');
  const rec = (p) =>
    h(
      'div',
      null,
      h(Title, { order: 2 }, p.name),
      h(TextInput, { label: 'Customer number', value: p.account, readOnly: true }),
      h(TextInput, { label: 'Email', value: p.email, readOnly: true }),
      h(TextInput, { label: 'Phone', value: p.phone, readOnly: true }),
      h(TextInput, { label: 'Case', value: p.caseId, readOnly: true }),
    );
  const body = renderToString(
    h(
      MantineProvider,
      null,
      h(
        Tabs,
        { defaultValue: 'a', keepMounted: true },
        h(
          Tabs.List,
          null,
          h(Tabs.Tab, { value: 'a' }, A.name),
          h(Tabs.Tab, { value: 'b' }, B.name),
        ),
        h(Tabs.Panel, { value: 'a' }, rec(A)),
        h(Tabs.Panel, { value: 'b' }, rec(B)),
      ),
    ),
  );
  out('lib5-mantine-tabs-en', body, { lang: 'en', fields: fieldsOf(A), mustNotCapture: notB });
}
{
  const {
    ChakraProvider,
    Tabs,
    TabList,
    Tab,
    TabPanels,
    TabPanel,
    FormControl,
    FormLabel,
    Input,
    Heading,
  } = load('@chakra-ui/react');
  const fc = (l, v) =>
    h(FormControl, null, h(FormLabel, null, l), h(Input, { value: v, readOnly: true }));
  const rec = (p) =>
    h(
      'div',
      null,
      h(Heading, { as: 'h2' }, p.name),
      fc('Numéro de client', p.account),
      fc('Courriel', p.email),
      fc('Téléphone', p.phone),
      fc('Dossier', p.caseId),
    );
  const body = renderToString(
    h(
      ChakraProvider,
      null,
      h(
        Tabs,
        { defaultIndex: 1 },
        h(TabList, null, h(Tab, null, B.name), h(Tab, null, A.name)),
        h(TabPanels, null, h(TabPanel, null, rec(B)), h(TabPanel, null, rec(A))),
      ),
    ),
  );
  out('lib5-chakra-tabs-fr', body, { lang: 'fr', fields: fieldsOf(A), mustNotCapture: notB });
}
{
  const { Tabs, Tab, Box, TextField, Typography, ThemeProvider, createTheme } =
    load('@mui/material');
  const panel = (i, active, p) =>
    h(
      'div',
      { role: 'tabpanel', hidden: !active, id: `tabpanel-${i}`, 'aria-labelledby': `tab-${i}` },
      h(
        Box,
        { p: 2 },
        h(Typography, { variant: 'h5', component: 'h2' }, p.name),
        h(TextField, { label: 'Asiakasnumero', value: p.account }),
        h(TextField, { label: 'Sähköposti', value: p.email }),
        h(TextField, { label: 'Puhelin', value: p.phone }),
        h(TextField, { label: 'Tapaus', value: p.caseId }),
      ),
    );
  const body = renderToString(
    h(
      ThemeProvider,
      { theme: createTheme() },
      h(
        Box,
        null,
        h(
          Tabs,
          { value: 0 },
          h(Tab, { label: A.name, id: 'tab-0' }),
          h(Tab, { label: B.name, id: 'tab-1' }),
        ),
        panel(0, true, A),
        panel(1, false, B),
      ),
    ),
  );
  out('lib5-mui-tabs-fi', body, { lang: 'fi', fields: fieldsOf(A), mustNotCapture: notB });
}
// ---------- Sixth batch: read-only displays (plain Descriptions, caption/body pairs, key/value
// tables, personas)
const K = {
  account: '5512004471',
  name: 'Noora Heikkinen',
  email: 'noora.heikkinen@example.fi',
  phone: '+358 45 678 9012',
  caseId: 'INC0045512',
};
const full = {
  accountNumber: K.account,
  customerName: K.name,
  email: K.email,
  phone: K.phone,
  caseId: K.caseId,
};
{
  const { Descriptions, Card } = load('antd');
  const items = [
    ['Client number', K.account],
    ['Name', K.name],
    ['Email', K.email],
    ['Phone', K.phone],
    ['Incident', K.caseId],
    ['Account manager', 'Laura Bianchi'],
    ['Status', 'Active'],
  ].map(([label, children], key) => ({ key, label, children }));
  out(
    'lib6-antd-plain-descriptions-en',
    renderToString(h(Card, null, h(Descriptions, { title: 'Customer', items }))),
    { lang: 'en', fields: full, mustNotCapture: staff.concat(['Active']) },
  );
}
{
  const { Grid, Typography, Paper, ThemeProvider, createTheme } = load('@mui/material');
  const cell = (label, value) =>
    h(
      Grid,
      { item: true, xs: 6 },
      h(Typography, { variant: 'caption', color: 'text.secondary' }, label),
      h(Typography, { variant: 'body1' }, value),
    );
  out(
    'lib6-mui-typography-grid-fi',
    renderToString(
      h(
        ThemeProvider,
        { theme: createTheme() },
        h(
          Paper,
          { sx: { p: 2 } },
          h(Typography, { variant: 'h5', component: 'h1' }, K.name),
          h(
            Grid,
            { container: true, spacing: 2 },
            cell('Asiakasnumero', K.account),
            cell('Sähköposti', K.email),
            cell('Puhelin', K.phone),
            cell('Tapaus', K.caseId),
            cell('Asiakasvastaava', 'Laura Bianchi'),
            cell('Asiakkuuden tila', 'Aktiivinen'),
          ),
        ),
      ),
    ),
    { lang: 'fi', fields: full, mustNotCapture: staff.concat(['Aktiivinen']) },
  );
}
{
  const { MantineProvider, Table, Title, Paper } = load('@mantine/core');
  const row = (label, value) =>
    h(Table.Tr, { key: label }, h(Table.Th, null, label), h(Table.Td, null, value));
  out(
    'lib6-mantine-keyvalue-table-fr',
    renderToString(
      h(
        MantineProvider,
        null,
        h(
          Paper,
          null,
          h(Title, { order: 2 }, K.name),
          h(
            Table,
            null,
            h(
              Table.Tbody,
              null,
              row('Numéro de client', K.account),
              row('Courriel', K.email),
              row('Téléphone', K.phone),
              row('Incident', K.caseId),
              row('Conseiller', 'Laura Bianchi'),
              row('Statut', 'Actif'),
            ),
          ),
        ),
      ),
    ),
    { lang: 'fr', fields: full, mustNotCapture: staff.concat(['Actif']) },
  );
}
{
  const { Table, TableBody, TableRow, TableCell, Paper, Typography, ThemeProvider, createTheme } =
    load('@mui/material');
  const row = (label, value) =>
    h(
      TableRow,
      { key: label },
      h(TableCell, { component: 'th', scope: 'row' }, label),
      h(TableCell, null, value),
    );
  out(
    'lib6-mui-keyvalue-table-en',
    renderToString(
      h(
        ThemeProvider,
        { theme: createTheme() },
        h(
          Paper,
          null,
          h(Typography, { variant: 'h5', component: 'h1' }, K.name),
          h(
            Table,
            { size: 'small' },
            h(
              TableBody,
              null,
              row('Account number', K.account),
              row('Email', K.email),
              row('Phone', K.phone),
              row('Incident number', K.caseId),
              row('Account manager', 'Laura Bianchi'),
              row('Open balance', '€120.00'),
            ),
          ),
        ),
      ),
    ),
    { lang: 'en', fields: full, mustNotCapture: staff.concat(['€120.00']) },
  );
}
{
  const { FluentProvider, webLightTheme, Persona, Card, Label, Text } = load(
    '@fluentui/react-components',
  );
  const pair = (label, value) =>
    h('div', null, h(Label, null, label), h('br'), h(Text, null, value));
  out(
    'lib6-fluent9-persona-en',
    renderToString(
      h(
        FluentProvider,
        { theme: webLightTheme },
        h(
          Card,
          null,
          h(Persona, {
            name: K.name,
            secondaryText: 'Customer since 2019',
            presence: { status: 'available' },
          }),
          pair('Customer ID', K.account),
          pair('Email', K.email),
          pair('Phone', K.phone),
          pair('Incident', K.caseId),
          h(Persona, { name: 'Laura Bianchi', secondaryText: 'Account manager' }),
        ),
      ),
    ),
    { lang: 'en', fields: full, mustNotCapture: staff },
  );
}
// ---------- Seventh batch: the apps' own chrome (app bar with the agent, a side list of recent
// customers) around the record; no shared header
const outBare = (name, body, expected) => {
  const { lang, ...rest } = expected;
  writeFileSync(
    `${OUT_DIR}/${name}.html`,
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>`,
  );
  writeFileSync(
    `${OUT_DIR}/${name}.expected.json`,
    JSON.stringify({ kind: 'record', ...rest }, null, 2) + '\n',
  );
};
const R = {
  account: 'CUS-0077310',
  name: 'Oskari Laine',
  email: 'oskari.laine@example.fi',
  phone: '+358 40 222 3344',
  caseId: 'CS-510077',
};
const recent = [
  ['Marc Lefebvre', 'marc.lefebvre@example.fr'],
  ['Sara Lind', 'sara.lind@example.se'],
  ['Tom Baker', 'tom.baker@example.co.uk'],
];
const appChrome = ['Jane Agent', 'jane.agent@contoso.example', ...recent.flat()];
{
  const {
    AppBar,
    Toolbar,
    Typography,
    Avatar,
    Box,
    Drawer,
    List,
    ListItem,
    ListItemText,
    TextField,
    Stack,
    ThemeProvider,
    createTheme,
  } = load('@mui/material');
  const tf = (label, value) => h(TextField, { label, value, InputProps: { readOnly: true } });
  const body = renderToString(
    h(
      ThemeProvider,
      { theme: createTheme() },
      h(
        Box,
        { sx: { display: 'flex' } },
        h(
          AppBar,
          { position: 'fixed' },
          h(
            Toolbar,
            null,
            h(Typography, { variant: 'h6', sx: { flexGrow: 1 } }, 'Service Console'),
            h(Avatar, null, 'JA'),
            h(Typography, null, 'Jane Agent'),
          ),
        ),
        h(
          Drawer,
          { variant: 'permanent' },
          h(Toolbar),
          h(
            List,
            null,
            ...recent.map(([n, e]) =>
              h(ListItem, { key: n }, h(ListItemText, { primary: n, secondary: e })),
            ),
          ),
        ),
        h(
          Box,
          { component: 'main', sx: { p: 3 } },
          h(Toolbar),
          h(Typography, { variant: 'h4', component: 'h1' }, R.name),
          h(
            Stack,
            { spacing: 2 },
            tf('Customer number', R.account),
            tf('Email', R.email),
            tf('Phone', R.phone),
            tf('Case', R.caseId),
          ),
        ),
      ),
    ),
  );
  outBare('lib7-mui-console-chrome-en', body, {
    lang: 'en',
    fields: {
      accountNumber: R.account,
      customerName: R.name,
      email: R.email,
      phone: R.phone,
      caseId: R.caseId,
    },
    mustNotCapture: appChrome,
  });
}
{
  const { Layout, Menu, Avatar, Descriptions, Typography, Space } = load('antd');
  const items = [
    ['Numéro de client', R.account],
    ['Nom', R.name],
    ['Courriel', R.email],
    ['Téléphone', R.phone],
    ['Dossier', R.caseId],
  ].map(([label, children], key) => ({ key, label, children }));
  const body = renderToString(
    h(
      Layout,
      null,
      h(
        Layout.Header,
        null,
        h(
          Space,
          null,
          h(Typography.Text, { style: { color: '#fff' } }, 'Centre de contact'),
          h(Avatar, null, 'JA'),
          h(Typography.Text, { style: { color: '#fff' } }, 'Jane Agent'),
          h(Typography.Text, { style: { color: '#fff' } }, 'jane.agent@contoso.example'),
        ),
      ),
      h(
        Layout,
        null,
        h(
          Layout.Sider,
          { width: 240 },
          h(Menu, {
            mode: 'inline',
            items: recent.map(([n, e], i) => ({ key: i, label: `${n} · ${e}` })),
          }),
        ),
        h(Layout.Content, null, h(Descriptions, { title: 'Fiche client', bordered: true, items })),
      ),
    ),
  );
  outBare('lib7-antd-layout-chrome-fr', body, {
    lang: 'fr',
    fields: {
      accountNumber: R.account,
      customerName: R.name,
      email: R.email,
      phone: R.phone,
      caseId: R.caseId,
    },
    mustNotCapture: appChrome,
  });
}
{
  const { MantineProvider, AppShell, NavLink, Group, Avatar, Text, Title, TextInput, Stack } =
    load('@mantine/core');
  const ti = (label, value) => h(TextInput, { label, value, readOnly: true });
  const body = renderToString(
    h(
      MantineProvider,
      null,
      h(
        AppShell,
        { header: { height: 60 }, navbar: { width: 260, breakpoint: 'sm' } },
        h(
          AppShell.Header,
          null,
          h(
            Group,
            null,
            h(Text, null, 'Asiakaspalvelu'),
            h(Avatar, null, 'JA'),
            h(Text, null, 'Jane Agent'),
          ),
        ),
        h(
          AppShell.Navbar,
          null,
          ...recent.map(([n, e]) => h(NavLink, { key: n, label: n, description: e })),
        ),
        h(
          AppShell.Main,
          null,
          h(Title, { order: 1 }, R.name),
          h(
            Stack,
            null,
            ti('Asiakasnumero', R.account),
            ti('Sähköposti', R.email),
            ti('Puhelin', R.phone),
            ti('Tapaus', R.caseId),
          ),
        ),
      ),
    ),
  );
  outBare('lib7-mantine-appshell-chrome-fi', body, {
    lang: 'fi',
    fields: {
      accountNumber: R.account,
      customerName: R.name,
      email: R.email,
      phone: R.phone,
      caseId: R.caseId,
    },
    mustNotCapture: appChrome,
  });
}
// ---------- Eighth batch (issue 14): the record among look-alikes. Expected fields below were
// written from what a person reads on each page, before the extractor ran on it.
// 1. A related party's card with the same labels BEFORE the customer's own fields.
{
  const { Card, CardHeader, CardContent, Grid, Stack, TextField, Typography } =
    load('@mui/material');
  const { ThemeProvider, createTheme } = load('@mui/material');
  const tf = (label, value) =>
    h(TextField, { label, value, InputProps: { readOnly: true }, size: 'small' });
  const card = (title, subheader, ...fields) =>
    h(
      Card,
      null,
      h(CardHeader, { title, subheader }),
      h(CardContent, null, h(Stack, { spacing: 2 }, ...fields)),
    );
  const body = renderToString(
    h(
      ThemeProvider,
      { theme: createTheme() },
      h(Typography, { variant: 'h4', component: 'h1' }, 'Harriet Cole'),
      h(
        Grid,
        { container: true, spacing: 2 },
        h(
          Grid,
          { item: true, xs: 4 },
          card(
            'Parent account',
            'Northwind Holdings',
            tf('Account number', 'ACC-0031177'),
            tf('Phone', '+1 415 555 0100'),
            tf('Email', 'accounts@northwind.example'),
          ),
          card(
            'Account manager',
            null,
            tf('Name', 'Laura Bianchi'),
            tf('Email', 'laura.bianchi@contoso.example'),
            tf('Phone', '+1 415 555 0199'),
          ),
        ),
        h(
          Grid,
          { item: true, xs: 8 },
          card(
            'Customer',
            null,
            tf('Account number', 'ACC-0048877'),
            tf('Name', 'Harriet Cole'),
            tf('Email', 'harriet.cole@example.com'),
            tf('Phone', '+1 415 555 0142'),
            tf('Case number', 'CS-771204'),
          ),
        ),
      ),
    ),
  );
  out('lib8-mui-parent-account-en', body, {
    lang: 'en',
    url: 'https://crm.example.com/accounts/ACC-0048877',
    fields: {
      accountNumber: 'ACC-0048877',
      customerName: 'Harriet Cole',
      email: 'harriet.cole@example.com',
      phone: '+1 415 555 0142',
      caseId: 'CS-771204',
    },
    mustNotCapture: [
      'ACC-0031177',
      '+1 415 555 0100',
      'accounts@northwind.example',
      'Northwind Holdings',
      'Laura Bianchi',
      'laura.bianchi@contoso.example',
      '+1 415 555 0199',
      'Jane Agent',
      'jane.agent@contoso.example',
    ],
  });
}
{
  const { Card, Descriptions, Space } = load('antd');
  const desc = (rows) =>
    h(Descriptions, {
      column: 1,
      items: rows.map(([label, children], key) => ({ key, label, children })),
    });
  const body = renderToString(
    h(
      Space,
      { direction: 'vertical' },
      h(
        Card,
        { title: 'Contact de facturation' },
        desc([
          ['Nom', 'Bernard Morel'],
          ['Numéro de client', 'CL-300912'],
          ['Courriel', 'bernard.morel@example.fr'],
          ['Téléphone', '+33 1 44 55 66 77'],
        ]),
      ),
      h(
        Card,
        { title: 'Foyer' },
        desc([
          ['Nom', 'Claire Morel'],
          ['Téléphone', '+33 6 98 76 54 32'],
          ['Courriel', 'claire.morel@example.fr'],
        ]),
      ),
      h(
        Card,
        { title: 'Fiche client' },
        desc([
          ['Numéro de client', 'CL-300457'],
          ['Nom', 'Élodie Morel'],
          ['Courriel', 'elodie.morel@example.fr'],
          ['Téléphone', '+33 6 12 34 56 78'],
          ['Dossier', 'DOS-88213'],
        ]),
      ),
    ),
  );
  out('lib8-antd-household-fr', body, {
    lang: 'fr',
    fields: {
      accountNumber: 'CL-300457',
      customerName: 'Élodie Morel',
      email: 'elodie.morel@example.fr',
      phone: '+33 6 12 34 56 78',
      caseId: 'DOS-88213',
    },
    mustNotCapture: [
      'Bernard Morel',
      'CL-300912',
      'bernard.morel@example.fr',
      '+33 1 44 55 66 77',
      'Claire Morel',
      '+33 6 98 76 54 32',
      'claire.morel@example.fr',
      'Jane Agent',
      'jane.agent@contoso.example',
    ],
  });
}
{
  const { MantineProvider, Paper, Title, TextInput, Stack, SimpleGrid } = load('@mantine/core');
  const ti = (label, value) => h(TextInput, { label, value, readOnly: true });
  const paper = (title, ...fields) =>
    h(
      Paper,
      { p: 'md', withBorder: true },
      h(Title, { order: 3 }, title),
      h(Stack, null, ...fields),
    );
  const body = renderToString(
    h(
      MantineProvider,
      null,
      h(
        SimpleGrid,
        { cols: 3 },
        paper(
          'Päätili',
          ti('Asiakasnumero', 'AS-100200'),
          ti('Puhelin', '09 123 4567'),
          ti('Sähköposti', 'laskutus@konserni.example'),
        ),
        paper(
          'Laskutuksen yhteyshenkilö',
          ti('Nimi', 'Pekka Nieminen'),
          ti('Sähköposti', 'pekka.nieminen@example.fi'),
          ti('Puhelin', '+358 50 111 2233'),
        ),
        paper(
          'Asiakastiedot',
          ti('Asiakasnumero', 'AS-100457'),
          ti('Nimi', 'Sanna Nieminen'),
          ti('Sähköposti', 'sanna.nieminen@example.fi'),
          ti('Puhelin', '+358 40 987 6543'),
          ti('Tapaus', 'TAP-30117'),
        ),
        paper('Asiakasvastaava', ti('Nimi', 'Laura Bianchi'), ti('Puhelin', '+358 9 555 0101')),
      ),
    ),
  );
  out('lib8-mantine-related-fi', body, {
    lang: 'fi',
    fields: {
      accountNumber: 'AS-100457',
      customerName: 'Sanna Nieminen',
      email: 'sanna.nieminen@example.fi',
      phone: '+358 40 987 6543',
      caseId: 'TAP-30117',
    },
    mustNotCapture: [
      'AS-100200',
      '09 123 4567',
      'laskutus@konserni.example',
      'Pekka Nieminen',
      'pekka.nieminen@example.fi',
      '+358 50 111 2233',
      'Laura Bianchi',
      '+358 9 555 0101',
      'Jane Agent',
    ],
  });
}
// 2. Identifiers written with spaces, beside phones, dates and amounts written with spaces too.
{
  const { Card, Descriptions } = load('antd');
  const items = [
    ['Customer number', '4410 2291 0735'],
    ['Name', 'Oliver Hughes'],
    ['Email', 'oliver.hughes@example.co.uk'],
    ['Phone', '+44 20 7946 0958'],
    ['Date of birth', '12 03 1985'],
    ['Balance', '1 250.00'],
    ['Case number', 'CS-804412'],
  ].map(([label, children], key) => ({ key, label, children }));
  out(
    'lib8-antd-spaced-ids-en',
    renderToString(h(Card, null, h(Descriptions, { title: 'Customer', bordered: true, items }))),
    {
      lang: 'en',
      fields: {
        accountNumber: '4410 2291 0735',
        customerName: 'Oliver Hughes',
        email: 'oliver.hughes@example.co.uk',
        phone: '+44 20 7946 0958',
        caseId: 'CS-804412',
      },
      mustNotCapture: ['12 03 1985', '1 250.00', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
{
  const { Paper, Typography, TextField, Stack, ThemeProvider, createTheme } = load('@mui/material');
  const tf = (label, value) => h(TextField, { label, value, InputProps: { readOnly: true } });
  out(
    'lib8-mui-spaced-ids-fr',
    renderToString(
      h(
        ThemeProvider,
        { theme: createTheme() },
        h(
          Paper,
          null,
          h(Typography, { variant: 'h5', component: 'h1' }, 'Mathilde Caron'),
          h(
            Stack,
            { spacing: 2 },
            tf("N° d'adhérent", 'AD 120 455 789'),
            tf('Courriel', 'mathilde.caron@example.fr'),
            tf('Téléphone', '06 12 34 56 78'),
            tf("Date d'adhésion", '01 09 2019'),
            tf('Cotisation annuelle', '1 120,00 €'),
            tf('IBAN', 'FR76 3000 6000 0112 3456 7890 189'),
            tf('Dossier', 'DOS 2024 0815'),
          ),
        ),
      ),
    ),
    {
      lang: 'fr',
      fields: {
        accountNumber: 'AD 120 455 789',
        customerName: 'Mathilde Caron',
        email: 'mathilde.caron@example.fr',
        phone: '06 12 34 56 78',
        caseId: 'DOS 2024 0815',
      },
      mustNotCapture: [
        '01 09 2019',
        '1 120,00 €',
        'FR76 3000 6000 0112 3456 7890 189',
        'Jane Agent',
        'jane.agent@contoso.example',
      ],
    },
  );
}
{
  const { FluentProvider, webLightTheme, Field, Input, Card, CardHeader, Title3 } = load(
    '@fluentui/react-components',
  );
  const fld = (label, value) => h(Field, { label }, h(Input, { value, readOnly: true }));
  out(
    'lib8-fluent9-spaced-ids-fi',
    renderToString(
      h(
        FluentProvider,
        { theme: webLightTheme },
        h(
          Card,
          null,
          h(CardHeader, { header: h(Title3, null, 'Asiakas') }),
          fld('Sopimusnumero', 'SOP 2210 4471'),
          fld('Nimi', 'Tiina Salminen'),
          fld('Sähköposti', 'tiina.salminen@example.fi'),
          fld('Puhelin', '040 123 4567'),
          fld('Syntymäaika', '1.2.1980'),
          fld('Saldo', '1 250,00 €'),
          fld('Tilinumero', 'FI21 1234 5600 0007 85'),
          fld('Tapaus', 'TAP-4471'),
        ),
      ),
    ),
    {
      lang: 'fi',
      fields: {
        accountNumber: 'SOP 2210 4471',
        customerName: 'Tiina Salminen',
        email: 'tiina.salminen@example.fi',
        phone: '040 123 4567',
        caseId: 'TAP-4471',
      },
      mustNotCapture: [
        '1.2.1980',
        '1 250,00 €',
        'FI21 1234 5600 0007 85',
        'Jane Agent',
        'jane.agent@contoso.example',
      ],
    },
  );
}
// 3. Other industries' words for the customer's primary id (utilities, insurance, memberships).
{
  const { FluentProvider, webLightTheme, Field, Input, Card, CardHeader, Title3 } = load(
    '@fluentui/react-components',
  );
  const fld = (label, value) => h(Field, { label }, h(Input, { value, readOnly: true }));
  out(
    'lib8-fluent9-utility-en',
    renderToString(
      h(
        FluentProvider,
        { theme: webLightTheme },
        h(
          Card,
          null,
          h(CardHeader, { header: h(Title3, null, 'Energy customer') }),
          fld('Contract account', '200417553'),
          fld('Account holder', 'Ruby Sinclair'),
          fld('Email address', 'ruby.sinclair@example.co.uk'),
          fld('Mobile', '07700 900123'),
          fld('MPRN', '1200023344556'),
          fld('Tariff', 'Standard Variable'),
          fld('Service request', 'SR-20931'),
        ),
      ),
    ),
    {
      lang: 'en',
      fields: {
        accountNumber: '200417553',
        customerName: 'Ruby Sinclair',
        email: 'ruby.sinclair@example.co.uk',
        phone: '07700 900123',
        caseId: 'SR-20931',
      },
      mustNotCapture: ['1200023344556', 'Standard Variable', 'Jane Agent'],
    },
  );
}
{
  const { Card, Descriptions } = load('antd');
  const items = [
    ['Membership no.', 'M-00451277'],
    ['Member name', 'Priya Raman'],
    ['Email', 'priya.raman@example.com'],
    ['Phone', '(212) 555-0187'],
    ['Membership tier', 'Gold'],
    ['Enquiry', 'ENQ-33019'],
  ].map(([label, children], key) => ({ key, label, children }));
  out(
    'lib8-antd-membership-en',
    renderToString(h(Card, null, h(Descriptions, { title: 'Member', items }))),
    {
      lang: 'en',
      fields: {
        accountNumber: 'M-00451277',
        customerName: 'Priya Raman',
        email: 'priya.raman@example.com',
        phone: '(212) 555-0187',
        caseId: 'ENQ-33019',
      },
      mustNotCapture: ['Gold', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
{
  const { MantineProvider, Paper, Title, TextInput, Stack } = load('@mantine/core');
  const ti = (label, value) => h(TextInput, { label, value, readOnly: true });
  out(
    'lib8-mantine-assurance-fr',
    renderToString(
      h(
        MantineProvider,
        null,
        h(
          Paper,
          { p: 'md' },
          h(Title, { order: 2 }, 'Sociétaire'),
          h(
            Stack,
            null,
            ti('N° de sociétaire', 'SOC-7781204'),
            ti("Nom de l'assuré", 'Julien Fabre'),
            ti('Courriel', 'julien.fabre@example.fr'),
            ti('Téléphone portable', '07 81 22 33 44'),
            ti('Formule', 'Tous risques'),
            ti('Dossier', 'DOS-44120'),
          ),
        ),
      ),
    ),
    {
      lang: 'fr',
      fields: {
        accountNumber: 'SOC-7781204',
        customerName: 'Julien Fabre',
        email: 'julien.fabre@example.fr',
        phone: '07 81 22 33 44',
        caseId: 'DOS-44120',
      },
      mustNotCapture: ['Tous risques', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
{
  const { Paper, Typography, TextField, Stack, ThemeProvider, createTheme } = load('@mui/material');
  const tf = (label, value) => h(TextField, { label, value, InputProps: { readOnly: true } });
  out(
    'lib8-mui-vakuutus-fi',
    renderToString(
      h(
        ThemeProvider,
        { theme: createTheme() },
        h(
          Paper,
          null,
          h(Typography, { variant: 'h5', component: 'h2' }, 'Vakuutusasiakas'),
          h(
            Stack,
            { spacing: 2 },
            tf('Vakuutusnumero', 'VN-5520114'),
            tf('Vakuutuksenottaja', 'Ville Korhonen'),
            tf('Henkilötunnus', '010180-123A'),
            tf('Sähköpostiosoite', 'ville.korhonen@example.fi'),
            tf('Matkapuhelin', '050 765 4321'),
            tf('Vahinkoilmoitus', 'VA-88120'),
          ),
        ),
      ),
    ),
    {
      lang: 'fi',
      fields: {
        accountNumber: 'VN-5520114',
        customerName: 'Ville Korhonen',
        email: 'ville.korhonen@example.fi',
        phone: '050 765 4321',
      },
      mustNotCapture: ['010180-123A', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
{
  const { Card, Descriptions } = load('antd');
  const items = [
    ['Sähkösopimusnumero', 'SS-4471029'],
    ['Nimi', 'Heidi Mäkinen'],
    ['Sähköposti', 'heidi.makinen@example.fi'],
    ['Puhelin', '044 321 9876'],
    ['Käyttöpaikkanumero', '643007574000123456'],
    ['Tapaus', 'TAP-77120'],
  ].map(([label, children], key) => ({ key, label, children }));
  out(
    'lib8-antd-sahkosopimus-fi',
    renderToString(h(Card, null, h(Descriptions, { title: 'Sopimusasiakas', items }))),
    {
      lang: 'fi',
      fields: {
        accountNumber: 'SS-4471029',
        customerName: 'Heidi Mäkinen',
        email: 'heidi.makinen@example.fi',
        phone: '044 321 9876',
        caseId: 'TAP-77120',
      },
      mustNotCapture: ['643007574000123456', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
// 4. Values whose only label is an icon's aria-label or title.
{
  const { Stack, SvgIcon, Tooltip, Typography, Paper, ThemeProvider, createTheme } =
    load('@mui/material');
  const icon = (label) =>
    h(Tooltip, { title: label }, h(SvgIcon, null, h('path', { d: 'M4 4h16v16H4z' })));
  const row = (iconEl, value) =>
    h(Stack, { direction: 'row', spacing: 1 }, iconEl, h(Typography, null, value));
  out(
    'lib8-mui-icon-labels-en',
    renderToString(
      h(
        ThemeProvider,
        { theme: createTheme() },
        h(
          Paper,
          null,
          h(Typography, { variant: 'h4', component: 'h1' }, 'Daniel Price'),
          row(icon('Customer number'), 'CUS-5520331'),
          row(
            h(SvgIcon, { titleAccess: 'Email' }, h('path', { d: 'M2 4h20v16H2z' })),
            'daniel.price@example.com',
          ),
          row(icon('Phone'), '+1 312 555 0176'),
          row(icon('Case'), 'CS-661092'),
          row(icon('Account manager'), 'Laura Bianchi'),
          row(icon('Created'), '12/03/2024'),
        ),
      ),
    ),
    {
      lang: 'en',
      fields: {
        accountNumber: 'CUS-5520331',
        customerName: 'Daniel Price',
        email: 'daniel.price@example.com',
        phone: '+1 312 555 0176',
        caseId: 'CS-661092',
      },
      mustNotCapture: ['Laura Bianchi', '12/03/2024', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
{
  const { Card, Space, Typography } = load('antd');
  const icons = load('@ant-design/icons');
  const row = (iconEl, value) => h(Space, null, iconEl, h(Typography.Text, null, value));
  const titled = (title, Icon) => h('span', { title }, h(Icon));
  out(
    'lib8-antd-icon-labels-fr',
    renderToString(
      h(
        Card,
        { title: 'Fiche client' },
        h(
          Space,
          { direction: 'vertical' },
          row(titled('Nom', icons.UserOutlined), 'Léa Girard'),
          row(titled('Numéro de client', icons.IdcardOutlined), 'CL-771045'),
          row(h(icons.MailOutlined), 'lea.girard@example.fr'),
          row(h(icons.PhoneOutlined), '+33 6 11 22 33 44'),
          row(titled('Dossier', icons.FolderOutlined), 'DOS-55102'),
          row(titled('Conseiller', icons.TeamOutlined), 'Laura Bianchi'),
        ),
      ),
    ),
    {
      lang: 'fr',
      fields: {
        accountNumber: 'CL-771045',
        customerName: 'Léa Girard',
        email: 'lea.girard@example.fr',
        phone: '+33 6 11 22 33 44',
        caseId: 'DOS-55102',
      },
      mustNotCapture: ['Laura Bianchi', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
{
  const { MantineProvider, Paper, Title, Group, ThemeIcon, Text, Stack } = load('@mantine/core');
  const svg = h(
    'svg',
    { viewBox: '0 0 24 24', width: 16, height: 16 },
    h('path', { d: 'M4 4h16v16H4z' }),
  );
  const row = (attrs, value) => h(Group, null, h(ThemeIcon, attrs, svg), h(Text, null, value));
  out(
    'lib8-mantine-icon-labels-fi',
    renderToString(
      h(
        MantineProvider,
        null,
        h(
          Paper,
          { p: 'md' },
          h(Title, { order: 2 }, 'Jussi Lehtonen'),
          h(
            Stack,
            null,
            row({ 'aria-label': 'Asiakasnumero' }, 'AS-220981'),
            row({ title: 'Sähköposti' }, 'jussi.lehtonen@example.fi'),
            row({ 'aria-label': 'Puhelin' }, '+358 44 555 6677'),
            row({ 'aria-label': 'Tapaus' }, 'TAP-90412'),
            row({ 'aria-label': 'Asiakasvastaava' }, 'Laura Bianchi'),
          ),
        ),
      ),
    ),
    {
      lang: 'fi',
      fields: {
        accountNumber: 'AS-220981',
        customerName: 'Jussi Lehtonen',
        email: 'jussi.lehtonen@example.fi',
        phone: '+358 44 555 6677',
        caseId: 'TAP-90412',
      },
      mustNotCapture: ['Laura Bianchi', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
// 5. The name only in a heading, breadcrumb or card title; the case id only in a breadcrumb or
// a subtitle.
{
  const {
    Breadcrumbs,
    Link,
    Typography,
    Card,
    CardHeader,
    CardContent,
    Stack,
    TextField,
    ThemeProvider,
    createTheme,
  } = load('@mui/material');
  const tf = (label, value) => h(TextField, { label, value, InputProps: { readOnly: true } });
  out(
    'lib8-mui-case-breadcrumb-en',
    renderToString(
      h(
        ThemeProvider,
        { theme: createTheme() },
        h(
          Breadcrumbs,
          { 'aria-label': 'breadcrumb' },
          h(Link, { href: '/' }, 'Home'),
          h(Link, { href: '/cases' }, 'Cases'),
          h(Typography, { color: 'text.primary' }, 'Case 00123456'),
        ),
        h(Typography, { variant: 'h4', component: 'h1' }, 'Printer keeps jamming'),
        h(
          Card,
          null,
          h(CardHeader, { title: 'Grace Holloway', subheader: 'Contact' }),
          h(
            CardContent,
            null,
            h(
              Stack,
              { spacing: 2 },
              tf('Email', 'grace.holloway@example.com'),
              tf('Phone', '+1 646 555 0110'),
              tf('Account number', 'ACC-0052219'),
              tf('Case owner', 'Laura Bianchi'),
            ),
          ),
        ),
      ),
    ),
    {
      lang: 'en',
      fields: {
        accountNumber: 'ACC-0052219',
        customerName: 'Grace Holloway',
        email: 'grace.holloway@example.com',
        phone: '+1 646 555 0110',
        caseId: '00123456',
      },
      mustNotCapture: ['Laura Bianchi', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
{
  const { Breadcrumb, Typography, Descriptions, Card } = load('antd');
  const items = [
    ['Courriel', 'camille.rousseau@example.fr'],
    ['Téléphone', '+33 4 72 10 20 30'],
    ['Numéro de client', 'CL-410233'],
    ['Responsable', 'Laura Bianchi'],
  ].map(([label, children], key) => ({ key, label, children }));
  out(
    'lib8-antd-case-header-fr',
    renderToString(
      h(
        'div',
        null,
        h(Breadcrumb, {
          items: [
            { title: 'Accueil' },
            { title: 'Clients' },
            { title: 'Camille Rousseau' },
            { title: 'Réclamations' },
          ],
        }),
        h(Typography.Title, { level: 2 }, 'Réclamation facture de mars'),
        h(Typography.Text, { type: 'secondary' }, 'Dossier DOS-240815 · ouvert le 03/12/2026'),
        h(Card, null, h(Descriptions, { column: 1, items })),
      ),
    ),
    {
      lang: 'fr',
      fields: {
        accountNumber: 'CL-410233',
        customerName: 'Camille Rousseau',
        email: 'camille.rousseau@example.fr',
        phone: '+33 4 72 10 20 30',
        caseId: 'DOS-240815',
      },
      mustNotCapture: ['Laura Bianchi', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
{
  const { MantineProvider, Breadcrumbs, Anchor, Title, Text, TextInput, Stack, Paper } =
    load('@mantine/core');
  const ti = (label, value) => h(TextInput, { label, value, readOnly: true });
  out(
    'lib8-mantine-case-title-fi',
    renderToString(
      h(
        MantineProvider,
        null,
        h(
          Breadcrumbs,
          null,
          h(Anchor, { href: '/' }, 'Etusivu'),
          h(Anchor, { href: '/tapaukset' }, 'Tapaukset'),
          h(Text, null, 'TAP-20931'),
        ),
        h(Title, { order: 1 }, 'Tapaus TAP-20931 · Mikko Rantanen'),
        h(Text, { c: 'dimmed' }, 'Laskutusvirhe maaliskuussa'),
        h(
          Paper,
          { p: 'md' },
          h(
            Stack,
            null,
            ti('Sähköposti', 'mikko.rantanen@example.fi'),
            ti('Puhelin', '+358 50 234 5678'),
            ti('Asiakasnumero', 'AS-330145'),
            ti('Käsittelijä', 'Laura Bianchi'),
          ),
        ),
      ),
    ),
    {
      lang: 'fi',
      fields: {
        accountNumber: 'AS-330145',
        customerName: 'Mikko Rantanen',
        email: 'mikko.rantanen@example.fi',
        phone: '+358 50 234 5678',
        caseId: 'TAP-20931',
      },
      mustNotCapture: ['Laura Bianchi', 'Jane Agent', 'jane.agent@contoso.example'],
    },
  );
}
console.log(`pages written to ${OUT_DIR}`);
