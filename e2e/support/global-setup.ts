import type { TestProject } from 'vitest/node';
import './provided.js';
import { startServer } from './server.js';

/** One server for the whole e2e run; its URL reaches the tests through `inject('baseURL')`. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('baseURL', server.baseURL);
  project.provide('databaseKind', server.databaseKind);
  return async () => {
    await server.stop();
  };
}
