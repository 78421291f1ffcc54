package org.magicref.records;

import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Records handed over, in batches and in their order, to work done on a thread of its own while
 * the reading goes on: a million citations are checked and grouped by document in the time they
 * take to read, on this machine's second core. Fewer records than one batch start no thread: the
 * work is done on the caller's, when it asks for the end.
 */
final class HandOver<T> implements AutoCloseable {
    private static final int BATCH = 4096;

    private final Consumer<? super T> work;
    private final BlockingQueue<Object[]> batches = new LinkedBlockingQueue<>();
    private Object[] batch = new Object[BATCH];
    private int filled;
    private Thread thread;
    private volatile Throwable failure;

    /** Work to be done on each record, in their order, on one thread. */
    HandOver(Consumer<? super T> work) {
        this.work = work;
    }

    /** Hands over the next record. */
    void add(T record) {
        batch[filled++] = record;
        if (filled == BATCH) {
            if (thread == null) {
                thread = new Thread(this::workOnBatches, "magicref-hand-over");
                thread.setDaemon(true);
                thread.start();
            }
            rethrowFailure();
            batches.add(batch);
            batch = new Object[BATCH];
            filled = 0;
        }
    }

    /** Waits until the work on every record handed over is done; a failure of the work is thrown here. */
    @SuppressWarnings("unchecked")
    void finish() {
        if (thread == null) {
            for (int i = 0; i < filled; i++) {
                work.accept((T) batch[i]);
            }
            filled = 0;
            return;
        }
        if (filled > 0) {
            batches.add(Arrays.copyOf(batch, filled));
        }
        batches.add(new Object[0]);
        awaitThread();
        rethrowFailure();
    }

    /** A failure of the work, thrown on the reading's thread. */
    private void rethrowFailure() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private void workOnBatches() {
        try {
            Object[] next;
            while ((next = batches.take()).length > 0) {
                for (Object record : next) {
                    work.accept((T) record);
                }
            }
        } catch (InterruptedException e) {
            // the reading gave up: the work is not wanted
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /**
     * Stops the work where the reading gave up before {@link #finish()}, and waits for it to stop: a
     * reading that ran out of memory gets back what the work held before it reports the failure.
     */
    @Override
    public void close() {
        if (thread != null && thread.isAlive()) {
            batches.clear();
            thread.interrupt();
            awaitThread();
        }
    }

    private void awaitThread() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
