<?php

/**
 * The test's command line for its WordPress site, run with php-cli inside the site's folder:
 *   php site.php <docroot> install <url>           installs the site (wp_install(), as the installer does)
 *   php site.php <docroot> plugin <zip>            uploads the plugin zip as Plugins → Add New does, activates it
 *   php site.php <docroot> posts <posts.json>      creates the posts in order (a post's `type`, default post;
 *                                                  {id:slug} in its content becomes an earlier post's id); prints {slug: id}
 *   php site.php <docroot> theme <slug>            switches to an installed theme
 *   php site.php <docroot> set-option <json>       replaces the plugin's option
 *   php site.php <docroot> get-option              prints the plugin's option as JSON
 *   php site.php <docroot> uninstall               deactivates and deletes the plugin as Plugins → Delete does
 */
[, $docroot, $command] = $argv;
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
if ('install' === $command) {
    define('WP_INSTALLING', true);
}
require $docroot . '/wp-load.php';

switch ($command) {
    case 'install':
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        $result = wp_install('Riverside Community Health', 'admin', 'admin@example.org', false, '', 'correct horse battery');
        switch_theme('twentytwentythree');
        echo json_encode(array('user' => $result['user_id']));
        break;
    case 'plugin':
        require_once ABSPATH . 'wp-admin/includes/file.php';
        require_once ABSPATH . 'wp-admin/includes/plugin.php';
        WP_Filesystem();
        $unzipped = unzip_file($argv[3], WP_PLUGIN_DIR);
        if (is_wp_error($unzipped)) {
            fwrite(STDERR, $unzipped->get_error_message());
            exit(1);
        }
        $activated = activate_plugin('twelva-glossary/twelva-glossary.php');
        if (is_wp_error($activated)) {
            fwrite(STDERR, $activated->get_error_message());
            exit(1);
        }
        echo json_encode(array('active' => is_plugin_active('twelva-glossary/twelva-glossary.php')));
        break;
    case 'posts':
        $ids = array();
        foreach (json_decode(file_get_contents($argv[3]), true) as $slug => $post) {
            $content      = preg_replace_callback(
                '/\{id:([a-z-]+)\}/',
                static function ($match) use ($ids) {
                    return (string) $ids[ $match[1] ];
                },
                $post['content']
            );
            $ids[ $slug ] = wp_insert_post(
                array(
                    'post_name'    => $slug,
                    'post_type'    => $post['type'] ?? 'post',
                    'post_title'   => $post['title'],
                    'post_content' => $content,
                    'post_status'  => 'publish',
                    'post_author'  => 1,
                ),
                true
            );
        }
        echo json_encode($ids);
        break;
    case 'set-option':
        update_option('twelva_glossary', json_decode($argv[3], true));
        echo json_encode(get_option('twelva_glossary'));
        break;
    case 'uninstall':
        require_once ABSPATH . 'wp-admin/includes/file.php';
        require_once ABSPATH . 'wp-admin/includes/plugin.php';
        WP_Filesystem();
        deactivate_plugins('twelva-glossary/twelva-glossary.php');
        $deleted = delete_plugins(array('twelva-glossary/twelva-glossary.php'));
        echo json_encode(
            array(
                'deleted' => true === $deleted,
                'option'  => get_option('twelva_glossary', null),
                'folder'  => file_exists(WP_PLUGIN_DIR . '/twelva-glossary'),
            )
        );
        break;
    case 'theme':
        switch_theme($argv[3]);
        echo json_encode(array('theme' => get_stylesheet()));
        break;
    case 'get-option':
        echo json_encode(get_option('twelva_glossary'));
        break;
}
