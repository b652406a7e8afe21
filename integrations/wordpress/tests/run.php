<?php
/**
 * The plugin against WordPress's own code (Debian's `wordpress` package): its HTML filter (kses)
 * on the path every save takes (the content_save_pre filters that kses_init() installs for users
 * without unfiltered_html), its shortcodes and its script loader. No database: options come
 * through WordPress's pre_option_ filters, and the current user's capabilities are those of
 * WordPress's default roles on a single site.
 *
 *   php integrations/wordpress/tests/run.php [WORDPRESS_DIR]
 *
 * Prints one line per check, "ok - …" or "not ok - … — details", and exits 1 if any failed.
 */

$wordpress = rtrim( $argv[1] ?? getenv( 'ITC_WORDPRESS_DIR' ) ?: '/usr/share/wordpress', '/' ) . '/';
if ( ! is_file( $wordpress . 'wp-includes/kses.php' ) ) {
	fwrite( STDERR, "WordPress not found in $wordpress (Debian: apt-get install -y wordpress php-cli)\n" );
	exit( 2 );
}
define( 'ABSPATH', $wordpress );
define( 'WPINC', 'wp-includes' );
foreach ( array( 'load', 'plugin', 'functions', 'formatting', 'kses', 'shortcodes', 'cache', 'class-wp-object-cache', 'class-wp-dependency', 'class-wp-dependencies', 'class-wp-scripts', 'functions.wp-scripts' ) as $file ) {
	require_once ABSPATH . WPINC . "/$file.php";
}
// WordPress's object cache holds the site's options as if loaded from the database.
wp_cache_init();
wp_cache_set( 'alloptions', array( 'blog_charset' => 'UTF-8' ), 'options' );

/** WordPress's default roles on a single site: Administrators and Editors have unfiltered_html. */
$GLOBALS['itc_test_role'] = 'author';
function current_user_can( $capability ) {
	$unfiltered = array( 'administrator', 'editor' );
	return 'unfiltered_html' === $capability ? in_array( $GLOBALS['itc_test_role'], $unfiltered, true ) : true;
}

/** Options without a database: WordPress's own short-circuit for get_option(). */
function itc_test_option( $name, $value ) {
	remove_all_filters( "pre_option_$name" );
	add_filter( "pre_option_$name", function () use ( $value ) { return $value; } );
}

require dirname( __DIR__ ) . '/itc-status/itc-status.php';
do_action( 'init' );

/** Saves `$content` as `$role` would: the filters kses_init() installs, on slashed data as WordPress passes it. */
function save_as( $role, $content ) {
	$GLOBALS['itc_test_role'] = $role;
	kses_init();
	return wp_unslash( apply_filters( 'content_save_pre', wp_slash( $content ) ) );
}

$failed = 0;
function check( $name, $ok, $details = '' ) {
	global $failed;
	echo ( $ok ? 'ok' : 'not ok' ) . " - $name" . ( $ok ? '' : " — $details" ) . "\n";
	$failed += $ok ? 0 : 1;
}

$banner    = '<itc-status-banner src="https://status.itcentrum.se/status.json" municipality="tierp" show="all" max="5" horizon-days="30" placement="inline" poll-interval="120" max-age="3600" lang="en" class="intranet-banner" id="drift"></itc-status-banner>';
$provider  = '<itc-status-provider src="https://status.itcentrum.se/status.json" poll-interval="60"><itc-status-banner municipality="knivsta"></itc-status-banner></itc-status-provider>';
$subscribe = '<itc-subscribe action="https://status.itcentrum.se/api/subscribe" municipality="tierp" topics="operations" privacy-url="https://itcentrum.se/integritetspolicy" terms-url="https://itcentrum.se/anvandarvillkor" timeout="15000" lang="sv"><a href="https://itcentrum.se/">Prenumerera på itcentrum.se</a></itc-subscribe>';
$page      = "<p>Välkommen!</p>\n$banner\n$provider\n$subscribe";

// What editors meet without the plugin: everything pasted is stripped on an Author's save.
remove_filter( 'wp_kses_allowed_html', 'itc_status_allowed_html', 10 );
check( 'without the plugin an Author\'s save strips the elements', false === strpos( save_as( 'author', $page ), '<itc-' ), save_as( 'author', $page ) );
add_filter( 'wp_kses_allowed_html', 'itc_status_allowed_html', 10, 2 );

foreach ( array( 'author', 'contributor', 'editor', 'administrator' ) as $role ) {
	$saved = save_as( $role, $page );
	check( "$role: a save keeps the three elements and every attribute", $saved === $page, $saved );
}

// An Administrator pasted the page; an Author changes something else and saves it again.
$again = save_as( 'author', save_as( 'administrator', $page ) );
check( 'an Author\'s later save keeps what an Administrator pasted', $again === $page, $again );

$hostile = save_as( 'author', '<itc-status-banner src="javascript:alert(1)" municipality="tierp" onclick="alert(2)" style="position:fixed" data-x="1"></itc-status-banner>' );
check( 'an attribute that is not listed is removed (onclick, style, data-*)', 1 === preg_match( '/^<itc-status-banner src="[^"]*" municipality="tierp"><\/itc-status-banner>$/', $hostile ), $hostile );
check( 'a javascript: src loses its protocol, as in WordPress\'s own href', false === stripos( $hostile, 'javascript:' ), $hostile );
$links = save_as( 'author', '<itc-subscribe action="javascript:alert(1)" privacy-url="javascript:alert(2)" terms-url="https://itcentrum.se/villkor"></itc-subscribe>' );
check( 'privacy-url and terms-url get the same protocol check', false === stripos( $links, 'javascript:' ) && false !== strpos( $links, 'terms-url="https://itcentrum.se/villkor"' ), $links );
check( 'a pasted <script> is still removed for an Author', false === strpos( save_as( 'author', '<script src="https://x.example/a.js"></script>' ), '<script' ) );
check( 'other contexts are left alone (comments)', false === strpos( wp_kses( $banner, 'pre_user_description' ), '<itc-' ) );

// Shortcodes: text until shown, so they survive anyone's save.
itc_test_option( 'itc_status_document_url', 'https://status.itcentrum.se/status.json' );
itc_test_option( 'itc_status_subscribe_url', 'https://status.itcentrum.se/api/subscribe' );
$shortcodes = '[itc_status_banner municipality="tierp" show="maintenance" lang="en"] [itc_subscribe municipality="tierp" privacy_url="https://itcentrum.se/integritetspolicy" terms-url="https://itcentrum.se/villkor"]';
check( 'a shortcode survives an Author\'s save', save_as( 'author', $shortcodes ) === $shortcodes );
$shown = do_shortcode( $shortcodes );
check(
	'[itc_status_banner] writes the element with the settings\' src',
	false !== strpos( $shown, '<itc-status-banner src="https://status.itcentrum.se/status.json" municipality="tierp" show="maintenance" lang="en"></itc-status-banner>' ),
	$shown
);
check(
	'[itc_subscribe] writes the form with its action, links (privacy_url or privacy-url) and the fallback link',
	false !== strpos( $shown, '<itc-subscribe action="https://status.itcentrum.se/api/subscribe" municipality="tierp" privacy-url="https://itcentrum.se/integritetspolicy" terms-url="https://itcentrum.se/villkor"><a href="https://itcentrum.se/">' ),
	$shown
);
$escaped = do_shortcode( '[itc_status_banner municipality=\'"><script>alert(1)</script>\' src="javascript:alert(1)" onclick="x"]' );
check( 'shortcode attributes are escaped, unknown ones dropped, URLs checked', false === strpos( $escaped, '<script' ) && false === strpos( $escaped, 'onclick' ) && false === stripos( $escaped, 'javascript:' ), $escaped );

// The script on every page, in the head: deferred and render-blocking, with SRI when a hash is set.
itc_test_option( 'itc_status_script_url', 'https://status.itcentrum.se/widgets/itc-status.js' );
itc_test_option( 'itc_status_integrity', 'sha384-MnjJCxgGLMuBbWnZubYGzTs3MP7rXjlBvpfpdQeWz2C/wfikHZmyaeoa9NqE1nbN' );
do_action( 'wp_enqueue_scripts' );
ob_start();
wp_scripts()->do_items( array( 'itc-status' ) );
$tag = ob_get_clean();
check(
	'the script is enqueued once in the head, deferred and render-blocking, with integrity and crossorigin',
	// Group 1 is the footer; blocking="render" only works in the head.
	! wp_scripts()->get_data( 'itc-status', 'group' ) && 1 === substr_count( $tag, '<script' ) && 1 === preg_match( '#<script defer blocking="render" integrity="sha384-MnjJ[^"]+" crossorigin="anonymous" src=\'https://status\.itcentrum\.se/widgets/itc-status\.js\' id=\'itc-status-js\'></script>#', $tag ),
	$tag
);
check( 'a hash that is not one is not saved', '' === itc_status_sanitize_integrity( 'sha384-"><script>' ) && '' === itc_status_sanitize_url( 'javascript:alert(1)' ) );

exit( $failed > 0 ? 1 : 0 );
