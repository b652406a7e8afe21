import { createContext } from '@lit/context';
import type { StatusState } from './status-state.js';

/**
 * The context through which `<itc-status-provider>` gives its StatusState to the elements inside it.
 * A string key (not a Symbol) so that two copies of the script on one page still understand each other.
 */
export const statusContext = createContext<StatusState>('itc-status-state');
