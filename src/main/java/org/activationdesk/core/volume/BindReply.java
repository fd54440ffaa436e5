package org.activationdesk.core.volume;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * What came back for the bind, classified as in phone-rds-kms.md §5.6. Only {@link Kind#KMS_ACCEPTED} means a
 * KMS service answers; everything else on an open port is "not KMS", with the detail that tells the reader why.
 *
 * @param detail the raw facts in protocol terms ({@code bind_ack result 2 reason 1}, the first bytes of garbage),
 *               the same in every language
 */
public record BindReply(Kind kind, String detail) {

    public enum Kind {
        /** bind_ack accepting the KMS interface with NDR. */
        KMS_ACCEPTED,
        /** bind_ack that rejects the KMS interface: a Windows RPC service, but no KMS here. */
        KMS_NOT_OFFERED,
        /** bind_nak: the RPC server refused the association. */
        REFUSED_ASSOCIATION,
        /** A DCE/RPC PDU that is no answer to a bind (a fault, another type, another call). */
        OTHER_RPC,
        /** Not DCE/RPC at all, or cut short. */
        NOT_RPC,
        /** The peer closed the connection without a byte. */
        CLOSED
    }

    /** Result codes of a bind_ack context (C706): 0 acceptance, 1 user rejection, 2 provider rejection. */
    private static final int ACCEPTANCE = 0;

    public static BindReply closed() {
        return new BindReply(Kind.CLOSED, "");
    }

    /**
     * Classifies everything read for the bind with call id {@code callId}. Never throws: any bytes at all are an
     * answer of some kind.
     */
    public static BindReply classify(byte[] reply, int callId) {
        if (reply.length == 0) {
            return closed();
        }
        int length = RpcBind.fragmentLength(reply);
        if (length < 0) {
            return new BindReply(Kind.NOT_RPC, "first bytes " + hex(reply, 8));
        }
        if (reply.length < length) {
            return new BindReply(Kind.NOT_RPC, "cut short: " + reply.length + " of " + length + " bytes");
        }
        ByteBuffer pdu = ByteBuffer.wrap(reply, 0, length).order(ByteOrder.LITTLE_ENDIAN);
        int ptype = reply[2] & 0xFF;
        int replyCall = pdu.getInt(12);
        if (replyCall != callId || (ptype != RpcBind.PTYPE_BIND_ACK && ptype != RpcBind.PTYPE_BIND_NAK)) {
            return new BindReply(Kind.OTHER_RPC, "ptype " + ptype + ", call " + Integer.toUnsignedString(replyCall));
        }
        try {
            return ptype == RpcBind.PTYPE_BIND_NAK ? nak(pdu) : ack(pdu, length);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            // a length field that points past the end: a broken or hostile PDU, not an answer
            return new BindReply(Kind.NOT_RPC, "ptype " + ptype + " shorter than its fields, " + length + " bytes");
        }
    }

    private static BindReply nak(ByteBuffer pdu) {
        int reason = pdu.getShort(RpcBind.HEADER_LENGTH) & 0xFFFF;
        return new BindReply(Kind.REFUSED_ASSOCIATION, "bind_nak reason " + reason);
    }

    /** §5.4: header, frag sizes and group, the secondary address and its padding, then the results. */
    private static BindReply ack(ByteBuffer pdu, int length) {
        pdu.position(24);
        int addressLength = pdu.getShort() & 0xFFFF;
        int results = align4(26 + addressLength);
        if (results + 4 > length) {
            throw new IndexOutOfBoundsException("no result list");
        }
        pdu.position(results);
        int count = pdu.get() & 0xFF;
        if (count == 0) {
            return new BindReply(Kind.KMS_NOT_OFFERED, "bind_ack without results");
        }
        pdu.position(results + 4);
        int result = pdu.getShort() & 0xFFFF;
        int reason = pdu.getShort() & 0xFFFF;
        UUID syntax = RpcBind.getUuid(pdu);
        int version = pdu.getInt();
        if (result == ACCEPTANCE && RpcBind.NDR.equals(syntax) && version == 2) {
            return new BindReply(Kind.KMS_ACCEPTED, "bind_ack result 0");
        }
        String detail = "bind_ack result " + result + " reason " + reason;
        return new BindReply(result == ACCEPTANCE ? Kind.OTHER_RPC : Kind.KMS_NOT_OFFERED,
                result == ACCEPTANCE ? detail + ", transfer syntax " + syntax + " v" + version : detail);
    }

    private static int align4(int offset) {
        return (offset + 3) & ~3;
    }

    static String hex(byte[] bytes, int max) {
        int shown = Math.min(bytes.length, max);
        String text = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, shown).toUpperCase(Locale.ROOT);
        return bytes.length > shown ? text + " ..." : text;
    }
}
