/**
 * Phase space: RAMBO and RAMBO on diet, hypercube to momenta and back, massive, weighted and differentiable.
 */
package madvec.rambo;
