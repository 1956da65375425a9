<?php

/**
 * The widget's service worker (sw.js, beside this file), sent with the header that lets it look
 * after the whole site, for a blogger who switched on "Posts offline" in Settings → Gut–Skin Check.
 *
 * It sits beside sw.js because the worker finds the widget's files relative to its own address.
 * It sends a file that anyone can fetch anyway and loads nothing of WordPress; the header only
 * allows a wider scope, which a page of this site must still ask for.
 *
 * @package GutSkinCheck
 */

$gut_skin_check_worker = __DIR__ . '/sw.js';
if (!is_readable($gut_skin_check_worker)) {
    http_response_code(404);
    exit;
}
header('Content-Type: text/javascript; charset=utf-8');
header('Service-Worker-Allowed: /');
header('Cache-Control: no-cache');
header('X-Content-Type-Options: nosniff');
readfile($gut_skin_check_worker);
