package madvec.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One checked request waiting for, or in, an evaluation: its inputs as API columns, the form and
 * parameter point it needs, and the future its answer completes.
 *
 * @param columns {@code [column][event]}: u coordinates, or the 4n momentum components
 * @param form the model's form ({@link Model#form}) the outputs need
 * @param point the request's parameter values (empty: the card's)
 * @param wanted the outputs, in the requested order
 */
record InferJob(Model model, String id, boolean momenta, double[][] columns, int events, int form,
                Map<String, Double> point, List<Tensors.Wanted> wanted, long enqueuedNanos,
                CompletableFuture<Result> future) {

    /** Jobs with equal keys can share one evaluation: the same matrix element and the same kind of input. */
    record Key(int form, boolean momenta, Map<String, Double> point) {}

    Key key() {
        return new Key(form, momenta, point);
    }

    /** The answer: outputs, or a refusal with its status and message. */
    record Result(List<Tensors.Output> outputs, int status, String error) {
        static Result ok(List<Tensors.Output> outputs) {
            return new Result(outputs, 200, null);
        }

        static Result failed(int status, String error) {
            return new Result(List.of(), status, error);
        }
    }
}
