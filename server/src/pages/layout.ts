/** The frame of every server-rendered page: language, title, the style sheet, no script. */
import type { Lang } from 'itc-status/core';
import { html, type Html } from './html.js';

/**
 * `referrer`: `no-referrer` by default (link tokens in URLs never leave). The desk's pages use
 * `same-origin`, because under `no-referrer` a browser sends `Origin: null` with a form's POST and
 * the desk checks Origin.
 */
export function page(lang: Lang, title: string, body: Html, referrer: 'no-referrer' | 'same-origin' = 'no-referrer'): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="${referrer}">
<title>${title} – IT-Centrum</title>
<link rel="stylesheet" href="/assets/pages.css">
</head>
<body>
<header>IT-Centrum</header>
<main id="main">
${body}
</main>
</body>
</html>
`.value;
}
