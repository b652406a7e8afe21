import { css } from 'lit';

// Written compactly: the pasted script has a size budget and Lit keeps css`` text as written.
// Defaults meet WCAG AA: white on #b00020 is 7.3:1, on #7a0012 11.4:1; #3d2600 on #fff4e0 13:1;
// #0b5394 on white 7.8:1. The element has no animation or transition, so reduced motion is honoured.
export const styles = css`
:host{display:block;font-family:var(--itc-font,inherit);--s:var(--itc-space,1rem);--r:var(--itc-radius,6px);--a:var(--itc-accent,#0b5394)}
:host([hidden]){display:none}
.root,section,article,.cards,.card{display:grid;gap:var(--s)}
article,.card{gap:calc(var(--s)/2);padding:var(--s);border-radius:var(--r)}
.root{overflow-wrap:anywhere}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
h2,h3,p,ul{margin:0}
h2{font-size:1.25em}
h3{font-size:1.1em}
.pre{white-space:pre-line}
a{justify-self:start;color:inherit}
:focus-visible{outline:3px solid currentColor;outline-offset:2px}
article{border:2px solid transparent;background:var(--itc-disruption-bg,#b00020);color:var(--itc-disruption-color,#fff)}
.critical{background:var(--itc-critical-bg,#7a0012)}
.minor{border-left:.5em solid #b35c00;background:var(--itc-minor-bg,#fff4e0);color:var(--itc-minor-color,#3d2600)}
.severity,.where{display:block;font-size:.8em}
.severity{letter-spacing:.04em;text-transform:uppercase}
.where{font-size:.9em;font-weight:400}
.since::first-letter{text-transform:uppercase}
.cards{grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr));padding:0;list-style:none}
.card{align-content:start;border:1px solid var(--itc-card-border,#767676);background:var(--itc-card-bg,#fff);color:var(--itc-card-color,#1d1d1d)}
.ongoing{border:2px solid var(--a)}
.card a,button{color:var(--a)}
.badge{justify-self:start;padding:0 .5em;border-radius:var(--r);background:var(--a);color:#fff;font-weight:600}
.systems{padding-left:1.25em}
button{justify-self:start;padding:.5em 1em;border:2px solid;border-radius:var(--r);background:#fff;font:inherit;font-weight:600;cursor:pointer}
.notice{padding:calc(var(--s)/2) var(--s);border-radius:var(--r);background:var(--itc-notice-bg,#f3f3f3);color:var(--itc-notice-color,#1d1d1d)}
`;
