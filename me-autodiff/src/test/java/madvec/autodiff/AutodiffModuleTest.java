package madvec.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tests run inside the named module, which reads no module above it in the layering. */
class AutodiffModuleTest {
    private static final Set<String> ABOVE = Set.of("madvec.api", "madvec.cli", "madvec.bench");

    @Test
    void runsAsItsNamedModuleAndReadsNothingAboveIt() {
        Module self = AutodiffModuleTest.class.getModule();
        assertEquals("madvec.autodiff", self.getName(), "tests must run on the module path");
        for (String upper : ABOVE) {
            if (!upper.equals(self.getName())) {
                ModuleLayer.boot().findModule(upper).ifPresent(m -> assertTrue(!self.canRead(m), "reads " + upper));
            }
        }
    }
}
