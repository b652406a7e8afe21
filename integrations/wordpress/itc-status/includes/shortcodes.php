<?php
/**
 * [itc_status_banner] and [itc_subscribe]: shortcodes that write the elements. A shortcode is text
 * until the page is shown, so it survives anyone's save, with or without unfiltered_html.
 *
 *   [itc_status_banner municipality="tierp"]
 *   [itc_status_banner municipality="tierp" show="maintenance" lang="en"]
 *   [itc_subscribe municipality="tierp" privacy_url="/integritet" terms_url="/villkor"]
 *
 * src and action default to the settings. Attribute names take _ or - (privacy_url, privacy-url).
 */

defined( 'ABSPATH' ) || exit;

function itc_status_register_shortcodes() {
	add_shortcode( 'itc_status_banner', 'itc_status_banner_shortcode' );
	add_shortcode( 'itc_subscribe', 'itc_status_subscribe_shortcode' );
}

/**
 * The element's HTML: only its own attributes, each escaped; URL attributes through esc_url.
 *
 * @param string $tag        The element's name.
 * @param array  $given      The shortcode's attributes.
 * @param array  $defaults   Attributes that have a default (src, action).
 * @param string $fallback   The element's content (shown until the script runs).
 * @return string
 */
function itc_status_element_html( $tag, $given, $defaults, $fallback = '' ) {
	$known = itc_status_elements()[ $tag ] + itc_status_global_attributes();
	$urls  = array( 'src', 'action', 'privacy-url', 'terms-url' );
	$html  = '<' . $tag;
	$given = array_change_key_case( (array) $given, CASE_LOWER );
	foreach ( $given as $name => $value ) {
		unset( $given[ $name ] );
		$given[ str_replace( '_', '-', (string) $name ) ] = $value;
	}
	foreach ( array_merge( $defaults, $given ) as $name => $value ) {
		if ( ! isset( $known[ $name ] ) || '' === (string) $value ) {
			continue;
		}
		$value = in_array( $name, $urls, true ) ? esc_url( (string) $value ) : esc_attr( (string) $value );
		$html .= ' ' . $name . '="' . $value . '"';
	}
	return $html . '>' . $fallback . '</' . $tag . '>';
}

function itc_status_banner_shortcode( $attributes ) {
	return itc_status_element_html( 'itc-status-banner', $attributes, array( 'src' => itc_status_setting( 'itc_status_document_url' ) ) );
}

function itc_status_subscribe_shortcode( $attributes ) {
	// Until the script runs (or where it cannot), a link to IT-Centrum's own sign-up.
	$fallback = '<a href="https://itcentrum.se/">Prenumerera på driftinformation från IT-Centrum</a>';
	return itc_status_element_html( 'itc-subscribe', $attributes, array( 'action' => itc_status_setting( 'itc_status_subscribe_url' ) ), $fallback );
}
