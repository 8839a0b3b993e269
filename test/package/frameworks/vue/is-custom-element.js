// Tells Vue's template compiler that the glossary tags are custom elements, not Vue components.
// Used as `template.compilerOptions.isCustomElement` in vite.config (docs/frameworks.md).
export const isCustomElement = (tag) => tag.startsWith('glossary-') || tag === 'crisis-footer';
