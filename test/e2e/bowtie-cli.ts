import { spawn } from "node:child_process";
import * as path from "node:path";
import { projectRoot } from "../../cli/pulumi/toolchain";
import type { E2EStack } from "./harness";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `bin/bowtie <command> -s e2e -C <workspace> …` in a child process, as a user or a CI job does. */
export function runBowtie(e2e: E2EStack, command: string, ...args: string[]): Promise<Run> {
  return runBowtieArgs(e2e, [command, "-s", "e2e", "-C", e2e.workDir, ...args]);
}

/** Runs `bin/bowtie` with exactly `argv`, in the e2e workspace's environment. */
export function runBowtieArgs(e2e: E2EStack, argv: string[]): Promise<Run> {
  return runBowtieIn({ ...process.env, ...e2e.env }, argv);
}

/** Runs `bin/bowtie` with exactly `argv` and exactly `env`, from the repository root. */
export function runBowtieIn(env: NodeJS.ProcessEnv, argv: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, "bin", "bowtie"), argv, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
