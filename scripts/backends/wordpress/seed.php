<?php
// Prepares the freshly installed test site: pretty permalinks (for /wp-json/) and the posts the tests use.
$_SERVER['HTTP_HOST'] = getenv('WP_HOST');
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';

update_option('permalink_structure', '/%postname%/');
flush_rewrite_rules(false);

function parley_seed_post(string $slug, string $title, string $comment_status): int {
    $existing = get_page_by_path($slug, OBJECT, 'post');
    if ($existing) return $existing->ID;
    return wp_insert_post([
        'post_name' => $slug,
        'post_title' => $title,
        'post_content' => 'A post for Parley\'s tests.',
        'post_status' => 'publish',
        'comment_status' => $comment_status,
    ]);
}

echo json_encode([
    'open' => parley_seed_post('parley-open', 'Parley: open for comments', 'open'),
    'closed' => parley_seed_post('parley-closed', 'Parley: comments closed', 'closed'),
    'capture' => parley_seed_post('parley-capture', 'Parley: recorded answers', 'open'),
]), "\n";
