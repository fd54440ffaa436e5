package org.activationdesk.platform.windows.wmi;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.WindowsCallException;

/**
 * The one thread all COM calls run on, so COM is initialised once for it, and every call gets a time limit even where
 * COM has none ({@code ExecMethod} blocks). A call that runs out of time fails with {@link WmiGateway#TIMEOUT}; its
 * thread is left behind (a blocked COM call cannot be cancelled) and the next call starts on a fresh one.
 */
final class ComThread implements AutoCloseable {

    /** HRESULT_FROM_WIN32(ERROR_CANCELLED) */
    static final int CANCELLED = 0x800704C7;

    private final Runnable initializer;
    private final BiFunction<String, Throwable, WindowsCallException> errors;
    private ExecutorService worker;

    /**
     * @param initializer runs first on every new thread (COM initialisation)
     * @param errors      turns what a task threw into the bridge's exception
     */
    ComThread(Runnable initializer, BiFunction<String, Throwable, WindowsCallException> errors) {
        this.initializer = initializer;
        this.errors = errors;
    }

    <T> T run(String call, Duration timeout, Callable<T> task) throws WindowsCallException {
        Future<T> future = worker().submit(task);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            abandon();
            throw new WindowsCallException(call, new Hresult(WmiGateway.TIMEOUT), stillRunning);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new WindowsCallException(call, new Hresult(CANCELLED), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WindowsCallException known) {
                throw known;
            }
            throw errors.apply(call, e.getCause());
        }
    }

    private synchronized ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(loop -> {
                Thread thread = new Thread(() -> {
                    initializer.run();
                    loop.run();
                }, "activation-desk-wmi");
                thread.setDaemon(true);
                return thread;
            });
        }
        return worker;
    }

    private synchronized void abandon() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    @Override
    public void close() {
        abandon();
    }
}
