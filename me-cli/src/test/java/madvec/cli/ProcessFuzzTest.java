package madvec.cli;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Process strings of random tokens through {@code diagrams}: the contract holds. */
class ProcessFuzzTest {
    static final AtomicInteger CASES = new AtomicInteger();
    private static final List<String> TOKENS = List.of("e+", "e-", "mu+", "mu-", "u", "u~", "d~", "g", "a", "z", "w+",
            "h", "t", "t~", "b", "ta-", "ve", "j", ">", ">", ",", "/", "$", "(", ")", "QCD=0", "QED=2", "QCD=", "@1",
            "foo", "gg_tt", "", "~", "=");

    @Property(seed = "20250115")
    void anyProcessStringKeepsTheContract(@ForAll("processes") String process) {
        CASES.incrementAndGet();
        FuzzContract.run("", List.of("diagrams", "--process", process));
    }

    @Provide
    Arbitrary<String> processes() {
        // at most 6 tokens: a long final state is a size guard's business, not a parser's, and slow
        return Arbitraries.of(TOKENS).list().ofMaxSize(6).map(l -> String.join(" ", l));
    }

    @AfterContainer
    static void report() {
        System.out.println("ProcessFuzzTest: " + CASES.get() + " cases");
    }
}
