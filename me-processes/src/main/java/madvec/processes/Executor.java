package madvec.processes;

/**
 * What the public API needs of a per-thread executor of a {@link ProgramPlan}, whatever its
 * precision: {@link Workspace} (double) and {@code FloatWorkspace} (float or mixed, generated from it)
 * both provide it. Inputs and outputs are double in every precision; the conversion happens inside.
 */
public interface Executor {
    /** See {@link Workspace#evaluate(Bindings, double[][], int, int, double[])}. */
    void evaluate(Bindings point, double[][] momenta, int stride, int lanes, double[] me);

    /** See {@link Workspace#evaluate(Bindings, double[][], int, int, double[], int[][])}. */
    void evaluate(Bindings point, double[][] momenta, int stride, int lanes, double[] me, int[][] helicities);

    /** See {@link Workspace#evaluateDetailed}. */
    void evaluateDetailed(Bindings point, double[][] momenta, int stride, int lanes, double[] me, double[] helicityMe,
            double[] flowSquares);
}
