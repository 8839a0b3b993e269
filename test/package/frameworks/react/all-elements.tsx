// A React 19 page using every element with its attributes and events, type-checked against the
// package's generated typings (`import '@twelva/glossary-widgets/jsx'`). docs/frameworks.md shows it.
import '@twelva/glossary-widgets/jsx';
import { useState } from 'react';

export function GlossaryPage() {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <article lang="en">
      <p>
        Carry{' '}
        <glossary-term
          term="naloxone"
          onglossary-term-show={(event) => setOpen(event.detail.id)}
          onglossary-term-hide={() => setOpen(null)}
        >
          naloxone
        </glossary-term>{' '}
        {open ? `(${open} is open)` : null}
      </p>
      <glossary-card
        term="naloxone"
        heading-level={3}
        variant="compact"
        theme="dark"
        structured-data
        onglossary-card-toggle={(event) => console.log(event.detail.expanded)}
      />
      <glossary-faq term="naloxone" single onglossary-faq-toggle={(event) => console.log(event.detail.open)} />
      <glossary-index locale="es" src="https://partner.example/glossary.es.json" />
      <crisis-footer region="GB" variant="full" hide-medical-note />
    </article>
  );
}
