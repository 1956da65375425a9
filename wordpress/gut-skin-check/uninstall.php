<?php

/**
 * Removes what the plugin stored, on every site of a network: its one option, and the words the
 * blogger saved in the uploads folder (gut-skin-check/words-<lang>.json). Readers' answers were
 * only ever in their own browsers.
 *
 * @package GutSkinCheck
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

/** Removes this site's option and saved words. */
function gut_skin_check_uninstall_site(): void
{
    delete_option('gut_skin_check_offline_pages');
    $uploads = wp_upload_dir(null, false);
    $folder = trailingslashit((string) $uploads['basedir']) . 'gut-skin-check';
    if (!is_dir($folder)) {
        return;
    }
    // Only what the plugin writes there: the saved words, and a save cut short.
    $files = array_merge((array) glob($folder . '/words-*.json'), (array) glob($folder . '/.words-*.tmp'));
    foreach ($files as $file) {
        wp_delete_file((string) $file);
    }
    // The folder goes if nothing else is in it.
    if (array() === array_diff((array) scandir($folder), array('.', '..'))) {
        rmdir($folder);
    }
}

if (is_multisite()) {
    foreach (get_sites(array('fields' => 'ids', 'number' => 0)) as $gut_skin_check_site) {
        switch_to_blog((int) $gut_skin_check_site);
        gut_skin_check_uninstall_site();
        restore_current_blog();
    }
} else {
    gut_skin_check_uninstall_site();
}
