import { css } from 'lit';

// Inherits the page's font and colours; one column from 320 px up; focus always visible.
// Written without spaces: css`` text ships as written.
export default css`
:host{display:block;max-width:36rem;--e:var(--itc-subscribe-error,#b3261e);--a:var(--itc-subscribe-accent,#005a8c)}
:host([hidden]){display:none}
p{margin:0 0 1rem}
.g{margin:0 0 1.25rem;padding:0;border:0}
label,legend,.e{display:block;margin:0 0 .25rem;padding:0}
.c{display:flex;gap:.5rem;margin:.4rem 0;font-weight:400}
[type=checkbox]{flex:none;width:1.25rem;height:1.25rem;margin:0;accent-color:var(--a)}
#email{box-sizing:border-box;width:100%;padding:.5rem;border:2px solid}
#email,button{font:inherit}
#email[aria-invalid],.s{border:3px solid var(--e)}
.e,.s a{color:var(--e)}
label,legend,.e,.s a,button{font-weight:600}
.s{padding:1rem;margin-bottom:1.5rem}
h2{font-size:1.2em;margin:0 0 .5rem}
button{padding:.6rem 1.25rem;border:0;border-radius:4px;color:#fff;background:var(--a)}
:focus-visible,[tabindex]:focus{outline:3px solid var(--itc-subscribe-focus,#1d70b8);outline-offset:2px}
.n{border-left:4px solid var(--e);padding-left:.75rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
