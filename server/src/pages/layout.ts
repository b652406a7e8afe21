/** The frame of every server-rendered page: language, title, the style sheet, no script unless given. */
import type { Lang } from 'itc-status/core';
import { html, type Html } from './html.js';

export interface PageFrame {
  /**
   * `no-referrer` by default (link tokens in URLs never leave). The desk's pages use `same-origin`,
   * because under `no-referrer` a browser sends `Origin: null` with a form's POST and the desk
   * checks Origin.
   */
  referrer?: 'no-referrer' | 'same-origin';
  /** More of `<head>`: the desk's style sheet and scripts. */
  head?: Html;
  bodyClass?: string;
  /** The page's header; by default the name "IT-Centrum". */
  header?: Html;
}

export function page(lang: Lang, title: string, body: Html, frame: PageFrame = {}): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="${frame.referrer ?? 'no-referrer'}">
<title>${title} – IT-Centrum</title>
<link rel="stylesheet" href="/assets/pages.css">
${frame.head}
</head>
<body${frame.bodyClass ? html` class="${frame.bodyClass}"` : ''}>
${frame.header ?? html`<header>IT-Centrum</header>`}
<main id="main">
${body}
</main>
</body>
</html>
`.value;
}
