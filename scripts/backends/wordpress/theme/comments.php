<?php
/**
 * A classic theme's comments.php with Parley (the README's "WordPress themes" section shows these lines).
 * WordPress prints the comments and its reply form, which readers without JavaScript and search engines get;
 * Parley shows them while it loads, then puts its own in their place.
 */
if ( post_password_required() ) {
	return;
}
?>
<parley-comments id="comments" adapter="wordpress" api="<?php echo esc_url( get_rest_url() ); ?>" post-id="<?php the_ID(); ?>">
	<?php if ( have_comments() ) : ?>
		<ol class="comment-list">
			<?php wp_list_comments( array( 'style' => 'ol' ) ); ?>
		</ol>
	<?php endif; ?>
	<?php comment_form(); ?>
</parley-comments>
<script type="module" src="<?php echo esc_url( get_theme_file_uri( 'parley/parley.js' ) ); ?>"></script>
