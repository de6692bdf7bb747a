/**
 * SLHA parameter cards and the Standard Model parameters in lane-uniform dual arithmetic.
 */
package madvec.model;
