<?php
/**
 * The itc-status script on every page of the site, once, in the head as the README's template snippet
 * has it: deferred but render-blocking (blocking="render"), so that on a revisit a banner shows the
 * stored status in the first paint and nothing moves; with its SRI hash and crossorigin="anonymous"
 * when a hash is set.
 */

defined( 'ABSPATH' ) || exit;

const ITC_STATUS_HANDLE = 'itc-status';

function itc_status_enqueue_script() {
	$url = itc_status_setting( 'itc_status_script_url' );
	if ( '' !== $url ) {
		// No version argument: the URL is the status host's, which versions the file itself.
		wp_enqueue_script( ITC_STATUS_HANDLE, $url, array(), null, false );
	}
}

/**
 * Filter script_loader_tag: `defer blocking="render"`, and the integrity attributes when a hash is set (WordPress
 * 6.1 has no loading strategies of its own).
 *
 * @param string $tag    The <script> tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string
 */
function itc_status_script_tag( $tag, $handle ) {
	if ( ITC_STATUS_HANDLE !== $handle || false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	$integrity  = itc_status_setting( 'itc_status_integrity' );
	$attributes = ' defer blocking="render"' . ( '' !== $integrity ? ' integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous"' : '' );
	return preg_replace( '/<script(?=\s)/', '<script' . $attributes, $tag, 1 );
}
