<?php

/**
 * Lets administrators, and no one else, upload the blogger's own content file (.json) to the
 * media library; editors and authors can still choose one that is there.
 *
 * @package GutSkinCheck
 */

if (!defined('ABSPATH')) {
    exit;
}

/**
 * @param array<string, string> $mimes Allowed types by extension.
 * @return array<string, string>
 */
function gut_skin_check_upload_mimes($mimes): array
{
    $mimes = (array) $mimes;
    if (current_user_can('manage_options')) {
        $mimes['json'] = 'application/json';
    }
    return $mimes;
}

/**
 * A JSON file is often told apart only as plain text: for an administrator, a .json file that is
 * text is taken as JSON.
 *
 * @param array<string, mixed> $checked   What WordPress found: ext, type, proper_filename.
 * @param string               $file      The uploaded file's path.
 * @param string               $filename  Its name.
 * @param mixed                $mimes     Allowed types.
 * @param string|false         $real_mime The type the file's contents suggest.
 * @return array<string, mixed>
 */
function gut_skin_check_check_json_upload($checked, $file, $filename, $mimes, $real_mime = false): array
{
    $checked = (array) $checked;
    $is_json_name = (bool) preg_match('/\.json$/i', (string) $filename);
    $is_text = in_array($real_mime, array('application/json', 'text/plain'), true);
    if (empty($checked['type']) && $is_json_name && $is_text && current_user_can('manage_options')) {
        $checked['ext'] = 'json';
        $checked['type'] = 'application/json';
    }
    return $checked;
}
