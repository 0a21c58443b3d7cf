/**
 * `npm run staff -- add <email> --role admin`, `… add <email> --services kdrive,mail [--guides]`,
 * `… add <email> --guides` (a writer), `… remove <email>`, `… list`. The password is asked at the
 * prompt, or read from standard input with `--password-stdin`. Works while the service runs, on
 * the same database (DATA_DIR / DATABASE_URL). Adding an email that exists replaces its password
 * and rights, and ends its open sessions.
 */
import { parseArgs } from 'node:util';
import { StaffEmailSchema } from '../../api/staff.ts';
import { ConfigError, readConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { listStaff, removeStaff, saveStaff } from '../db/staff.ts';
import { hashPassword, minimumPasswordLength } from '../staff/passwords.ts';
import { allFeedbackServices, staffOf } from '../staff/permissions.ts';
import { passwordFromStdin, promptPassword } from './read-password.ts';
import { UsageError } from './usage.ts';

const usage = `Usage:
  npm run staff -- add <email> --role admin          every service, the guide answers and the insights
  npm run staff -- add <email> --services kdrive,mail the feedback of these services only
  npm run staff -- add <email> --guides              a writer: the guide answers (add --services for both)
  npm run staff -- remove <email>
  npm run staff -- list

  --password-stdin   read the password from standard input instead of asking for it

Service ids: ${allFeedbackServices.join(', ')}`;

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return passwordFromStdin();
  if (!process.stdin.isTTY) throw new UsageError('No terminal to ask for the password: pass it with --password-stdin.');
  const password = await promptPassword('Password: ');
  const again = await promptPassword('The same password again: ');
  if (password !== again) throw new UsageError('The two passwords differ: nothing was changed.');
  return password;
}

async function main(argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      services: { type: 'string' },
      guides: { type: 'boolean', default: false },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, emailArgument, ...rest] = positionals;
  if (values.help || !command) return usage;
  if (rest.length > 0) throw new UsageError(usage);
  const config = readConfig(process.env);

  if (command === 'list') {
    if (emailArgument) throw new UsageError(usage);
    const database = await openDatabase(config.storage);
    try {
      const rows = (await listStaff(database.db)).map(staffOf);
      if (rows.length === 0) return 'No staff accounts yet. Add one with: npm run staff -- add <email> --role admin';
      return rows
        .map((staff) => {
          const rights =
            staff.role === 'admin'
              ? 'admin'
              : [staff.services.length > 0 ? staff.services.join(',') : '', staff.guides ? 'guides' : '']
                  .filter(Boolean)
                  .join(' + ');
          return `${staff.email}\t${rights}`;
        })
        .join('\n');
    } finally {
      await database.close();
    }
  }

  const email = StaffEmailSchema.safeParse(emailArgument ?? '');
  if (!email.success) throw new UsageError(`"${emailArgument ?? ''}" is not an email address.\n\n${usage}`);

  if (command === 'remove') {
    const database = await openDatabase(config.storage);
    try {
      return (await removeStaff(database.db, email.data))
        ? `Removed ${email.data}; their sessions have ended.`
        : `There is no staff account ${email.data}.`;
    } finally {
      await database.close();
    }
  }

  if (command !== 'add') throw new UsageError(usage);
  const admin = values.role === 'admin';
  if (values.role !== undefined && values.role !== 'admin') {
    throw new UsageError(`--role can only be admin; a team member gets --services, a writer --guides.\n\n${usage}`);
  }
  const services = (values.services ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const unknown = services.filter((service) => !allFeedbackServices.includes(service));
  if (unknown.length > 0) throw new UsageError(`Unknown service: ${unknown.join(', ')}.\n\n${usage}`);
  if (admin && (services.length > 0 || values.guides)) {
    throw new UsageError('An admin already reads every service and the guide answers: drop --services and --guides.');
  }
  if (!admin && services.length === 0 && !values.guides) {
    throw new UsageError(`Say what they may read: --role admin, --services <ids> or --guides.\n\n${usage}`);
  }
  const password = await readPassword(values['password-stdin']);
  if ([...password].length < minimumPasswordLength) {
    throw new UsageError(`The password must have at least ${minimumPasswordLength} characters: nothing was changed.`);
  }
  const database = await openDatabase(config.storage);
  try {
    const outcome = await saveStaff(
      database.db,
      {
        email: email.data,
        passwordHash: await hashPassword(password),
        role: admin ? 'admin' : 'team',
        services,
        guides: values.guides,
      },
      new Date().toISOString(),
    );
    return outcome === 'added'
      ? `Added ${email.data}. They sign in at /inbox/.`
      : `Updated ${email.data}: new password and rights; their open sessions have ended.`;
  } finally {
    await database.close();
  }
}

try {
  console.log(await main(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`The command failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
