<?php

/**
 * Removes what the plugin stored: its one option, on every site of a network. Readers' answers
 * were only ever in their own browsers.
 *
 * @package GutSkinCheck
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

if (is_multisite()) {
    foreach (get_sites(array('fields' => 'ids', 'number' => 0)) as $gut_skin_check_site) {
        switch_to_blog((int) $gut_skin_check_site);
        delete_option('gut_skin_check_offline_pages');
        restore_current_blog();
    }
} else {
    delete_option('gut_skin_check_offline_pages');
}
