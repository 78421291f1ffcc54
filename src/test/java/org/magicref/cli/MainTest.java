package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class MainTest {
    /** A run that leaves a thread of its own running ends through System.exit, not by returning (the JVM would wait for it). */
    @Test
    void aRunningThreadOfItsOwnIsNoticed() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        try {
            assertFalse(Main.alone());
        } finally {
            done.countDown();
            worker.join();
        }
    }

    @Test
    void aFailedWriteIsAnIoErrorAndAClosedPipeIsNot() {
        StringWriter said = new StringWriter();
        assertEquals(ExitCodes.IO, Main.outputLost(new IOException("No space left on device"), ExitCodes.OK, new PrintWriter(said, true)));
        assertEquals("magicref: cannot write the output: No space left on device", said.toString().strip());
        assertEquals(ExitCodes.OK, Main.outputLost(new IOException("Broken pipe"), ExitCodes.OK, new PrintWriter(new StringWriter())));
    }
}
