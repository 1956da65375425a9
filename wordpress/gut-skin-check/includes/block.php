<?php

/**
 * The "Gut–Skin Check" block: declared in block/block.json, printed by block/render.php, edited
 * with block/index.js (plain JavaScript on WordPress's own editor packages, no build step).
 *
 * @package GutSkinCheck
 */

if (!defined('ABSPATH')) {
    exit;
}

function gut_skin_check_register_block(): void
{
    register_block_type(dirname(__DIR__) . '/block');
    add_action('enqueue_block_editor_assets', 'gut_skin_check_editor_settings');
}

/**
 * What the block's sidebar and preview need from the server: the loader's URL (the preview is the
 * widget itself), the languages the widget ships with their names, and the site's language.
 */
function gut_skin_check_editor_settings(): void
{
    $handle = generate_block_asset_handle('gut-skin-check/check', 'editorScript');
    $languages = array();
    foreach (gut_skin_check_languages() as $code) {
        $languages[] = array('code' => $code, 'name' => gut_skin_check_language_name($code));
    }
    $settings = array(
        'loader' => add_query_arg('ver', GUT_SKIN_CHECK_VERSION, gut_skin_check_widget_url('embed.js')),
        'languages' => $languages,
        'siteLanguage' => gut_skin_check_site_language(),
    );
    wp_add_inline_script($handle, 'window.gutSkinCheckEditor = ' . wp_json_encode($settings) . ';', 'before');
    wp_set_script_translations($handle, 'gut-skin-check');
}

/** A shipped language's name, in the admin's language. */
function gut_skin_check_language_name(string $code): string
{
    $names = array(
        'en' => __('English', 'gut-skin-check'),
        'es' => __('Spanish', 'gut-skin-check'),
    );
    return $names[$code] ?? strtoupper($code);
}
