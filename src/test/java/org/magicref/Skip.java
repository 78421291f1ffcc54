package org.magicref;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Skips a test whose condition is missing, and says why on the console (once a reason), not only in the reports. */
public final class Skip {
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    private Skip() {
    }

    public static void unless(boolean condition, String reason) {
        if (!condition && SAID.add(reason)) {
            System.err.println("magicref tests: skipped: " + reason);
        }
        assumeTrue(condition, "skipped: " + reason);
    }
}
