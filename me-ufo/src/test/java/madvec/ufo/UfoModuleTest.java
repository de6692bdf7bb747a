package madvec.ufo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's name (tests run on the module path), its exports and its layering. */
class UfoModuleTest {
    @Test
    void exportsOnlyItsApiAndRequiresNothingAboveTheExecutor() {
        Module self = UfoModuleTest.class.getModule();
        assertEquals("madvec.ufo", self.getName(), "tests must run on the module path");
        ModuleDescriptor d = self.getDescriptor();
        Set<String> exports = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("madvec.ufo"), exports, "the Python reader stays internal");
        Set<String> requires = d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        for (String upper : Set.of("madvec.generator", "madvec.api", "madvec.cli", "madvec.serve", "madvec.events")) {
            assertTrue(!requires.contains(upper), "requires " + upper);
        }
        assertTrue(requires.containsAll(Set.of("madvec.autodiff", "madvec.model", "madvec.processes")), requires.toString());
    }
}
