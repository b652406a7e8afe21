// Compile-time checks (run by `tsc --noEmit`): React 19 users get checked props and typed events
// for the elements from `itc-status/react`.
import type {} from '../../src/react.js';
import type { Disruption } from '../../src/index.js';

export const banner = (
  <itc-status-banner
    src="/status.json"
    municipality="tierp"
    show="disruptions"
    placement="overlay"
    max={3}
    onitc-status-change={(event) => {
      const disruptions: Disruption[] = event.detail.disruptions;
      return disruptions;
    }}
    onitc-status-error={(event) => event.detail.kind}
  />
);

export const form = (
  <itc-subscribe action="/api/subscribe" privacy-url="/policy" onitc-subscribe-submit={(event) => event.detail.email} />
);

// @ts-expect-error: `show` takes only all, disruptions or maintenance.
export const wrongShow = <itc-status-banner show="everything" />;

// @ts-expect-error: an element's event handler gets that element's event.
export const wrongEvent = <itc-subscribe onitc-subscribe-success={(event: { detail: { nothing: true } }) => event} />;
