<?php

/**
 * The widgets' script, served from the plugin's own assets/ folder (nothing from another host): the
 * module build with its lazy chunks, or the classic one-file build for themes that cannot take a module.
 * It is printed only on pages that use a widget, or on every page when auto-linking or the footer on
 * every page is on. Its settings travel as the data-* attributes the script reads from its own tag.
 *
 * @package TwelvaGlossary
 */

if (! defined('ABSPATH')) {
    exit;
}

const TWELVA_GLOSSARY_HANDLE = 'twelva-glossary';

/** Registers the script; WordPress adds ?ver= to its URL, so a new version is never served stale. */
function twelva_glossary_register_script()
{
    $settings = twelva_glossary_settings();
    $file     = 'classic' === $settings['build'] ? 'glossary-widgets.iife.js' : 'glossary-widgets.js';
    wp_register_script(
        TWELVA_GLOSSARY_HANDLE,
        plugins_url('assets/' . $file, TWELVA_GLOSSARY_FILE),
        array(),
        TWELVA_GLOSSARY_VERSION,
        true
    );
}
add_action('wp_enqueue_scripts', 'twelva_glossary_register_script', 5);

/** Asks for the script on this page (called by every block, shortcode and marked term as it renders). */
function twelva_glossary_use_script()
{
    if (! wp_script_is(TWELVA_GLOSSARY_HANDLE, 'registered')) {
        twelva_glossary_register_script();
    }
    wp_enqueue_script(TWELVA_GLOSSARY_HANDLE);
}

/** Auto-linking and the footer on every page need the script everywhere. */
function twelva_glossary_enqueue_site_wide()
{
    $settings = twelva_glossary_settings();
    if ($settings['autolink'] || $settings['footer']) {
        twelva_glossary_use_script();
    }
}
add_action('wp_enqueue_scripts', 'twelva_glossary_enqueue_site_wide');

/** The data-* attributes of the script tag, from the settings (docs: Script settings). */
function twelva_glossary_script_data()
{
    $settings = twelva_glossary_settings();
    $data     = array(
        'data-locale'       => $settings['locale'],
        'data-region'       => $settings['region'],
        'data-theme'        => 'auto' === $settings['theme'] ? '' : $settings['theme'],
        'data-autolink'     => $settings['autolink'] ? twelva_glossary_autolink_selector($settings) : '',
        'data-glossary-src' => 'url' === $settings['source'] ? $settings['source_url'] : '',
        'data-app-url'      => $settings['app_url'],
    );
    return array_filter($data, 'strlen');
}

/**
 * WordPress 6.1 has no script modules API: the module build gets type="module" here, and both builds
 * get their settings. The tag is rebuilt from the escaped URL rather than edited as a string.
 */
function twelva_glossary_script_tag($tag, $handle, $src)
{
    if (TWELVA_GLOSSARY_HANDLE !== $handle) {
        return $tag;
    }
    $settings = twelva_glossary_settings();
    $attrs    = 'classic' === $settings['build'] ? ' defer' : ' type="module"';
    foreach (twelva_glossary_script_data() as $name => $value) {
        $is_url = in_array($name, array('data-glossary-src', 'data-app-url'), true);
        $attrs .= ' ' . $name . '="' . ($is_url ? twelva_glossary_keep_id($value, 'esc_url') : esc_attr($value)) . '"';
    }
    return '<script' . $attrs . ' src="' . esc_url($src) . '" id="' . esc_attr($handle) . '-js"></script>' . "\n";
}
add_filter('script_loader_tag', 'twelva_glossary_script_tag', 10, 3);

/**
 * Auto-linking's default part of the page is the post's own text: it is wrapped in one element the
 * script's data-autolink names, whatever markup the theme puts around it.
 */
function twelva_glossary_mark_content($content)
{
    if (false !== strpos($content, '<glossary-')) {
        twelva_glossary_use_script();
    }
    $settings = twelva_glossary_settings();
    if (! $settings['autolink'] || 'content' !== $settings['autolink_scope'] || is_admin() || is_feed()) {
        return $content;
    }
    return '<div class="twelva-glossary-content">' . $content . '</div>';
}
add_filter('the_content', 'twelva_glossary_mark_content', 20);

/** The crisis footer on every page, when the site owner turns it on. */
function twelva_glossary_site_footer()
{
    $settings = twelva_glossary_settings();
    if (! $settings['footer']) {
        return;
    }
    // The printed element carries only escaped attributes (see twelva_glossary_element()).
    echo twelva_glossary_element( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
        'crisis-footer',
        array('variant' => $settings['footer_variant'])
    );
}
add_action('wp_footer', 'twelva_glossary_site_footer', 5);

/**
 * Lets authors without the unfiltered_html capability keep a marked term: without this, saving a post
 * strips <glossary-term>. Only the element's own plain attributes are allowed.
 */
function twelva_glossary_allowed_html($tags, $context)
{
    if ('post' === $context) {
        $tags['glossary-term'] = array(
            'term'   => true,
            'locale' => true,
        );
    }
    return $tags;
}
add_filter('wp_kses_allowed_html', 'twelva_glossary_allowed_html', 10, 2);
