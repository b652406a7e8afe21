/** Whether the page is shown (a hidden page paints no frames and does not poll). */
export const isVisible = () => document.visibilityState != 'hidden';

/**
 * Resolves in a task after the page's next frame has been painted, so that work which the first
 * paint does not need (the page's first request) does not lengthen that frame.
 * On a hidden page, in the next task (a page hidden before its frame resolves when shown again).
 */
export const afterPaint = (): Promise<unknown> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    const post = () => port2.postMessage(0);
    port1.onmessage = resolve;
    // A message posted in a frame callback is handled after that frame has been painted.
    isVisible() ? requestAnimationFrame(post) : post();
  });
