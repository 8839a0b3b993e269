<?php

/**
 * The one template of a classic theme: <head> is printed first, then the loop renders each post's text,
 * so anything a post asks for while it renders comes after <head>.
 *
 * @package TwelvaGlossaryTest
 */

?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo('charset'); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<?php wp_head(); ?>
<style>
body { margin: 0 auto; max-width: 40em; padding: 1em; font: 1.125em/1.5 Georgia, serif; }
</style>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<header><p><?php bloginfo('name'); ?></p></header>
<main>
<?php
while (have_posts()) {
    the_post();
    echo '<article><h1>' . esc_html(get_the_title()) . '</h1>';
    the_content();
    echo '</article>';
}
?>
</main>
<footer><p>Text after the post: it must not move while the widgets load.</p></footer>
<?php wp_footer(); ?>
</body>
</html>
