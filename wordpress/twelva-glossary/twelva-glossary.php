<?php

/**
 * Plugin Name:       Twelva Glossary
 * Plugin URI:        https://github.com/twelva/glossary-widgets
 * Description:       Accessible recovery-glossary terms, cards, questions, an A–Z index and a region-aware crisis footer, as blocks and shortcodes. Everything loads from your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Twelva
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       twelva-glossary
 *
 * @package TwelvaGlossary
 */

if (! defined('ABSPATH')) {
    exit;
}

// The build writes package.json's version here, so the script URLs change with every release.
define('TWELVA_GLOSSARY_VERSION', '0.1.0');
define('TWELVA_GLOSSARY_FILE', __FILE__);
define('TWELVA_GLOSSARY_DIR', __DIR__);

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/admin.php';
