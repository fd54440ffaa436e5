package org.activationdesk.core.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bind PDU byte for byte (phone-rds-kms.md §5.3) and the classification of replies (§5.4-5.6). */
class RpcBindTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private static final byte[] BIND = RpcFixtures.BIND;
    private static final byte[] ACK = RpcFixtures.ACK;

    @Test
    void theBindIsExactlyTheDocumentedBytes() {
        assertThat(RpcBind.request(1)).hasSize(RpcBind.LENGTH).isEqualTo(BIND);
    }

    @Test
    void theCallIdGoesIntoBytes12To15() {
        byte[] pdu = RpcBind.request(0x01020304);

        assertThat(Arrays.copyOfRange(pdu, 12, 16)).containsExactly(4, 3, 2, 1);
        assertThat(Arrays.copyOfRange(pdu, 16, 72)).isEqualTo(Arrays.copyOfRange(BIND, 16, 72));
    }

    @Test
    void theAcceptingAckMeansKms() {
        assertThat(BindReply.classify(ACK, 1).kind()).isEqualTo(BindReply.Kind.KMS_ACCEPTED);
        assertThat(RpcBind.fragmentLength(ACK)).isEqualTo(60);
    }

    @Test
    void aProviderRejectionIsARpcServiceWithoutKms() {
        BindReply reply = BindReply.classify(RpcFixtures.ackWith(2, 1), 1);

        assertThat(reply.kind()).isEqualTo(BindReply.Kind.KMS_NOT_OFFERED);
        assertThat(reply.detail()).isEqualTo("bind_ack result 2 reason 1");
    }

    @Test
    void aNakIsARefusedAssociationWithItsReason() {
        BindReply reply = BindReply.classify(RpcFixtures.nak(4), 1);

        assertThat(reply.kind()).isEqualTo(BindReply.Kind.REFUSED_ASSOCIATION);
        assertThat(reply.detail()).isEqualTo("bind_nak reason 4");
    }

    @Test
    void anAnswerToAnotherCallOrAnotherTypeIsNoAnswerToTheBind() {
        assertThat(BindReply.classify(ACK, 2).kind()).isEqualTo(BindReply.Kind.OTHER_RPC);
        byte[] fault = ACK.clone();
        fault[2] = 3;
        assertThat(BindReply.classify(fault, 1).kind()).isEqualTo(BindReply.Kind.OTHER_RPC);
        byte[] otherSyntax = ACK.clone();
        otherSyntax[40] ^= 1;
        assertThat(BindReply.classify(otherSyntax, 1).kind()).isEqualTo(BindReply.Kind.OTHER_RPC);
    }

    @Test
    void textAndNothingAreNotRpc() {
        assertThat(BindReply.classify("HTTP/1.1 400 Bad Request\r\n".getBytes(), 1).kind())
                .isEqualTo(BindReply.Kind.NOT_RPC);
        assertThat(BindReply.classify("HTTP/1.1 400".getBytes(), 1).detail()).isEqualTo("first bytes 48 54 54 50 2F 31 2E 31 ...");
        assertThat(BindReply.classify(new byte[0], 1).kind()).isEqualTo(BindReply.Kind.CLOSED);
    }

    /** Any prefix of a valid ack is cut short and never taken for KMS. */
    @Test
    void everyTruncationOfTheAckIsNotKms() {
        for (int length = 0; length < ACK.length; length++) {
            BindReply reply = BindReply.classify(Arrays.copyOf(ACK, length), 1);
            assertThat(reply.kind()).as("first %d bytes", length).isNotEqualTo(BindReply.Kind.KMS_ACCEPTED);
        }
    }

    /** Random bytes, and the ack with random bytes changed: never an exception, and KMS only with the ack's meaning. */
    @Test
    void garbageNeverThrowsAndIsKmsOnlyWhenItIsAnAcceptingAck() {
        long seed = 0xB1DAC4L;
        Random random = new Random(seed);
        for (int i = 0; i < 100_000; i++) {
            byte[] reply;
            if (random.nextBoolean()) {
                reply = new byte[random.nextInt(90)];
                random.nextBytes(reply);
                if (reply.length >= 2 && random.nextBoolean()) {
                    reply[0] = 5; // past the first check, into the parsing
                    reply[1] = 0;
                    if (reply.length > 4) {
                        reply[4] = 0x10;
                    }
                }
            } else {
                reply = ACK.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    reply[random.nextInt(reply.length)] = (byte) random.nextInt(256);
                }
            }
            BindReply classified = BindReply.classify(reply, 1);
            if (classified.kind() == BindReply.Kind.KMS_ACCEPTED) {
                assertThat(reply[2]).as("seed %d: %s", seed, HEX.formatHex(reply)).isEqualTo((byte) 12);
                assertThat(Arrays.copyOfRange(reply, 12, 16)).containsExactly(1, 0, 0, 0);
            }
            assertThat(classified.detail()).isNotNull();
        }
    }

    @Test
    void aHeaderClaimingMoreThanWeAcceptIsNotRead() {
        byte[] huge = ACK.clone();
        huge[8] = (byte) 0xFF;
        huge[9] = (byte) 0xFF;
        assertThat(RpcBind.fragmentLength(huge)).isEqualTo(-1);
        assertThat(RpcBind.fragmentLength(Arrays.copyOf(ACK, 15))).isEqualTo(-1);
    }
}
