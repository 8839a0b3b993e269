'use client';
// Next.js App Router: the elements register in the browser only. The server renders the tags as
// plain HTML (the term's text stays readable), and the package loads after hydration.
import '@twelva/glossary-widgets/jsx';
import { useEffect } from 'react';

export function GlossaryWidgets({ term }: { term: string }) {
  useEffect(() => {
    void import('@twelva/glossary-widgets');
  }, []);
  return (
    <>
      <p>
        Carry <glossary-term term={term}>{term}</glossary-term>.
      </p>
      <glossary-card term={term} heading-level={3} />
      <crisis-footer region="US" />
    </>
  );
}
