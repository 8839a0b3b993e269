// Must NOT compile: `variant` takes "full" or "compact". test/package/frameworks.test.js checks that
// tsc reports this line, so the typings really constrain attribute values.
import '@twelva/glossary-widgets/jsx';

export const Wrong = () => <glossary-card term="naloxone" variant="huge" />;
