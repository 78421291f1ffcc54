package org.magicref.citation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.magicref.Skip;

/** Node.js and an npm package the tests compare with; a test without them is skipped, saying how to install them. */
final class Node {
    private Node() {
    }

    static void require(Path module, String name, String packages) {
        Skip.unless(Files.isDirectory(module) && available(), name + " is not installed at " + module.toAbsolutePath()
                + " (npm install --prefix target/js " + packages + "; .ci/run installs it)");
    }

    private static boolean available() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
