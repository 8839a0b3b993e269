/**
 * `npm run review-report`: what a clinical reviewer works from. A small content folder, with a fixed
 * "today", shows each state the report must call out.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { quoteShare, reviewReport } from '../../src/cli/review-report.js';

function contentRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'review-'));
  for (const folder of ['en', 'es', 'ledger', 'ledger/caveats']) mkdirSync(join(root, folder));
  writeFileSync(
    join(root, 'caveat-rules.yaml'),
    'caveats:\n  take-home-medicines:\n    en: [take-home]\n    es: [en casa]\nsafetyEntries: [methadone]\n',
  );
  const entry = (why: string) =>
    `---\nid: methadone\nreviewed: 2026-11-01\ncaveatExceptions:\n  - caveat: take-home-medicines\n    where: card\n    why: ${why}\n---\n\nText.\n`;
  writeFileSync(join(root, 'en', 'methadone.md'), entry('The card names take-home doses only in a list of terms.'));
  writeFileSync(join(root, 'es', 'methadone.md'), entry('La tarjeta solo nombra las dosis en una lista.'));
  const row = (claim: string, quote: string, checked: string, extra = '') =>
    `  - where: body\n    claim: "${claim}"\n    es: "x"\n    source: https://example.gov/\n    quote: "${quote}"\n    checked: ${checked}\n${extra}`;
  writeFileSync(
    join(root, 'ledger', 'methadone.yaml'),
    [
      'id: methadone',
      'review:\n  name: ""\n  credentials: ""\n  date: ""\n  scope: ""',
      'claims:',
      row('Methadone is taken daily at a clinic.', 'Methadone is dispensed daily at clinics.', '2026-11-30'),
      row(
        'A rule lets some doses go home.',
        'Take-home doses are allowed under the rule.',
        '2026-11-30',
        '    until: 2026-12-31\n',
      ),
      row('It eases withdrawal.', 'The building is open on weekdays.', '2025-06-01'),
      row('Stay with them: naloxone wears off.', 'Naloxone wears off within hours.', '2026-11-30'),
      row('Stay with them: naloxone wears off.', 'Remain beside the person until help comes.', '2026-11-30'),
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'ledger', 'naloxone.yaml'),
    'id: naloxone\nreview:\n  name: Dr Ana Ruiz\n  credentials: MD\n  date: 2026-11-20\n  scope: en and es\nclaims: []\n',
  );
  return root;
}

describe('review report', () => {
  it('says for each entry whether a clinician signed, what expires, what is old or weakly quoted, and every exception', () => {
    const report = reviewReport(contentRoot(), '2026-12-06').join('\n');
    assert.match(report, /^Review report, 2026-12-06: 2 entries, 1 signed by a clinician, 1 not signed\./);
    assert.match(
      report,
      /methadone \(safety entry: a release needs a signed review\)\n {2}clinician review: NOT SIGNED/,
    );
    assert.match(
      report,
      /naloxone\n {2}clinician review: Dr Ana Ruiz, MD \(2026-11-20, 16 days ago\); scope: en and es/,
    );
    assert.match(report, /\[en\] entry reviewed: 2026-11-01, 35 days ago/);
    assert.match(report, /\[es\] caveat exception: take-home-medicines at card: La tarjeta solo nombra/);
    assert.match(report, /expires 2026-12-31 \(25 days\): body "A rule lets some doses go home\."/);
    assert.match(report, /quote read over a year ago \(2025-06-01\): body "It eases withdrawal\."/);
    assert.match(
      report,
      /weak quote \(0% of the claim's words\): body "It eases withdrawal\." ← "The building is open on weekdays\."/,
    );
    assert.doesNotMatch(report, /weak quote[^\n]*taken daily/);
    // A row holding none of the claim's words is named even when another row for the claim holds them,
    // with what the rows hold together, so a reviewer can tell an unsupported claim from a split one.
    assert.match(
      report,
      /weak quote \(0% of the claim's words\) \(the claim's rows together: \d+%\): body "Stay with them: naloxone wears off\." ← "Remain beside/,
    );
    assert.doesNotMatch(report, /together[^\n]*It eases withdrawal/);
  });

  it('measures a quote by the claim’s content words it shares', () => {
    assert.equal(quoteShare('Naloxone reverses opioid overdoses.', 'Naloxone can reverse an opioid overdose.'), 1);
    assert.equal(quoteShare('Naloxone reverses opioid overdoses.', 'Call the helpline for referrals.'), 0);
  });
});
