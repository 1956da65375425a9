<?php

/**
 * The blogger's words, changed in WordPress: Tools → Gut–Skin Check words shows the widget's
 * content editor (widget/editor.html) in a frame, and the editor opens and saves one file per
 * language through the REST route gut-skin-check/v1/content/<lang>. The file lives in the uploads
 * folder (gut-skin-check/words-<lang>.json), where readers' browsers fetch it: every check in the
 * page in that language without a content file of its own then shows those words (embed.php).
 *
 * The plugin only stores the file: the editor checks the words, and the widget checks them again
 * in the reader's browser, as it does every blogger's own file.
 *
 * @package GutSkinCheck
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The folder in the uploads folder that holds the saved words (removed again by uninstall.php). */
const GUT_SKIN_CHECK_WORDS_FOLDER = 'gut-skin-check';

/** The largest file the route takes: the shipped files are about 100 KB. */
const GUT_SKIN_CHECK_WORDS_MAX_BYTES = 2 * 1024 * 1024;

/** The admin page's slug, under Tools. */
const GUT_SKIN_CHECK_WORDS_PAGE = 'gut-skin-check-words';

/** A language tag as the route and the file names have it: "es", "pt-br"; null if it is none. */
function gut_skin_check_words_language(string $tag): ?string
{
    $lang = strtolower(trim($tag));
    return preg_match('/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/', $lang) ? $lang : null;
}

/**
 * Where the saved words are: the folder's path and URL in this site's uploads folder.
 *
 * @return array{path: string, url: string}
 */
function gut_skin_check_words_folder(): array
{
    $uploads = wp_upload_dir(null, false);
    return array(
        'path' => trailingslashit((string) $uploads['basedir']) . GUT_SKIN_CHECK_WORDS_FOLDER,
        'url' => trailingslashit((string) $uploads['baseurl']) . GUT_SKIN_CHECK_WORDS_FOLDER,
    );
}

/** The path of the saved file for a language (normalised by gut_skin_check_words_language). */
function gut_skin_check_words_path(string $lang): string
{
    return gut_skin_check_words_folder()['path'] . '/words-' . $lang . '.json';
}

/**
 * The address of the words saved for a language, with the file's time as its query so that a
 * reader's browser fetches the new words after every save; '' when none are saved.
 */
function gut_skin_check_saved_words_url(string $lang): string
{
    $lang = gut_skin_check_words_language($lang);
    if (null === $lang) {
        return '';
    }
    $path = gut_skin_check_words_path($lang);
    if (!is_file($path)) {
        return '';
    }
    $url = gut_skin_check_words_folder()['url'] . '/words-' . $lang . '.json';
    return add_query_arg('ver', (string) filemtime($path), $url);
}

/**
 * The languages that have saved words, by their files' names.
 *
 * @return string[]
 */
function gut_skin_check_saved_languages(): array
{
    $languages = array();
    foreach ((array) glob(gut_skin_check_words_folder()['path'] . '/words-*.json') as $file) {
        $lang = gut_skin_check_words_language(substr(basename((string) $file, '.json'), strlen('words-')));
        if (null !== $lang) {
            $languages[] = $lang;
        }
    }
    sort($languages);
    return $languages;
}

function gut_skin_check_register_words_routes(): void
{
    $lang = '(?P<lang>[a-z]{2,3}(-[a-z0-9]{2,8})?)';
    register_rest_route(
        'gut-skin-check/v1',
        '/content/' . $lang,
        array(
            array(
                'methods' => WP_REST_Server::READABLE,
                'callback' => 'gut_skin_check_rest_words',
                'permission_callback' => 'gut_skin_check_can_edit_words',
            ),
            array(
                'methods' => WP_REST_Server::CREATABLE,
                'callback' => 'gut_skin_check_rest_save_words',
                'permission_callback' => 'gut_skin_check_can_edit_words',
            ),
            array(
                'methods' => WP_REST_Server::DELETABLE,
                'callback' => 'gut_skin_check_rest_forget_words',
                'permission_callback' => 'gut_skin_check_can_edit_words',
            ),
        )
    );
}

/**
 * Only an administrator changes the words every post shows. The REST API's cookie check has
 * already treated a request without a valid nonce as logged out.
 */
function gut_skin_check_can_edit_words(): bool
{
    return current_user_can('manage_options');
}

/**
 * The language in the route's address. The JSON body has a "lang" too, and WordPress reads a
 * JSON body's parameters first, so the address's is read on its own.
 */
function gut_skin_check_route_language(WP_REST_Request $request): string
{
    $params = $request->get_url_params();
    return gut_skin_check_words_language((string) ($params['lang'] ?? '')) ?? '';
}

/**
 * GET: the saved file's text as it was saved (sent as it is by gut_skin_check_serve_words), or
 * 204, no content, when the site has none for this language: the editor then opens the widget's
 * own words. Not 404, which a browser reports as an error in its console.
 *
 * @return WP_REST_Response
 */
function gut_skin_check_rest_words(WP_REST_Request $request): WP_REST_Response
{
    $lang = gut_skin_check_route_language($request);
    $path = gut_skin_check_words_path($lang);
    $text = is_file($path) ? file_get_contents($path) : false;
    if (!is_string($text)) {
        $none = new WP_REST_Response(null, 204);
        $none->header('Cache-Control', 'no-cache, must-revalidate, max-age=0');
        return $none;
    }
    return new WP_REST_Response($text, 200);
}

/**
 * Sends a saved file's text as it is: the REST API would otherwise encode it again, as one JSON
 * string.
 *
 * @param bool             $served  Whether the request has been sent already.
 * @param WP_HTTP_Response $result  The answer.
 * @param WP_REST_Request  $request The request.
 */
function gut_skin_check_serve_words($served, $result, $request): bool
{
    $ours = $request instanceof WP_REST_Request
        && 'GET' === $request->get_method()
        && 0 === strpos($request->get_route(), '/gut-skin-check/v1/content/');
    if ($served || !$ours || !$result instanceof WP_HTTP_Response || 200 !== $result->get_status()) {
        return (bool) $served;
    }
    $text = $result->get_data();
    if (!is_string($text)) {
        return false;
    }
    // WordPress sends its no-cache headers after this filter, too late once the text is out:
    // they are sent here instead, before it.
    foreach (wp_get_nocache_headers() as $name => $value) {
        if (empty($value)) {
            header_remove($name);
        } else {
            header(sprintf('%s: %s', $name, $value));
        }
    }
    add_filter('rest_send_nocache_headers', '__return_false', PHP_INT_MAX);
    // JSON that this route checked before saving it, sent as the REST API's application/json.
    echo $text;
    return true;
}

/**
 * POST: saves the body as the site's words for the route's language, once it is a content file
 * in that language (an object with "lang" and "interface"). Written to a file beside it first and
 * then renamed over it, so a reader never fetches half a file.
 *
 * @return WP_REST_Response|WP_Error
 */
function gut_skin_check_rest_save_words(WP_REST_Request $request)
{
    $lang = gut_skin_check_route_language($request);
    $body = (string) $request->get_body();
    if (strlen($body) > GUT_SKIN_CHECK_WORDS_MAX_BYTES) {
        return new WP_Error(
            'gut_skin_check_too_large',
            __('The words are larger than 2 MB: that is not a content file of the Gut–Skin Check.', 'gut-skin-check'),
            array('status' => 413)
        );
    }
    $problem = gut_skin_check_words_problem($body, $lang);
    if ('' !== $problem) {
        return new WP_Error('gut_skin_check_bad_words', $problem, array('status' => 400));
    }

    $folder = gut_skin_check_words_folder()['path'];
    $path = gut_skin_check_words_path($lang);
    $draft = $folder . '/.words-' . $lang . '-' . wp_generate_password(12, false) . '.tmp';
    $written = wp_mkdir_p($folder) && strlen($body) === file_put_contents($draft, $body, LOCK_EX);
    if ($written) {
        // The mode WordPress gives uploaded files: the folder's, less execute.
        $mode = fileperms($folder);
        chmod($draft, false === $mode ? 0644 : ($mode & 0000666));
        $written = rename($draft, $path);
    }
    if (!$written) {
        if (file_exists($draft)) {
            wp_delete_file($draft);
        }
        return new WP_Error(
            'gut_skin_check_not_written',
            __('The words could not be written to the uploads folder: check that WordPress may write there.', 'gut-skin-check'),
            array('status' => 500)
        );
    }
    clearstatcache(true, $path);
    return new WP_REST_Response(
        array(
            'saved' => true,
            'lang' => $lang,
            'url' => gut_skin_check_saved_words_url($lang),
        ),
        200
    );
}

/** Why a body is not a content file in `$lang`, in words; '' when it is one. */
function gut_skin_check_words_problem(string $body, string $lang): string
{
    $json = json_decode($body, false, 64);
    if (!is_object($json)) {
        return null === $json && JSON_ERROR_NONE !== json_last_error()
            /* translators: %s: why PHP could not read the JSON. */
            ? sprintf(__('The words are not JSON (%s).', 'gut-skin-check'), json_last_error_msg())
            : __('The words must be a JSON object: a whole content file of the Gut–Skin Check.', 'gut-skin-check');
    }
    if (!isset($json->lang) || !is_string($json->lang)) {
        return __('The content file has no “lang”: it says which language its words are in.', 'gut-skin-check');
    }
    if (strtolower($json->lang) !== $lang) {
        return sprintf(
            /* translators: 1: the language tag in the file, 2: the language tag in the address. */
            __('The content file’s “lang” is “%1$s”, but it was sent to be saved as “%2$s”.', 'gut-skin-check'),
            $json->lang,
            $lang
        );
    }
    if (!isset($json->interface) || !is_object($json->interface)) {
        return __('The content file has no “interface” object: it is not a content file of the Gut–Skin Check.', 'gut-skin-check');
    }
    return '';
}

/**
 * DELETE: removes the site's words for the route's language; its checks show the widget's own
 * words again.
 *
 * @return WP_REST_Response|WP_Error
 */
function gut_skin_check_rest_forget_words(WP_REST_Request $request)
{
    $lang = gut_skin_check_route_language($request);
    $had = is_file(gut_skin_check_words_path($lang));
    if (!gut_skin_check_forget_words($lang)) {
        return new WP_Error(
            'gut_skin_check_not_deleted',
            __('The saved words could not be deleted from the uploads folder.', 'gut-skin-check'),
            array('status' => 500)
        );
    }
    return new WP_REST_Response(array('deleted' => $had, 'lang' => $lang), 200);
}

/** Deletes the words saved for a language; whether none are left. */
function gut_skin_check_forget_words(string $lang): bool
{
    $path = gut_skin_check_words_path($lang);
    if (is_file($path)) {
        wp_delete_file($path);
        clearstatcache(true, $path);
    }
    return !is_file($path);
}

/**
 * The admin page's "Use the widget's own words again" button, for one language (a form, so it
 * works with the editor's frame or without it).
 */
function gut_skin_check_forget_words_form(): void
{
    if (!current_user_can('manage_options')) {
        wp_die(esc_html__('Sorry, you are not allowed to change the words.', 'gut-skin-check'), '', array('response' => 403));
    }
    check_admin_referer('gut_skin_check_forget_words');
    $lang = gut_skin_check_words_language(sanitize_text_field(wp_unslash((string) ($_POST['lang'] ?? ''))));
    $done = null !== $lang && gut_skin_check_forget_words($lang);
    wp_safe_redirect(add_query_arg($done ? 'forgotten' : 'not-forgotten', (string) $lang, gut_skin_check_words_page_url()));
    exit;
}

function gut_skin_check_add_words_page(): void
{
    $hook = add_management_page(
        __('Gut–Skin Check: your words', 'gut-skin-check'),
        __('Gut–Skin Check words', 'gut-skin-check'),
        'manage_options',
        GUT_SKIN_CHECK_WORDS_PAGE,
        'gut_skin_check_words_page'
    );
    if (is_string($hook)) {
        add_action('load-' . $hook, 'gut_skin_check_words_page_load');
    }
}

/** The admin page's address. */
function gut_skin_check_words_page_url(): string
{
    return admin_url('tools.php?page=' . GUT_SKIN_CHECK_WORDS_PAGE);
}

function gut_skin_check_words_page_load(): void
{
    add_action('admin_enqueue_scripts', 'gut_skin_check_words_page_assets');
}

/**
 * What the editor in the frame reads from this page's window (see widget/editor.js): the route,
 * the REST nonce, and the site's language; and the frame's size.
 */
function gut_skin_check_words_page_assets(): void
{
    $words = array(
        'rest' => rest_url('gut-skin-check/v1/content'),
        'nonce' => wp_create_nonce('wp_rest'),
        'siteLanguage' => gut_skin_check_words_language((string) strtok(get_locale(), '_')) ?? 'en',
    );
    wp_register_script('gut-skin-check-words', false, array(), GUT_SKIN_CHECK_VERSION, false);
    wp_add_inline_script('gut-skin-check-words', 'window.gutSkinCheckWords = ' . wp_json_encode($words) . ';');
    wp_enqueue_script('gut-skin-check-words');

    wp_register_style('gut-skin-check-words', false, array(), GUT_SKIN_CHECK_VERSION);
    wp_add_inline_style(
        'gut-skin-check-words',
        '.gut-skin-check-words-frame{display:block;width:100%;height:calc(100vh - 190px);min-height:600px;'
        . 'border:1px solid #c3c4c7;background:#fff;box-sizing:border-box}'
        . '.gut-skin-check-words .description{max-width:60em}'
        . '.gut-skin-check-words-forget{display:inline-block;margin:0 8px 8px 0}'
    );
    wp_enqueue_style('gut-skin-check-words');
}

function gut_skin_check_words_page(): void
{
    if (!current_user_can('manage_options')) {
        return;
    }
    // "?wordpress": the editor then opens and saves the site's words (widget/editor.js).
    $editor = gut_skin_check_widget_url('editor.html') . '?wordpress';
    // Which language the form above deleted, only named in words.
    $forgotten = gut_skin_check_words_language(sanitize_text_field(wp_unslash((string) ($_GET['forgotten'] ?? ''))));
    $not_forgotten = gut_skin_check_words_language(sanitize_text_field(wp_unslash((string) ($_GET['not-forgotten'] ?? ''))));
    ?>
    <div class="wrap gut-skin-check-words">
        <h1><?php esc_html_e('Gut–Skin Check: your words', 'gut-skin-check'); ?></h1>
        <?php if (null !== $forgotten) : ?>
            <div class="notice notice-success is-dismissible"><p>
                <?php
                /* translators: %s: a language's name, such as "English". */
                echo esc_html(sprintf(__('Your words in %s are deleted: the checks in that language show the widget’s own words again.', 'gut-skin-check'), gut_skin_check_language_name($forgotten)));
                ?>
            </p></div>
        <?php elseif (null !== $not_forgotten) : ?>
            <div class="notice notice-error"><p>
                <?php esc_html_e('Your words could not be deleted from the uploads folder: check that WordPress may write there.', 'gut-skin-check'); ?>
            </p></div>
        <?php endif; ?>
        <p class="description">
            <?php esc_html_e('“Save to the site” changes the words of every check in the page in the language you edit, unless its block has a content file of its own. A check in a frame keeps the widget’s own words.', 'gut-skin-check'); ?>
        </p>
        <?php foreach (gut_skin_check_saved_languages() as $gut_skin_check_lang) : ?>
            <form class="gut-skin-check-words-forget" method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
                <input type="hidden" name="action" value="gut_skin_check_forget_words" />
                <input type="hidden" name="lang" value="<?php echo esc_attr($gut_skin_check_lang); ?>" />
                <?php wp_nonce_field('gut_skin_check_forget_words'); ?>
                <?php
                submit_button(
                    /* translators: %s: a language's name, such as "English". */
                    sprintf(__('Use the widget’s own words in %s again', 'gut-skin-check'), gut_skin_check_language_name($gut_skin_check_lang)),
                    'secondary small',
                    'gut-skin-check-forget-' . $gut_skin_check_lang,
                    false
                );
                ?>
            </form>
        <?php endforeach; ?>
        <iframe class="gut-skin-check-words-frame" src="<?php echo esc_url($editor); ?>" title="<?php esc_attr_e('The Gut–Skin Check content editor', 'gut-skin-check'); ?>"></iframe>
    </div>
    <?php
}
