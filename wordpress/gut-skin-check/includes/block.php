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
 * widget itself), the languages the check speaks with their names, the site's language, and the
 * words the blogger saved for the site.
 */
function gut_skin_check_editor_settings(): void
{
    $handle = generate_block_asset_handle('gut-skin-check/check', 'editorScript');
    $languages = array();
    $saved = array();
    $codes = array_unique(array_merge(gut_skin_check_languages(), gut_skin_check_saved_languages()));
    foreach ($codes as $code) {
        $languages[] = array('code' => $code, 'name' => gut_skin_check_language_name($code));
        $url = gut_skin_check_saved_words_url($code);
        if ('' !== $url) {
            $saved[$code] = $url;
        }
    }
    $settings = array(
        'loader' => add_query_arg('ver', GUT_SKIN_CHECK_VERSION, gut_skin_check_widget_url('embed.js')),
        'languages' => $languages,
        'siteLanguage' => gut_skin_check_site_language(),
        // The words saved under Tools → Gut–Skin Check words, by language: the preview shows them.
        'saved' => (object) $saved,
        'wordsPage' => gut_skin_check_words_page_url(),
    );
    wp_add_inline_script($handle, 'window.gutSkinCheckEditor = ' . wp_json_encode($settings) . ';', 'before');
    wp_set_script_translations($handle, 'gut-skin-check');
}

/** A language's name, in the admin's language: the shipped ones by name, others by their tag. */
function gut_skin_check_language_name(string $code): string
{
    $names = array(
        'en' => __('English', 'gut-skin-check'),
        'es' => __('Spanish', 'gut-skin-check'),
    );
    return $names[$code] ?? strtoupper($code);
}
