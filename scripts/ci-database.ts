// Used by .ci/run: `create` makes a fresh, uniquely named database on the Postgres at
// 127.0.0.1:5432 and prints its URL; `drop <url>` removes it. Exit 3 when no server answers.
import postgres from 'postgres';

const ADMIN_URL = process.env.JOBSMITH_CI_PG_ADMIN ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const [command, arg] = process.argv.slice(2);
const admin = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });

try {
  if (command === 'create') {
    const name = `jobsmith_ci_${Date.now()}_${process.pid}`;
    try {
      await admin.unsafe(`create database ${name}`);
    } catch (error) {
      console.error(`no usable Postgres at ${new URL(ADMIN_URL).host}: ${error instanceof Error ? error.message : error}`);
      process.exitCode = 3;
    }
    if (process.exitCode !== 3) {
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      console.log(url.href);
    }
  } else if (command === 'drop' && arg) {
    const name = new URL(arg).pathname.slice(1);
    if (!/^jobsmith_ci_\d+_\d+$/.test(name)) throw new Error(`refusing to drop ${name}: not a CI database`);
    await admin.unsafe(`drop database if exists ${name} with (force)`);
  } else {
    console.error('usage: node scripts/ci-database.ts create | drop <url>');
    process.exitCode = 2;
  }
} finally {
  await admin.end({ timeout: 2 });
}
