package madvec.generator;

import java.util.function.Function;
import madvec.autodiff.ComplexDualScalar;
import madvec.model.StandardModel;

/**
 * A vertex coupling of the Standard Model's vertex table: its name (programs refer to couplings by
 * name) and how it follows from the model's parameters, in dual arithmetic so that it carries the
 * model's tangents.
 *
 * @param name a readable, unique name, e.g. {@code "G.quark"} or {@code "Z.e-.left"}
 * @param value the coupling as a function of the model
 */
public record Coupling(String name, Function<StandardModel, ComplexDualScalar> value) {}
