<?php

/**
 * Settings → Gut–Skin Check: how to add the check, and the one thing a blogger can switch on for
 * the whole site, that posts with the check open offline too.
 *
 * @package GutSkinCheck
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The one option the plugin stores (removed again by uninstall.php). */
const GUT_SKIN_CHECK_OFFLINE_OPTION = 'gut_skin_check_offline_pages';

/** Whether the blogger lets the widget's worker keep every page that shows the check. */
function gut_skin_check_offline_pages(): bool
{
    return (bool) get_option(GUT_SKIN_CHECK_OFFLINE_OPTION, false);
}

function gut_skin_check_register_settings(): void
{
    register_setting(
        'gut_skin_check',
        GUT_SKIN_CHECK_OFFLINE_OPTION,
        array(
            'type' => 'boolean',
            'default' => false,
            'sanitize_callback' => 'rest_sanitize_boolean',
        )
    );
}

function gut_skin_check_add_settings_page(): void
{
    add_options_page(
        __('Gut–Skin Check', 'gut-skin-check'),
        __('Gut–Skin Check', 'gut-skin-check'),
        'manage_options',
        'gut-skin-check',
        'gut_skin_check_settings_page'
    );
}

/**
 * @param string[] $links The plugin's links on the Plugins screen.
 * @return string[]
 */
function gut_skin_check_action_links($links): array
{
    $settings = sprintf(
        '<a href="%s">%s</a>',
        esc_url(admin_url('options-general.php?page=gut-skin-check')),
        esc_html__('Settings', 'gut-skin-check')
    );
    $words = sprintf(
        '<a href="%s">%s</a>',
        esc_url(gut_skin_check_words_page_url()),
        esc_html__('Edit the words', 'gut-skin-check')
    );
    return array_merge(array($settings, $words), (array) $links);
}

function gut_skin_check_settings_page(): void
{
    if (!current_user_can('manage_options')) {
        return;
    }
    $scope = (string) wp_parse_url(home_url('/'), PHP_URL_PATH);
    ?>
    <div class="wrap">
        <h1><?php esc_html_e('Gut–Skin Check', 'gut-skin-check'); ?></h1>
        <p>
            <?php esc_html_e('Add the check to a post or a page with the “Gut–Skin Check” block. Its sidebar chooses the language, whether the check sits in the page or in a frame, and your own content file.', 'gut-skin-check'); ?>
        </p>
        <p>
            <?php esc_html_e('In the classic editor, or anywhere shortcodes work, use:', 'gut-skin-check'); ?>
            <code>[gut_skin_check lang="es" embed="element"]</code>
        </p>
        <h2><?php esc_html_e('Your words', 'gut-skin-check'); ?></h2>
        <p>
            <?php esc_html_e('Change any word of the check, or translate it, in the content editor: what you save there shows in every check in the page in that language.', 'gut-skin-check'); ?>
            <a href="<?php echo esc_url(gut_skin_check_words_page_url()); ?>"><?php esc_html_e('Edit the words', 'gut-skin-check'); ?></a>
        </p>
        <form method="post" action="<?php echo esc_url(admin_url('options.php')); ?>">
            <?php settings_fields('gut_skin_check'); ?>
            <h2><?php esc_html_e('Offline', 'gut-skin-check'); ?></h2>
            <p>
                <?php esc_html_e('Once a post with the check has loaded, your readers can finish the check, see their results and tick off their week with no connection. The widget’s own page (the one a frame shows) opens again offline.', 'gut-skin-check'); ?>
            </p>
            <table class="form-table" role="presentation">
                <tr>
                    <th scope="row"><?php esc_html_e('Posts offline', 'gut-skin-check'); ?></th>
                    <td>
                        <label for="gut-skin-check-offline-pages">
                            <input type="checkbox" id="gut-skin-check-offline-pages" name="<?php echo esc_attr(GUT_SKIN_CHECK_OFFLINE_OPTION); ?>" value="1" <?php checked(gut_skin_check_offline_pages()); ?> />
                            <?php esc_html_e('Let readers open the posts that show the check (in the page) again offline', 'gut-skin-check'); ?>
                        </label>
                        <p class="description">
                            <?php
                            printf(
                                /* translators: %s: the site's address path, such as "/". */
                                esc_html__('This registers the widget’s service worker for your whole site (%s). It keeps a copy of each post that shows the check and uses it only when the reader is offline. Leave it off if another plugin gives your site a service worker (an app or notifications plugin, say): a site has one per address. It needs permalinks other than “Plain” (Settings → Permalinks).', 'gut-skin-check'),
                                '<code>' . esc_html($scope) . '</code>'
                            );
                            ?>
                        </p>
                    </td>
                </tr>
            </table>
            <?php submit_button(); ?>
        </form>
    </div>
    <?php
}
