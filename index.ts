/** Entry point of `pulumi up` / `pulumi preview`: the stack outputs are whatever the program returns. */
import { program } from "./stacks";

export = program();
