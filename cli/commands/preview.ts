import { planCommand } from "./plan-command";

export const run = planCommand("preview", "Shows what `bowtie up` would change in the CRMs of the stack.", (stack, progress) => stack.preview({ refresh: true, progress }));
