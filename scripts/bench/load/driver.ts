// A child process that puts the mixed load on the API at argv[2] and prints its figures as
// JSON: the load generator does not share the event loop of the app it measures.
import { prepareVirtualUsers } from './load-users';
import { startMixedLoad } from './mixed-load';

const [api, users, seconds, prefix, thinkMs] = process.argv.slice(2);
const virtualUsers = await prepareVirtualUsers(api!, Number(users));
const load = startMixedLoad({
  url: new URL(api!).origin,
  users: virtualUsers,
  seconds: Number(seconds),
  prefix: prefix!,
  thinkMs: Number(thinkMs),
});
process.send?.({ started: true });
process.on('SIGTERM', () => load.stop());
console.log(JSON.stringify(await load.done));
process.exit(0);
