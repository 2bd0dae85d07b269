import { planCommand } from "./plan-command";

export const run = planCommand("preview", "Shows what `bowtie up` would change in the CRMs of the stack.", (stack, refresh) => stack.preview({ refresh }));
