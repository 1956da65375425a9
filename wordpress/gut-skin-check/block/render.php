<?php

/**
 * Prints the block: the widget in the page, or in an iframe, as the blogger chose.
 *
 * @package GutSkinCheck
 *
 * @var array<string, mixed> $attributes The block's attributes (see block.json).
 */

if (!defined('ABSPATH')) {
    exit;
}

$gut_skin_check_options = gut_skin_check_options(
    array(
        'lang' => $attributes['lang'] ?? 'site',
        'embed' => $attributes['embed'] ?? 'element',
        'content' => (int) ($attributes['contentId'] ?? 0),
    )
);
// The wrapper's attributes come escaped from WordPress; the markup escapes its own.
echo gut_skin_check_markup($gut_skin_check_options, get_block_wrapper_attributes());
