<?php

/**
 * Shortcodes for classic-editor sites, each the same element a block renders:
 * [glossary_term term="naloxone"]Narcan[/glossary_term], [glossary_card term="naloxone"],
 * [glossary_faq term="naloxone"], [glossary_index], [crisis_footer region="US" variant="full"].
 *
 * @package TwelvaGlossary
 */

if (! defined('ABSPATH')) {
    exit;
}

/** The shortcodes and the element each one renders. */
function twelva_glossary_shortcodes()
{
    return array(
        'glossary_term'  => 'glossary-term',
        'glossary_card'  => 'glossary-card',
        'glossary_faq'   => 'glossary-faq',
        'glossary_index' => 'glossary-index',
        'crisis_footer'  => 'crisis-footer',
    );
}

/** Renders a shortcode; the enclosed text of [glossary_term] is the term's visible text, as plain text. */
function twelva_glossary_shortcode($atts, $content, $shortcode)
{
    $tags = twelva_glossary_shortcodes();
    $text = 'glossary_term' === $shortcode ? wp_strip_all_tags((string) $content) : '';
    return twelva_glossary_element($tags[ $shortcode ], is_array($atts) ? $atts : array(), $text);
}

foreach (array_keys(twelva_glossary_shortcodes()) as $twelva_glossary_shortcode) {
    add_shortcode($twelva_glossary_shortcode, 'twelva_glossary_shortcode');
}
