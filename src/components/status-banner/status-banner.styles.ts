import { css } from 'lit';

// Written compactly: the pasted script has a size budget and Lit keeps css`` text as written.
// Defaults meet WCAG AA: white on #b00020 is 7.3:1, on #7a0012 11.4:1; #3d2600 on #fff4e0 13:1;
// #0b5394 on white 7.8:1. Only the overlay placement moves (a transform, which shifts no layout),
// and not when reduced motion is preferred.
// Windows' contrast themes (forced-colors) drop backgrounds: every box has a border, transparent
// until then, and critical and minor disruptions differ by their border too. Printed, backgrounds
// are dropped as well: black on white, without buttons.
// `.root>p` are the neutral notice and the stale line. Templates put no line breaks inside a <p>,
// so every paragraph can keep the line breaks of the document's texts (pre-line).
// The root is a grid only while it shows something: an empty grid would keep the margins of the
// page's elements around the banner from collapsing, and the page would move when it is defined.
export const styles = css`
:host{display:block;overflow-wrap:anywhere;font-family:var(--itc-font,inherit);--s:var(--itc-space,1rem);--a:var(--itc-accent,#0b5394)}
:host([hidden]){display:none}
.shows,section,article,ul[part],li[part]{display:grid;gap:var(--s)}
article,li[part]{gap:calc(var(--s)/2);padding:var(--s)}
article,li[part],[part=badge],button,.root>p{border-radius:var(--itc-radius,6px)}
a,[part=badge],button{justify-self:start}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
*{margin:0}
p{white-space:pre-line}
h2{font-size:1.25em}
h3{font-size:1.1em}
a{color:inherit}
:focus-visible{outline:3px solid currentColor;outline-offset:2px}
article{border:2px solid transparent;background:var(--itc-disruption-bg,#b00020);color:var(--itc-disruption-color,#fff)}
[part$=critical]{background:var(--itc-critical-bg,#7a0012)}
[part$=minor]{border-left:.5em solid #b35c00;background:var(--itc-minor-bg,#fff4e0);color:var(--itc-minor-color,#3d2600)}
.severity,.where{display:block;font-size:.8em}
.severity{letter-spacing:.04em;text-transform:uppercase}
.where{font-size:.9em;font-weight:400}
.since::first-letter{text-transform:uppercase}
ul[part]{grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr));padding:0;list-style:none}
li[part]{align-content:start;border:1px solid var(--itc-card-border,#767676);background:var(--itc-card-bg,#fff);color:var(--itc-card-color,#1d1d1d)}
li[part$=ongoing]{border:2px solid var(--a)}
li a,button{color:var(--a)}
[part=badge]{padding:0 .5em;background:var(--a);color:#fff}
.systems{padding-left:1.25em}
button{padding:.5em 1em;border:2px solid;background:#fff;font:inherit;cursor:pointer}
[part=badge],button{font-weight:600}
.root>p{padding:calc(var(--s)/2) var(--s);background:var(--itc-notice-bg,#f3f3f3);color:var(--itc-notice-color,#1d1d1d)}
:host([placement=overlay]){position:fixed;inset:0 0 auto;z-index:var(--itc-overlay-z,1000);max-height:70vh;overflow:auto}
:host([placement=overlay]) .shows{padding:var(--s);background:var(--itc-overlay-bg,#fff);box-shadow:0 2px 8px #0006;animation:in .3s ease-out}
.dismiss{justify-self:end}
@keyframes in{from{transform:translateY(-100%)}}
@media (prefers-reduced-motion:reduce){.shows{animation:none!important}}
[part=badge],.root>p{border:1px solid transparent}
@media (forced-colors:active){[part$=critical]{border-width:5px}[part$=minor]{border-style:dashed}}
@media print{article[part]{border-color:#000;background:none;color:#000}button{display:none}}
`;
