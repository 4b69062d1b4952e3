import { serveStack } from './serve-stack.js';

// `npm start`: the whole stack on localhost with the offline planner, until Ctrl-C or SIGTERM.
await serveStack();
