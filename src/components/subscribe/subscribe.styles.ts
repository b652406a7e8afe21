import { css } from 'lit';

/** Inherits the page's font and colours; one column from 320 px up; focus always visible. */
export default css`
:host { display: block; max-width: 36rem; --e: var(--itc-subscribe-error, #b3261e); --a: var(--itc-subscribe-accent, #005a8c) }
:host([hidden]) { display: none }
p { margin: 0 0 1rem }
.g { margin: 0 0 1.25rem; padding: 0; border: 0 }
label, legend { display: block; margin: 0 0 .25rem; padding: 0; font-weight: 600 }
.c { display: flex; gap: .5rem; margin: .4rem 0 }
.c label { font-weight: 400; margin: 0 }
[type=checkbox] { flex: none; width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--a) }
#email { box-sizing: border-box; width: 100%; padding: .5rem; border: 2px solid; font: inherit }
[aria-invalid=true]#email, .s { border: 3px solid var(--e) }
.e, .s a { color: var(--e); font-weight: 600 }
.e { margin: 0 0 .25rem }
.s { padding: 1rem; margin-bottom: 1.5rem }
h2 { font-size: 1.2em; margin: 0 0 .5rem }
button { font: inherit; font-weight: 600; padding: .6rem 1.25rem; border: 0; border-radius: 4px; color: #fff; background: var(--a) }
:focus-visible, [tabindex]:focus { outline: 3px solid var(--itc-subscribe-focus, #1d70b8); outline-offset: 2px }
.n { border-left: 4px solid var(--e); padding-left: .75rem }
.vh, .hp { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
.hp { left: -1e4px }
`;
