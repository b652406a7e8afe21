// Compile-time checks (run by `tsc --noEmit`): TypeScript users get the element classes from
// tag names and typed events from addEventListener, without casts.
import type { BannerShow, Disruption, ItcStatusBanner, ItcStatusProvider, ItcSubscribe, StatusState } from '../../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(value: T) => value;

export function typings() {
  const banner = document.createElement('itc-status-banner');
  expectType<Equal<typeof banner, ItcStatusBanner>>(true);
  const show: BannerShow = banner.show;
  const provider = document.querySelector('itc-status-provider');
  expectType<Equal<typeof provider, ItcStatusProvider | null>>(true);
  const subscribe = document.createElement('itc-subscribe');
  expectType<Equal<typeof subscribe, ItcSubscribe>>(true);
  const state: StatusState | undefined = document.querySelector('itc-status-provider')?.state;

  banner.addEventListener('itc-status-change', (event) => {
    const disruptions: Disruption[] = event.detail.disruptions;
    return disruptions;
  });
  document.addEventListener('itc-status-error', (event) => event.detail);
  document.createElement('itc-subscribe').addEventListener('itc-subscribe-submit', (event) => event.detail);
  return { show, state };
}
