/**
 * The block editor's side of the plugin, plain JavaScript on WordPress's own globals (no build step):
 * each block's settings panel and a placeholder (the page renders the real element on the server), and
 * "Glossary term" in the paragraph toolbar, which wraps the selected words in <glossary-term>.
 */
(function (wp) {
  'use strict';
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps, RichTextToolbarButton } = wp.blockEditor;
  const { PanelBody, TextControl, SelectControl, ToggleControl, Placeholder } = wp.components;
  const { registerFormatType, toggleFormat } = wp.richText;
  const { __ } = wp.i18n;

  const locales = [
    { label: __('Page setting', 'twelva-glossary'), value: '' },
    { label: 'English', value: 'en' },
    { label: 'Español', value: 'es' },
  ];
  const levels = [2, 3, 4, 5, 6].map((level) => ({ label: `H${level}`, value: String(level) }));
  const variants = [
    { label: __('Full', 'twelva-glossary'), value: 'full' },
    { label: __('Compact', 'twelva-glossary'), value: 'compact' },
  ];

  /** One control per attribute the block has, in a panel named after the block. */
  function controls(props) {
    const { attributes: a, setAttributes: set } = props;
    const fields = [];
    if ('term' in a) {
      fields.push(
        h(TextControl, {
          key: 'term',
          label:
            props.name === 'twelva-glossary/faq'
              ? __('Term (id or name; empty: every question)', 'twelva-glossary')
              : __('Term (id or name)', 'twelva-glossary'),
          value: a.term,
          onChange: (term) => set({ term }),
        }),
      );
    }
    if ('region' in a) {
      fields.push(
        h(TextControl, {
          key: 'region',
          label: __('Region (two-letter country code; empty: the site setting)', 'twelva-glossary'),
          value: a.region,
          maxLength: 2,
          onChange: (region) => set({ region: region.toUpperCase() }),
        }),
      );
    }
    if ('headingLevel' in a) {
      fields.push(
        h(SelectControl, {
          key: 'level',
          label: __('Heading level', 'twelva-glossary'),
          value: String(a.headingLevel),
          options: levels,
          onChange: (level) => set({ headingLevel: Number(level) }),
        }),
      );
    }
    if ('variant' in a) {
      fields.push(
        h(SelectControl, {
          key: 'variant',
          label: __('Variant', 'twelva-glossary'),
          value: a.variant,
          options: variants,
          onChange: (variant) => set({ variant }),
        }),
      );
    }
    if ('single' in a) {
      fields.push(
        h(ToggleControl, {
          key: 'single',
          label: __('One question open at a time', 'twelva-glossary'),
          checked: a.single,
          onChange: (single) => set({ single }),
        }),
      );
    }
    fields.push(
      h(SelectControl, {
        key: 'locale',
        label: __('Language', 'twelva-glossary'),
        value: a.locale,
        options: locales,
        onChange: (locale) => set({ locale }),
      }),
    );
    return h(InspectorControls, null, h(PanelBody, { title: __('Glossary', 'twelva-glossary') }, fields));
  }

  for (const name of ['card', 'faq', 'index', 'crisis-footer']) {
    registerBlockType(`twelva-glossary/${name}`, {
      edit(props) {
        const { term, region } = props.attributes;
        const detail = term || region || '';
        return h(
          Fragment,
          null,
          controls(props),
          h(
            'div',
            useBlockProps(),
            h(Placeholder, {
              icon: 'book',
              label: wp.blocks.getBlockType(props.name).title,
              instructions: detail
                ? `${detail}: ${__('shown on the published page; change it in the block settings.', 'twelva-glossary')}`
                : __('Shown on the published page; change it in the block settings.', 'twelva-glossary'),
            }),
          ),
        );
      },
      // Rendered on the server from the attributes: the post keeps only the settings.
      save: () => null,
    });
  }

  registerFormatType('twelva-glossary/term', {
    title: __('Glossary term', 'twelva-glossary'),
    tagName: 'glossary-term',
    className: null,
    attributes: { term: 'term' },
    edit({ isActive, value, onChange }) {
      return h(RichTextToolbarButton, {
        icon: 'book',
        title: __('Glossary term', 'twelva-glossary'),
        isActive,
        onClick: () => onChange(toggleFormat(value, { type: 'twelva-glossary/term' })),
      });
    },
  });
})(window.wp);
