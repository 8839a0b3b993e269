<?php

/**
 * The blocks: registered on the server from their block.json files and rendered there as the widgets'
 * custom elements, so the post stores only the block's settings and a new plugin version changes every
 * page at once. The editor script (editor/blocks.js, plain JavaScript, no build step) gives each block
 * its settings panel and adds "Glossary term" to the paragraph toolbar.
 *
 * @package TwelvaGlossary
 */

if (! defined('ABSPATH')) {
    exit;
}

/** Each block's folder under blocks/ and the element it renders. */
function twelva_glossary_blocks()
{
    return array(
        'card'          => 'glossary-card',
        'faq'           => 'glossary-faq',
        'index'         => 'glossary-index',
        'crisis-footer' => 'crisis-footer',
    );
}

/** The editor script first (block.json names its handle), then every block. */
function twelva_glossary_register_blocks()
{
    wp_register_script(
        'twelva-glossary-editor',
        plugins_url('editor/blocks.js', TWELVA_GLOSSARY_FILE),
        array('wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-rich-text'),
        TWELVA_GLOSSARY_VERSION,
        true
    );
    foreach (twelva_glossary_blocks() as $folder => $tag) {
        register_block_type(
            TWELVA_GLOSSARY_DIR . '/blocks/' . $folder,
            array(
                'render_callback' => static function ($attributes) use ($tag) {
                    return twelva_glossary_render_block($tag, is_array($attributes) ? $attributes : array());
                },
            )
        );
    }
}
add_action('init', 'twelva_glossary_register_blocks');

/** A block's attributes (camelCase in block.json) as the element's (kebab-case), inside a wrapper. */
function twelva_glossary_render_block($tag, array $attributes)
{
    $given = array();
    foreach ($attributes as $name => $value) {
        $given[ strtolower(preg_replace('/([a-z])([A-Z])/', '$1-$2', (string) $name)) ] = $value;
    }
    $wrapper = get_block_wrapper_attributes();
    // get_block_wrapper_attributes() returns escaped attributes; the element escapes its own.
    return '<div ' . $wrapper . '>' . twelva_glossary_element($tag, $given) . '</div>';
}

/** The paragraph toolbar's "Glossary term" format lives in the same editor script. */
function twelva_glossary_editor_assets()
{
    wp_enqueue_script('twelva-glossary-editor');
}
add_action('enqueue_block_editor_assets', 'twelva_glossary_editor_assets');
