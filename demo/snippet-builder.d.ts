// Types of demo/snippet-builder.js, for the browser tests written in TypeScript.
export interface SnippetOptions {
  show: 'all' | 'disruptions' | 'maintenance' | 'subscribe' | string;
  municipalities: string[];
  lang: string;
  src: string;
  action: string;
  script: string;
  integrity?: string;
}
export function elementFor(o: Omit<SnippetOptions, 'script' | 'integrity'>): { tag: string; attributes: [string, string][] };
export function buildSnippet(o: SnippetOptions): string;
export function integrityOf(url: string): Promise<string | undefined>;
export function mountSnippetBuilder(root: Element): Promise<void>;
