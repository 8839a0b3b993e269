<?php

/**
 * Settings → Glossary, built on the Settings API: options.php checks the nonce settings_fields() prints
 * and the manage_options capability, then saves through twelva_glossary_sanitize(). Every value printed
 * here is escaped for where it goes.
 *
 * @package TwelvaGlossary
 */

if (! defined('ABSPATH')) {
    exit;
}

/** The option, its sanitize callback, and the page's one section of fields. */
function twelva_glossary_admin_init()
{
    register_setting(
        'twelva_glossary',
        'twelva_glossary',
        array(
            'type'              => 'object',
            'sanitize_callback' => 'twelva_glossary_sanitize',
            'default'           => twelva_glossary_defaults(),
        )
    );
    add_settings_section('twelva_glossary_main', '', '__return_false', 'twelva-glossary');
    $fields = array(
        'locale'   => __('Language', 'twelva-glossary'),
        'region'   => __('Region', 'twelva-glossary'),
        'autolink' => __('Auto-link', 'twelva-glossary'),
        'footer'   => __('Crisis footer', 'twelva-glossary'),
        'source'   => __('Glossary source', 'twelva-glossary'),
        'app_url'  => __('App link', 'twelva-glossary'),
        'build'    => __('Script', 'twelva-glossary'),
        'theme'    => __('Colour scheme', 'twelva-glossary'),
    );
    foreach ($fields as $key => $label) {
        add_settings_field(
            'twelva_glossary_' . $key,
            $label,
            'twelva_glossary_field_' . $key,
            'twelva-glossary',
            'twelva_glossary_main',
            in_array($key, array('locale', 'region', 'app_url'), true)
                ? array('label_for' => 'twelva_glossary_' . $key)
                : array()
        );
    }
}
add_action('admin_init', 'twelva_glossary_admin_init');

/** Settings → Glossary, for those who may manage options. */
function twelva_glossary_admin_menu()
{
    add_options_page(
        __('Glossary settings', 'twelva-glossary'),
        __('Glossary', 'twelva-glossary'),
        'manage_options',
        'twelva-glossary',
        'twelva_glossary_settings_page'
    );
}
add_action('admin_menu', 'twelva_glossary_admin_menu');

/** A "Settings" link beside Deactivate on the Plugins screen. */
function twelva_glossary_action_links($links)
{
    $url = admin_url('options-general.php?page=twelva-glossary');
    array_unshift($links, '<a href="' . esc_url($url) . '">' . esc_html__('Settings', 'twelva-glossary') . '</a>');
    return $links;
}
add_filter('plugin_action_links_' . plugin_basename(TWELVA_GLOSSARY_FILE), 'twelva_glossary_action_links');

function twelva_glossary_settings_page()
{
    if (! current_user_can('manage_options')) {
        return;
    }
    ?>
    <div class="wrap">
        <h1><?php echo esc_html(get_admin_page_title()); ?></h1>
        <p><?php esc_html_e('Terms, cards, questions, the A–Z index and the crisis footer: add them with the Glossary blocks, the “Glossary term” button in the paragraph toolbar, or shortcodes. These settings apply to every page.', 'twelva-glossary'); ?></p>
        <form action="<?php echo esc_url(admin_url('options.php')); ?>" method="post">
            <?php
            settings_fields('twelva_glossary');
            do_settings_sections('twelva-glossary');
            submit_button();
            ?>
        </form>
    </div>
    <?php
}

/** The name="" of a field inside the option's array. */
function twelva_glossary_field_name($key)
{
    return 'twelva_glossary[' . $key . ']';
}

/** A <select> of `$choices` (value => label) with `$current` selected. */
function twelva_glossary_select($key, array $choices, $current)
{
    printf('<select id="%s" name="%s">', esc_attr('twelva_glossary_' . $key), esc_attr(twelva_glossary_field_name($key)));
    foreach ($choices as $value => $label) {
        printf(
            '<option value="%s"%s>%s</option>',
            esc_attr($value),
            selected((string) $current, (string) $value, false),
            esc_html($label)
        );
    }
    echo '</select>';
}

/** A radio button of `$key` with `$value`. */
function twelva_glossary_radio($key, $value, $current, $label)
{
    printf(
        '<label><input type="radio" name="%s" value="%s"%s> %s</label><br>',
        esc_attr(twelva_glossary_field_name($key)),
        esc_attr($value),
        checked((string) $current, (string) $value, false),
        esc_html($label)
    );
}

/** A checkbox of `$key`. */
function twelva_glossary_checkbox($key, $current, $label)
{
    printf(
        '<label><input type="checkbox" name="%s" value="1"%s> %s</label>',
        esc_attr(twelva_glossary_field_name($key)),
        checked((bool) $current, true, false),
        esc_html($label)
    );
}

/** A short help line under a field. */
function twelva_glossary_help($text)
{
    echo '<p class="description">' . esc_html($text) . '</p>';
}

function twelva_glossary_field_locale()
{
    twelva_glossary_select('locale', twelva_glossary_locales(), twelva_glossary_settings()['locale']);
    twelva_glossary_help(__('Language of the glossary and of the widgets’ own words.', 'twelva-glossary'));
}

function twelva_glossary_field_region()
{
    twelva_glossary_select('region', twelva_glossary_regions(), twelva_glossary_settings()['region']);
    twelva_glossary_help(__('Which country’s emergency number and crisis lines the footer shows first. Readers can switch region in the footer.', 'twelva-glossary'));
}

function twelva_glossary_field_autolink()
{
    $settings = twelva_glossary_settings();
    twelva_glossary_checkbox('autolink', $settings['autolink'], __('Turn the first mention of each glossary word into a term, on every page', 'twelva-glossary'));
    echo '<fieldset style="margin-top:.5em"><legend class="screen-reader-text">' . esc_html__('Where', 'twelva-glossary') . '</legend>';
    twelva_glossary_radio('autolink_scope', 'content', $settings['autolink_scope'], __('In the post or page text (recommended)', 'twelva-glossary'));
    twelva_glossary_radio('autolink_scope', 'main', $settings['autolink_scope'], __('In the whole main area (the theme’s <main>)', 'twelva-glossary'));
    twelva_glossary_radio('autolink_scope', 'custom', $settings['autolink_scope'], __('Where this CSS selector points:', 'twelva-glossary'));
    printf(
        '<input type="text" class="regular-text code" name="%s" value="%s" aria-label="%s">',
        esc_attr(twelva_glossary_field_name('autolink_custom')),
        esc_attr($settings['autolink_custom']),
        esc_attr__('CSS selector for auto-linking', 'twelva-glossary')
    );
    echo '</fieldset>';
    twelva_glossary_help(__('Headings, links, buttons and code are never changed.', 'twelva-glossary'));
}

function twelva_glossary_field_footer()
{
    $settings = twelva_glossary_settings();
    twelva_glossary_checkbox('footer', $settings['footer'], __('Show the crisis footer at the end of every page', 'twelva-glossary'));
    echo '<br>';
    twelva_glossary_radio('footer_variant', 'compact', $settings['footer_variant'], __('Compact: “In crisis?” with the main crisis line and the emergency number', 'twelva-glossary'));
    twelva_glossary_radio('footer_variant', 'full', $settings['footer_variant'], __('Full: every line for the region', 'twelva-glossary'));
}

function twelva_glossary_field_source()
{
    $settings = twelva_glossary_settings();
    twelva_glossary_radio('source', 'builtin', $settings['source'], __('The built-in Twelva glossary (reviewed, with sources)', 'twelva-glossary'));
    twelva_glossary_radio('source', 'url', $settings['source'], __('Your own glossary, built with build-glossary, at this address:', 'twelva-glossary'));
    printf(
        '<input type="url" class="regular-text code" name="%s" value="%s" aria-label="%s" placeholder="https://example.org/glossary.en.json">',
        esc_attr(twelva_glossary_field_name('source_url')),
        esc_attr($settings['source_url']),
        esc_attr__('Address of your own glossary', 'twelva-glossary')
    );
    twelva_glossary_help(__('Put your glossary on this site (for example in the media library) so readers’ browsers ask no other host.', 'twelva-glossary'));
}

function twelva_glossary_field_app_url()
{
    printf(
        '<input type="url" class="regular-text code" id="twelva_glossary_app_url" name="%s" value="%s" placeholder="https://example.org/app/{id}">',
        esc_attr(twelva_glossary_field_name('app_url')),
        esc_attr(twelva_glossary_settings()['app_url'])
    );
    twelva_glossary_help(__('Optional: a “Get Twelva” link on cards. {id} becomes the term’s id. Leave empty for none.', 'twelva-glossary'));
}

function twelva_glossary_field_build()
{
    $settings = twelva_glossary_settings();
    twelva_glossary_radio('build', 'module', $settings['build'], __('Modern (loads its parts as they are needed)', 'twelva-glossary'));
    twelva_glossary_radio('build', 'classic', $settings['build'], __('Classic, one file (for themes or caching plugins that break modules)', 'twelva-glossary'));
}

function twelva_glossary_field_theme()
{
    $settings = twelva_glossary_settings();
    twelva_glossary_radio('theme', 'auto', $settings['theme'], __('Follow the reader’s light or dark setting', 'twelva-glossary'));
    twelva_glossary_radio('theme', 'light', $settings['theme'], __('Always light', 'twelva-glossary'));
    twelva_glossary_radio('theme', 'dark', $settings['theme'], __('Always dark', 'twelva-glossary'));
}
