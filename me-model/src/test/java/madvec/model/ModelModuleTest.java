package madvec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the module's name (tests run on the module path) and its layering. */
class ModelModuleTest {
    private static final Set<String> ABOVE = Set.of("madvec.api", "madvec.cli", "madvec.bench");

    @Test
    void runsAsItsNamedModuleAndReadsNothingAboveIt() {
        Module self = ModelModuleTest.class.getModule();
        assertEquals("madvec.model", self.getName(), "tests must run on the module path");
        for (String upper : ABOVE) {
            if (!upper.equals(self.getName())) {
                ModuleLayer.boot().findModule(upper).ifPresent(m -> assertTrue(!self.canRead(m), "reads " + upper));
            }
        }
    }
}
