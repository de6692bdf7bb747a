package madvec.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The protocol's data as records: what {@link InferCodec} reads and writes. */
final class Tensors {
    private Tensors() {}

    /**
     * A request input, its data converted to doubles, row-major.
     *
     * @param datatype as sent (FP64 or FP32; others are refused while reading)
     */
    record Input(String name, String datatype, long[] shape, double[] data) {
        long elements() {
            long n = 1;
            for (long s : shape) n *= s;
            return n;
        }

        String shapeText() {
            return Arrays.toString(shape);
        }
    }

    /** An output the request asks for; {@code binary}: in the binary section rather than as JSON numbers. */
    record Wanted(String name, boolean binary) {}

    /**
     * A parsed inference request.
     *
     * @param parameters the request's parameters (numbers as Double, strings, booleans)
     * @param outputs empty when the request names none
     * @param binaryOutputs the request parameter {@code binary_data_output}: every output binary by default
     */
    record Request(String id, Map<String, Object> parameters, List<Input> inputs, List<Wanted> outputs,
                   boolean binaryOutputs) {}

    /** An FP64 output, row-major. */
    record Output(String name, long[] shape, double[] data, boolean binary) {}
}
