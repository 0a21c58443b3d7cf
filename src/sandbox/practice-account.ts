/** The practice account's password: the mock checks it, the Manager shows it where it is asked for. */
export const demoPassword = 'practice-2026';
