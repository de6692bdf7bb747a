/**
 * The Spark job that reweights Les Houches event samples across a cluster: one compiled reweighter per
 * executor JVM, one task per event file, Parquet out. Runs on the class path; nothing else in madvec
 * depends on it, so Spark stays out of the library modules and the CLI.
 */
package madvec.spark;
