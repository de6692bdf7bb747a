package madvec.spark;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the job's two Parquet tables.
 *
 * <p>{@code events}: one row per input event, in input order within each file:
 * {@code file_index} (position of the file in the input list), {@code file} (its path), {@code event}
 * (number in the file, from 1, as the single-machine command counts), {@code original_weight} (XWGTUP),
 * {@code weights} (one per weight id, in the reweight card's order) and {@code derivatives} (for each
 * weight id, the derivative with respect to each {@code --grad} parameter: index
 * {@code w * grads + g}) and {@code problem} (null, or with {@code --skip-bad} why the event was not
 * reweighted: its weights are then zero). The ids are in the array columns' metadata (key {@code ids}) and in the
 * summary table, so the file describes itself.
 *
 * <p>{@code summary}: one row for the original weights, one per new weight id and one per derivative, in
 * the order of the single-machine command's table: {@code id} (as in an LHE {@code <rwgt>} block:
 * {@code rwgt_1}, {@code rwgt_1_d_mass.6}; {@code original}), {@code point} (the weight id a derivative
 * belongs to), {@code parameter} (null but for a derivative), {@code sigma_pb} (the cross section, or
 * its derivative, pb per unit of the parameter), {@code error_pb} (its statistical error),
 * {@code events} and {@code not_reweighted} (the counts behind it).
 */
final class EventSchema {
    static final String FILE_INDEX = "file_index";
    static final String FILE = "file";
    static final String EVENT = "event";
    static final String ORIGINAL_WEIGHT = "original_weight";
    static final String WEIGHTS = "weights";
    static final String DERIVATIVES = "derivatives";
    static final String PROBLEM = "problem";

    private EventSchema() {}

    /**
     * The events table.
     *
     * @param weightIds the weight ids, in column order
     * @param derivativeIds the derivative ids, in column order
     * @return its schema
     */
    static StructType events(List<String> weightIds, List<String> derivativeIds) {
        return new StructType()
                .add(FILE_INDEX, DataTypes.IntegerType, false)
                .add(FILE, DataTypes.StringType, false)
                .add(EVENT, DataTypes.LongType, false)
                .add(ORIGINAL_WEIGHT, DataTypes.DoubleType, false)
                .add(WEIGHTS, DataTypes.createArrayType(DataTypes.DoubleType, false), false, ids(weightIds))
                .add(DERIVATIVES, DataTypes.createArrayType(DataTypes.DoubleType, false), false, ids(derivativeIds))
                .add(PROBLEM, DataTypes.StringType, true);
    }

    /** @return the summary table's schema */
    static StructType summary() {
        return new StructType()
                .add("id", DataTypes.StringType, false)
                .add("point", DataTypes.StringType, false)
                .add("parameter", DataTypes.StringType, true)
                .add("sigma_pb", DataTypes.DoubleType, false)
                .add("error_pb", DataTypes.DoubleType, false)
                .add("events", DataTypes.LongType, false)
                .add("not_reweighted", DataTypes.LongType, false);
    }

    private static Metadata ids(List<String> ids) {
        return new MetadataBuilder().putStringArray("ids", ids.toArray(String[]::new)).build();
    }
}
