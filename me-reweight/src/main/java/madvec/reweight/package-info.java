/**
 * Reweighting event samples: {@link madvec.reweight.ReweightCard} (MadGraph's reweight_card syntax),
 * {@link madvec.reweight.ProcCard} (the {@code <MG5ProcCard>} of an LHE header), the
 * {@link madvec.reweight.Dispatcher} of events to subprocesses, the {@link madvec.reweight.Reweighter}
 * and its mergeable {@link madvec.reweight.ReweightSummary}.
 */
package madvec.reweight;
