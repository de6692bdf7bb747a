package madvec.processes.program;

import java.util.function.Function;
import madvec.autodiff.ComplexDualScalar;
import madvec.model.StandardModel;

/**
 * A vertex coupling of a program: its name (for messages and listings) and how it follows from the
 * model's parameters, in dual arithmetic so that it carries the model's tangents.
 *
 * @param name a readable name, e.g. {@code "gs"} or {@code "Z.l.left"}
 * @param value the coupling as a function of the model
 */
public record CouplingSpec(String name, Function<StandardModel, ComplexDualScalar> value) {}
