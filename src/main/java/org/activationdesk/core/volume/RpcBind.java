package org.activationdesk.core.volume;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

/**
 * The one DCE/RPC bind PDU the KMS probe sends (phone-rds-kms.md §5.3): it asks whether the KMS interface is
 * offered and nothing more. A bind creates no client record on the host and cannot change its count; the probe
 * never sends the request that would follow (opnum 0, an activation request).
 */
public final class RpcBind {

    /** The KMS RPC interface, version 1.0 (confirmed by independent sources, not by MS-KMSP itself: §5.1). */
    public static final UUID KMS_INTERFACE = UUID.fromString("51c82175-844e-4750-b0d8-ec255555bc06");
    /** The NDR transfer syntax, version 2. */
    public static final UUID NDR = UUID.fromString("8a885d04-1ceb-11c9-9fe8-08002b104860");
    public static final int LENGTH = 72;
    public static final int HEADER_LENGTH = 16;
    /** The largest fragment we say we accept; a reply longer than this is not an answer to our bind. */
    public static final int MAX_FRAGMENT = 5840;

    static final byte VERSION = 5;
    static final byte PTYPE_BIND = 11;
    static final byte PTYPE_BIND_ACK = 12;
    static final byte PTYPE_BIND_NAK = 13;
    /** PFC_FIRST_FRAG | PFC_LAST_FRAG: the whole PDU in one fragment. */
    static final byte FIRST_AND_LAST = 0x03;
    /** Little-endian integers, ASCII characters, IEEE floats. */
    static final byte DREP_LITTLE_ENDIAN = 0x10;

    private RpcBind() {
    }

    /** The 72 bytes of the bind, byte for byte as in §5.3 for call id 1. */
    public static byte[] request(int callId) {
        ByteBuffer pdu = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        pdu.put(VERSION).put((byte) 0).put(PTYPE_BIND).put(FIRST_AND_LAST);
        pdu.put(DREP_LITTLE_ENDIAN).put((byte) 0).put((byte) 0).put((byte) 0);
        pdu.putShort((short) LENGTH).putShort((short) 0).putInt(callId);
        pdu.putShort((short) MAX_FRAGMENT).putShort((short) MAX_FRAGMENT).putInt(0); // new association group
        pdu.put((byte) 1).put((byte) 0).putShort((short) 0); // one context element, reserved
        pdu.putShort((short) 0).put((byte) 1).put((byte) 0); // context id 0, one transfer syntax, reserved
        putUuid(pdu, KMS_INTERFACE);
        pdu.putShort((short) 1).putShort((short) 0); // interface version 1.0
        putUuid(pdu, NDR);
        pdu.putInt(2); // NDR version 2
        return pdu.array();
    }

    /**
     * The length of the whole reply as its header states it, so the reader knows how much more to read; or -1 when
     * the 16 bytes are no connection-oriented DCE/RPC header we can read (then nothing more is read).
     */
    public static int fragmentLength(byte[] header) {
        if (header.length < HEADER_LENGTH || header[0] != VERSION || header[1] != 0
                || header[4] != DREP_LITTLE_ENDIAN) {
            return -1;
        }
        int length = (header[8] & 0xFF) | (header[9] & 0xFF) << 8;
        return length < HEADER_LENGTH || length > MAX_FRAGMENT ? -1 : length;
    }

    /** A UUID as NDR writes it: the first three fields little-endian, the last eight bytes as they stand. */
    static void putUuid(ByteBuffer buffer, UUID uuid) {
        long high = uuid.getMostSignificantBits();
        buffer.putInt((int) (high >>> 32)).putShort((short) (high >>> 16)).putShort((short) high);
        buffer.order(ByteOrder.BIG_ENDIAN).putLong(uuid.getLeastSignificantBits()).order(ByteOrder.LITTLE_ENDIAN);
    }

    static UUID getUuid(ByteBuffer buffer) {
        long high = (buffer.getInt() & 0xFFFFFFFFL) << 32 | (buffer.getShort() & 0xFFFFL) << 16
                | buffer.getShort() & 0xFFFFL;
        long low = buffer.order(ByteOrder.BIG_ENDIAN).getLong();
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        return new UUID(high, low);
    }
}
