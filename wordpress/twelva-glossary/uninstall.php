<?php

/**
 * Runs when a site owner deletes the plugin: its one option goes. Nothing about readers was ever stored.
 *
 * @package TwelvaGlossary
 */

if (! defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

delete_option('twelva_glossary');
// A network install keeps one copy per site.
if (is_multisite()) {
    foreach (get_sites(array('fields' => 'ids')) as $twelva_glossary_site) {
        switch_to_blog($twelva_glossary_site);
        delete_option('twelva_glossary');
        restore_current_blog();
    }
}
