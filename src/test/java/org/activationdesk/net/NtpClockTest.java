package org.activationdesk.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.core.port.UnknownFact;
import org.junit.jupiter.api.Test;

/** One SNTP query against a UDP double on a loopback ephemeral port: its clock set per test. */
class NtpClockTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Short enough to keep the silent case quick; nothing asserts how long anything took. */
    private static final Duration SHORT = Duration.ofMillis(300);

    /** Answers each request as a server whose clock is {@code skew} off the real one, after {@code edit}. */
    private static final class TimeServer implements AutoCloseable {
        final DatagramSocket socket;
        final CountDownLatch asked = new CountDownLatch(1);
        private final Thread thread;

        TimeServer(Duration skew, boolean answer, UnaryOperator<byte[]> edit) throws SocketException {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                byte[] buffer = new byte[512];
                while (!socket.isClosed()) {
                    try {
                        DatagramPacket request = new DatagramPacket(buffer, buffer.length);
                        socket.receive(request);
                        asked.countDown();
                        if (!answer) {
                            continue;
                        }
                        Instant now = Instant.now().plus(skew);
                        byte[] reply = new byte[48];
                        reply[0] = 0x24; // version 4, mode 4 (server)
                        reply[1] = 2; // stratum
                        System.arraycopy(buffer, 40, reply, 24, 8); // originate = the client's transmit time
                        NtpClock.writeTimestamp(reply, 32, now);
                        NtpClock.writeTimestamp(reply, 40, now);
                        byte[] sent = edit.apply(reply);
                        socket.send(new DatagramPacket(sent, sent.length, request.getSocketAddress()));
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "ntp-double");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    private static TimeReading ask(TimeServer server, Duration timeout) throws InterruptedException {
        return new NtpClock(Clock.systemUTC(), server.port()).ask("localhost", timeout);
    }

    @Test
    void aHostFiveHoursAheadShowsThisComputerFiveHoursBehind() throws Exception {
        try (TimeServer server = new TimeServer(Duration.ofMinutes(312), true, UnaryOperator.identity())) {
            TimeReading reading = ask(server, TIMEOUT);

            assertThat(reading.source()).isEqualTo("localhost (NTP)");
            Duration offset = reading.offset().orElseThrow();
            assertThat(offset.plusMinutes(312).abs()).isLessThan(Duration.ofSeconds(2));
            assertThat(reading.unknown()).isEmpty();
        }
    }

    @Test
    void aSilentHostIsUnknownBecauseItTimedOut() throws Exception {
        try (TimeServer server = new TimeServer(Duration.ZERO, false, UnaryOperator.identity())) {
            TimeReading reading = ask(server, SHORT);

            assertThat(reading.offset()).isEmpty();
            assertThat(reading.unknown()).map(UnknownFact::reason).contains(UnknownFact.Reason.TIMED_OUT);
        }
    }

    @Test
    void aReplyToAnotherRequestIsIgnored() throws Exception {
        UnaryOperator<byte[]> wrongOriginate = reply -> {
            reply[30] ^= 0x55;
            return reply;
        };
        try (TimeServer server = new TimeServer(Duration.ZERO, true, wrongOriginate)) {
            assertThat(ask(server, SHORT).unknown()).map(UnknownFact::reason).contains(UnknownFact.Reason.TIMED_OUT);
        }
    }

    @Test
    void aKissOfDeathIsNoTime() throws Exception {
        UnaryOperator<byte[]> kiss = reply -> {
            reply[1] = 0;
            reply[12] = 'R';
            reply[13] = 'A';
            reply[14] = 'T';
            reply[15] = 'E';
            return reply;
        };
        try (TimeServer server = new TimeServer(Duration.ZERO, true, kiss)) {
            TimeReading reading = ask(server, TIMEOUT);

            assertThat(reading.unknown()).map(UnknownFact::detail).hasValueSatisfying(d -> assertThat(d).contains("RATE"));
        }
    }

    @Test
    void aHostThatDoesNotExistIsUnknown() throws Exception {
        TimeReading reading = new NtpClock(Clock.systemUTC(), 1).ask("no-such-host.invalid", TIMEOUT);

        assertThat(reading.offset()).isEmpty();
        assertThat(reading.unknown()).isPresent();
    }

    @Test
    void anInterruptCancelsTheQuery() throws Exception {
        try (TimeServer server = new TimeServer(Duration.ZERO, false, UnaryOperator.identity())) {
            assertThat(Interrupting.interruptWhenArrived(() -> ask(server, Duration.ofMinutes(5)), server.asked))
                    .isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void timestampsSurviveTheRoundTripToTheMillisecondAcrossBothEras() {
        long seed = 20260504L;
        Random random = new Random(seed);
        Instant from = Instant.parse("1970-01-01T00:00:00Z");
        long span = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond() - from.getEpochSecond();
        for (int i = 0; i < 2000; i++) {
            Instant time = from.plusSeconds((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1_000_000_000));
            byte[] packet = new byte[48];
            NtpClock.writeTimestamp(packet, 40, time);

            Instant back = NtpClock.readTimestamp(packet, 40);

            assertThat(Duration.between(time, back).abs()).as("seed=%d time=%s", seed, time)
                    .isLessThan(Duration.ofMillis(1));
        }
    }
}
