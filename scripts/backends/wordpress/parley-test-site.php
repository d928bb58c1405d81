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
