<?php
/**
 * The elements and every attribute they take, as WordPress's HTML filter (kses) needs them listed.
 * kses keeps no attribute of a listed tag that is not listed itself, the global ones (lang, class)
 * included, so each is named here. URL attributes are checked like WordPress's own (allowed
 * protocols only) through wp_kses_uri_attributes.
 */

defined( 'ABSPATH' ) || exit;

/** Attributes every element takes: the page's own styling and language. */
function itc_status_global_attributes() {
	return array(
		'class'  => true,
		'id'     => true,
		'lang'   => true,
		'title'  => true,
		'hidden' => true,
	);
}

/** Each element's attributes (see the README's Elements API). */
function itc_status_elements() {
	$status = array(
		'src'           => true,
		'poll-interval' => true,
		'max-age'       => true,
	);
	return array(
		'itc-status-banner'   => $status + array(
			'municipality' => true,
			'show'         => true,
			'max'          => true,
			'horizon-days' => true,
			'placement'    => true,
		),
		'itc-status-provider' => $status,
		'itc-subscribe'       => array(
			'action'       => true,
			'municipality' => true,
			'topics'       => true,
			'privacy-url'  => true,
			'terms-url'    => true,
			'timeout'      => true,
		),
	);
}

/**
 * Filter wp_kses_allowed_html: the elements in post content, for everyone who may write posts.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The kses context ('post' for post content).
 * @return array
 */
function itc_status_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( itc_status_elements() as $tag => $attributes ) {
		$tags[ $tag ] = $attributes + itc_status_global_attributes();
	}
	return $tags;
}

/**
 * Filter wp_kses_uri_attributes: the elements' URL attributes get WordPress's protocol check
 * (src and action are on WordPress's own list already).
 *
 * @param string[] $attributes Attribute names that hold URLs.
 * @return string[]
 */
function itc_status_uri_attributes( $attributes ) {
	return array_merge( $attributes, array( 'privacy-url', 'terms-url' ) );
}
