/**
 * `bowtie <command>`: one small module per command, each exporting `run(argv): Promise<exit code>`.
 */
type Command = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const commands: Record<string, Command> = {
  demo: { summary: "run the whole story against the local sandboxes (lint, preview, up, an admin's change, drift)", load: () => import("./commands/demo") },
  lint: { summary: "check an architecture against the governance rules", load: () => import("./commands/lint") },
  docs: { summary: "generate the Definition Alignment Document, Stage Reference Card and bow tie diagram", load: () => import("./commands/docs") },
  sandbox: { summary: "start | stop | reset | status the local Salesforce and HubSpot sandboxes", load: () => import("./commands/sandbox") },
  preview: { summary: "show what `up` would change in the CRMs of a stack", load: () => import("./commands/preview") },
  up: { summary: "apply the architecture to the CRMs of a stack", load: () => import("./commands/up") },
  drift: { summary: "compare the live CRMs with the architecture (exit 0 none, 2 drift, 1 error)", load: () => import("./commands/drift") },
  "pr-comment": { summary: "the preview as a Markdown pull-request comment", load: () => import("./commands/pr-comment") },
  import: { summary: "write the architecture module that reproduces a live CRM", load: () => import("./commands/import") },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: bowtie <command> [options]\n\ncommands:\n${lines.join("\n")}\n\nRun \`bowtie <command> --help\` for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`bowtie: unknown command '${name}'\n\n${usage()}`);
    return 1;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bowtie: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
