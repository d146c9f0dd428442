package org.unionaid.domain.shared;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Handing items from a producer to a consumer on two threads through a small bounded queue, so that on two
 * cores one half of a use case's work runs while the other waits on PostgreSQL. One side runs on the caller's
 * thread — the one that holds the transaction, so the side that uses it belongs there — and the other on a new
 * thread, which has ended whenever a hand-off returns or throws.
 *
 * <p>The consumer takes the items one at a time, in the order the producer handed them. When {@code capacity}
 * items wait in the queue the producer waits too, so a fast producer holds no more than that in memory. The
 * first failure on either side ends the hand-off: the new thread is interrupted and stops — as a producer, its
 * next hand-over throws — and the caller gets the failure as it was thrown (one thrown on the new thread as an
 * {@link Error} or a checked exception, inside an {@link IllegalStateException}). A producer must let its
 * sink's exceptions pass.
 */
public final class HandOff {

    /** One side of a hand-off: hands its items (never null), in order, to {@code sink}. */
    @FunctionalInterface
    public interface Producer<T> {

        void produce(Consumer<T> sink);
    }

    /** The end of the stream: the producer has handed over everything. */
    private static final Object END = new Object();

    /** What ended a producer on the new thread, for the caller to throw. */
    private record Failure(Throwable cause) {
    }

    /** Thrown into a producer on the new thread once the caller has stopped taking its items. */
    private static final class Stopped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final String name;
    private final BlockingQueue<Object> queue;
    /** The caller no longer takes items: the producer on the new thread stops. */
    private volatile boolean stopped;
    /** What ended a consumer on the new thread, for the caller's producer to throw. */
    private volatile Throwable failure;

    private HandOff(String name, int capacity) {
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * Runs {@code producer} on a new thread named {@code threadName} and {@code consumer} on the caller's, with
     * at most {@code capacity} items waiting between them; returns once the consumer has taken the last item.
     */
    public static <T> void threadProduces(String threadName, int capacity, Producer<T> producer,
            Consumer<? super T> consumer) {
        new HandOff(threadName, capacity).produceOnThread(producer, consumer);
    }

    /**
     * Runs {@code producer} on the caller's thread and {@code consumer} on a new thread named
     * {@code threadName}, with at most {@code capacity} items waiting between them; returns once the consumer
     * has handled the last item, everything it did visible to the caller.
     */
    public static <T> void threadConsumes(String threadName, int capacity, Producer<T> producer,
            Consumer<? super T> consumer) {
        new HandOff(threadName, capacity).consumeOnThread(producer, consumer);
    }

    @SuppressWarnings("unchecked")
    private <T> void produceOnThread(Producer<T> producer, Consumer<? super T> consumer) {
        Thread thread = start(() -> {
            try {
                producer.produce(this::handOver);
                handOver(END);
            } catch (Stopped stopped) {
                // the caller stopped taking: nobody waits for the rest
            } catch (Throwable refusal) {
                // Whatever ends the producer must reach the caller, or it would wait for ever.
                try {
                    handOver(new Failure(refusal));
                } catch (Stopped stopped) {
                    // the caller stopped taking already
                }
            }
        });
        try {
            for (Object next = take(); next != END; next = take()) {
                if (next instanceof Failure ended) {
                    throw unchecked(ended.cause());
                }
                consumer.accept((T) next);
            }
        } finally {
            // A producer still handing on items after a failure here must not wait for ever.
            stopped = true;
            thread.interrupt();
            awaitEnd(thread);
        }
    }

    /** On the producer's thread: waits while the queue is full, and stops once the caller has stopped. */
    private void handOver(Object item) {
        if (stopped) {
            throw new Stopped();
        }
        try {
            queue.put(item);
        } catch (InterruptedException interrupted) {
            throw new Stopped();
        }
    }

    /** On the caller's thread. */
    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", interrupted);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void consumeOnThread(Producer<T> producer, Consumer<? super T> consumer) {
        Thread thread = start(() -> {
            try {
                for (Object next = queue.take(); next != END; next = queue.take()) {
                    if (failure == null) {
                        try {
                            consumer.accept((T) next);
                        } catch (Throwable refusal) {
                            failure = refusal;
                        }
                    }
                    // After a failure the items still queued are taken and dropped, so the producer never waits.
                }
            } catch (InterruptedException interrupted) {
                // the producer failed: nothing more will come
            }
        });
        try {
            producer.produce(this::put);
            put(END);
            awaitEnd(thread);
        } finally {
            // When the producer failed, the consumer waits for items that will not come.
            thread.interrupt();
            awaitEnd(thread);
        }
        if (failure != null) {
            throw unchecked(failure);
        }
    }

    /** On the caller's thread: waits while the queue is full; after the consumer's failure, throws it. */
    private void put(Object item) {
        if (failure != null) {
            // Stop producing: the work is refused anyway.
            throw unchecked(failure);
        }
        try {
            queue.put(item);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", interrupted);
        }
    }

    private Thread start(Runnable work) {
        Thread thread = new Thread(work, name);
        // Never keeps the JVM alive on its own: its hand-off waits for it anyway.
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits for the thread to end even when interrupted (the interrupt is kept): no thread outlives its hand-off. */
    private static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private RuntimeException unchecked(Throwable cause) {
        return cause instanceof RuntimeException refusal ? refusal : new IllegalStateException(name + " failed", cause);
    }
}
