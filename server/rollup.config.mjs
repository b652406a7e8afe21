// The desk's script: one ES module with Lit and the core bundled, minified, served at
// /desk/assets/desk.js. Built after the server's own TypeScript (npm run build).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'desk-app/desk.ts',
  output: { file: 'dist/desk-app/desk.js', format: 'es', sourcemap: false },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript({ tsconfig: './desk-app/tsconfig.json', compilerOptions: { noEmit: false, outDir: undefined, declaration: false } }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
