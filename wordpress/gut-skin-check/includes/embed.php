<?php

/**
 * What the block and the shortcode share: the widget's scripts, the languages it ships, and the
 * markup that places it (an element the widget fills, or an iframe of its own page).
 *
 * The plugin only places the widget and loads its files from widget/, the release bundle as it
 * is: the widget itself reads the words, asks the questions and works out the results, in the
 * reader's browser.
 *
 * @package GutSkinCheck
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The URL of a file of the widget's bundle. */
function gut_skin_check_widget_url(string $file = ''): string
{
    return plugins_url('widget/' . $file, GUT_SKIN_CHECK_FILE);
}

/**
 * The widget's loader and the iframe's host script, registered for pages that use the widget;
 * they are enqueued only when a block or a shortcode is rendered.
 */
function gut_skin_check_register_scripts(): void
{
    $scripts = array('gut-skin-check-embed' => 'embed.js', 'gut-skin-check-frame-host' => 'frame-host.js');
    foreach ($scripts as $handle => $file) {
        wp_register_script($handle, gut_skin_check_widget_url($file), array(), GUT_SKIN_CHECK_VERSION, true);
    }
}

/** The widget's scripts are JavaScript modules: their tags get type="module" (WordPress 6.1 has no module API). */
function gut_skin_check_module_tag(string $tag, string $handle): string
{
    if (!in_array($handle, array('gut-skin-check-embed', 'gut-skin-check-frame-host'), true)) {
        return $tag;
    }
    $own_tag = '/<script\b[^>]*\bid=([\'"])' . preg_quote($handle, '/') . '-js\1[^>]*>/';
    return (string) preg_replace_callback(
        $own_tag,
        function (array $found): string {
            $untyped = preg_replace('/\stype=([\'"])[^\'"]*\1/', '', $found[0]);
            return '<script type="module"' . substr((string) $untyped, strlen('<script'));
        },
        $tag,
        1
    );
}

/**
 * The languages the widget ships, by the names of its content files (content/en.json, …).
 *
 * @return string[] Language tags in small letters, "en" among them.
 */
function gut_skin_check_languages(): array
{
    static $languages = null;
    if (null === $languages) {
        $languages = array();
        foreach ((array) glob(dirname(__DIR__) . '/widget/content/*.json') as $file) {
            $name = basename((string) $file, '.json');
            if (preg_match('/^[a-z]{2,3}(-[a-z0-9]+)*$/', $name)) {
                $languages[] = $name;
            }
        }
        sort($languages);
    }
    return $languages;
}

/** A language the widget ships, for a tag such as "es", "es-MX" or WordPress's "es_ES"; null if none. */
function gut_skin_check_shipped_language(string $tag): ?string
{
    $wanted = strtolower(str_replace('_', '-', trim($tag)));
    $languages = gut_skin_check_languages();
    if (in_array($wanted, $languages, true)) {
        return $wanted;
    }
    $primary = strtok($wanted, '-');
    return in_array($primary, $languages, true) ? $primary : null;
}

/**
 * A language the check speaks, for a tag such as "fr" or WordPress's "fr_FR": one the widget
 * ships, else one the site has saved words for (includes/words.php); null if neither.
 */
function gut_skin_check_known_language(string $tag): ?string
{
    $shipped = gut_skin_check_shipped_language($tag);
    if (null !== $shipped) {
        return $shipped;
    }
    $wanted = strtolower(str_replace('_', '-', trim($tag)));
    $saved = gut_skin_check_saved_languages();
    if (in_array($wanted, $saved, true)) {
        return $wanted;
    }
    $primary = strtok($wanted, '-');
    return in_array($primary, $saved, true) ? $primary : null;
}

/** The site's language, if the check speaks it, else English. */
function gut_skin_check_site_language(): string
{
    return gut_skin_check_known_language(get_locale()) ?? 'en';
}

/**
 * The options a block or a shortcode gives, made safe: a language the check speaks (or the
 * site's), "element" or "iframe", and the URL of the words to show on this site (or none, for the
 * widget's own words).
 *
 * The words are the block's own content file when it has one; else, for the check in the page,
 * the words the blogger saved for its language under Tools → Gut–Skin Check words. A frame shows
 * the widget's own page, which takes no content file.
 *
 * @param array<string, mixed> $asked The options as given.
 * @return array{lang: string, embed: string, content: string}
 */
function gut_skin_check_options(array $asked): array
{
    $lang = sanitize_text_field((string) ($asked['lang'] ?? 'site'));
    $embed = 'iframe' === sanitize_key((string) ($asked['embed'] ?? 'element')) ? 'iframe' : 'element';
    $known = 'site' === $lang ? null : gut_skin_check_known_language($lang);
    $lang = $known ?? gut_skin_check_site_language();
    $content = gut_skin_check_content_url($asked['content'] ?? '');
    if ('' === $content && 'element' === $embed) {
        $content = gut_skin_check_saved_words_url($lang);
    }
    return array('lang' => $lang, 'embed' => $embed, 'content' => $content);
}

/**
 * The URL of the blogger's own content file: a JSON file from the media library (by its id), or a
 * URL or path on this site that ends in .json. Anything else gives none, as the widget must not
 * ask another site for anything.
 *
 * @param mixed $content An attachment id, a URL, or nothing.
 */
function gut_skin_check_content_url($content): string
{
    if (is_int($content) || (is_string($content) && ctype_digit($content))) {
        $id = (int) $content;
        if ($id <= 0 || 'application/json' !== get_post_mime_type($id)) {
            return '';
        }
        $url = wp_get_attachment_url($id);
        return is_string($url) ? gut_skin_check_content_url($url) : '';
    }
    if (!is_string($content) || '' === trim($content)) {
        return '';
    }
    $url = esc_url_raw(trim($content), array('http', 'https'));
    $parts = wp_parse_url($url);
    if (!is_array($parts) || !isset($parts['path']) || !preg_match('/\.json$/i', $parts['path'])) {
        return '';
    }
    if (isset($parts['host']) && wp_parse_url(home_url(), PHP_URL_HOST) !== $parts['host']) {
        return '';
    }
    if (!isset($parts['host']) && 0 !== strpos($url, '/')) {
        return '';
    }
    return $url;
}

/**
 * The markup that places the widget, with its script enqueued for this page.
 *
 * @param array{lang: string, embed: string, content: string} $options Safe options (see gut_skin_check_options).
 * @param string $wrapper The outer element's attributes as HTML, already escaped (a block's class, say).
 */
function gut_skin_check_markup(array $options, string $wrapper = 'class="gut-skin-check"'): string
{
    if ('iframe' === $options['embed']) {
        wp_enqueue_script('gut-skin-check-frame-host');
        $src = add_query_arg('lang', $options['lang'], gut_skin_check_widget_url('index.html'));
        $frame = sprintf(
            '<iframe data-gut-skin-check-frame src="%s" title="%s"></iframe>',
            esc_url($src),
            esc_attr__('Gut–Skin Check', 'gut-skin-check')
        );
        return sprintf('<div %s>%s</div>', $wrapper, $frame);
    }

    wp_enqueue_script('gut-skin-check-embed');
    $host = array('data-gut-skin-check' => '', 'data-lang' => $options['lang']);
    if ('' !== $options['content']) {
        $host['data-content'] = $options['content'];
    }
    if (gut_skin_check_offline_pages() && '' !== (string) get_option('permalink_structure')) {
        // The blogger opted in: the widget's worker, served with the header that lets it, keeps
        // every page of the site that shows the check, so the page itself opens offline. Posts
        // must have addresses of their own: the worker tells kept pages apart without their
        // query, and plain permalinks (?p=5) are nothing but a query.
        $host['data-offline-scope'] = (string) wp_parse_url(home_url('/'), PHP_URL_PATH);
        $host['data-offline-worker'] = gut_skin_check_widget_url('worker.php');
    }
    $loading = sprintf(
        '<p>%s</p><noscript><p>%s</p></noscript>',
        esc_html__('Loading the Gut–Skin Check…', 'gut-skin-check'),
        esc_html__('The Gut–Skin Check needs JavaScript turned on.', 'gut-skin-check')
    );
    // The widget resets every style on its own element (so that no theme rule reaches in): the
    // theme places and sizes the element around it, as it does the iframe's.
    return sprintf('<div %s><div %s>%s</div></div>', $wrapper, gut_skin_check_attributes($host), $loading);
}

/**
 * Attributes as HTML, each value escaped; an empty value gives the attribute alone.
 *
 * @param array<string, string> $attributes Names and values.
 */
function gut_skin_check_attributes(array $attributes): string
{
    $html = array();
    foreach ($attributes as $name => $value) {
        $name = preg_replace('/[^a-z0-9-]/', '', strtolower($name));
        $html[] = '' === $value ? $name : sprintf('%s="%s"', $name, esc_attr($value));
    }
    return implode(' ', $html);
}
