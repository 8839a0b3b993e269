<?php

/**
 * One place that turns settings into a widget's HTML: blocks and shortcodes both come here, so each
 * element's attributes are listed, checked and escaped once.
 *
 * @package TwelvaGlossary
 */

if (! defined('ABSPATH')) {
    exit;
}

/**
 * Each element's attributes and what they may hold: 'text' (an id or alias), 'locale', 'region' (ISO
 * 3166 code), 'level' (2–6), 'bool', or a list of allowed values.
 */
function twelva_glossary_element_attributes()
{
    return array(
        'glossary-term'  => array('term' => 'text', 'locale' => 'locale'),
        'glossary-card'  => array(
            'term'          => 'text',
            'locale'        => 'locale',
            'heading-level' => 'level',
            'variant'       => array('full', 'compact'),
        ),
        'glossary-faq'   => array(
            'term'          => 'text',
            'locale'        => 'locale',
            'heading-level' => 'level',
            'single'        => 'bool',
        ),
        'glossary-index' => array('locale' => 'locale'),
        'crisis-footer'  => array(
            'region'  => 'region',
            'locale'  => 'locale',
            'variant' => array('full', 'compact'),
        ),
    );
}

/** A value checked against its kind; null when it is empty or not allowed (the attribute is left out). */
function twelva_glossary_attribute_value($kind, $value)
{
    if (is_bool($value) || 'bool' === $kind) {
        return ('bool' === $kind && ! empty($value) && 'false' !== $value) ? '' : null;
    }
    $value = trim(sanitize_text_field((string) $value));
    if ('' === $value) {
        return null;
    }
    if (is_array($kind)) {
        return in_array($value, $kind, true) ? $value : null;
    }
    switch ($kind) {
        case 'locale':
            return preg_match('/^[a-z]{2}(-[A-Za-z]{2})?$/', $value) ? $value : null;
        case 'region':
            $value = strtoupper($value);
            return preg_match('/^[A-Z]{2}$/', $value) ? $value : null;
        case 'level':
            return preg_match('/^[2-6]$/', $value) ? $value : null;
        default:
            return substr($value, 0, 100);
    }
}

/**
 * The HTML of `<$tag>` with the allowed attributes of `$given` (names with - or _), every value escaped,
 * and `$text` (plain text, escaped) inside. Asks for the script on this page.
 */
function twelva_glossary_element($tag, array $given, $text = '')
{
    $known = twelva_glossary_element_attributes();
    if (! isset($known[ $tag ])) {
        return '';
    }
    $html = '<' . $tag;
    foreach ($given as $name => $value) {
        $name = str_replace('_', '-', strtolower((string) $name));
        if (! isset($known[ $tag ][ $name ])) {
            continue;
        }
        $checked = twelva_glossary_attribute_value($known[ $tag ][ $name ], $value);
        if (null === $checked) {
            continue;
        }
        $html .= '' === $checked ? ' ' . $name : ' ' . $name . '="' . esc_attr($checked) . '"';
    }
    twelva_glossary_use_script();
    return $html . '>' . esc_html($text) . '</' . $tag . '>';
}
