package org.activationdesk.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.activationdesk.core.volume.BindReply;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeRecorder;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.core.volume.RpcBind;

/**
 * Probes one KMS endpoint with plain sockets: resolve, TCP connect, send the 72-byte bind, read one reply, close
 * (phone-rds-kms.md §5.6). Nothing is sent after the bind. The socket is a {@link SocketChannel}'s, so an interrupt
 * closes it at once; the whole probe stays within its time budget.
 */
final class KmsProbe {

    /** Name lookups cannot be interrupted or given a timeout; they run here and are waited for with one (NTP too). */
    static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "activation-desk-resolve");
        thread.setDaemon(true);
        return thread;
    });
    private static final int CALL_ID = 1;

    ProbeResult probe(KmsEndpoint endpoint, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ProbeRecorder record = new ProbeRecorder(endpoint);
        long start = System.nanoTime();
        if (isReservedInvalid(endpoint.host())) {
            // RFC 6761 §6.4: names under .invalid never resolve, and resolvers should say so without asking anyone.
            return record.unresolved(since(start), false, "RFC 6761 .invalid");
        }
        InetAddress address;
        Future<InetAddress> lookup = LOOKUPS.submit(() -> InetAddress.getByName(endpoint.host()));
        try {
            address = lookup.get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return record.unresolved(since(start), true, "");
        } catch (ExecutionException e) {
            String detail = e.getCause() instanceof UnknownHostException ? "no such host" : e.getCause().toString();
            return record.unresolved(since(start), false, detail);
        } finally {
            lookup.cancel(true);
        }
        record.resolved(address.getHostAddress(), since(start));
        return connectAndBind(record, new InetSocketAddress(address, endpoint.port()), timeout, deadline);
    }

    private ProbeResult connectAndBind(ProbeRecorder record, InetSocketAddress target, Duration timeout, long deadline)
            throws InterruptedException {
        try (SocketChannel channel = SocketChannel.open()) {
            Socket socket = channel.socket();
            long start = System.nanoTime();
            try {
                socket.connect(target, remainingMillis(deadline));
            } catch (ConnectException e) {
                return record.refused(since(start));
            } catch (SocketTimeoutException e) {
                return record.connectTimedOut(since(start), timeout, "");
            } catch (ClosedByInterruptException e) {
                throw e;
            } catch (IOException e) {
                // No route, network unreachable: as good as a host that is down (§5.6 "filtered/down").
                return record.unreachable(since(start), String.valueOf(e.getMessage()));
            }
            record.connected(since(start));
            start = System.nanoTime();
            socket.setSoTimeout(remainingMillis(deadline));
            socket.getOutputStream().write(RpcBind.request(CALL_ID));
            byte[] reply;
            try {
                reply = readReply(socket.getInputStream());
            } catch (SocketTimeoutException e) {
                return record.bindTimedOut(since(start), timeout);
            }
            return record.bindAnswered(BindReply.classify(reply, CALL_ID), since(start));
        } catch (ClosedByInterruptException e) {
            throw cancelled();
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw cancelled();
            }
            // A reset after connecting, or a write the peer did not take: it does not speak our protocol.
            return record.bindAnswered(new BindReply(BindReply.Kind.CLOSED, e.getClass().getSimpleName()),
                    Duration.ZERO);
        }
    }

    /**
     * The 16-byte header, then as much as it says the PDU holds; stops early at the end of the stream, and does not
     * read on when the header is no DCE/RPC header. A timeout with some bytes read returns those bytes.
     */
    static byte[] readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int wanted = RpcBind.HEADER_LENGTH;
        byte[] buffer = new byte[RpcBind.MAX_FRAGMENT];
        while (reply.size() < wanted) {
            int read;
            try {
                read = in.read(buffer, 0, wanted - reply.size());
            } catch (SocketTimeoutException e) {
                if (reply.size() == 0) {
                    throw e;
                }
                break; // cut short: classified as not RPC, with what arrived
            }
            if (read < 0) {
                break;
            }
            reply.write(buffer, 0, read);
            if (reply.size() == RpcBind.HEADER_LENGTH && wanted == RpcBind.HEADER_LENGTH) {
                int length = RpcBind.fragmentLength(reply.toByteArray());
                if (length < 0) {
                    break;
                }
                wanted = length;
            }
        }
        return reply.toByteArray();
    }

    /** Clears the interrupt, as whoever throws InterruptedException does. */
    private static InterruptedException cancelled() {
        Thread.interrupted();
        return new InterruptedException("probe cancelled");
    }

    static boolean isReservedInvalid(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("invalid") || name.endsWith(".invalid");
    }

    private static int remainingMillis(long deadline) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left)); // 0 would mean "wait forever" to a socket
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
