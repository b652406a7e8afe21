// Node harnesses record their figures here; see scripts/figures.mjs.
export { recordFigure } from '../../../scripts/figures.mjs';
