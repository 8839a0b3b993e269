<?php

/**
 * Router for PHP's built-in server: files that exist (scripts, styles, PHP entry points, folders with an
 * index.php) are served as they are; every other path goes to WordPress's front controller.
 */
$twelva_path = (string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (file_exists($_SERVER['DOCUMENT_ROOT'] . $twelva_path)) {
    return false;
}
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
