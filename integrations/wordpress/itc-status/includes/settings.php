<?php
/**
 * The plugin's settings (Settings → IT-Centrum driftinformation): where the script, the status
 * document and the sign-up endpoint are, and the script's SRI hash.
 */

defined( 'ABSPATH' ) || exit;

/** Option names and their defaults: IT-Centrum's status host. */
function itc_status_settings() {
	return array(
		'itc_status_script_url'    => 'https://status.itcentrum.se/widgets/itc-status.js',
		'itc_status_integrity'     => '',
		'itc_status_document_url'  => 'https://status.itcentrum.se/status.json',
		'itc_status_subscribe_url' => 'https://status.itcentrum.se/api/subscribe',
	);
}

/** A setting's value, or its default. */
function itc_status_setting( $name ) {
	$defaults = itc_status_settings();
	return (string) get_option( $name, $defaults[ $name ] );
}

/** An https URL (http only for a local test site), or the empty string. */
function itc_status_sanitize_url( $value ) {
	return esc_url_raw( trim( (string) $value ), array( 'https', 'http' ) );
}

/** An SRI value as dist/itc-status.js.sri holds it (sha384-…), or the empty string. */
function itc_status_sanitize_integrity( $value ) {
	$value = trim( (string) $value );
	return preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/]+={0,2}$/', $value ) ? $value : '';
}

function itc_status_register_settings() {
	foreach ( array_keys( itc_status_settings() ) as $name ) {
		register_setting(
			'itc_status',
			$name,
			array(
				'type'              => 'string',
				'sanitize_callback' => 'itc_status_integrity' === $name ? 'itc_status_sanitize_integrity' : 'itc_status_sanitize_url',
			)
		);
	}
}

function itc_status_add_settings_page() {
	add_options_page( 'IT-Centrum driftinformation', 'IT-Centrum driftinformation', 'manage_options', 'itc-status', 'itc_status_render_settings_page' );
}

function itc_status_render_settings_page() {
	$labels = array(
		'itc_status_script_url'    => 'Skriptets adress (itc-status.js)',
		'itc_status_integrity'     => 'Skriptets SRI-hash (innehållet i itc-status.js.sri, valfri)',
		'itc_status_document_url'  => 'Statusdokumentets adress (src)',
		'itc_status_subscribe_url' => 'Adress för prenumerationer (action)',
	);
	echo '<div class="wrap"><h1>IT-Centrum driftinformation</h1><form method="post" action="options.php">';
	settings_fields( 'itc_status' );
	echo '<table class="form-table" role="presentation">';
	foreach ( $labels as $name => $label ) {
		printf(
			'<tr><th scope="row"><label for="%1$s">%2$s</label></th><td><input type="text" class="regular-text code" id="%1$s" name="%1$s" value="%3$s"></td></tr>',
			esc_attr( $name ),
			esc_html( $label ),
			esc_attr( itc_status_setting( $name ) )
		);
	}
	echo '</table>';
	submit_button();
	echo '</form></div>';
}
