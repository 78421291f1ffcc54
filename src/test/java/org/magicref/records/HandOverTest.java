package org.magicref.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HandOverTest {
    private final List<Integer> done = new ArrayList<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    private HandOver<Integer> recording() {
        return new HandOver<>(n -> {
            threads.add(Thread.currentThread());
            done.add(n);
        });
    }

    @Test
    void fewRecordsAreWorkedOnTheCallersThreadAtTheEnd() {
        try (HandOver<Integer> h = recording()) {
            IntStream.range(0, 100).forEach(h::add);
            assertTrue(done.isEmpty(), "nothing is done before the end");
            h.finish();
        }
        assertEquals(IntStream.range(0, 100).boxed().toList(), done);
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void manyRecordsAreWorkedInTheirOrderOnAThreadOfTheirOwn() {
        for (int n : new int[] {4096, 4097, 50_000}) {
            done.clear();
            threads.clear();
            try (HandOver<Integer> h = recording()) {
                IntStream.range(0, n).forEach(h::add);
                h.finish();
            }
            assertEquals(IntStream.range(0, n).boxed().toList(), done, n + " records");
            assertEquals(1, threads.size());
            Thread worker = threads.iterator().next();
            assertNotSame(Thread.currentThread(), worker);
            assertFalse(worker.isAlive(), "the thread ends with the work");
        }
    }

    @Test
    void aFailureOfTheWorkIsThrownOnTheReadersThread() {
        IllegalStateException thrown = new IllegalStateException("record 5000");
        try (HandOver<Integer> h = new HandOver<>(n -> {
            if (n == 5000) {
                throw thrown;
            }
        })) {
            IntStream.range(0, 10_000).forEach(h::add);
            assertSame(thrown, assertThrows(IllegalStateException.class, h::finish));
        }
    }

    /** A reading that gives up stops the work: what is left of the batch in hand is done, no other. */
    @Test
    void closingBeforeTheEndStopsTheWork() {
        HandOver<Integer> h = new HandOver<>(n -> {
            threads.add(Thread.currentThread());
            done.add(n);
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        });
        IntStream.range(0, 3 * 4096).forEach(h::add);
        while (threads.isEmpty()) {
            Thread.onSpinWait();
        }
        h.close();
        assertFalse(threads.iterator().next().isAlive(), "the thread is stopped when close returns");
        assertEquals(IntStream.range(0, done.size()).boxed().toList(), done);
        assertTrue(done.size() <= 4096, done.size() + " records worked");
    }
}
