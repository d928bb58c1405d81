<?php
/**
 * Plugin Name: Parley test site
 * Description: Settings of the local WordPress that Parley's tests run against. Not for real sites.
 *
 * - Comments are approved at once unless they contain "parley-hold", which holds them for moderation.
 * - The flood check is off, since every test posts from 127.0.0.1; `?parley_test_flood=1` turns it on.
 * - `?parley_test_require_login=1` refuses anonymous REST comments, as a stock WordPress does.
 * - The option `parley_test_slow_answer` (seconds, set by the tests) makes the next comment posted through the
 *   REST API wait that long after it is stored before WordPress answers, as an overloaded server would; it is
 *   cleared as it is used.
 */
add_filter('pre_option_comment_moderation', fn() => '0');
add_filter('pre_option_comment_previously_approved', fn() => '0');
add_filter('pre_option_moderation_keys', fn() => 'parley-hold');
add_filter('pre_option_comment_max_links', fn() => '5');

if (empty($_GET['parley_test_flood'])) {
    add_filter('wp_is_comment_flood', '__return_false', 99);
}
if (!empty($_GET['parley_test_require_login'])) {
    add_filter('rest_allow_anonymous_comments', '__return_false', 99);
}

add_action('rest_after_insert_comment', function () {
    $seconds = (int) get_option('parley_test_slow_answer', 0);
    if ($seconds > 0) {
        delete_option('parley_test_slow_answer');
        sleep($seconds);
    }
});

/*
 * `?parley_test_theme=1`: the post as a classic theme prints it, its comments through theme/comments.php (the
 * README's lines), and Parley's script from `parley_test_script` (the tests' page server). The reply form comes
 * back to this page after a post.
 */
if (!empty($_GET['parley_test_theme'])) {
    add_filter('comments_template', fn() => __DIR__ . '/parley-theme/comments.php');
    add_filter(
        'theme_file_uri',
        fn($url, $file) => $file === 'parley/parley.js' && isset($_GET['parley_test_script']) ? $_GET['parley_test_script'] : $url,
        10,
        2,
    );
    add_action('comment_form', function () {
        $back = add_query_arg('parley_test_theme', '1', get_permalink());
        echo '<input type="hidden" name="redirect_to" value="' . esc_url($back) . '">';
    });
    add_action('template_redirect', function () {
        if (!is_singular()) {
            return;
        }
        the_post();
        echo '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>', esc_html(get_the_title()), '</title></head>';
        echo '<body><main><article><h1>', esc_html(get_the_title()), '</h1>';
        the_content();
        echo '</article>';
        comments_template();
        echo '</main></body></html>';
        exit;
    });
}
