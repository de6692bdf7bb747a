/**
 * UFO formulas compiled: expression trees over slots ({@code Formula}, built by
 * {@code FormulaCompiler}) and their flattened register program ({@code FormulaTape}), evaluated in
 * complex dual arithmetic. Internal to the module.
 */
package madvec.ufo.formula;
