<?php
/**
 * Plugin Name:       IT-Centrum driftinformation
 * Description:       Shows IT-Centrum's operational information (disruptions, service windows) and the sign-up form on the site: loads the itc-status script on every page, lets editors' <itc-status-banner>, <itc-status-provider> and <itc-subscribe> through WordPress's HTML filter for everyone, and offers the shortcodes [itc_status_banner] and [itc_subscribe].
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       itc-status
 *
 * Why: WordPress lets only users with the unfiltered_html capability keep tags it does not know.
 * Everyone else's save strips the elements with all their attributes — also when they only change
 * a page's title, removing what an Administrator pasted. With this plugin the elements and the
 * attributes they take are known tags, and the script comes from the site, not from a paste.
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/script.php';
require_once __DIR__ . '/includes/shortcodes.php';

add_filter( 'wp_kses_allowed_html', 'itc_status_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'itc_status_uri_attributes' );
add_action( 'wp_enqueue_scripts', 'itc_status_enqueue_script' );
add_filter( 'script_loader_tag', 'itc_status_script_tag', 10, 2 );
add_action( 'init', 'itc_status_register_shortcodes' );
add_action( 'admin_init', 'itc_status_register_settings' );
add_action( 'admin_menu', 'itc_status_add_settings_page' );
