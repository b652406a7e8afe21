/**
 * Hostile content for the status document: markup, script and link vectors that a compromised or
 * careless publishing tool could put into any string or URL field.
 *
 * Every vector that would run code if it were ever interpreted calls the canary: it sets
 * `window.__itcPwned` and calls `top.__itcCanary()`. Tests install the canary, render the vectors
 * and assert that it was never touched. Vectors are labelled so that a failure names the one that
 * got through.
 */

export type VectorKind =
  | 'html'
  | 'handler'
  | 'svg'
  | 'url'
  | 'entity'
  | 'template'
  | 'css'
  | 'long'
  | 'unicode'
  | 'misc';

export interface Vector {
  label: string;
  kind: VectorKind;
  /** A string, or (for `template`) a non-string value that imitates a Lit template result. */
  value: unknown;
}

/** What a vector's code does when it runs. */
export const PAYLOAD = 'window.__itcPwned=1;top.__itcCanary&&top.__itcCanary()';
const P = PAYLOAD;
/** The same payload without quotes or parentheses, for places where those would be filtered. */
const P_BARE = 'top.__itcPwned=1';

const html: Array<[string, string]> = [
  ['script tag', `<script>${P}</script>`],
  ['script tag, upper case', `<SCRIPT>${P}</SCRIPT>`],
  ['script with src', `<script src="data:text/javascript,${encodeURIComponent(P)}"></script>`],
  ['script split by comment', `<scr<!-- -->ipt>${P}</scr<!-- -->ipt>`],
  ['nested script tags', `<scr<script>ipt>${P}</scr</script>ipt>`],
  ['unclosed script', `<script>${P}`],
  ['closing title then script', `</title><script>${P}</script>`],
  ['closing style then script', `</style><script>${P}</script>`],
  ['closing textarea then script', `</textarea><script>${P}</script>`],
  ['closing template then script', `</template><script>${P}</script>`],
  ['iframe srcdoc', `<iframe srcdoc="<script>parent.${P}</script>"></iframe>`],
  ['iframe javascript src', `<iframe src="javascript:${P}"></iframe>`],
  ['object data', `<object data="javascript:${P}"></object>`],
  ['embed src', `<embed src="javascript:${P}">`],
  ['base href hijack', '<base href="https://evil.example/">'],
  ['meta refresh', `<meta http-equiv="refresh" content="0;url=javascript:${P}">`],
  ['link import', '<link rel="import" href="https://evil.example/x.html">'],
  ['form action javascript', `<form action="javascript:${P}"><button>Skicka</button></form>`],
  ['button formaction', `<button formaction="javascript:${P}">x</button>`],
  ['anchor javascript href', `<a href="javascript:${P}">Läs mer</a>`],
  ['area href', `<map><area shape=rect coords=0,0,999,999 href="javascript:${P}"></map>`],
  ['template element', `<template><img src=x onerror="${P}"></template>`],
  ['noscript breakout', `<noscript><p title="</noscript><img src=x onerror=${P_BARE}>">`],
  ['comment breakout', `<!--><img src=x onerror=${P_BARE}>-->`],
  ['CDATA section', `<![CDATA[<img src=x onerror=${P_BARE}>]]>`],
  ['processing instruction', `<?xml-stylesheet href="javascript:${P}"?>`],
  ['plain bold markup', '<b>fet</b> <i>kursiv</i> <u>understruken</u>'],
  ['heading markup', '<h1>Rubrik</h1><h2>Underrubrik</h2>'],
  ['list markup', '<ul><li>ett</li><li>två</li></ul>'],
  ['table markup', '<table><tr><td>cell</td></tr></table>'],
  ['custom element', '<itc-status-banner src="https://evil.example/x.json"></itc-status-banner>'],
  ['slot element', '<slot name="x"></slot><slot></slot>'],
  ['declarative shadow root', `<div><template shadowrootmode="open"><img src=x onerror=${P_BARE}></template></div>`],
  ['dialog open', '<dialog open>Falskt meddelande: allt fungerar</dialog>'],
  ['marquee', '<marquee>Inga störningar</marquee>'],
  ['input autofocus', `<input autofocus onfocus="${P}">`],
  ['select autofocus', `<select autofocus onfocus="${P}"></select>`],
  ['textarea autofocus', `<textarea autofocus onfocus="${P}"></textarea>`],
  ['details ontoggle', `<details open ontoggle="${P}">`],
  ['video source onerror', `<video><source onerror="${P}"></video>`],
  ['audio src onerror', `<audio src=x onerror="${P}">`],
  ['math href', `<math><maction actiontype="statusline" href="javascript:${P}">x</maction></math>`],
  ['xmp breakout', `<xmp></xmp><img src=x onerror=${P_BARE}></xmp>`],
  ['plaintext', '<plaintext>rest of page'],
  ['angle brackets only', '< > << >> </ />'],
  ['lone less-than with letter', '<a'],
];

const handlers: Array<[string, string]> = [
  ['img onerror', `<img src=x onerror="${P}">`],
  ['img onerror, no quotes', `<img src=x onerror=${P_BARE}>`],
  ['img onerror, mixed case', `<IMG SRC=x OnErRoR="${P}">`],
  ['img onerror, slash separator', `<img/src=x/onerror=${P_BARE}>`],
  ['img onerror, tab separator', `<img\tsrc=x\tonerror=${P_BARE}>`],
  ['img onerror, newline separator', `<img\nsrc=x\nonerror=${P_BARE}>`],
  ['img onerror, backticks', '<img src=x onerror=`' + P + '`>'],
  ['body onload', `<body onload="${P}">`],
  ['div onmouseover', `<div onmouseover="${P}">håll musen här</div>`],
  ['div onclick', `<div onclick="${P}">klicka</div>`],
  ['p onpointerenter', `<p onpointerenter="${P}">x</p>`],
  ['span onanimationstart', `<style>@keyframes k{}</style><span style="animation-name:k" onanimationstart="${P}">x</span>`],
  ['input onfocus', `<input onfocus="${P}" autofocus>`],
  ['a onfocus tabindex', `<a id=x tabindex=1 onfocus="${P}" autofocus>x</a>`],
  ['image tag', `<image src=x onerror="${P}">`],
  ['video onerror', `<video src=x onerror="${P}">`],
  ['object onerror', `<object data=x onerror="${P}">`],
  ['marquee onstart', `<marquee onstart="${P}">x</marquee>`],
  ['attribute breakout with double quote', `" onmouseover="${P}" x="`],
  ['attribute breakout with single quote', `' onmouseover='${P}' x='`],
  ['attribute breakout with backtick', '` onmouseover=`' + P_BARE + '` x=`'],
  ['attribute breakout then tag', `"><img src=x onerror=${P_BARE}>`],
  ['attribute breakout, single quote then tag', `'><img src=x onerror=${P_BARE}>`],
  ['handler with HTML-encoded payload', '<img src=x onerror="&#119;indow.__itcPwned=1">'],
  ['handler with hex-encoded payload', '<img src=x onerror="&#x77;indow.__itcPwned=1">'],
  ['handler with unicode escape', '<img src=x onerror="\\u0077indow.__itcPwned=1">'],
  ['handler with eval atob', `<img src=x onerror="eval(atob('${btoa(P)}'))">`],
  ['handler with String.fromCharCode', '<img src=x onerror="eval(String.fromCharCode(119,105,110,100,111,119,46,95,95,105,116,99,80,119,110,101,100,61,49))">'],
  ['onerror with NUL in attribute name', `<img src=x on\u0000error="${P}">`],
  ['Lit attribute binding lookalike', `<div .innerHTML="\${'<img src=x onerror=${P_BARE}>'}"></div>`],
  ['Lit event binding lookalike', `<div @click="${P}">x</div>`],
];

const svg: Array<[string, string]> = [
  ['svg onload', `<svg onload="${P}">`],
  ['svg onload, slash', `<svg/onload=${P_BARE}>`],
  ['svg script', `<svg><script>${P}</script></svg>`],
  ['svg script with href', `<svg><script href="data:text/javascript,${encodeURIComponent(P)}"></script></svg>`],
  ['svg animate href', `<svg><a><animate attributeName=href values=javascript:${P_BARE} /><text x=20 y=20>klick</text></a></svg>`],
  ['svg set onbegin', `<svg><set attributeName=x onbegin="${P}" /></svg>`],
  ['svg foreignObject', `<svg><foreignObject><img src=x onerror="${P}"></foreignObject></svg>`],
  ['svg use external', '<svg><use href="https://evil.example/sprite.svg#x"/></svg>'],
  ['svg xlink href', `<svg><a xlink:href="javascript:${P}"><text>x</text></a></svg>`],
  ['svg style breakout', `<svg><style><img src=x onerror=${P_BARE}></style></svg>`],
  ['svg inside math', `<math><mtext><table><mglyph><svg><mtext><style><img src=x onerror=${P_BARE}></style></mtext></svg></mglyph></table></mtext></math>`],
  ['svg desc breakout', `<svg><desc><![CDATA[</desc><img src=x onerror=${P_BARE}>]]></svg>`],
];

/** Links: allowed-looking and refused ones. `javascript:` in every disguise the URL parser forgives. */
const urls: Array<[string, string]> = [
  ['javascript URL', `javascript:${P}`],
  ['javascript URL, upper case', `JAVASCRIPT:${P}`],
  ['javascript URL, mixed case', `JaVaScRiPt:${P}`],
  ['javascript URL, leading space', ` javascript:${P}`],
  ['javascript URL, leading control characters', `\u0001\u0002javascript:${P}`],
  ['javascript URL, tab inside scheme', `java\tscript:${P}`],
  ['javascript URL, newline inside scheme', `java\nscript:${P}`],
  ['javascript URL, CR inside scheme', `java\rscript:${P}`],
  ['javascript URL, NUL inside scheme', `java\u0000script:${P}`],
  ['javascript URL, entity-encoded colon', `javascript&colon;${P}`],
  ['javascript URL, numeric entity scheme', `&#106;avascript:${P}`],
  ['javascript URL, hex entity scheme', `&#x6A;avascript:${P}`],
  ['javascript URL, percent-encoded scheme', `%6Aavascript:${P}`],
  ['javascript URL, comment payload', 'javascript://%0aalert(1)'],
  ['javascript URL, void', 'javascript:void(0)'],
  ['javascript URL, non-breaking space prefix', `\u00a0javascript:${P}`],
  ['javascript URL, zero-width space inside', `java\u200bscript:${P}`],
  ['data URL, HTML', `data:text/html,<script>${P}</script>`],
  ['data URL, HTML base64', `data:text/html;base64,${btoa(`<script>${P}</script>`)}`],
  ['data URL, mixed case', `DaTa:text/html,<script>${P}</script>`],
  ['data URL, SVG', `data:image/svg+xml,<svg onload="${P}">`],
  ['vbscript URL', 'vbscript:msgbox("x")'],
  ['vbscript URL, mixed case', 'VbScRiPt:msgbox("x")'],
  ['vbscript URL, tab inside scheme', 'vb\tscript:msgbox("x")'],
  ['file URL', 'file:///etc/passwd'],
  ['blob URL', 'blob:https://evil.example/0000'],
  ['ftp URL', 'ftp://evil.example/x'],
  ['filesystem URL', 'filesystem:https://evil.example/temporary/x'],
  ['about URL', 'about:blank'],
  ['chrome URL', 'chrome://settings'],
  ['protocol-relative URL', '//evil.example/x'],
  ['backslash protocol-relative URL', '\\\\evil.example\\x'],
  ['https with credentials', 'https://user:pass@evil.example/'],
  ['https lookalike host', 'https://itcentrum.se.evil.example/driftinfo'],
  ['https with quote breakout', `https://itcentrum.se/"><img src=x onerror=${P_BARE}>`],
  ['https with javascript in fragment', `https://itcentrum.se/#javascript:${P}`],
  ['https with newline in path', 'https://itcentrum.se/drift\ninfo'],
  ['https with Unicode host', 'https://itcéntrum.se/'],
  ['mailto with extra headers', 'mailto:support@itcentrum.se?bcc=all@evil.example&subject=x'],
  ['tel with letters', 'tel:+46-293-<script>'],
  ['relative path', '../../admin'],
  ['empty scheme', ':javascript:alert(1)'],
];

const entities: Array<[string, string]> = [
  ['named entities', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['numeric entities', '&#60;img src=x onerror=alert(1)&#62;'],
  ['hex entities', '&#x3C;img src=x onerror=alert(1)&#x3E;'],
  ['entity without semicolon', '&lt;b&gt &ltimg&gt'],
  ['double-encoded entities', '&amp;lt;script&amp;gt;'],
  ['ampersand text', 'Tierp & Älvkarleby: 10–14 & 12–14'],
  ['non-ASCII entity names', '&aring;&auml;&ouml; &nbsp; &shy;'],
  ['percent-encoded tags', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['JS-escaped tags', '\\x3cscript\\x3ealert(1)\\x3c/script\\x3e'],
  ['unicode-escaped tags', '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'],
  ['fullwidth angle brackets', '＜script＞alert(1)＜/script＞'],
  ['overlong UTF-8 lookalike', '\u00c0\u00bcscript\u00c0\u00bealert(1)'],
];

const css: Array<[string, string]> = [
  ['style tag', '<style>*{display:none!important}</style>'],
  ['style tag hiding the host page', '<style>body{visibility:hidden}</style>'],
  ['style attribute overlay', '<div style="position:fixed;inset:0;background:red;z-index:99999">Allt fungerar</div>'],
  ['CSS expression', '<div style="width:expression(alert(1))">x</div>'],
  ['CSS url javascript', `<div style="background:url('javascript:${P}')">x</div>`],
  ['CSS import', '<style>@import "https://evil.example/x.css";</style>'],
  ['link stylesheet', '<link rel=stylesheet href="https://evil.example/x.css">'],
  ['CSS custom property injection', '--itc-color: red; } :host { display: none'],
];

const templates: Array<[string, unknown]> = [
  ['Lit template result with onerror', { _$litType$: 1, strings: [`<img src=x onerror="${P}">`], values: [] }],
  ['Lit template result with script', { _$litType$: 1, strings: [`<script>${P}</script>`], values: [] }],
  ['Lit SVG template result', { _$litType$: 2, strings: [`<svg onload="${P}"></svg>`], values: [] }],
  ['Lit template result with raw strings', { _$litType$: 1, strings: Object.assign([`<img src=x onerror=${P_BARE}>`], { raw: [`<img src=x onerror=${P_BARE}>`] }), values: [] }],
  ['Lit compiled template lookalike', { _$litType$: { h: `<img src=x onerror=${P_BARE}>`, parts: [] }, values: [] }],
  ['Lit unsafeHTML directive lookalike', { _$litDirective$: 'UnsafeHTMLDirective', values: [`<img src=x onerror=${P_BARE}>`] }],
  ['Lit nothing lookalike', { _$litType$: 0 }],
  ['array of markup strings', [`<img src=x onerror="${P}">`, '<b>x</b>']],
  ['nested array', [[`<svg onload="${P}">`]]],
  ['object with toString markup', { toString: `<img src=x onerror=${P_BARE}>` }],
  ['object with __proto__ key', JSON.parse(`{"__proto__": {"polluted": "<img src=x onerror=${P_BARE}>"}}`)],
  ['object with constructor key', { constructor: { prototype: { polluted: 1 } } }],
  ['number', 1e308],
  ['negative zero', -0],
  ['boolean true', true],
  ['null', null],
  ['empty object', {}],
  ['empty array', []],
];

const long: Array<[string, string]> = [
  ['100 kB of text', 'Driftstörning '.repeat(7300)],
  ['100 kB without spaces', 'a'.repeat(100_000)],
  ['10 000 img tags', `<img src=x onerror=${P_BARE}>`.repeat(10_000).slice(0, 250_000)],
  ['deeply nested tags', '<div>'.repeat(5_000) + 'x' + '</div>'.repeat(5_000)],
  ['long javascript URL', `javascript:${P};` + '/'.repeat(50_000)],
  ['long https URL', 'https://itcentrum.se/' + 'a'.repeat(60_000)],
];

const unicode: Array<[string, string]> = [
  ['right-to-left override', 'Servicefönster \u202Egnikcab\u202C klart'],
  ['RTL override hiding extension', 'rapport\u202Efdp.exe'],
  ['left-to-right and right-to-left marks', '\u200Ealla\u200F system\u200E'],
  ['isolates', '\u2066Tierp\u2069 \u2067Älvkarleby\u2069 \u2068x\u2069'],
  ['zero-width characters', 'Dr\u200Bift\u200Cst\u200Dör\uFEFFning'],
  ['zero-width joiner in tag', '<im\u200Dg src=x onerror=alert(1)>'],
  ['Arabic text', 'انقطاع الخدمة في النظام'],
  ['Hebrew text', 'הפרעה בשירות'],
  ['emoji and ZWJ sequences', '⚠️ 👩‍💻 🇸🇪 Driftstörning'],
  ['combining characters', 'Z̴̡̛͙a̸̱̓l̶̰̈́g̵̖̈o̷͍̊ text'],
  ['lone surrogates', 'x\uD800y\uDFFFz'],
  ['NUL characters', 'Tierp\u0000Älvkarleby\u0000'],
  ['C0 control characters', 'a\u0001b\u0007c\u0008d\u001Be\u001Ff'],
  ['C1 control characters', 'a\u0085b\u009Bc'],
  ['line and paragraph separators', 'rad1\u2028rad2\u2029rad3'],
  ['Windows line endings', 'rad1\r\nrad2\r\nrad3'],
  ['tabs inside text', 'kolumn1\tkolumn2\tkolumn3'],
  ['homoglyph Cyrillic', 'Аllt fungеrar (Cyrillic А and е)'],
  ['Swedish text', 'Åtgärd pågår för Östhammar, Älvkarleby och Heby — kl. 10–14'],
  ['non-breaking and thin spaces', 'kl.\u00a010\u202f–\u202f14'],
  ['private use and noncharacters', '\uE000\uF8FF\uFFFE\uFFFF'],
  ['soft hyphen and word joiner', 'Personal\u00ADsystemen\u2060x'],
];

const misc: Array<[string, string]> = [
  ['template literal lookalike', '${window.__itcPwned=1}'],
  ['Lit marker lookalike', '<?lit$123$>lit$123$<!--?lit$123$-->'],
  ['Lit marker attribute lookalike', '<div lit$123$="x" x$lit$="y">'],
  ['AngularJS template', '{{constructor.constructor("window.__itcPwned=1")()}}'],
  ['Vue/Handlebars template', '{{{ "<img src=x onerror=alert(1)>" }}}'],
  ['server-side include', '<!--#exec cmd="ls"-->'],
  ['PHP tag', '<?php echo 1; ?>'],
  ['JSON in text', '{"version":1,"disruptions":[]}'],
  ['prototype property names', '__proto__'],
  ['constructor', 'constructor'],
  ['toString', 'toString'],
  ['hasOwnProperty', 'hasOwnProperty'],
  ['single space', ' '],
  ['only whitespace', ' \t\n\r '],
  ['Markdown link with javascript', `[Läs mer](javascript:${P})`],
  ['Markdown image', '![x](https://evil.example/x.png)'],
  ['URL text that looks like a link', 'https://itcentrum.se/driftinfo'],
  ['email text', 'support@itcentrum.se'],
  ['SQL injection', "'; DROP TABLE status; --"],
  ['format string', '%s %d %n %x {0} {{0}}'],
  ['path traversal', '../../../../etc/passwd'],
  ['CRLF header injection', 'x\r\nSet-Cookie: pwned=1'],
  ['long word for layout', 'Driftstörningsinformationsmeddelandeuppdateringsrutin'.repeat(20)],
  ['fake status claim', 'Inga störningar — allt fungerar som vanligt'],
];

function build(kind: VectorKind, list: Array<[string, unknown]>): Vector[] {
  return list.map(([label, value]) => ({ label: `${kind}: ${label}`, kind, value }));
}

/** Every vector. */
export const VECTORS: Vector[] = [
  ...build('html', html),
  ...build('handler', handlers),
  ...build('svg', svg),
  ...build('url', urls),
  ...build('entity', entities),
  ...build('css', css),
  ...build('template', templates),
  ...build('long', long),
  ...build('unicode', unicode),
  ...build('misc', misc),
];

/** The string vectors: text fields must show exactly these characters (after trimming). */
export const STRING_VECTORS = VECTORS.filter((v): v is Vector & { value: string } => typeof v.value === 'string');

/**
 * Installs the canary on `window` and returns a reader. A vector that ever runs leaves a mark in
 * `window.__itcPwned` or a call count.
 */
export function installCanary(): { calls: () => number; pwned: () => unknown; reset: () => void } {
  const w = window as unknown as { __itcCanary?: () => void; __itcPwned?: unknown };
  let calls = 0;
  w.__itcCanary = () => {
    calls += 1;
  };
  w.__itcPwned = undefined;
  return {
    calls: () => calls,
    pwned: () => w.__itcPwned,
    reset: () => {
      calls = 0;
      w.__itcPwned = undefined;
    },
  };
}
