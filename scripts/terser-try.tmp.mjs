import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { bundleResolve } from '../rollup.config.mjs';
const variants = JSON.parse(process.argv[2]);
for (const [name, opts] of Object.entries(variants)) {
  const b = await rollup({ input: 'src/itc-status.ts', plugins: [bundleResolve(), typescript({ tsconfig: './tsconfig.build.json', compilerOptions: { declaration: false, noEmit: false, outDir: undefined } }), terser(opts)] });
  const { output } = await b.generate({ format: 'iife' });
  const code = output[0].code;
  console.log(name.padEnd(30), code.length, gzipSync(code, { level: 9 }).length, brotliCompressSync(code).length);
}
