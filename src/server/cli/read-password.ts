import { createInterface } from 'node:readline';

/** All of standard input, without its final line break (`--password-stdin`). */
export async function passwordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks for a password at the terminal without showing what is typed. */
export function promptPassword(question: string): Promise<string> {
  return new Promise((resolve) => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = terminal as unknown as { _writeToOutput: (text: string) => void };
    let asked = false;
    output._writeToOutput = (text: string) => {
      // Show the question once, then nothing of what is typed.
      if (!asked) {
        process.stdout.write(text);
        asked = true;
      }
    };
    terminal.question(question, (answer) => {
      process.stdout.write('\n');
      terminal.close();
      resolve(answer);
    });
  });
}
