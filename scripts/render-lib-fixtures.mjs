// Renders the corpus pages tests/fixtures/crm/lib-*.html with the REAL component libraries (MUI,
// Ant Design, Mantine, Fluent UI v9, Zendesk Garden, react-bootstrap, Chakra v2), server-side, so
// part of the capture corpus is markup nobody wrote by hand. The libraries are not project
// dependencies; run it in a scratch directory:
//
//   mkdir /tmp/libs && cd /tmp/libs && npm init -y && npm install --legacy-peer-deps react@18 \
//     react-dom@18 @mui/material @emotion/react @emotion/styled antd @mantine/core@7 \
//     @mantine/hooks@7 @fluentui/react-components @zendeskgarden/react-forms \
//     @zendeskgarden/react-theming styled-components react-bootstrap @chakra-ui/react@2 \
//     framer-motion@11
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
    fields: {
      accountNumber: C.account,
      customerName: C.name,
      email: C.email,
      phone: C.phone,
      caseId: C.caseId,
    },
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
    fields: {
      accountNumber: C.account,
      customerName: C.name,
      email: C.email,
      phone: C.phone,
      caseId: C.caseId,
    },
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
    fields: { accountNumber: C.account, email: C.email, phone: C.phone, caseId: C.caseId },
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
    fields: {
      accountNumber: C.account,
      customerName: C.name,
      email: C.email,
      phone: C.phone,
      caseId: C.caseId,
    },
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
    fields: {
      accountNumber: C.account,
      customerName: C.name,
      email: C.email,
      phone: C.phone,
      caseId: C.caseId,
    },
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
    fields: {
      accountNumber: C.account,
      customerName: C.name,
      email: C.email,
      phone: C.phone,
      caseId: C.caseId,
    },
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
    fields: {
      accountNumber: C.account,
      customerName: C.name,
      email: C.email,
      phone: C.phone,
      caseId: C.caseId,
    },
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
    fields: {
      accountNumber: C.account,
      customerName: C.name,
      email: C.email,
      phone: C.phone,
      caseId: C.caseId,
    },
    mustNotCapture: decoys.concat(['€1,240']),
  });
}
console.log(`pages written to ${OUT_DIR}`);
