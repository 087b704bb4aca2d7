/**
 * A synthetic CRM record page of about `elements` elements: an app header with the agent, the
 * customer's details, then many activity rows and related records — the bulk of a real console.
 */
export function bigCrmPage(elements = 10_000): string {
  const rows: string[] = [];
  // Each activity row is 8 elements.
  for (let i = 0; rows.length * 8 < elements - 60; i++) {
    rows.push(
      `<tr><td><span class="date">2025-11-${String((i % 28) + 1).padStart(2, '0')}</span></td><td><a href="/cases/CS-${9000 + i}">CS-${9000 + i}</a></td><td><span class="who">Agent ${i % 7}</span></td><td><p>Note ${i}: customer asked about invoice ${i}</p></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>Aino Virtanen | Customer</title></head><body>
<header role="banner"><nav><a href="/">Home</a><a href="/customers">Customers</a></nav><span>Logged in as Jane Agent</span><span>jane.agent@democrm.example</span></header>
<main><h1>Aino Virtanen</h1>
<dl><dt>Account number</dt><dd>ACC-012045</dd><dt>Email</dt><dd>aino.virtanen@esimerkki.fi</dd><dt>Phone</dt><dd>+358 50 987 6543</dd><dt>Account manager</dt><dd>Pekka Salonen</dd><dt>Status</dt><dd>Active</dd></dl>
<section aria-labelledby="act"><h2 id="act">Activity</h2><table><tbody>${rows.join('')}</tbody></table></section>
</main></body></html>`;
}
