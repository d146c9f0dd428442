package org.unionaid.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Both directions of a hand-off: the flow, each side's failure, back-pressure, and the thread's end. */
@Timeout(20)
class HandOffTest {

    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    @Nested
    class ThreadProduces {

        @Test
        void theCallerTakesEveryItemInOrderFromTheProducersThread() {
            Thread caller = Thread.currentThread();
            AtomicReference<Thread> producing = new AtomicReference<>();
            List<Integer> taken = new ArrayList<>();

            HandOff.<Integer>threadProduces("test-producer", 2, sink -> {
                producing.set(Thread.currentThread());
                HUNDRED.forEach(sink);
            }, item -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                taken.add(item);
            });

            assertThat(taken).isEqualTo(HUNDRED);
            assertThat(producing.get()).isNotSameAs(caller);
            assertThat(producing.get().getName()).isEqualTo("test-producer");
            assertThat(producing.get().isAlive()).isFalse();
        }

        @Test
        void theProducersFailureReachesTheCallerAsThrownAfterItsEarlierItems() {
            AtomicReference<Thread> producing = new AtomicReference<>();
            DomainException refusal = new DomainException("test.refused");
            List<Integer> taken = new ArrayList<>();

            assertThatThrownBy(() -> HandOff.<Integer>threadProduces("test-producer", 2, sink -> {
                producing.set(Thread.currentThread());
                sink.accept(1);
                sink.accept(2);
                throw refusal;
            }, taken::add)).isSameAs(refusal);

            assertThat(taken).containsExactly(1, 2);
            assertThat(producing.get().isAlive()).isFalse();
        }

        @Test
        void anErrorOnTheProducersThreadReachesTheCallerInsideAnIllegalStateException() {
            StackOverflowError error = new StackOverflowError();

            assertThatThrownBy(() -> HandOff.<Integer>threadProduces("test-producer", 2, sink -> {
                throw error;
            }, item -> {
            })).isInstanceOf(IllegalStateException.class).hasMessage("test-producer failed").hasCause(error);
        }

        @Test
        void theConsumersFailureStopsTheProducerAndItsThreadEnds() {
            AtomicReference<Thread> producing = new AtomicReference<>();
            AtomicReference<RuntimeException> producerSaw = new AtomicReference<>();
            IllegalArgumentException refusal = new IllegalArgumentException("item 3");

            assertThatThrownBy(() -> HandOff.<Integer>threadProduces("test-producer", 2, sink -> {
                producing.set(Thread.currentThread());
                try {
                    for (int i = 0; ; i++) {
                        sink.accept(i); // for ever, unless the hand-over throws
                    }
                } catch (RuntimeException stop) {
                    producerSaw.set(stop);
                    throw stop;
                }
            }, item -> {
                if (item == 3) {
                    throw refusal;
                }
            })).isSameAs(refusal);

            assertThat(producing.get().isAlive()).isFalse();
            assertThat(producerSaw.get()).isNotNull().isNotSameAs(refusal);
        }

        @Test
        void aProducerAheadOfItsConsumerWaitsOnceTheQueueIsFull() {
            int capacity = 2;
            AtomicReference<Thread> producing = new AtomicReference<>();
            AtomicInteger handedOver = new AtomicInteger();
            List<Integer> taken = new ArrayList<>();

            HandOff.<Integer>threadProduces("test-producer", capacity, sink -> {
                producing.set(Thread.currentThread());
                for (Integer item : HUNDRED) {
                    sink.accept(item);
                    handedOver.incrementAndGet();
                }
            }, item -> {
                if (item == 0) {
                    // The consumer holds the first item: the queue fills, and the producer waits on the next.
                    await(() -> producing.get().getState() == Thread.State.WAITING
                            && handedOver.get() == capacity + 1);
                    pause();
                    assertThat(handedOver.get()).isEqualTo(capacity + 1);
                }
                taken.add(item);
            });

            assertThat(taken).isEqualTo(HUNDRED);
            assertThat(producing.get().isAlive()).isFalse();
        }
    }

    @Nested
    class ThreadConsumes {

        @Test
        void theConsumerThreadHandlesEveryItemInOrderBeforeTheCallReturns() {
            Thread caller = Thread.currentThread();
            AtomicReference<Thread> consuming = new AtomicReference<>();
            List<Integer> handled = new ArrayList<>();

            HandOff.<Integer>threadConsumes("test-consumer", 2, sink -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                HUNDRED.forEach(sink);
            }, item -> {
                consuming.set(Thread.currentThread());
                handled.add(item);
            });

            // Read after the call without synchronisation: the consumer's thread has ended.
            assertThat(handled).isEqualTo(HUNDRED);
            assertThat(consuming.get()).isNotSameAs(caller);
            assertThat(consuming.get().getName()).isEqualTo("test-consumer");
            assertThat(consuming.get().isAlive()).isFalse();
        }

        @Test
        void theProducersFailureStopsTheWaitingConsumerAndItsThreadEnds() {
            AtomicReference<Thread> consuming = new AtomicReference<>();
            CountDownLatch handled = new CountDownLatch(1);
            DomainException refusal = new DomainException("test.refused");

            assertThatThrownBy(() -> HandOff.<Integer>threadConsumes("test-consumer", 2, sink -> {
                sink.accept(1);
                awaitQuietly(handled); // the consumer now waits for the next item
                throw refusal;
            }, item -> {
                consuming.set(Thread.currentThread());
                handled.countDown();
            })).isSameAs(refusal);

            assertThat(consuming.get().isAlive()).isFalse();
        }

        @Test
        void theConsumersFailureIsThrownIntoTheProducerWhichStopsAndTheThreadEnds() {
            AtomicReference<Thread> consuming = new AtomicReference<>();
            IllegalArgumentException refusal = new IllegalArgumentException("item 3");
            AtomicInteger handedOver = new AtomicInteger();

            assertThatThrownBy(() -> HandOff.<Integer>threadConsumes("test-consumer", 2, sink -> {
                for (int i = 0; ; i++) {
                    sink.accept(i); // for ever, unless the hand-over throws
                    handedOver.incrementAndGet();
                }
            }, item -> {
                consuming.set(Thread.currentThread());
                if (item == 3) {
                    throw refusal;
                }
            })).isSameAs(refusal);

            assertThat(consuming.get().isAlive()).isFalse();
            assertThat(handedOver.get()).isGreaterThanOrEqualTo(4);
        }

        @Test
        void aFailureAfterTheLastItemIsThrownWhenTheConsumerHasEnded() {
            IllegalArgumentException refusal = new IllegalArgumentException("the last item");

            assertThatThrownBy(() -> HandOff.<Integer>threadConsumes("test-consumer", 2, sink -> sink.accept(1),
                    item -> {
                        throw refusal;
                    })).isSameAs(refusal);
        }

        @Test
        void aProducerAheadOfItsConsumerWaitsOnceTheQueueIsFull() throws InterruptedException {
            int capacity = 2;
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger handedOver = new AtomicInteger();
            List<Integer> handled = new ArrayList<>();
            Thread caller = new Thread(() -> HandOff.<Integer>threadConsumes("test-consumer", capacity, sink -> {
                for (Integer item : HUNDRED) {
                    sink.accept(item);
                    handedOver.incrementAndGet();
                }
            }, item -> {
                if (item == 0) {
                    awaitQuietly(release);
                }
                handled.add(item);
            }), "test-caller");

            caller.start();
            // The consumer holds the first item: the queue fills, and the producer waits on the next.
            await(() -> caller.getState() == Thread.State.WAITING && handedOver.get() == capacity + 1);
            pause();
            assertThat(handedOver.get()).isEqualTo(capacity + 1);
            release.countDown();
            caller.join();

            assertThat(handedOver.get()).isEqualTo(HUNDRED.size());
            assertThat(handled).isEqualTo(HUNDRED);
        }
    }

    @Test
    void anInterruptedCallerStopsTheHandOffKeepsItsInterruptAndLeavesNoThread() {
        AtomicReference<Thread> producing = new AtomicReference<>();
        CountDownLatch never = new CountDownLatch(1);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> HandOff.<Integer>threadProduces("test-producer", 2, sink -> {
                producing.set(Thread.currentThread());
                awaitQuietly(never); // returns when interrupted
                sink.accept(1);
            }, item -> {
            })).isInstanceOf(IllegalStateException.class).hasMessage("test-producer interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(producing.get().isAlive()).isFalse();
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    /** Long enough for a producer that was not waiting to hand over one more item. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
