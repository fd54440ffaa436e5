package org.activationdesk.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.activationdesk.core.volume.BindReply;
import org.activationdesk.core.volume.RpcBind;
import org.activationdesk.core.volume.RpcFixtures;
import org.junit.jupiter.api.Test;

/** How the probe reads the reply: the header, then as much as it says, whatever the bytes and however they arrive. */
class KmsProbeReadTest {

    /** Hands out at most one byte per read, as a slow network might. */
    private static InputStream dripping(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void theAckIsReadWholeEvenByteByByteAndNothingAfterIt() throws IOException {
        byte[] ackThenMore = Arrays.copyOf(RpcFixtures.ACK, RpcFixtures.ACK.length + 10);

        byte[] read = KmsProbe.readReply(dripping(ackThenMore));

        assertThat(read).isEqualTo(RpcFixtures.ACK);
        assertThat(BindReply.classify(read, 1).kind()).isEqualTo(BindReply.Kind.KMS_ACCEPTED);
    }

    @Test
    void aHeaderThatIsNoRpcStopsTheReadingAfterSixteenBytes() throws IOException {
        byte[] page = "HTTP/1.1 400 Bad Request\r\nContent-Length: 100000\r\n\r\n".getBytes();

        assertThat(KmsProbe.readReply(new ByteArrayInputStream(page))).hasSize(RpcBind.HEADER_LENGTH);
    }

    /** Random streams: never more than the header or the fragment it announces, and always classified. */
    @Test
    void randomStreamsAreReadWithinTheirAnnouncedLength() throws IOException {
        long seed = 0x5EADL;
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            byte[] stream = new byte[random.nextInt(200)];
            random.nextBytes(stream);
            if (stream.length >= 10 && random.nextBoolean()) {
                stream[0] = 5;
                stream[1] = 0;
                stream[4] = 0x10;
                stream[9] = 0; // a length below 256, so it may fit the stream
            }
            InputStream in = random.nextBoolean() ? dripping(stream) : new ByteArrayInputStream(stream);

            byte[] read = KmsProbe.readReply(in);

            String context = "seed " + seed + ": " + HexFormat.of().formatHex(stream);
            int announced = RpcBind.fragmentLength(Arrays.copyOf(stream, Math.min(stream.length, 16)));
            int limit = stream.length < RpcBind.HEADER_LENGTH || announced < 0 ? RpcBind.HEADER_LENGTH : announced;
            assertThat(read.length).as(context).isLessThanOrEqualTo(Math.min(limit, stream.length));
            assertThat(read).as(context).isEqualTo(Arrays.copyOf(stream, read.length));
            assertThat(BindReply.classify(read, 1)).as(context).isNotNull();
        }
    }
}
