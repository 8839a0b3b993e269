<?php

/**
 * The widgets' files, served from the plugin's own assets/ folder (nothing from another host): the
 * module build with its lazy chunks, or the classic one-file build for themes that cannot take a module,
 * and reserve.css, the space each card, question list, index and footer holds until it has rendered.
 * Both go only on pages that use a widget, or on every page when auto-linking or the footer on every
 * page is on. The script's settings travel as the data-* attributes the script reads from its own tag.
 *
 * @package TwelvaGlossary
 */

if (! defined('ABSPATH')) {
    exit;
}

const TWELVA_GLOSSARY_HANDLE = 'twelva-glossary';
const TWELVA_GLOSSARY_RESERVE_HANDLE = 'twelva-glossary-reserve';

/** Registers the script and the stylesheet; WordPress adds ?ver= to their URLs, so a new version is never served stale. */
function twelva_glossary_register_files()
{
    wp_register_style(
        TWELVA_GLOSSARY_RESERVE_HANDLE,
        plugins_url('assets/reserve.css', TWELVA_GLOSSARY_FILE),
        array(),
        TWELVA_GLOSSARY_VERSION
    );
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
add_action('wp_enqueue_scripts', 'twelva_glossary_register_files', 5);

/**
 * Asks for reserve.css while the styles of <head> are still to be printed: before them
 * (twelva_glossary_enqueue_for_request()) or, in a block theme, while the template renders (WordPress
 * renders a block theme's template before <head>). Once they are out, the stylesheet would come after
 * the widgets it holds space for, too late to help, so it is left out.
 */
function twelva_glossary_use_stylesheet()
{
    if (! wp_style_is(TWELVA_GLOSSARY_RESERVE_HANDLE, 'registered')) {
        twelva_glossary_register_files();
    }
    if (! did_action('wp_print_styles')) {
        wp_enqueue_style(TWELVA_GLOSSARY_RESERVE_HANDLE);
    }
}

/** Asks for the script on this page, with the stylesheet when it can still help (called by every block, shortcode and marked term as it renders). */
function twelva_glossary_use_script()
{
    twelva_glossary_use_stylesheet();
    wp_enqueue_script(TWELVA_GLOSSARY_HANDLE);
}

/**
 * Whether `$content` (a post's stored text) shows a widget: one of the plugin's blocks or shortcodes, a
 * marked term or a pasted element, or a reusable block that holds one (`$depth` stops a block that
 * contains itself).
 */
function twelva_glossary_content_has_widgets($content, $depth = 0)
{
    $content = (string) $content;
    if (false !== strpos($content, '<glossary-') || false !== strpos($content, '<crisis-footer')) {
        return true;
    }
    foreach (array_keys(twelva_glossary_blocks()) as $folder) {
        if (has_block('twelva-glossary/' . $folder, $content)) {
            return true;
        }
    }
    foreach (array_keys(twelva_glossary_shortcodes()) as $shortcode) {
        if (has_shortcode($content, $shortcode)) {
            return true;
        }
    }
    if ($depth < 3 && preg_match_all('/<!-- wp:block \{"ref":(\d+)/', $content, $refs)) {
        foreach ($refs[1] as $ref) {
            $reusable = get_post((int) $ref);
            if ($reusable && 'wp_block' === $reusable->post_type && twelva_glossary_content_has_widgets($reusable->post_content, $depth + 1)) {
                return true;
            }
        }
    }
    return false;
}

/**
 * Whether a post of the main query shows a widget: the one post of a single view, or the posts of a
 * list, which a theme may show in full. Known before <head> is printed, unlike what the content's
 * rendering asks for in a classic theme.
 */
function twelva_glossary_query_has_widgets()
{
    global $wp_query;
    $posts = isset($wp_query->posts) && is_array($wp_query->posts) ? $wp_query->posts : array();
    foreach ($posts as $post) {
        if ($post instanceof WP_Post && ! post_password_required($post) && twelva_glossary_content_has_widgets($post->post_content)) {
            return true;
        }
    }
    return false;
}

/**
 * Auto-linking and the footer on every page need the script and the stylesheet everywhere. A page whose
 * posts hold a widget gets the stylesheet in <head> now, so its first paint already holds each widget's
 * space; the script still comes as the widget renders (printed at the end of the page either way), so a
 * list that shows those posts only as excerpts gets a few hundred bytes of CSS and no script.
 */
function twelva_glossary_enqueue_for_request()
{
    $settings = twelva_glossary_settings();
    if ($settings['autolink'] || $settings['footer']) {
        twelva_glossary_use_script();
    } elseif (twelva_glossary_query_has_widgets()) {
        twelva_glossary_use_stylesheet();
    }
}
add_action('wp_enqueue_scripts', 'twelva_glossary_enqueue_for_request');

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
