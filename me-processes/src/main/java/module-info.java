/**
 * Process programs as data and their executor: a {@link madvec.processes.Program} (operations, colour
 * terms, helicities; comparable by value, with a text form), its immutable
 * {@link madvec.processes.ProgramPlan} per set of derivative directions, the
 * {@link madvec.processes.Bindings} of one parameter point, and per-thread
 * {@link madvec.processes.Workspace}s that run it. A model enters only through
 * {@link madvec.processes.ModelPoint}.
 */
module madvec.processes {
    requires transitive madvec.autodiff;
    requires transitive madvec.helas;
    requires madvec.rambo;
    requires madvec.simd;

    exports madvec.processes;
}
