/**
 * Phase space at fixed sqrt(s): RAMBO on diet (invertible, differentiable, batched over SIMD lanes) and
 * classic RAMBO, hypercube to momenta and back with the phase-space weight, plus analytic volumes.
 */
package madvec.rambo;
