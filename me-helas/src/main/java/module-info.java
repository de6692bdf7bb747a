/**
 * Helicity-amplitude kernels (external wavefunctions, vertex structures, propagators, contractions and
 * the colour sum), each a facade over a SIMD kernel and its plain-Java twin. The kernels are engine
 * internals, exported only to the program executor and the benchmarks; the wavefunction
 * classification appears in programs and is public.
 */
module madvec.helas {
    requires madvec.simd;
    requires static jdk.incubator.vector;

    exports madvec.helas;
    exports madvec.helas.kernels to madvec.processes, madvec.bench;
    // the single-precision kernels, generated at build time from the double ones
    exports madvec.helas.kernels.f32 to madvec.processes, madvec.bench;
}
