/**
 * Phase-space channels for resonances: the s-channel propagators of a program, grouped per diagram
 * into channels, and each channel's map from the hypercube to momenta through Breit-Wigner mappings.
 */
package madvec.events.channels;
