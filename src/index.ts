import './runtime-tuning.ts';
import { run } from './main.ts';

await run();
