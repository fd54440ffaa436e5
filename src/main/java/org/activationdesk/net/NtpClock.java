package org.activationdesk.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.core.port.UnknownFact;

/**
 * Asks one host for its time with a single SNTP request (RFC 4330): 48 bytes out, 48 back. Windows hosts answer when
 * they serve time, as domain controllers do; others stay silent, which costs the timeout. The host's clock is taken
 * as it is, synchronized or not: for KMS what counts is the host's own clock.
 */
final class NtpClock {

    static final int NTP_PORT = 123;
    private static final int PACKET = 48;
    /** Seconds from the NTP era (1900-01-01) to the Unix epoch. */
    private static final long NTP_TO_UNIX = 2_208_988_800L;
    private static final double FRACTION = 4_294_967_296.0;

    private final Clock clock;
    private final int port;

    NtpClock(Clock clock) {
        this(clock, NTP_PORT);
    }

    /** For tests: a double on another port. */
    NtpClock(Clock clock, int port) {
        this.clock = clock;
        this.port = port;
    }

    TimeReading ask(String host, Duration timeout) throws InterruptedException {
        String source = host + " (NTP)";
        long deadline = System.nanoTime() + timeout.toNanos();
        InetAddress address;
        Future<InetAddress> lookup = KmsProbe.LOOKUPS.submit(() -> InetAddress.getByName(host));
        try {
            address = lookup.get(Math.max(1, remainingMillis(deadline)), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            return unknown(source, UnknownFact.Reason.TIMED_OUT, "name lookup");
        } catch (ExecutionException e) {
            return unknown(source, UnknownFact.Reason.FAILED,
                    e.getCause() instanceof UnknownHostException ? "no such host" : e.getCause().toString());
        } catch (InterruptedException e) {
            lookup.cancel(true);
            throw e;
        }
        try (DatagramChannel channel = DatagramChannel.open(); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            channel.connect(new InetSocketAddress(address, port));
            channel.register(selector, SelectionKey.OP_READ);
            byte[] request = new byte[PACKET];
            request[0] = 0x23; // leap indicator 0, version 4, mode 3 (client)
            Instant t1 = clock.instant();
            long sentNanos = System.nanoTime();
            writeTimestamp(request, 40, t1); // the server echoes it as the originate timestamp
            channel.write(ByteBuffer.wrap(request));
            ByteBuffer reply = ByteBuffer.allocate(PACKET + 64);
            while (true) {
                long left = remainingMillis(deadline);
                if (left <= 0) {
                    return unknown(source, UnknownFact.Reason.TIMED_OUT, "");
                }
                selector.select(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException("cancelled");
                }
                selector.selectedKeys().clear();
                reply.clear();
                if (channel.receive(reply) == null) {
                    continue;
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - sentNanos);
                TimeReading reading = read(source, Arrays.copyOf(reply.array(), reply.position()), request, t1, elapsed);
                if (reading != null) {
                    return reading;
                }
            }
        } catch (PortUnreachableException closed) {
            return unknown(source, UnknownFact.Reason.FAILED, "port " + port + " closed");
        } catch (IOException e) {
            return unknown(source, UnknownFact.Reason.FAILED, e.getClass().getSimpleName());
        }
    }

    /**
     * The offset from one reply, or null for a datagram that is no answer to this request (it is then ignored).
     * Offset and delay as RFC 4330 §5: t1 sent, t2 received by the server, t3 sent by it, t4 received here.
     */
    private TimeReading read(String source, byte[] reply, byte[] request, Instant t1, Duration elapsed) {
        if (reply.length < PACKET || (reply[0] & 0x07) != 4
                || !Arrays.equals(reply, 24, 32, request, 40, 48)) {
            return null;
        }
        int stratum = reply[1] & 0xFF;
        if (stratum == 0) {
            return unknown(source, UnknownFact.Reason.FAILED, "kiss-o'-death " + new String(reply, 12, 4,
                    java.nio.charset.StandardCharsets.US_ASCII).strip());
        }
        Instant t4 = t1.plus(elapsed);
        Instant t2 = readTimestamp(reply, 32);
        Instant t3 = readTimestamp(reply, 40);
        // The server's clock minus ours is ((t2 - t1) + (t3 - t4)) / 2; the reading wants ours minus the server's.
        Duration serverAhead = Duration.between(t1, t2).plus(Duration.between(t4, t3)).dividedBy(2);
        Duration delay = elapsed.minus(Duration.between(t2, t3));
        Duration uncertainty = delay.isNegative() ? Duration.ZERO : delay.dividedBy(2);
        return TimeReading.measured(source, t4, serverAhead.negated(), uncertainty);
    }

    private TimeReading unknown(String source, UnknownFact.Reason reason, String detail) {
        return TimeReading.unknown(source, clock.instant(), new UnknownFact(reason, detail));
    }

    static void writeTimestamp(byte[] packet, int at, Instant time) {
        long seconds = time.getEpochSecond() + NTP_TO_UNIX;
        long fraction = (long) (time.getNano() / 1e9 * FRACTION);
        ByteBuffer.wrap(packet, at, 8).putInt((int) seconds).putInt((int) fraction);
    }

    /** An NTP timestamp; seconds with the top bit clear belong to the era after 2036 (RFC 4330 §3). */
    static Instant readTimestamp(byte[] packet, int at) {
        ByteBuffer buffer = ByteBuffer.wrap(packet, at, 8);
        long seconds = Integer.toUnsignedLong(buffer.getInt());
        long fraction = Integer.toUnsignedLong(buffer.getInt());
        long unix = (seconds & 0x8000_0000L) != 0 ? seconds - NTP_TO_UNIX : seconds + (1L << 32) - NTP_TO_UNIX;
        return Instant.ofEpochSecond(unix, (long) (fraction / FRACTION * 1e9));
    }

    private static long remainingMillis(long deadlineNanos) {
        return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    }
}
