<?php

/**
 * Test scaffolding, not part of the plugin: WordPress with no internet. What would ask
 * WordPress.org for something (updates, translations, the block and plugin directories, remote
 * patterns) is switched off, so no failed request writes a warning to the debug log or slows a
 * screen down.
 */

add_action('init', function () {
    remove_action('enqueue_block_editor_assets', 'wp_enqueue_editor_block_directory_assets');
    foreach (array('_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes') as $check) {
        remove_action('admin_init', $check);
    }
    foreach (array('load-plugins.php', 'load-update.php', 'load-update-core.php', 'wp_update_plugins') as $hook) {
        remove_action($hook, 'wp_update_plugins');
    }
    foreach (array('load-themes.php', 'load-update.php', 'load-update-core.php', 'wp_update_themes') as $hook) {
        remove_action($hook, 'wp_update_themes');
    }
    remove_action('wp_version_check', 'wp_version_check');
});
// After a plugin is installed WordPress checks for updates of everything.
add_action('admin_init', function () {
    remove_action('upgrader_process_complete', array('Language_Pack_Upgrader', 'async_upgrade'), 20);
    foreach (array('wp_version_check', 'wp_update_plugins', 'wp_update_themes') as $check) {
        remove_action('upgrader_process_complete', $check, 10);
    }
});
add_filter('should_load_remote_block_patterns', '__return_false');
add_filter('plugins_api', function ($result, $action) {
    if ('query_plugins' === $action) {
        return (object) array('info' => array('page' => 1, 'pages' => 0, 'results' => 0), 'plugins' => array());
    }
    return new WP_Error('offline', 'There is no plugin directory here.');
}, 10, 2);
add_filter('translations_api', function () {
    return array('translations' => array());
});
