<?php

/**
 * Plugin Name:       Gut–Skin Check
 * Description:       A four-minute gut-health self-check for your readers that runs in their browser: nothing they answer leaves their device. Add it with the "Gut–Skin Check" block or the [gut_skin_check] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Gut–Skin Check
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       gut-skin-check
 *
 * @package GutSkinCheck
 */

if (!defined('ABSPATH')) {
    exit;
}

define('GUT_SKIN_CHECK_VERSION', '0.1.0');
define('GUT_SKIN_CHECK_FILE', __FILE__);

require_once __DIR__ . '/includes/embed.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/uploads.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/words.php';

add_action('init', 'gut_skin_check_register_scripts');
add_action('init', 'gut_skin_check_register_block');
add_action('init', 'gut_skin_check_register_shortcode');
add_filter('script_loader_tag', 'gut_skin_check_module_tag', 10, 2);
add_filter('upload_mimes', 'gut_skin_check_upload_mimes');
add_filter('wp_check_filetype_and_ext', 'gut_skin_check_check_json_upload', 10, 5);
add_action('admin_init', 'gut_skin_check_register_settings');
add_action('admin_menu', 'gut_skin_check_add_settings_page');
add_filter('plugin_action_links_' . plugin_basename(__FILE__), 'gut_skin_check_action_links');
add_action('rest_api_init', 'gut_skin_check_register_words_routes');
add_filter('rest_pre_serve_request', 'gut_skin_check_serve_words', 10, 3);
add_action('admin_menu', 'gut_skin_check_add_words_page');
add_action('admin_post_gut_skin_check_forget_words', 'gut_skin_check_forget_words_form');
