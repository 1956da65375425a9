<?php

/**
 * The shortcode, for classic themes and the classic editor, with the block's options:
 * [gut_skin_check lang="es" embed="iframe" content="/wp-content/uploads/my-words.json"].
 *
 * @package GutSkinCheck
 */

if (!defined('ABSPATH')) {
    exit;
}

function gut_skin_check_register_shortcode(): void
{
    add_shortcode('gut_skin_check', 'gut_skin_check_shortcode');
}

/**
 * Places the widget.
 *
 * @param array<string, string>|string $attributes lang ("site", "en", "es"), embed ("element",
 *     "iframe"), content (a JSON file's id in the media library, or its URL on this site).
 */
function gut_skin_check_shortcode($attributes): string
{
    $given = shortcode_atts(
        array(
            'lang' => 'site',
            'embed' => 'element',
            'content' => '',
        ),
        is_array($attributes) ? $attributes : array(),
        'gut_skin_check'
    );
    return gut_skin_check_markup(gut_skin_check_options($given));
}
