<?php

/**
 * The plugin's settings: one option, `twelva_glossary`, an array read through twelva_glossary_settings().
 * Every value passes twelva_glossary_sanitize() on its way in and is escaped where it is printed.
 *
 * @package TwelvaGlossary
 */

if (! defined('ABSPATH')) {
    exit;
}

/** The option's defaults: the built-in glossary, language and region left to the page, nothing site-wide. */
function twelva_glossary_defaults()
{
    return array(
        'locale'          => '',
        'region'          => '',
        'theme'           => 'auto',
        'autolink'        => false,
        'autolink_scope'  => 'content',
        'autolink_custom' => '',
        'footer'          => false,
        'footer_variant'  => 'compact',
        'source'          => 'builtin',
        'source_url'      => '',
        'app_url'         => '',
        'build'           => 'module',
    );
}

/** The saved settings over the defaults. */
function twelva_glossary_settings()
{
    $saved = get_option('twelva_glossary', array());
    return array_merge(twelva_glossary_defaults(), is_array($saved) ? $saved : array());
}

/** Languages the built-in glossary and the widgets' own words come in. */
function twelva_glossary_locales()
{
    return array(
        ''   => __('Each page’s own language (English if none)', 'twelva-glossary'),
        'en' => 'English',
        'es' => 'Español',
    );
}

/**
 * Regions the crisis footer has specific lines for (the widgets' KNOWN_COUNTRIES). Any other place gets
 * the footer's neutral help. Only codes live here: the numbers are in the widgets' own verified table.
 */
function twelva_glossary_regions()
{
    $regions = array(
        ''   => __('Guess from the reader’s time zone', 'twelva-glossary'),
        'US' => __('United States', 'twelva-glossary'),
        'CA' => __('Canada', 'twelva-glossary'),
        'MX' => __('Mexico', 'twelva-glossary'),
        'GB' => __('United Kingdom', 'twelva-glossary'),
        'IE' => __('Ireland', 'twelva-glossary'),
        'AU' => __('Australia', 'twelva-glossary'),
        'NZ' => __('New Zealand', 'twelva-glossary'),
        'PR' => __('Puerto Rico', 'twelva-glossary'),
        'VI' => __('U.S. Virgin Islands', 'twelva-glossary'),
    );
    $eu = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI ES SE';
    foreach (explode(' ', $eu) as $code) {
        /* translators: %s: a two-letter country code of a European Union member state */
        $regions[ $code ] = sprintf(__('European Union: %s', 'twelva-glossary'), $code);
    }
    return $regions;
}

/** Which part of each page auto-linking reads, as a CSS selector for the script's data-autolink. */
function twelva_glossary_autolink_selector(array $settings)
{
    if ('main' === $settings['autolink_scope']) {
        return 'main';
    }
    if ('custom' === $settings['autolink_scope']) {
        return $settings['autolink_custom'];
    }
    return '.twelva-glossary-content';
}

/** An http(s) URL (or, with `$allow_path`, a path on this site), or '' for anything else. */
function twelva_glossary_sanitize_url($value, $allow_path = false)
{
    $value = trim(wp_strip_all_tags((string) $value));
    if ('' === $value) {
        return '';
    }
    $is_http = (bool) preg_match('#^https?://[^\s"<>]+$#i', $value);
    $is_path = $allow_path && (bool) preg_match('#^/(?!/)[^\s"<>]*$#', $value);
    if (! $is_http && ! $is_path) {
        return '';
    }
    return twelva_glossary_keep_id(
        $value,
        static function ($url) use ($is_path) {
            return esc_url_raw($url, $is_path ? null : array('http', 'https'));
        }
    );
}

/**
 * `$escape` (esc_url or esc_url_raw) applied to a URL whose `{id}` survives: both drop braces, and the
 * widgets put the entry's id there.
 */
function twelva_glossary_keep_id($url, callable $escape)
{
    $marker = 'twelva-glossary-entry-id';
    return str_replace($marker, '{id}', $escape(str_replace('{id}', $marker, (string) $url)));
}

/** One choice out of `$choices` (an array keyed by value), else `$fallback`. */
function twelva_glossary_choice($value, array $choices, $fallback)
{
    $value = is_string($value) ? $value : '';
    return array_key_exists($value, $choices) ? $value : $fallback;
}

/**
 * The Settings API's sanitize callback: every field is checked against what it may hold; anything else
 * falls back to the default, and a rejected URL says so on the settings page.
 */
function twelva_glossary_sanitize($input)
{
    // options.php has already unslashed the form's values: a second pass would eat a selector's backslashes.
    $input    = is_array($input) ? $input : array();
    $defaults = twelva_glossary_defaults();
    $clean    = array(
        'locale'          => twelva_glossary_choice($input['locale'] ?? '', twelva_glossary_locales(), ''),
        'region'          => twelva_glossary_choice($input['region'] ?? '', twelva_glossary_regions(), ''),
        'theme'           => twelva_glossary_choice(
            $input['theme'] ?? '',
            array('auto' => 1, 'light' => 1, 'dark' => 1),
            'auto'
        ),
        'autolink'        => ! empty($input['autolink']),
        'autolink_scope'  => twelva_glossary_choice(
            $input['autolink_scope'] ?? '',
            array('content' => 1, 'main' => 1, 'custom' => 1),
            'content'
        ),
        // A CSS selector is plain text: tags and line breaks go, and the script checks it is valid.
        'autolink_custom' => substr(sanitize_text_field($input['autolink_custom'] ?? ''), 0, 200),
        'footer'          => ! empty($input['footer']),
        'footer_variant'  => twelva_glossary_choice(
            $input['footer_variant'] ?? '',
            array('compact' => 1, 'full' => 1),
            'compact'
        ),
        'source'          => twelva_glossary_choice(
            $input['source'] ?? '',
            array('builtin' => 1, 'url' => 1),
            'builtin'
        ),
        'source_url'      => twelva_glossary_sanitize_url($input['source_url'] ?? '', true),
        'app_url'         => twelva_glossary_sanitize_url($input['app_url'] ?? ''),
        'build'           => twelva_glossary_choice(
            $input['build'] ?? '',
            array('module' => 1, 'classic' => 1),
            'module'
        ),
    );
    foreach (array('source_url' => __('Glossary URL', 'twelva-glossary'), 'app_url' => __('App link', 'twelva-glossary')) as $key => $label) {
        $given = trim((string) ($input[ $key ] ?? ''));
        if ('' !== $given && '' === $clean[ $key ]) {
            add_settings_error(
                'twelva_glossary',
                'twelva_glossary_' . $key,
                /* translators: %s: the name of a settings field */
                sprintf(__('%s was not saved: it must be an address starting with https:// or http://.', 'twelva-glossary'), $label)
            );
        }
    }
    if ('url' === $clean['source'] && '' === $clean['source_url']) {
        $clean['source'] = $defaults['source'];
    }
    if ('custom' === $clean['autolink_scope'] && '' === $clean['autolink_custom']) {
        $clean['autolink_scope'] = $defaults['autolink_scope'];
    }
    return $clean;
}
