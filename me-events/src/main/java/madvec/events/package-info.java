/**
 * Cross sections and their gradients by adaptive integration over the hypercube; analytic Born cross
 * sections; unweighted events with helicities and colour flows (LHE); gold data for simulation-based inference.
 */
package madvec.events;
