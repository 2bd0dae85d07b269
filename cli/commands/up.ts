import { planCommand } from "./plan-command";

export const run = planCommand("up", "Applies the architecture to the CRMs of the stack (pulumi up), then prints what changed.", (stack, progress) => stack.up({ refresh: true, progress }));
