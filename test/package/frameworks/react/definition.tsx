// The React example of docs/frameworks.md, as printed there.
import '@twelva/glossary-widgets/jsx'; // types only: attributes, allowed values, events
import { useEffect } from 'react';

export function Definition() {
  useEffect(() => void import('@twelva/glossary-widgets'), []); // registers the elements, in the browser
  return (
    <p>
      Carry{' '}
      <glossary-term term="naloxone" onglossary-term-show={(event) => console.log(event.detail.id)}>
        naloxone
      </glossary-term>
      .
      <glossary-card term="naloxone" heading-level={3} variant="compact" />
    </p>
  );
}
