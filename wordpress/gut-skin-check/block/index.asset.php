<?php

/**
 * What the editor script needs loaded first: WordPress 6.1 registers a block.json script only with
 * this file beside it. The version follows the plugin's.
 *
 * @package GutSkinCheck
 */

if (!defined('ABSPATH')) {
    exit;
}

return array(
    'dependencies' => array(
        'wp-blocks',
        'wp-element',
        'wp-block-editor',
        'wp-components',
        'wp-data',
        'wp-core-data',
        'wp-i18n',
    ),
    'version' => GUT_SKIN_CHECK_VERSION,
);
